//===- FieldsTest.cpp - Typing field values, and the reasons given --------===//
//
// One test per field type: the values it accepts (from CSV text and from
// JSON), the values it rejects with the exact reason, and how missing
// values come out. Reasons are part of the evaluator's interface: users read
// them, so they are pinned word for word.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Fields.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

RawValue text(std::string_view s) { return {RawKind::Text, s}; }
RawValue jsonString(std::string_view s) { return {RawKind::JsonString, s}; }
RawValue jsonNumber(std::string_view s) { return {RawKind::JsonNumber, s}; }
RawValue jsonBool(bool b) { return {RawKind::JsonBool, b ? "true" : "false"}; }
const RawValue missing{RawKind::Missing, ""};
const RawValue absent{RawKind::Absent, {}};
const RawValue jsonNull{RawKind::JsonNull, "null"};
const RawValue jsonArray{RawKind::JsonArray, {}};

std::span<const std::string_view> priorities() {
  static constexpr std::string_view names[] = {"P1", "P2", "P3", "P4"};
  return names;
}

Rational dec(std::string_view s) { return *Rational::parseDecimal(s); }

template <class T> std::string why(const FieldResult<T> &r) {
  return r.isBad() ? r.reason() : r.ok() ? "<ok>" : "<missing>";
}

TEST(FieldsTest, MissingValues) {
  for (const RawValue &raw : {missing, absent, jsonNull}) {
    EXPECT_TRUE(parseIntField(raw).isMissing());
    EXPECT_TRUE(parseTimestampField(raw).isMissing());
    EXPECT_TRUE(parseTextField(raw).isMissing());
  }
  // A quoted empty CSV field is an empty text, not a missing one...
  ASSERT_TRUE(parseTextField(text("")).ok());
  EXPECT_EQ(parseTextField(text("")).value(), "");
  // ...and an empty value for any other type.
  EXPECT_EQ(why(parseIntField(text(""))), "expected an integer such as 42, found an empty text");
  EXPECT_EQ(missingValueReason(missing), "expected a value, found an empty field");
  EXPECT_EQ(missingValueReason(absent), "expected a value, found no such key");
  EXPECT_EQ(missingValueReason(jsonNull), "expected a value, found null");
}

TEST(FieldsTest, Int) {
  EXPECT_EQ(parseIntField(text("42")).value(), 42);
  EXPECT_EQ(parseIntField(text(" -7\t")).value(), -7);
  EXPECT_EQ(parseIntField(jsonNumber("200")).value(), 200);
  EXPECT_EQ(parseIntField(jsonNumber("200.0")).value(), 200);
  EXPECT_EQ(parseIntField(text("9223372036854775807")).value(), INT64_MAX);
  EXPECT_EQ(parseIntField(text("-9223372036854775808")).value(), INT64_MIN);
  EXPECT_EQ(why(parseIntField(text("9223372036854775808"))),
            "expected an integer such as 42, found `9223372036854775808`; the value is outside "
            "the 64-bit range");
  EXPECT_EQ(why(parseIntField(text("1.5"))),
            "expected an integer such as 42, found `1.5`; an integer has no fractional part");
  EXPECT_EQ(why(parseIntField(text("twelve"))), "expected an integer such as 42, found `twelve`");
  EXPECT_EQ(why(parseIntField(text("+5"))),
            "expected an integer such as 42, found `+5`; write the number without a `+` sign");
  EXPECT_EQ(why(parseIntField(text("1e3"))),
            "expected an integer such as 42, found `1e3`; exponent notation is not accepted, "
            "write the number in full");
  EXPECT_EQ(why(parseIntField(text("1,000"))),
            "expected an integer such as 42, found `1,000`; use `.` as the decimal point and no "
            "thousands separators");
  EXPECT_EQ(why(parseIntField(jsonString("42"))),
            "expected an integer such as 42 as a JSON number, found the string `\"42\"`");
  EXPECT_EQ(why(parseIntField(jsonArray)),
            "expected an integer such as 42 as a JSON number, found an array");
}

