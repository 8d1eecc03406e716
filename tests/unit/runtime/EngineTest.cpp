//===- EngineTest.cpp - Remedy tiers, rounding, caps and conditions -------===//
//
// The credit table of LANGUAGE.md section 10, every tier kind at and around
// its threshold, half-up rounding to the currency's minor unit, minimum and
// caps, total caps per calendar window, and the termination/holdback
// conditions over sequences of periods (consecutive, of last, over term,
// all/any objectives, unknown outcomes).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Conditions.h"
#include "tenor/rt/eval/Remedies.h"
#include "tenor/rt/report/ReportModel.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

Rational dec(std::string_view text) {
  std::optional<Rational> r = Rational::parseDecimal(text);
  EXPECT_TRUE(r.has_value()) << text;
  return r.value_or(Rational());
}

/// `99.99%` as the fraction 0.9999.
Rational pct(std::string_view text) { return dec(text) / Rational(100); }

Period month(int year, unsigned m) {
  Date first{year, m, 1};
  TimeZone utc;
  return {utc.startOfDay(first), utc.startOfDay(addMonths(first, 1))};
}

const Period january = month(2026, 1);

std::optional<TierBound> bound(Rational value, bool inclusive) {
  return TierBound{value, inclusive};
}

TierSpec tier(std::optional<TierBound> lower, std::optional<TierBound> upper, Rational amount,
              bool isPercent, std::string label = {}) {
  return {lower, upper, amount, isPercent, std::move(label)};
}

/// A tier line alone in its table, as the compiler gives it: half open.
enum class Line { Below, Above, AtLeast, AtMost };
TierSpec tier(Line kind, Rational threshold, Rational amount, bool isPercent,
              std::string label = {}) {
  bool inclusive = kind == Line::AtLeast || kind == Line::AtMost;
  bool down = kind == Line::Below || kind == Line::AtMost;
  std::optional<TierBound> own = bound(threshold, inclusive);
  return tier(down ? std::nullopt : own, down ? own : std::nullopt, amount, isPercent,
              std::move(label));
}

/// `service_credit` of LANGUAGE.md section 6.8 (without cap and minimum):
/// below 99.99%, below 99.0%, below 95.0% as the compiler gives them.
RemedySpec serviceCredit() {
  RemedySpec spec;
  spec.name = "service_credit";
  spec.currency = "USD";
  spec.tiers = {
      tier(bound(pct("99.0"), true), bound(pct("99.99"), false), pct("10"), true, "below 99.99%"),
      tier(bound(pct("95.0"), true), bound(pct("99.0"), false), pct("30"), true, "below 99.0%"),
      tier(std::nullopt, bound(pct("95.0"), false), pct("100"), true, "below 95.0%")};
  return spec;
}

/// A remedy with one tier line, money or percent.
RemedySpec oneTier(Line kind, Rational threshold, Rational amount = 100, bool isPercent = false,
                   std::string currency = "USD") {
  RemedySpec spec;
  spec.name = "r";
  spec.currency = std::move(currency);
  spec.tiers = {tier(kind, threshold, amount, isPercent, "t")};
  return spec;
}

/// The amount as text ("100.00"), "none", or "no value: REASON".
std::string owed(const RemedySpec &spec, const std::optional<Rational> &measure,
                 const std::optional<Rational> &base = std::nullopt) {
  std::optional<RemedyAmount> a = computeRemedy(spec, january, measure, base);
  if (!a)
    return "none";
  EXPECT_EQ(a->remedy, spec.name);
  EXPECT_EQ(a->currency, spec.currency);
  EXPECT_EQ(a->period, january);
  return a->amount ? a->amount->toString() : "no value: " + a->reason;
}

//===----------------------------------------------------------------------===//
// Tiers
//===----------------------------------------------------------------------===//

TEST(EngineRemedyTest, LanguageSection10Table) {
  const int64_t minutes = 44'640;
  struct Row {
    int64_t unavailable;
    const char *amount, *tier;
  } rows[] = {{0, "none", ""},
              {4, "none", ""},
              {5, "100", "below 99.99%"},
              {446, "100", "below 99.99%"},
              {447, "300", "below 99.0%"},
              {2232, "300", "below 99.0%"}, // exactly 95%: not below 95%
              {2233, "1000", "below 95.0%"}};
  for (const Row &row : rows) {
    Rational uptime = Rational::fraction(minutes - row.unavailable, minutes);
    std::optional<RemedyAmount> a = computeRemedy(serviceCredit(), january, uptime, Rational(1000));
    SCOPED_TRACE(row.unavailable);
    EXPECT_EQ(a ? a->amount.value().toString() : "none", row.amount);
    if (a) {
      EXPECT_EQ(a->tier, row.tier);
      EXPECT_EQ(a->kind, RemedyKind::Credit);
      EXPECT_EQ(a->amount.value().toDecimalString(2), std::string(row.amount) + ".00");
    }
  }
  EXPECT_EQ(Rational::fraction(minutes - 2232, minutes), pct("95"));
}

