//===- ReportFormatTest.cpp - JSON writing, value formats, text tables ----===//
//
// The report is compared byte for byte by golden tests and by users' diff
// tools, so the writer's layout, its escaping and the number formats are
// pinned exactly here.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Currency.h"
#include "tenor/rt/cli/ReportOutput.h"
#include "tenor/rt/report/JsonWriter.h"
#include "tenor/rt/report/TextTable.h"
#include "tenor/rt/report/ValueFormats.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Rational dec(std::string_view s) { return *Rational::parseDecimal(s); }

std::string json(std::string_view text) {
  std::string out;
  appendJsonString(out, text);
  return out;
}

TEST(ReportFormatTest, PrettyPrintsInCallOrder) {
  std::string out;
  JsonWriter w(out);
  w.beginObject();
  w.key("agreement").beginObject().key("id").string("compute").key("version").string("2026.1");
  w.endObject();
  w.key("objectives").beginObject().key("availability").beginArray();
  w.beginObject().key("partial").boolean(false).key("rows").integer(-44640);
  w.key("uptime").number("0.99985").key("note").null().endObject();
  w.endArray().endObject();
  w.key("penalties").beginObject().endObject();
  w.key("list").beginArray().integer(1).integer(2).endArray();
  w.key("empty").beginArray().endArray();
  w.endObject();
  EXPECT_TRUE(w.done());
  EXPECT_EQ(out, R"({
  "agreement": {
    "id": "compute",
    "version": "2026.1"
  },
  "objectives": {
    "availability": [
      {
        "partial": false,
        "rows": -44640,
        "uptime": 0.99985,
        "note": null
      }
    ]
  },
  "penalties": {},
  "list": [
    1,
    2
  ],
  "empty": []
}
)");
}

TEST(ReportFormatTest, TopLevelScalar) {
  std::string out;
  JsonWriter w(out);
  EXPECT_FALSE(w.done());
  w.string("x");
  EXPECT_TRUE(w.done());
  EXPECT_EQ(out, "\"x\"\n");
}