TEST(FieldsTest, Number) {
  EXPECT_EQ(parseNumberField(text("3.25")).value(), Rational::fraction(13, 4));
  EXPECT_EQ(parseNumberField(jsonNumber("0.1")).value(), Rational::fraction(1, 10));
  EXPECT_EQ(parseNumberField(text("-0.000001")).value(), Rational::fraction(-1, 1000000));
  EXPECT_EQ(why(parseNumberField(jsonNumber("1.5E-3"))),
            "expected a decimal number such as 3.25, found `1.5E-3`; exponent notation is not "
            "accepted, write the number in full");
  EXPECT_EQ(why(parseNumberField(text(".5"))),
            "expected a decimal number such as 3.25, found `.5`; write digits on both sides of "
            "the decimal point");
  EXPECT_EQ(why(parseNumberField(text("1_000"))),
            "expected a decimal number such as 3.25, found `1_000`; write the number without `_`");
  EXPECT_EQ(why(parseNumberField(text(std::string(45, '9')))),
            "expected a decimal number such as 3.25, found `" + std::string(45, '9') +
                "`; the number has too many digits");
}

TEST(FieldsTest, Percent) {
  EXPECT_EQ(parsePercentField(text("0.9995")).value(), dec("0.9995"));
  EXPECT_EQ(parsePercentField(text("99.95%")).value(), dec("0.9995"));
  EXPECT_EQ(parsePercentField(jsonString("99.95%")).value(), dec("0.9995"));
  EXPECT_EQ(parsePercentField(jsonNumber("1")).value(), Rational(1));
  EXPECT_EQ(why(parsePercentField(text("99.9.5%"))),
            "expected a percentage such as 99.95% or a fraction such as 0.9995, found `99.9.5%`");
  EXPECT_EQ(why(parsePercentField(jsonBool(true))),
            "expected a percentage such as 99.95% or a fraction such as 0.9995, found `true`");
  // Exact as written, too large once divided by 100: a bad value, not an
  // exception that ends the evaluator (found by the fields fuzz harness).
  std::string longPercent = "4." + std::string(40, '5') + "1%";
  EXPECT_EQ(why(parsePercentField(text(longPercent))),
            "expected a percentage such as 99.95% or a fraction such as 0.9995, found `" +
                longPercent + "`; the number has too many digits");
}

TEST(FieldsTest, Bool) {
  for (std::string_view t : {"true", "1", "True", "TRUE"})
    EXPECT_TRUE(parseBoolField(text(t)).value()) << t;
  for (std::string_view f : {"false", "0", "False", "FALSE"})
    EXPECT_FALSE(parseBoolField(text(f)).value()) << f;
  EXPECT_TRUE(parseBoolField(jsonBool(true)).value());
  EXPECT_FALSE(parseBoolField(jsonNumber("0")).value());
  EXPECT_EQ(why(parseBoolField(text("yes"))), "expected true, false, 1 or 0, found `yes`");
  EXPECT_EQ(why(parseBoolField(text("tRUE"))), "expected true, false, 1 or 0, found `tRUE`");
  EXPECT_EQ(why(parseBoolField(jsonNumber("2"))), "expected true, false, 1 or 0, found `2`");
  EXPECT_EQ(why(parseBoolField(jsonString("true"))),
            "expected true, false, 1 or 0, found the string `\"true\"`");
}

TEST(FieldsTest, Text) {
  EXPECT_EQ(parseTextField(text("  spaced  ")).value(), "  spaced  ");
  EXPECT_EQ(parseTextField(jsonNumber("12345")).value(), "12345");
  EXPECT_EQ(why(parseTextField(jsonBool(false))), "expected a text, found `false`");
}

TEST(FieldsTest, Enum) {
  EXPECT_EQ(parseEnumField(text("P3"), priorities()).value(), 2u);
  EXPECT_EQ(why(parseEnumField(text("P5"), priorities())),
            "expected one of P1, P2, P3 or P4, found `P5`");
  EXPECT_EQ(why(parseEnumField(text("p2"), priorities())),
            "expected one of P1, P2, P3 or P4, found `p2`; did you mean `P2`?");
  EXPECT_EQ(why(parseEnumField(text("urgent"), priorities())),
            "expected one of P1, P2, P3 or P4, found `urgent`");
  EXPECT_EQ(why(parseEnumField(jsonNumber("1"), priorities())),
            "expected one of P1, P2, P3 or P4 as a JSON string, found the number `1`");
}