TEST(EngineRemedyTest, BelowAtAndAroundThreshold) {
  RemedySpec spec = oneTier(Line::Below, pct("99.9"));
  EXPECT_EQ(owed(spec, pct("99.9")), "none");
  EXPECT_EQ(owed(spec, pct("99.9") - Rational::fraction(1, 1'000'000'000)), "100");
  EXPECT_EQ(owed(spec, pct("99.9") + Rational::fraction(1, 1'000'000'000)), "none");
}

TEST(EngineRemedyTest, AboveAtAndAroundThreshold) {
  RemedySpec spec = oneTier(Line::Above, 10);
  EXPECT_EQ(owed(spec, 10), "none");
  EXPECT_EQ(owed(spec, Rational::fraction(1001, 100)), "100");
  EXPECT_EQ(owed(spec, Rational::fraction(999, 100)), "none");
}

TEST(EngineRemedyTest, AtLeastAtAndAroundThreshold) {
  RemedySpec spec = oneTier(Line::AtLeast, pct("99.999"));
  EXPECT_EQ(owed(spec, pct("99.999")), "100");
  EXPECT_EQ(owed(spec, pct("99.999") + Rational::fraction(1, 10'000'000)), "100");
  EXPECT_EQ(owed(spec, pct("99.999") - Rational::fraction(1, 10'000'000)), "none");
}

TEST(EngineRemedyTest, AtMostAtAndAroundThreshold) {
  RemedySpec spec = oneTier(Line::AtMost, 900); // e.g. seconds
  EXPECT_EQ(owed(spec, 900), "100");
  EXPECT_EQ(owed(spec, Rational::fraction(8999, 10)), "100");
  EXPECT_EQ(owed(spec, Rational::fraction(9001, 10)), "none");
}

TEST(EngineRemedyTest, PenaltyTiersByBreachCount) {
  RemedySpec spec;
  spec.name = "late_response";
  spec.kind = RemedyKind::Penalty;
  spec.currency = "USD";
  spec.tiers = {tier(bound(1, true), bound(10, false), 500, false, "at least 1"),
                tier(bound(10, true), std::nullopt, 2000, false, "at least 10")};
  EXPECT_EQ(owed(spec, 0), "none");
  EXPECT_EQ(owed(spec, 1), "500");
  EXPECT_EQ(owed(spec, 9), "500");
  EXPECT_EQ(owed(spec, 10), "2000");
  EXPECT_EQ(owed(spec, 11), "2000");
  std::optional<RemedyAmount> a = computeRemedy(spec, january, Rational(10), std::nullopt);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->kind, RemedyKind::Penalty);
  EXPECT_EQ(a->tier, "at least 10");
}

TEST(EngineRemedyTest, LastRangeThatHoldsWinsWhenRangesOverlap) {
  // `below P1: 100 USD`, `below P2: 200 USD`, `below P3: 300 USD` with
  // parameters P1 = 50, P2 = 10, P3 = 30 (not nested, which only literal
  // thresholds are checked for) gives [P2, P1) = [10, 50), [P3, P2) = [30, 10)
  // (empty) and (-inf, P3) = (-inf, 30): the first and last overlap. The last
  // range that holds decides, as the last line that holds does.
  RemedySpec spec;
  spec.name = "r";
  spec.currency = "USD";
  spec.tiers = {tier(bound(10, true), bound(50, false), 100, false, "below P1"),
                tier(bound(30, true), bound(10, false), 200, false, "below P2"),
                tier(std::nullopt, bound(30, false), 300, false, "below P3")};
  EXPECT_EQ(owed(spec, 20), "300");
  EXPECT_EQ(owed(spec, 40), "100");
  EXPECT_EQ(owed(spec, 50), "none");
}

TEST(EngineRemedyTest, BonusTier) {
  RemedySpec spec = oneTier(Line::AtLeast, pct("99.999"), pct("2"), true);
  spec.kind = RemedyKind::Bonus;
  EXPECT_EQ(owed(spec, 1, Rational(1000)), "20");
  EXPECT_EQ(owed(spec, pct("99.998"), Rational(1000)), "none");
}

TEST(EngineRemedyTest, ZeroIsNothing) {
  EXPECT_EQ(owed(serviceCredit(), pct("90"), Rational(0)), "none");
  EXPECT_EQ(owed(oneTier(Line::AtLeast, 1, 0), 5), "none");
  // Rounds to zero.
  EXPECT_EQ(owed(oneTier(Line::AtLeast, 1, dec("0.004")), 5), "none");
}

// LANGUAGE.md 11.8: a measure or base without a value owes nothing, and the
// entry says why.
TEST(EngineRemedyTest, NoMeasureOrNoBaseOwesNothingWithAReason) {
  EXPECT_EQ(owed(serviceCredit(), std::nullopt, Rational(1000)),
            "no value: the measure has no value");
  EXPECT_EQ(owed(serviceCredit(), pct("90"), std::nullopt), "no value: the base has no value");
  // No tier holds: nothing is owed whatever the base.
  EXPECT_EQ(owed(serviceCredit(), pct("100"), std::nullopt), "none");
  std::optional<RemedyAmount> a = computeRemedy(serviceCredit(), january, std::nullopt,
                                                Rational(1000), {"uptime has no value", ""});
  ASSERT_TRUE(a);
  EXPECT_FALSE(a->amount);
  EXPECT_EQ(a->reason, "uptime has no value");
  EXPECT_EQ(a->tier, "");
  a = computeRemedy(serviceCredit(), january, pct("90"), std::nullopt, {"", "fee has no value"});
  ASSERT_TRUE(a);
  EXPECT_EQ(a->reason, "fee has no value");
  // A money amount with a percent cap needs the base too.
  RemedySpec capped = oneTier(Line::AtLeast, 1, 500);
  capped.cap = pct("10");
  capped.capIsPercent = true;
  EXPECT_EQ(owed(capped, 5, std::nullopt), "no value: the base has no value");
  EXPECT_EQ(owed(capped, 5, Rational(1000)), "100");
}

TEST(EngineRemedyTest, NoValueReasonNamesTheFirstMetricWithoutValue) {
  EXPECT_EQ(noValueReason({{"uptime", true}, {"errors", false}, {"load", false}}, "x"),
            "errors has no value");
  EXPECT_EQ(noValueReason({{"uptime", true}}, "the measure has no value"),
            "the measure has no value");
  EXPECT_EQ(noValueReason({}, "fallback"), "fallback");
}

TEST(EngineRemedyTest, FlatAmountNeedsNoMeasure) {
  RemedySpec spec;
  spec.name = "flat";
  spec.kind = RemedyKind::Penalty;
  spec.currency = "EUR";
  spec.flatAmount = 250;
  std::optional<RemedyAmount> a = computeRemedy(spec, january, std::nullopt, std::nullopt);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->amount, Rational(250));
  EXPECT_EQ(a->tier, "");
  spec.flatAmount = pct("5");
  spec.flatIsPercent = true;
  EXPECT_EQ(owed(spec, std::nullopt, dec("1234.50")), "61.73"); // 61.725
  spec.flatAmount.reset();
  EXPECT_EQ(owed(spec, std::nullopt, Rational(1000)), "none");
}

//===----------------------------------------------------------------------===//
// Rounding, minimum and cap
//===----------------------------------------------------------------------===//

TEST(EngineRemedyTest, RoundsHalfUpToMinorUnit) {
  RemedySpec spec = oneTier(Line::AtLeast, 0, pct("10"), true);
  EXPECT_EQ(owed(spec, 1, dec("1000.05")), "100.01"); // 100.005
  EXPECT_EQ(owed(spec, 1, dec("1000.04")), "100");    // 100.004
  EXPECT_EQ(owed(spec, 1, dec("1000.049")), "100");   // 100.0049
  EXPECT_EQ(owed(spec, 1, dec("1000.06")), "100.01"); // 100.006
  spec.tiers[0].amount = Rational::fraction(1, 3);    // 33.333...%
  EXPECT_EQ(owed(spec, 1, Rational(100)), "33.33");
  spec.tiers[0].amount = Rational::fraction(2, 3);
  EXPECT_EQ(owed(spec, 1, Rational(100)), "66.67");
}

TEST(EngineRemedyTest, MinorUnitOfTheCurrency) {
  RemedySpec yen = oneTier(Line::AtLeast, 0, pct("10"), true, "JPY");
  EXPECT_EQ(owed(yen, 1, Rational(1005)), "101"); // 100.5
  EXPECT_EQ(owed(yen, 1, Rational(1004)), "100"); // 100.4
  RemedySpec dinar = oneTier(Line::AtLeast, 0, pct("10"), true, "BHD");
  EXPECT_EQ(owed(dinar, 1, dec("10.005")), "1.001"); // 1.0005
  EXPECT_EQ(owed(dinar, 1, dec("10.004")), "1");     // 1.0004
}

TEST(EngineRemedyTest, MinimumAppliesAfterRounding) {
  RemedySpec spec = oneTier(Line::AtLeast, 0, pct("10"), true);
  spec.minimum = 1;
  EXPECT_EQ(owed(spec, 1, dec("9.95")), "1");    // 0.995 rounds to 1.00
  EXPECT_EQ(owed(spec, 1, dec("9.94")), "none"); // 0.994 rounds to 0.99
  EXPECT_EQ(owed(spec, 1, dec("10")), "1");      // exactly the minimum
  EXPECT_EQ(owed(spec, 1, dec("1000")), "100");
}

TEST(EngineRemedyTest, CapAsPercentOfBase) {
  RemedySpec spec = oneTier(Line::Below, pct("99"), pct("150"), true);
  spec.cap = pct("100");
  spec.capIsPercent = true;
  EXPECT_EQ(owed(spec, pct("90"), Rational(1000)), "1000");
  spec.cap = Rational::fraction(1, 3); // 333.333... rounded to 333.33
  EXPECT_EQ(owed(spec, pct("90"), Rational(1000)), "333.33");
  EXPECT_EQ(owed(spec, pct("90"), std::nullopt), "no value: the base has no value");
}

TEST(EngineRemedyTest, CapAsMoney) {
  RemedySpec spec = oneTier(Line::Below, pct("99"), pct("30"), true);
  spec.cap = 250;
  EXPECT_EQ(owed(spec, pct("90"), Rational(1000)), "250");
  EXPECT_EQ(owed(spec, pct("90"), Rational(500)), "150");
  spec.cap = 0;
  EXPECT_EQ(owed(spec, pct("90"), Rational(1000)), "none");
}

TEST(EngineRemedyTest, MinimumAfterCap) {
  // The minimum holds for the amount issued (docs/language.md): 300 capped
  // to 150 is below the minimum of 200, so nothing is issued; capped to
  // exactly 200 it is.
  RemedySpec spec = oneTier(Line::Below, pct("99"), 300);
  spec.minimum = 200;
  spec.cap = 150;
  EXPECT_EQ(owed(spec, pct("90")), "none");
  spec.cap = 200;
  EXPECT_EQ(owed(spec, pct("90")), "200");
}

//===----------------------------------------------------------------------===//
// Total caps
//===----------------------------------------------------------------------===//

RemedyAmount amount(std::string remedy, RemedyKind kind, Period p, Rational a,
                    std::string currency = "USD") {
  return {std::move(remedy), kind, p, a, std::move(currency), {}, {}, false, std::nullopt};
}

std::string show(const std::vector<RemedyAmount> &amounts) {
  std::string out;
  for (const RemedyAmount &a : amounts)
    out += (out.empty() ? "" : " ") + a.remedy + "@" +
           formatTimestamp(a.period.start).substr(0, 10) + "=" +
           (a.amount ? a.amount->toString() : "null");
  return out;
}

TEST(EngineTotalCapTest, CapsCreditsAcrossRemediesInOneMonth) {
  TotalCapSpec cap{{RemedyKind::Credit}, pct("50"), true, Rational(1000), WindowUnit::Month, {}};
  std::vector<RemedyAmount> amounts = {
      amount("service_credit", RemedyKind::Credit, january, 300),
      amount("latency_credit", RemedyKind::Credit, january, 300),
      amount("late_response", RemedyKind::Penalty, january, 2000),
      amount("service_credit", RemedyKind::Credit, month(2026, 2), 400),
  };
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "service_credit@2026-01-01=300 latency_credit@2026-01-01=200 "
                           "late_response@2026-01-01=2000 service_credit@2026-02-01=400");
}

TEST(EngineTotalCapTest, ReducesTheLatestPeriodFirstThenByTheCapsOrder) {
  // A daily penalty and a monthly credit under one monthly cap: the amounts
  // of the period that ends last go first (the credit and the 31st's
  // penalty end together: the cap's order puts the penalty first).
  TotalCapSpec cap{{RemedyKind::Credit, RemedyKind::Penalty},
                   250,
                   false,
                   std::nullopt,
                   WindowUnit::Month,
                   {"fine", "credit"}};
  Period last{january.end - Duration::days(1), january.end};
  Period first{january.start, january.start + Duration::days(1)};
  std::vector<RemedyAmount> amounts = {
      amount("credit", RemedyKind::Credit, january, 200),
      amount("fine", RemedyKind::Penalty, first, 100),
      amount("fine", RemedyKind::Penalty, last, 100),
  };
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "credit@2026-01-01=150 fine@2026-01-01=100");
}

TEST(EngineTotalCapTest, AmountsCutBelowTheirMinimumAreNotIssued) {
  TotalCapSpec cap{{RemedyKind::Credit}, 500, false, std::nullopt, WindowUnit::Month, {"b", "a"}};
  std::vector<RemedyAmount> amounts = {amount("a", RemedyKind::Credit, january, 450),
                                       amount("b", RemedyKind::Credit, january, 100)};
  amounts[1].minimum = 60; // b is cut to 50
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "a@2026-01-01=450");
}

TEST(EngineTotalCapTest, AmountsReducedToZeroAreRemoved) {
  TotalCapSpec cap{{RemedyKind::Credit}, 500, false, std::nullopt, WindowUnit::Month, {}};
  std::vector<RemedyAmount> amounts = {
      amount("a", RemedyKind::Credit, january, 400),
      amount("b", RemedyKind::Credit, january, 150),
      amount("c", RemedyKind::Credit, january, 100),
  };
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "a@2026-01-01=400 b@2026-01-01=100");
}

