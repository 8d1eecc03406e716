//===- ReportWriterTest.cpp - The JSON and text evaluation reports --------===//
//
// A small hand-built Report written as JSON and compared byte for byte with
// LANGUAGE.md section 8's shape (keys in the spec's order, then the
// runtime's additions), the shape of an empty report, and the text report's
// values with their units.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/JsonReport.h"
#include "tenor/rt/report/TextReport.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

Period period(std::string_view from, std::string_view to) { return {at(from), at(to)}; }

Rational dec(std::string_view text) { return Rational::parseDecimal(text).value_or(Rational()); }

const Period january = period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
const Period february = period("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z");

MetricValue metric(std::string name, ValueKind kind, std::optional<Rational> value,
                   std::string currency = {}) {
  return {std::move(name), kind, std::move(value), std::move(currency)};
}

Report sampleReport() {
  Report r;
  r.id = "compute";
  r.title = "Compute Service Level Agreement";
  r.version = "2026.1";
  r.range = {january.start, february.end};
  r.objectives.push_back(
      {"availability",
       "Region availability",
       {{january,
         false,
         false,
         {metric("uptime", ValueKind::Percent, Rational::fraction(19'997, 20'000)),
          metric("downtime", ValueKind::Duration, Rational(900)),
          metric("incidents", ValueKind::Int, Rational(3)),
          metric("spend", ValueKind::Money, dec("12.5"), "USD"),
          metric("egress", ValueKind::DataSize, Rational(2'500'000'000))}},
        {february,
         true,
         std::nullopt,
         {metric("uptime", ValueKind::Percent, Rational::fraction(8927, 8928)),
          metric("downtime", ValueKind::Duration, dec("0.25")),
          metric("incidents", ValueKind::Int, Rational(0)),
          metric("spend", ValueKind::Money, std::nullopt, "USD"),
          metric("egress", ValueKind::DataSize, std::nullopt)}}}});
  ObligationPeriod p;
  p.period = january;
  p.items = 40;
  p.breaches = 3;
  p.compliance = Rational::fraction(37, 40);
  p.met = false;
  p.breachedItems = {"T-17", "T-23", "T-31"};
  ObligationPeriod q;
  q.period = february;
  q.partial = true;
  q.items = 2;
  q.pending = 2;
  q.compliance = 1;
  r.obligations.push_back({"respond_p1", "Respond to Priority 1 tickets", {p, q}});
  r.remedyNames = {"service_credit", "late_response", "excellence"};
  r.remedies = {
      {"service_credit", RemedyKind::Credit, january, 120, "USD", "below 99.99%"},
      {"late_response", RemedyKind::Penalty, january, 500, "USD", "at least 1"},
      {"late_response", RemedyKind::Penalty, february, dec("2000.5"), "USD", ""},
  };
  r.termination = {
      {"customer", "availability breached 3 consecutive months", at("2026-04-01T00:00:00Z")}};
  r.correctiveActions = {{"root_cause", "availability", january, at("2026-02-06T00:00:00Z"),
                          "a written root cause analysis and remediation plan"}};
  r.holdbacks = {
      {"reserve", "Performance reserve", "pending", 1000, "USD", {{"availability", february}}}};
  r.data = {{"minutes", {44'640, 0, 0}}, {"tickets", {42, 2, 5}}};
  // `minutes` is sampled (LANGUAGE.md 11.2): its gaps are listed; `tickets`
  // holds events and has none.
  r.gaps = {{"minutes", {{at("2026-02-10T00:00:00Z"), at("2026-02-10T00:05:00Z")}}}};
  return r;
}

const char *const sampleJson = R"({
  "agreement": {
    "id": "compute",
    "title": "Compute Service Level Agreement",
    "version": "2026.1"
  },
  "range": {
    "from": "2026-01-01T00:00:00Z",
    "to": "2026-03-01T00:00:00Z"
  },
  "objectives": {
    "availability": [
      {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-02-01T00:00:00Z",
        "partial": false,
        "met": false,
        "metrics": {
          "uptime": 0.99985,
          "downtime": 900,
          "incidents": 3,
          "spend": "12.50",
          "egress": 2500000000
        }
      },
      {
        "start": "2026-02-01T00:00:00Z",
        "end": "2026-03-01T00:00:00Z",
        "partial": true,
        "met": null,
        "metrics": {
          "uptime": 0.9998879928,
          "downtime": 0.25,
          "incidents": 0,
          "spend": null,
          "egress": null
        }
      }
    ]
  },
  "obligations": {
    "respond_p1": [
      {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-02-01T00:00:00Z",
        "partial": false,
        "items": 40,
        "breaches": 3,
        "pending": 0,
        "compliance": 0.925,
        "met": false,
        "breached_items": [
          "T-17",
          "T-23",
          "T-31"
        ]
      },
      {
        "start": "2026-02-01T00:00:00Z",
        "end": "2026-03-01T00:00:00Z",
        "partial": true,
        "items": 2,
        "breaches": 0,
        "pending": 2,
        "compliance": 1,
        "met": true,
        "breached_items": []
      }
    ]
  },
  "remedies": {
    "service_credit": [
      {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-02-01T00:00:00Z",
        "partial": false,
        "kind": "credit",
        "amount": "120.00",
        "currency": "USD",
        "tier": "below 99.99%"
      }
    ],
    "late_response": [
      {
        "start": "2026-01-01T00:00:00Z",
        "end": "2026-02-01T00:00:00Z",
        "partial": false,
        "kind": "penalty",
        "amount": "500.00",
        "currency": "USD",
        "tier": "at least 1"
      },
      {
        "start": "2026-02-01T00:00:00Z",
        "end": "2026-03-01T00:00:00Z",
        "partial": false,
        "kind": "penalty",
        "amount": "2000.50",
        "currency": "USD",
        "tier": null
      }
    ],
    "excellence": []
  },
  "termination": [
    {
      "party": "customer",
      "condition": "availability breached 3 consecutive months",
      "arose": "2026-04-01T00:00:00Z"
    }
  ],
  "totals": {
    "credits": {
      "USD": "120.00"
    },
    "penalties": {
      "USD": "2500.50"
    },
    "bonuses": {}
  },
  "data": {
    "minutes": {
      "rows": 44640,
      "skipped": 0,
      "outside": 0,
      "gaps": [
        {
          "start": "2026-02-10T00:00:00Z",
          "end": "2026-02-10T00:05:00Z"
        }
      ]
    },
    "tickets": {
      "rows": 42,
      "skipped": 2,
      "outside": 5
    }
  },
  "corrective_actions": [
    {
      "obligation": "root_cause",
      "trigger": "availability",
      "start": "2026-01-01T00:00:00Z",
      "end": "2026-02-01T00:00:00Z",
      "due": "2026-02-06T00:00:00Z",
      "deliverable": "a written root cause analysis and remediation plan"
    }
  ],
  "holdbacks": {
    "reserve": {
      "status": "pending",
      "amount": "1000.00",
      "currency": "USD",
      "unknown": [
        {
          "subject": "availability",
          "start": "2026-02-01T00:00:00Z",
          "end": "2026-03-01T00:00:00Z"
        }
      ]
    }
  }
}
)";

TEST(ReportWriterTest, GoldenJson) { EXPECT_EQ(writeJsonReport(sampleReport()), sampleJson); }

TEST(ReportWriterTest, EmptyReportKeepsEveryKey) {
  Report r;
  r.id = "empty";
  r.range = {january.start, january.end};
  r.objectives.push_back({"availability", "", {}});
  r.remedyNames = {"service_credit"};
  EXPECT_EQ(writeJsonReport(r), R"({
  "agreement": {
    "id": "empty",
    "title": "",
    "version": ""
  },
  "range": {
    "from": "2026-01-01T00:00:00Z",
    "to": "2026-02-01T00:00:00Z"
  },
  "objectives": {
    "availability": []
  },
  "obligations": {},
  "remedies": {
    "service_credit": []
  },
  "termination": [],
  "totals": {
    "credits": {},
    "penalties": {},
    "bonuses": {}
  },
  "data": {},
  "corrective_actions": [],
  "holdbacks": {}
}
)");
}

TEST(ReportWriterTest, RemediesByDeclarationThenPeriodAndTotalsPerCurrency) {
  Report r;
  r.remedyNames = {"b", "a"};
  r.remedies = {{"a", RemedyKind::Bonus, february, 5, "JPY", "t"},
                {"a", RemedyKind::Bonus, january, 7, "EUR", "t"},
                {"b", RemedyKind::Credit, january, dec("1.5"), "BHD", "t"},
                {"z", RemedyKind::Credit, january, 2, "BHD", "t"}};
  std::string json = writeJsonReport(r);
  size_t b = json.find("\"b\": ["), a = json.find("\"a\": ["), z = json.find("\"z\": [");
  ASSERT_NE(b, std::string::npos);
  EXPECT_LT(b, a);
  EXPECT_LT(a, z);
  EXPECT_LT(json.find("\"currency\": \"EUR\""), json.find("\"currency\": \"JPY\""));
  EXPECT_NE(json.find("\"amount\": \"5\""), std::string::npos);     // JPY: no decimals
  EXPECT_NE(json.find("\"amount\": \"1.500\""), std::string::npos); // BHD: three
  EXPECT_NE(json.find(R"("credits": {
      "BHD": "3.500"
    },)"),
            std::string::npos);
  EXPECT_NE(json.find(R"("bonuses": {
      "EUR": "7.00",
      "JPY": "5"
    })"),
            std::string::npos);
}

// LANGUAGE.md 11.8: nothing owed because a figure has no value.
TEST(ReportWriterTest, RemedyWithoutValueHasNullAmountAndReason) {
  Report r;
  r.remedyNames = {"service_credit"};
  r.remedies = {{"service_credit", RemedyKind::Credit, january, std::nullopt, "USD", "",
                 "uptime has no value"},
                {"service_credit", RemedyKind::Credit, february, 120, "USD", "below 99.99%"}};
  std::string json = writeJsonReport(r);
  EXPECT_NE(json.find(R"("kind": "credit",
        "amount": null,
        "currency": "USD",
        "tier": null,
        "reason": "uptime has no value"
      },)"),
            std::string::npos)
      << json;
  EXPECT_EQ(json.find("\"reason\"", json.find("\"amount\": \"120.00\"")), std::string::npos);
  EXPECT_NE(json.find(R"("credits": {
      "USD": "120.00"
    },)"),
            std::string::npos);
  std::string text = writeTextReport(r);
  EXPECT_NE(text.find("none  nothing owed: uptime has no value"), std::string::npos) << text;
}