TEST(FieldsTest, Timestamp) {
  EXPECT_EQ(parseTimestampField(text("2026-01-01T00:00:00Z")).value(), Timestamp{1767225600000000});
  EXPECT_EQ(parseTimestampField(jsonString("2026-01-01T02:00:00.5+02:00")).value(),
            Timestamp{1767225600500000});
  const std::string expected = "expected a timestamp such as 2026-01-01T00:00:00Z, found ";
  EXPECT_EQ(why(parseTimestampField(text("yesterday"))), expected + "`yesterday`");
  EXPECT_EQ(why(parseTimestampField(text("2026-01-01T10:00:00"))),
            expected + "`2026-01-01T10:00:00`; add the offset from UTC, such as `Z` or `+02:00`");
  EXPECT_EQ(why(parseTimestampField(text("2026-02-30T00:00:00Z"))),
            expected + "`2026-02-30T00:00:00Z`; February 2026 has 28 days");
  EXPECT_EQ(why(parseTimestampField(text("2028-02-30T00:00:00Z"))),
            expected + "`2028-02-30T00:00:00Z`; February 2028 has 29 days");
  EXPECT_EQ(why(parseTimestampField(text("2026-13-01T00:00:00Z"))),
            expected + "`2026-13-01T00:00:00Z`; there is no month 13");
  EXPECT_EQ(why(parseTimestampField(text("2026-01-01"))),
            expected + "`2026-01-01`; add a time of day and an offset, such as `T00:00:00Z`");
  EXPECT_EQ(why(parseTimestampField(text("1767225600"))),
            expected + "`1767225600`; write the time as RFC 3339 text, not as a Unix time");
  EXPECT_EQ(why(parseTimestampField(jsonNumber("1767225600"))),
            "expected a timestamp such as 2026-01-01T00:00:00Z as a JSON string, found the "
            "number `1767225600`");
}

// A leap second in the data is rejected with that reason, not only as "not a
// timestamp"; a second 61 is simply not a time.
TEST(FieldsTest, LeapSecond) {
  const std::string expected = "expected a timestamp such as 2026-01-01T00:00:00Z, found ";
  EXPECT_EQ(why(parseTimestampField(text("2016-12-31T23:59:60Z"))),
            expected +
                "`2016-12-31T23:59:60Z`; second 60 is a leap second, and leap seconds are not "
                "supported");
  EXPECT_EQ(why(parseTimestampField(text("2016-12-31T23:59:61Z"))),
            expected + "`2016-12-31T23:59:61Z`");
}

TEST(FieldsTest, Date) {
  EXPECT_EQ(parseDateField(text("2026-03-31")).value(), (Date{2026, 3, 31}));
  EXPECT_EQ(why(parseDateField(text("2026-04-31"))),
            "expected a date such as 2026-01-01, found `2026-04-31`; April 2026 has 30 days");
}

TEST(FieldsTest, Interval) {
  auto i = parseIntervalField(text("2026-01-01T00:00:00Z/2026-01-01T01:00:00Z"));
  ASSERT_TRUE(i.ok());
  EXPECT_EQ(i.value().end - i.value().start, Duration{3600 * microsPerSecond});
  EXPECT_TRUE(parseIntervalField(text("2026-01-01T00:00:00Z/2026-01-01T00:00:00Z")).ok());
  const std::string expected =
      "expected an interval such as 2026-01-01T00:00:00Z/2026-01-01T01:00:00Z, found ";
  EXPECT_EQ(why(parseIntervalField(text("2026-01-01T01:00:00Z/2026-01-01T00:00:00Z"))),
            expected + "`2026-01-01T01:00:00Z/2026-01-01T00:00:00Z`; the interval ends before it "
                       "starts");
  EXPECT_EQ(why(parseIntervalField(text("2026-01-01T00:00:00Z"))),
            expected + "`2026-01-01T00:00:00Z`; write the start and the end separated by `/`");
  EXPECT_EQ(why(parseIntervalField(text("2026-01-01T00:00:00/2026-01-01T01:00:00Z"))),
            expected + "`2026-01-01T00:00:00/2026-01-01T01:00:00Z`; the start "
                       "`2026-01-01T00:00:00` is not a timestamp; add the offset from UTC, such "
                       "as `Z` or `+02:00`");
  EXPECT_EQ(why(parseIntervalField(text("2026-01-01T00:00:00Z/PT1H"))),
            expected + "`2026-01-01T00:00:00Z/PT1H`; write the end as a timestamp, not as a "
                       "duration");
  EXPECT_EQ(why(parseIntervalField(text("2026-01-01T00:00:00Z/2026-02-30T00:00:00Z"))),
            expected + "`2026-01-01T00:00:00Z/2026-02-30T00:00:00Z`; the end "
                       "`2026-02-30T00:00:00Z` is not a timestamp; February 2026 has 28 days");
}