TEST(EngineTotalCapTest, WithinCapNothingChanges) {
  TotalCapSpec cap{{RemedyKind::Penalty}, 5000, false, std::nullopt, WindowUnit::Month, {}};
  std::vector<RemedyAmount> amounts = {amount("p", RemedyKind::Penalty, january, 2000),
                                       amount("q", RemedyKind::Penalty, january, 3000)};
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "p@2026-01-01=2000 q@2026-01-01=3000");
}

TEST(EngineTotalCapTest, WindowsLongerThanPeriods) {
  // Monthly credits under a quarterly cap: the last months give way first.
  TotalCapSpec cap{{RemedyKind::Credit}, 1000, false, std::nullopt, WindowUnit::Quarter, {}};
  std::vector<RemedyAmount> amounts;
  for (unsigned m = 1; m <= 4; ++m)
    amounts.push_back(amount("c", RemedyKind::Credit, month(2026, m), 400));
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "c@2026-01-01=400 c@2026-02-01=400 c@2026-03-01=200 "
                           "c@2026-04-01=400");
}

TEST(EngineTotalCapTest, WindowsAreLocalToTheZone) {
  // 2026-02-01T03:00Z is still January 31 in New York.
  TotalCapSpec cap{{RemedyKind::Credit}, 100, false, std::nullopt, WindowUnit::Month, {}};
  Period lateJanuary{at("2026-02-01T03:00:00Z"), at("2026-02-02T05:00:00Z")};
  std::vector<RemedyAmount> amounts = {
      amount("a", RemedyKind::Credit, {at("2026-01-10T05:00:00Z"), at("2026-01-11T05:00:00Z")}, 80),
      amount("b", RemedyKind::Credit, lateJanuary, 80)};
  std::vector<RemedyAmount> inUtc = amounts;
  applyTotalCap(cap, TimeZone::byName("America/New_York"), amounts);
  EXPECT_EQ(show(amounts), "a@2026-01-10=80 b@2026-02-01=20");
  applyTotalCap(cap, TimeZone(), inUtc);
  EXPECT_EQ(show(inUtc), "a@2026-01-10=80 b@2026-02-01=80");
}