TEST(ReportFormatTest, StringEscaping) {
  EXPECT_EQ(json("plain"), "\"plain\"");
  EXPECT_EQ(json("say \"hi\" \\ bye"), R"("say \"hi\" \\ bye")");
  EXPECT_EQ(json("a\nb\rc\td\be\ff"), R"("a\nb\rc\td\be\ff")");
  EXPECT_EQ(json(std::string_view("\x00\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
  EXPECT_EQ(json("Zürich – 東京 😀"), "\"Zürich – 東京 😀\"");
  // Invalid UTF-8 never reaches the report: each bad byte becomes U+FFFD.
  EXPECT_EQ(json("a\xff"
                 "b"),
            "\"a\xEF\xBF\xBD"
            "b\"");
  EXPECT_EQ(json("\xC3"), "\"\xEF\xBF\xBD\"");                                 // truncated sequence
  EXPECT_EQ(json("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");                 // overlong `/`
  EXPECT_EQ(json("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""); // surrogate
  EXPECT_EQ(json("/"), "\"/\"");
}

TEST(ReportFormatTest, KeysAreEscapedToo) {
  std::string out;
  JsonWriter w(out);
  w.beginObject().key("a\"b").integer(1).endObject();
  EXPECT_EQ(out, "{\n  \"a\\\"b\": 1\n}\n");
}

TEST(ReportFormatTest, Fractions) {
  EXPECT_EQ(formatFraction(dec("0.99985")), "0.99985");
  EXPECT_EQ(formatFraction(Rational(1)), "1");
  EXPECT_EQ(formatFraction(Rational(0)), "0");
  EXPECT_EQ(formatFraction(Rational::fraction(1, 2)), "0.5");
  EXPECT_EQ(formatFraction(Rational::fraction(-3, 8)), "-0.375");
  EXPECT_EQ(formatFraction(Rational::fraction(1, 1024)), "0.0009765625");
  // January 2026 with 5 unavailable minutes: 44635/44640 = 8927/8928.
  EXPECT_EQ(formatFraction(Rational::fraction(44635, 44640)), "0.9998879928");
  EXPECT_EQ(formatFraction(Rational::fraction(1, 3)), "0.3333333333");
  EXPECT_EQ(formatFraction(Rational::fraction(2, 3)), "0.6666666667");
  EXPECT_EQ(formatFraction(Rational::fraction(1, 30)), "0.0333333333");
  EXPECT_EQ(formatFraction(Rational::fraction(1, 3000000000)), "0.0000000003");
  EXPECT_EQ(formatFraction(Rational::fraction(-1, 30000000000)), "0");
}

TEST(ReportFormatTest, Money) {
  EXPECT_EQ(formatMoney(Rational(120), "USD"), "120.00");
  EXPECT_EQ(formatMoney(dec("0.005"), "EUR"), "0.01");
  EXPECT_EQ(formatMoney(dec("-0.005"), "EUR"), "-0.01");
  EXPECT_EQ(formatMoney(dec("1234.5"), "JPY"), "1235");
  EXPECT_EQ(formatMoney(dec("1.2345"), "KWD"), "1.235");
  EXPECT_EQ(formatMoney(Rational::fraction(1, 3), "BHD"), "0.333");
  EXPECT_EQ(currencyMinorUnit("USD"), 2);
  EXPECT_EQ(currencyMinorUnit("KRW"), 0);
  EXPECT_EQ(currencyMinorUnit("OMR"), 3);
  EXPECT_EQ(currencyMinorUnit("XYZ"), 2);
}

TEST(ReportFormatTest, SecondsAndPercent) {
  EXPECT_EQ(formatSeconds(Duration{1500000}), "1.5");
  EXPECT_EQ(formatSeconds(Duration{60 * microsPerSecond}), "60");
  EXPECT_EQ(formatSeconds(Duration{1}), "0.000001");
  EXPECT_EQ(formatSeconds(Duration{0}), "0");
  EXPECT_EQ(formatPercent(Rational::fraction(44635, 44640)), "99.98880%");
  EXPECT_EQ(formatPercent(Rational::fraction(19, 20), 2), "95.00%");
}

TEST(ReportFormatTest, TextTableAlignsColumns) {
  using Align = TextTable::Align;
  TextTable table({"objective", "uptime", "met"}, {Align::Left, Align::Right});
  table.addRow({"availability", "99.98880%", "no"});
  table.addRow({"latency", "100%"});
  table.addRow({"zürich", "1%", "yes"});
  std::string out;
  table.render(out, 2);
  EXPECT_EQ(out, "  objective        uptime  met\n"
                 "  ------------  ---------  ---\n"
                 "  availability  99.98880%  no\n"
                 "  latency            100%\n"
                 "  zürich               1%  yes\n");
}

TEST(ReportFormatTest, TextWriter) {
  std::string out;
  TextWriter w(out);
  w.heading("Compute SLA");
  w.fields({{"version", "2026.1"}, {"range", "2026-01-01 to 2026-02-01"}});
  w.subheading("Objectives");
  w.indent();
  w.line("availability: breached");
  w.line();
  TextTable t({"a", "b"});
  t.addRow({"1", "2"});
  w.table(t);
  w.dedent();
  w.line("end");
  EXPECT_EQ(out, "Compute SLA\n"
                 "===========\n"
                 "version: 2026.1\n"
                 "range:   2026-01-01 to 2026-02-01\n"
                 "\n"
                 "Objectives\n"
                 "----------\n"
                 "  availability: breached\n"
                 "\n"
                 "  a  b\n"
                 "  -  -\n"
                 "  1  2\n"
                 "end\n");
}

TEST(ReportFormatTest, WriteOutput) {
  std::string path = ::testing::TempDir() + "tenor-report-test.json";
  std::string error;
  ASSERT_TRUE(writeOutput(path, "{}\n", error)) << error;
  std::FILE *f = std::fopen(path.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  char buffer[8] = {};
  EXPECT_EQ(std::fread(buffer, 1, sizeof buffer, f), 3u);
  std::fclose(f);
  std::remove(path.c_str());
  EXPECT_EQ(std::string(buffer), "{}\n");
  EXPECT_FALSE(writeOutput("/nonexistent/dir/r.json", "x", error));
  EXPECT_EQ(error, "cannot write `/nonexistent/dir/r.json`: No such file or directory");
}

} // namespace