TEST(FieldsTest, Duration) {
  EXPECT_EQ(parseDurationField(text("1.5")).value(), Duration{1500000});
  EXPECT_EQ(parseDurationField(text("250"), DurationUnit::Milliseconds).value(), Duration{250000});
  EXPECT_EQ(parseDurationField(jsonNumber("0.25"), DurationUnit::Milliseconds).value(),
            Duration{250});
  EXPECT_EQ(parseDurationField(text("15"), DurationUnit::Minutes).value(),
            Duration{900 * microsPerSecond});
  EXPECT_EQ(parseDurationField(text("2 s"), DurationUnit::Milliseconds).value(),
            Duration{2 * microsPerSecond});
  EXPECT_EQ(parseDurationField(text("5min")).value(), Duration{300 * microsPerSecond});
  EXPECT_EQ(parseDurationField(text("0")).value(), Duration{0});
  EXPECT_EQ(why(parseDurationField(text("-5"))),
            "expected a number of seconds such as 1.5, found `-5`; a duration cannot be negative");
  EXPECT_EQ(why(parseDurationField(text("0.0000005"))),
            "expected a number of seconds such as 1.5, found `0.0000005`; durations are kept in "
            "whole microseconds");
  EXPECT_EQ(why(parseDurationField(text("3 fortnights"))),
            "expected a number of seconds such as 1.5, found `3 fortnights`; the units of time "
            "are ms, s, min, h, d and w");
  EXPECT_EQ(why(parseDurationField(text("99999999999999999"), DurationUnit::Weeks)),
            "expected a number of weeks such as 1, found `99999999999999999`; the duration is "
            "too long");
  EXPECT_EQ(why(parseDurationField(text("soon"), DurationUnit::Milliseconds)),
            "expected a number of milliseconds such as 250, found `soon`");
  EXPECT_EQ(unitName(DurationUnit::Minutes), "min");
  EXPECT_EQ(microsPer(DurationUnit::Hours), 3600 * microsPerSecond);
}

TEST(FieldsTest, Money) {
  EXPECT_EQ(parseMoneyField(text("12.50"), "USD").value(), dec("12.5"));
  EXPECT_EQ(parseMoneyField(text("1200 USD"), "USD").value(), Rational(1200));
  EXPECT_EQ(parseMoneyField(jsonString("-3.10"), "USD").value(), dec("-3.1"));
  EXPECT_EQ(parseMoneyField(jsonNumber("0.005"), "USD").value(), dec("0.005"));
  EXPECT_EQ(why(parseMoneyField(text("12.50 EUR"), "USD")),
            "expected an amount in USD such as 12.50, found `12.50 EUR`; amounts are in USD, the "
            "agreement's currency");
  EXPECT_EQ(why(parseMoneyField(text("$12"), "USD")),
            "expected an amount in USD such as 12.50, found `$12`");
  EXPECT_EQ(why(parseMoneyField(text("1,200.00"), "USD")),
            "expected an amount in USD such as 12.50, found `1,200.00`; use `.` as the decimal "
            "point and no thousands separators");
}

TEST(FieldsTest, DataSize) {
  EXPECT_EQ(parseDataSizeField(text("1048576")).value(), 1048576);
  EXPECT_EQ(parseDataSizeField(text("10 GB")).value(), 10'000'000'000);
  EXPECT_EQ(parseDataSizeField(text("1.5 KB")).value(), 1500);
  EXPECT_EQ(why(parseDataSizeField(text("1.5"))),
            "expected a number of bytes such as 1048576, found `1.5`; a data size is a whole "
            "number of bytes");
  EXPECT_EQ(why(parseDataSizeField(text("-1"))),
            "expected a number of bytes such as 1048576, found `-1`; a data size cannot be "
            "negative");
  EXPECT_EQ(why(parseDataSizeField(text("5 GiB"))),
            "expected a number of bytes such as 1048576, found `5 GiB`; the units of data are B, "
            "KB, MB, GB and TB");
}

TEST(FieldsTest, DuplicateJsonKey) {
  EXPECT_EQ(why(parseIntField({RawKind::JsonDuplicate, {}})),
            "the key appears more than once in the object");
}

TEST(FieldsTest, FieldErrorAndQuoting) {
  DataField field{text("x"), 12, 5};
  DataError e = fieldError(field, "at", "expected a value, found an empty field");
  EXPECT_EQ(formatDataError("m.csv", e),
            "m.csv:12:5: field `at`: expected a value, found an empty field");
  EXPECT_EQ(quoteForMessage("a\nb\tc\x01"), "`a\\nb\\tc\\x01`");
  EXPECT_EQ(quoteForMessage(std::string(80, 'x')), "`" + std::string(80, 'x') + "`");
  EXPECT_EQ(quoteForMessage(std::string(81, 'x')), "`" + std::string(80, 'x') + "…`");
  EXPECT_EQ(quoteForMessage("héllo"), "`héllo`");
}

} // namespace