TEST(EngineTotalCapTest, WeeksStartOnMonday) {
  TotalCapSpec cap{{RemedyKind::Bonus}, 100, false, std::nullopt, WindowUnit::Week, {}};
  auto day = [](std::string_view date) {
    Timestamp start = at(std::string(date) + "T00:00:00Z");
    return Period{start, start + Duration::days(1)};
  };
  std::vector<RemedyAmount> amounts = {
      amount("b", RemedyKind::Bonus, day("2026-01-04"), 60), // Sunday
      amount("b", RemedyKind::Bonus, day("2026-01-05"), 60), // Monday
      amount("b", RemedyKind::Bonus, day("2026-01-11"), 60), // Sunday
  };
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "b@2026-01-04=60 b@2026-01-05=60 b@2026-01-11=40");
}

TEST(EngineTotalCapTest, PercentCapIsRoundedAndNeedsOf) {
  TotalCapSpec cap{{RemedyKind::Credit}, Rational::fraction(1, 3), true,
                   Rational(100),        WindowUnit::Month,        {}};
  std::vector<RemedyAmount> amounts = {amount("a", RemedyKind::Credit, january, 50)};
  applyTotalCap(cap, TimeZone(), amounts);
  EXPECT_EQ(show(amounts), "a@2026-01-01=33.33");
  cap.of.reset();
  EXPECT_THROW(applyTotalCap(cap, TimeZone(), amounts), std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Conditions
//===----------------------------------------------------------------------===//

/// Monthly outcomes from January 2026 on: 'B' breached, 'M' met, '?' unknown.
Outcomes monthly(std::string name, std::string_view outcomes, unsigned firstMonth = 1) {
  Outcomes o{std::move(name), {}};
  for (size_t i = 0; i < outcomes.size(); ++i) {
    std::optional<bool> met;
    if (outcomes[i] != '?')
      met = outcomes[i] == 'M';
    Date first = addMonths({2026, firstMonth, 1}, int64_t(i));
    o.met.push_back({month(first.year, first.month), met});
  }
  return o;
}

ConditionSpec consecutive(std::string name, int n, bool breached = true) {
  ConditionSpec c;
  c.name = std::move(name);
  c.breached = breached;
  c.form = ConditionSpec::Form::Consecutive;
  c.count = n;
  return c;
}

ConditionSpec ofLast(std::string name, int n, int m, bool breached = true) {
  ConditionSpec c = consecutive(std::move(name), n, breached);
  c.form = ConditionSpec::Form::OfLast;
  c.outOf = m;
  return c;
}

ConditionSpec overTerm(std::string name, bool breached) {
  ConditionSpec c;
  c.name = std::move(name);
  c.breached = breached;
  c.form = ConditionSpec::Form::OverTerm;
  return c;
}

ConditionSpec forAll(ConditionSpec c) {
  c.subject = ConditionSpec::Subject::AllObjectives;
  c.name.clear();
  return c;
}

ConditionSpec forAny(ConditionSpec c) {
  c.subject = ConditionSpec::Subject::AnyObjective;
  c.name.clear();
  return c;
}

std::string arose(const ConditionSpec &c, const std::vector<Outcomes> &subjects) {
  std::optional<Timestamp> t = conditionArose(c, subjects);
  return t ? formatTimestamp(*t) : "never";
}

TEST(EngineConditionTest, LanguageSection69Example) {
  // availability breached in January, February and March 2026.
  EXPECT_EQ(arose(consecutive("availability", 3), {monthly("availability", "BBB")}),
            "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 3), {monthly("availability", "BB")}), "never");
}

TEST(EngineConditionTest, ConsecutiveGivesTheFirstCompletion) {
  std::vector<Outcomes> s = {monthly("availability", "MBBBBB")};
  EXPECT_EQ(arose(consecutive("availability", 3), s), "2026-05-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 1), s), "2026-03-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 1, /*breached=*/false), s), "2026-02-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 6), s), "never");
}

TEST(EngineConditionTest, MetRunsAndBrokenRuns) {
  std::vector<Outcomes> s = {monthly("availability", "MMBMMM")};
  EXPECT_EQ(arose(consecutive("availability", 3, false), s), "2026-07-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 2, false), s), "2026-03-01T00:00:00Z");
}

TEST(EngineConditionTest, UnknownBreaksRuns) {
  std::vector<Outcomes> s = {monthly("availability", "BB?BBB")};
  EXPECT_EQ(arose(consecutive("availability", 3), s), "2026-07-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 3), {monthly("availability", "BB?BB")}), "never");
  EXPECT_EQ(arose(consecutive("availability", 2, false), {monthly("availability", "M?M")}),
            "never");
}

TEST(EngineConditionTest, OfLast) {
  EXPECT_EQ(arose(ofLast("a", 2, 3), {monthly("a", "BMB")}), "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(ofLast("a", 2, 3), {monthly("a", "BMMB")}), "never");
  EXPECT_EQ(arose(ofLast("a", 2, 3), {monthly("a", "BMMBMB")}), "2026-07-01T00:00:00Z");
  EXPECT_EQ(arose(ofLast("a", 2, 3), {monthly("a", "BMMBB")}), "2026-06-01T00:00:00Z");
  // Before M periods have passed, the ones so far count.
  EXPECT_EQ(arose(ofLast("a", 2, 6), {monthly("a", "BB")}), "2026-03-01T00:00:00Z");
  // N of last N is N consecutive; unknown periods don't count.
  EXPECT_EQ(arose(ofLast("a", 3, 3), {monthly("a", "BB?BBB")}), "2026-07-01T00:00:00Z");
  EXPECT_EQ(arose(ofLast("a", 2, 3, false), {monthly("a", "M?BM")}), "never");
  EXPECT_EQ(arose(ofLast("a", 2, 4, false), {monthly("a", "M?BM")}), "2026-05-01T00:00:00Z");
}

TEST(EngineConditionTest, OverTerm) {
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "MMM")}), "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "MBM")}), "never");
  // LANGUAGE.md 11.8: decided over the periods that have a result; without
  // any, the condition does not hold.
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "M?M")}), "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "M?B")}), "never");
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "???")}), "never");
  EXPECT_EQ(arose(overTerm("a", false), {monthly("a", "")}), "never");
  EXPECT_EQ(arose(overTerm("a", true), {monthly("a", "MBM")}), "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(overTerm("a", true), {monthly("a", "M?M")}), "never");
  EXPECT_EQ(arose(overTerm("a", true), {monthly("a", "")}), "never");
}