TEST(ReportWriterTest, DeterministicAndEndsWithNewline) {
  std::string first = writeJsonReport(sampleReport());
  EXPECT_EQ(first, writeJsonReport(sampleReport()));
  EXPECT_EQ(first.back(), '\n');
}

TEST(ReportWriterTest, TextReportShowsValuesWithUnits) {
  std::string text = writeTextReport(sampleReport());
  for (const char *expected :
       {"Compute Service Level Agreement\n===============================\n",
        "range:     2026-01-01T00:00:00Z to 2026-03-01T00:00:00Z",
        "availability: Region availability",
        "99.98500%",
        "99.98880%",
        "15 min",
        "0.25 s",
        "12.50 USD",
        "2.5 GB",
        "no value",
        "breached",
        "unknown (partial)",
        "respond_p1: Respond to Priority 1 tickets",
        "92.50%",
        "100.00%",
        "breached in 2026-01-01T00:00:00Z: T-17, T-23, T-31",
        "below 99.99%",
        "2,000.50 USD",
        "credits:   120.00 USD",
        "penalties: 2,500.50 USD",
        "bonuses:   none",
        "customer may terminate: availability breached 3 consecutive months (arose "
        "2026-04-01T00:00:00Z)",
        "a written root cause analysis and remediation plan, due 2026-02-06T00:00:00Z",
        "reserve: Performance reserve: pending, 1,000.00 USD",
        "44,640",
        "dataset    rows  skipped  outside",
        "5 rows lie outside the evaluated range (the agreement's effective dates and "
        "--from/--to) and were not used"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n---\n" << text;
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find(" \n"), std::string::npos) << "trailing spaces";
}

TEST(ReportWriterTest, TextReportOfNothing) {
  Report r;
  r.id = "empty";
  r.range = {january.start, january.end};
  std::string text = writeTextReport(r);
  EXPECT_NE(text.find("nothing owed"), std::string::npos) << text;
  EXPECT_NE(text.find("none arose"), std::string::npos) << text;
}

} // namespace
