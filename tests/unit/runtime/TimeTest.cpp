//===- TimeTest.cpp - RFC 3339 parsing and civil date arithmetic ----------===//
//
// Timestamps arrive from data files in every shape RFC 3339 allows; these
// tests pin what is accepted (offsets, fractions, lower case, leap days) and
// what is a bad row (impossible dates, missing offsets, leap seconds).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Time.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

int64_t micros(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t ? t->micros : 0;
}

constexpr int64_t jan2026 = 1'767'225'600LL * microsPerSecond; // 2026-01-01T00:00:00Z

TEST(TimeTest, ParsesUtcTimestamps) {
  EXPECT_EQ(micros("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(micros("2026-01-01T00:00:00Z"), jan2026);
  EXPECT_EQ(micros("2026-01-01T09:30:00Z"), jan2026 + 9 * microsPerHour + 30 * microsPerMinute);
  EXPECT_EQ(micros("2026-01-01t09:30:00z"), micros("2026-01-01T09:30:00Z"));
  EXPECT_EQ(micros("2026-01-01 09:30:00Z"), micros("2026-01-01T09:30:00Z"));
  EXPECT_EQ(micros("1969-12-31T23:59:59Z"), -microsPerSecond);
}

TEST(TimeTest, ParsesOffsetsAndFractions) {
  EXPECT_EQ(micros("2026-01-01T09:30:00+02:00"), micros("2026-01-01T07:30:00Z"));
  EXPECT_EQ(micros("2026-01-01T00:30:00-05:30"), micros("2026-01-01T06:00:00Z"));
  EXPECT_EQ(micros("2026-01-01T00:00:00+00:00"), jan2026);
  EXPECT_EQ(micros("2026-01-01T00:00:00-00:00"), jan2026);
  EXPECT_EQ(micros("2026-01-01T09:30:00.123456+02:00"), micros("2026-01-01T07:30:00Z") + 123'456);
  EXPECT_EQ(micros("2026-01-01T00:00:00.5Z"), jan2026 + 500'000);
  EXPECT_EQ(micros("2026-01-01T00:00:00.000001Z"), jan2026 + 1);
  // Nanoseconds are truncated to microseconds.
  EXPECT_EQ(micros("2026-01-01T00:00:00.123456789Z"), jan2026 + 123'456);
  EXPECT_EQ(micros("1969-12-31T23:59:59.5Z"), -500'000);
}

TEST(TimeTest, LeapDays) {
  EXPECT_TRUE(parseTimestamp("2024-02-29T12:00:00Z").has_value());
  EXPECT_TRUE(parseTimestamp("2000-02-29T12:00:00Z").has_value());
  EXPECT_FALSE(parseTimestamp("2026-02-29T12:00:00Z").has_value());
  EXPECT_FALSE(parseTimestamp("2100-02-29T12:00:00Z").has_value());
  EXPECT_EQ(micros("2024-03-01T00:00:00Z") - micros("2024-02-28T00:00:00Z"), 2 * microsPerDay);
}

TEST(TimeTest, RejectsMalformedTimestamps) {
  for (std::string_view bad : {"",
                               "2026-01-01",
                               "2026-01-01T09:30:00", // no offset
                               "2026-02-30T00:00:00Z",
                               "2026-04-31T00:00:00Z",
                               "2026-13-01T00:00:00Z",
                               "2026-00-10T00:00:00Z",
                               "2026-01-00T00:00:00Z",
                               "2026-1-01T00:00:00Z",
                               "2026-01-01T24:00:00Z",
                               "2026-01-01T23:60:00Z",
                               "2026-01-01T23:59:60Z",
                               "2026-01-01T09:30Z",
                               "2026-01-01T09:30:00.Z",
                               "2026-01-01T09:30:00+0200",
                               "2026-01-01T09:30:00+02",
                               "2026-01-01T09:30:00+24:00",
                               "2026-01-01T09:30:00+02:60",
                               "2026-01-01T09:30:00ZZ",
                               "2026-01-01T09:30:00Z ",
                               " 2026-01-01T09:30:00Z",
                               "2026-01-01X09:30:00Z",
                               "2026/01/01T09:30:00Z",
                               "2026-01-01T09:30:00GMT",
                               "+2026-01-01T09:30:00Z"})
    EXPECT_FALSE(parseTimestamp(bad).has_value()) << bad;
}

TEST(TimeTest, RejectsInstantsOutsideFourDigitYears) {
  // Found by fuzz-fields: the offset carries the instant into year -1 (or
  // 10000), which formatTimestamp cannot write back.
  EXPECT_FALSE(parseTimestamp("0000-01-01T00:00:40+02:00").has_value());
  EXPECT_FALSE(parseTimestamp("9999-12-31T23:00:00-02:00").has_value());
  EXPECT_TRUE(parseTimestamp("0000-01-01T02:00:00+02:00").has_value());
  EXPECT_TRUE(parseTimestamp("9999-12-31T23:59:59.999999Z").has_value());
}

TEST(TimeTest, FormatsInUtc) {
  EXPECT_EQ(formatTimestamp(Timestamp{jan2026}), "2026-01-01T00:00:00Z");
  EXPECT_EQ(formatTimestamp(Timestamp{micros("2026-01-01T09:30:00+02:00")}),
            "2026-01-01T07:30:00Z");
  EXPECT_EQ(formatTimestamp(Timestamp{jan2026 + 500'000}), "2026-01-01T00:00:00.5Z");
  EXPECT_EQ(formatTimestamp(Timestamp{jan2026 + 123'456}), "2026-01-01T00:00:00.123456Z");
  EXPECT_EQ(formatTimestamp(Timestamp{jan2026 + 1'000}), "2026-01-01T00:00:00.001Z");
  EXPECT_EQ(formatTimestamp(Timestamp{-500'000}), "1969-12-31T23:59:59.5Z");
  EXPECT_EQ(formatTimestamp(Timestamp{micros("2024-02-29T23:59:59Z")}), "2024-02-29T23:59:59Z");
}

TEST(TimeTest, CivilDaysRoundTrip) {
  for (int64_t d = -800'000; d <= 800'000; d += 7) {
    Date date = civilFromDays(d);
    ASSERT_TRUE(isValidDate(date)) << d;
    ASSERT_EQ(daysFromCivil(date), d);
  }
  EXPECT_EQ(daysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(daysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ((civilFromDays(-1)), (Date{1969, 12, 31}));
}

TEST(TimeTest, Weekdays) {
  EXPECT_EQ(weekdayOf({2026, 1, 1}), Weekday::Thursday);
  EXPECT_EQ(weekdayOf({2026, 1, 5}), Weekday::Monday);
  EXPECT_EQ(weekdayOf({2026, 1, 4}), Weekday::Sunday);
  EXPECT_EQ(weekdayOf({1969, 12, 29}), Weekday::Monday);
}

TEST(TimeTest, DateArithmetic) {
  EXPECT_EQ(addDays({2026, 2, 28}, 1), (Date{2026, 3, 1}));
  EXPECT_EQ(addDays({2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(addDays({2026, 1, 1}, -1), (Date{2025, 12, 31}));
  EXPECT_EQ(addMonths({2026, 11, 15}, 3), (Date{2027, 2, 1}));
  EXPECT_EQ(addMonths({2026, 1, 31}, -1), (Date{2025, 12, 1}));
  EXPECT_EQ(addMonths({2026, 1, 1}, -25), (Date{2023, 12, 1}));
}

TEST(TimeTest, Dates) {
  EXPECT_EQ(parseDate("2026-01-01"), (Date{2026, 1, 1}));
  EXPECT_EQ(parseDate("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parseDate("2026-02-29"));
  EXPECT_FALSE(parseDate("2026-1-1"));
  EXPECT_FALSE(parseDate("2026-01-01T00:00:00Z"));
  EXPECT_FALSE(parseDate("2026-01-1 "));
  EXPECT_EQ(formatDate({2026, 3, 9}), "2026-03-09");
}

TEST(TimeTest, Intervals) {
  std::optional<Interval> iv = parseInterval("2026-01-01T09:00:00Z/2026-01-01T09:30:00+00:00");
  ASSERT_TRUE(iv);
  EXPECT_EQ(iv->end - iv->start, Duration::minutes(30));
  EXPECT_TRUE(parseInterval("2026-01-01T09:00:00Z/2026-01-01T09:00:00Z"));
  EXPECT_TRUE(parseInterval("2026-01-01T10:00:00+02:00/2026-01-01T09:00:00Z"));
  EXPECT_FALSE(parseInterval("2026-01-01T09:30:00Z/2026-01-01T09:00:00Z"));
  EXPECT_FALSE(parseInterval("2026-01-01T09:00:00Z"));
  EXPECT_FALSE(parseInterval("2026-01-01T09:00:00Z/"));
  EXPECT_FALSE(parseInterval("2026-01-01T09:00:00Z/PT30M"));
  EXPECT_FALSE(parseInterval("2026-01-01T09:00:00Z/2026-01-01T10:00:00Z/2026-01-01T11:00:00Z"));
}

TEST(TimeTest, DurationHelpers) {
  EXPECT_EQ(Duration::minutes(1).micros, 60 * microsPerSecond);
  EXPECT_EQ(Duration::hours(2), Duration::minutes(120));
  EXPECT_EQ(Duration::days(1).micros, microsPerDay);
  EXPECT_LT(Timestamp::min(), Timestamp{0});
}

} // namespace