TEST(EngineConditionTest, NamedSubjectPicksItsOutcomes) {
  std::vector<Outcomes> s = {monthly("availability", "MMM"), monthly("respond_p1", "BBB")};
  EXPECT_EQ(arose(consecutive("respond_p1", 2), s), "2026-03-01T00:00:00Z");
  EXPECT_EQ(arose(consecutive("availability", 2), s), "never");
  EXPECT_EQ(arose(consecutive("nonexistent", 1), s), "never");
}

TEST(EngineConditionTest, AllObjectives) {
  std::vector<Outcomes> s = {monthly("a", "MMMB"), monthly("b", "M?MB")};
  EXPECT_EQ(arose(forAll(consecutive("", 1, false)), s), "2026-02-01T00:00:00Z");
  EXPECT_EQ(arose(forAll(consecutive("", 2, false)), s), "never"); // February unknown for b
  EXPECT_EQ(arose(forAll(overTerm("", false)), s), "never");
  EXPECT_EQ(arose(forAll(overTerm("", false)), {monthly("a", "MMM"), monthly("b", "MMM")}),
            "2026-04-01T00:00:00Z");
  // February has no result (a met, b unknown) and is left out; once a is
  // breached in it, February has a result again.
  EXPECT_EQ(arose(forAll(overTerm("", false)), {monthly("a", "MMM"), monthly("b", "M?M")}),
            "2026-04-01T00:00:00Z");
  EXPECT_EQ(arose(forAll(overTerm("", false)), {monthly("a", "MBM"), monthly("b", "M?M")}),
            "never");
  // `all objectives breached`: every objective breached in the period.
  EXPECT_EQ(arose(forAll(consecutive("", 1)), {monthly("a", "BBM"), monthly("b", "MBB")}),
            "2026-03-01T00:00:00Z");
  EXPECT_EQ(arose(forAll(consecutive("", 2)), {monthly("a", "BBM"), monthly("b", "MBB")}), "never");
  EXPECT_EQ(arose(forAll(overTerm("", true)), {monthly("a", "BM"), monthly("b", "MB")}), "never");
}

TEST(EngineConditionTest, AnyObjective) {
  // `any objective` asks one objective at a time (issue 14, defect 4): a
  // different objective breached in each month is no run.
  std::vector<Outcomes> s = {monthly("a", "BMMM"), monthly("b", "MBMM")};
  EXPECT_EQ(arose(forAny(consecutive("", 2)), s), "never");
  EXPECT_EQ(arose(forAny(consecutive("", 1)), s), "2026-02-01T00:00:00Z");
  EXPECT_EQ(arose(forAny(ofLast("", 2, 3)), s), "never");
  EXPECT_EQ(arose(forAny(overTerm("", true)), s), "2026-05-01T00:00:00Z");
  EXPECT_EQ(arose(forAny(overTerm("", false)), s), "never"); // none met every month
  // The same objective breached two months in a row; the first to complete
  // the condition gives the instant.
  std::vector<Outcomes> same = {monthly("a", "MBBB"), monthly("b", "BBMM")};
  EXPECT_EQ(arose(forAny(consecutive("", 2)), same), "2026-03-01T00:00:00Z");
  EXPECT_EQ(arose(forAny(consecutive("", 3)), same), "2026-05-01T00:00:00Z");
  EXPECT_EQ(arose(forAny(ofLast("", 2, 4)), {monthly("a", "BMMB"), monthly("b", "MBMM")}),
            "2026-05-01T00:00:00Z");
  // Unknown outcomes break a run of the same objective.
  EXPECT_EQ(arose(forAny(consecutive("", 2)), {monthly("a", "B?B"), monthly("b", "?B?")}), "never");
  // February has no result for a: `over term` is decided by January.
  EXPECT_EQ(arose(forAny(overTerm("", false)), {monthly("a", "M?"), monthly("b", "??")}),
            "2026-03-01T00:00:00Z");
  EXPECT_EQ(arose(forAny(overTerm("", false)), {monthly("a", "B?"), monthly("b", "B?")}), "never");
}

TEST(EngineConditionTest, ObjectivesWithDifferentWindows) {
  // `all objectives` matches periods by their end: a quarterly objective
  // has a period ending with March's, none ending with January's.
  Outcomes quarterly{"q", {{{at("2026-01-01T00:00:00Z"), at("2026-04-01T00:00:00Z")}, true}}};
  EXPECT_EQ(arose(forAll(overTerm("", false)), {monthly("m", "MMM"), quarterly}),
            "2026-04-01T00:00:00Z");
  quarterly.met[0].second = false;
  EXPECT_EQ(arose(forAll(overTerm("", false)), {monthly("m", "MMM"), quarterly}), "never");
  EXPECT_EQ(arose(forAny(consecutive("", 1)), {monthly("m", "MMM"), quarterly}),
            "2026-04-01T00:00:00Z");
}

/// One objective's outcomes over the days of January 2026 ('B', 'M' or '?'
/// per day), with periods `length` days long ending at the end of each day:
/// 1 for calendar days, 7 for `every rolling 7 d`.
static Outcomes daily(std::string name, const std::string &outcomes, int length) {
  Outcomes o{std::move(name), {}};
  const int64_t day = int64_t(86400) * 1000000;
  Timestamp first = at("2026-01-02T00:00:00Z"); // the end of 1 January
  for (size_t i = 0; i < outcomes.size(); ++i) {
    Timestamp end{first.micros + int64_t(i) * day};
    std::optional<bool> met;
    if (outcomes[i] != '?')
      met = outcomes[i] == 'M';
    o.met.push_back({{Timestamp{end.micros - length * day}, end}, met});
  }
  return o;
}

TEST(EngineConditionTest, AllObjectivesMatchPeriodsByTheirEnd) {
  // Issue 14, defect 14. A calendar-day objective breached on 3 and 4
  // January; a rolling 7-day one breached in the windows ending 9 to 14
  // January, which start 3 to 8 January. Matched by their start, 3 January
  // paired the day with the window ending 9 January and `all objectives
  // breached 2 consecutive days` arose on 11 January, though no day had
  // both breached. Matched by their end, it never arises.
  Outcomes calm = daily("calm", "MMMMMMMMBBBBBB", 7);
  EXPECT_EQ(arose(forAll(consecutive("", 2)), {daily("quiet", "MMBBMMMMMMMMMM", 1), calm}),
            "never");
  // Both breached at the end of 12 and 13 January.
  EXPECT_EQ(arose(forAll(consecutive("", 2)), {daily("quiet", "MMBBMMMMMMMBBM", 1), calm}),
            "2026-01-14T00:00:00Z");
}

TEST(EngineConditionTest, BadCountsAreRejected) {
  std::vector<Outcomes> s = {monthly("a", "B")};
  EXPECT_THROW(conditionArose(consecutive("a", 0), s), std::invalid_argument);
  EXPECT_THROW(conditionArose(ofLast("a", 3, 2), s), std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Report::anyBreach
//===----------------------------------------------------------------------===//

TEST(EngineReportTest, AnyBreach) {
  Report r;
  EXPECT_FALSE(r.anyBreach());
  r.objectives.push_back({"availability", "", {{january, false, std::nullopt, {}}}});
  EXPECT_FALSE(r.anyBreach()); // unknown is not a breach
  r.objectives[0].periods.push_back({month(2026, 2), false, true, {}});
  EXPECT_FALSE(r.anyBreach());
  r.objectives[0].periods.push_back({month(2026, 3), true, false, {}});
  EXPECT_TRUE(r.anyBreach());
  r.objectives.clear();
  ObligationPeriod p;
  p.period = january;
  r.obligations.push_back({"respond_p1", "", {p}});
  EXPECT_FALSE(r.anyBreach());
  r.obligations[0].periods[0].met = false;
  EXPECT_TRUE(r.anyBreach());
}

} // namespace
