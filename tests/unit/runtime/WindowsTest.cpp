//===- WindowsTest.cpp - Calendar-aligned periods and their lookup --------===//
//
// Months are calendar months in the agreement's zone (March 2026 in New York
// lasts 743 hours), weeks start on Monday, `every 3 months` are quarters, and
// a rolling window ends at every local midnight. Also the default range.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Windows.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

Interval range(std::string_view from, std::string_view to) { return {at(from), at(to)}; }

WindowSpec every(WindowUnit unit, int count = 1) { return {unit, count, false, {}}; }

WindowSpec rolling(int days) { return {WindowUnit::Day, 1, true, Duration::days(days)}; }

std::string show(const Period &p) {
  return formatTimestamp(p.start) + "/" + formatTimestamp(p.end);
}

TEST(WindowsTest, CalendarMonthsInUtc) {
  PeriodGrid grid(every(WindowUnit::Month), TimeZone(),
                  range("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"));
  ASSERT_EQ(grid.size(), 2u);
  EXPECT_EQ(show(grid.period(0)), "2026-01-01T00:00:00Z/2026-02-01T00:00:00Z");
  EXPECT_EQ(length(grid.period(0)), Duration::minutes(44'640));
  EXPECT_EQ(length(grid.period(1)), Duration::days(28)); // February 2026
}

TEST(WindowsTest, LeapFebruary) {
  PeriodGrid grid(every(WindowUnit::Month), TimeZone(),
                  range("2024-02-10T00:00:00Z", "2024-02-11T00:00:00Z"));
  ASSERT_EQ(grid.size(), 1u);
  EXPECT_EQ(show(grid.period(0)), "2024-02-01T00:00:00Z/2024-03-01T00:00:00Z");
  EXPECT_EQ(length(grid.period(0)), Duration::days(29));
}

TEST(WindowsTest, MonthInNewYorkAcrossDst) {
  TimeZone ny = TimeZone::byName("America/New_York");
  PeriodGrid grid(every(WindowUnit::Month), ny,
                  range("2026-02-01T05:00:00Z", "2026-05-01T04:00:00Z"));
  ASSERT_EQ(grid.size(), 3u);
  EXPECT_EQ(show(grid.period(1)), "2026-03-01T05:00:00Z/2026-04-01T04:00:00Z");
  EXPECT_EQ(length(grid.period(1)), Duration::hours(743));
  EXPECT_EQ(length(grid.period(2)), Duration::hours(720));
  EXPECT_EQ(grid.indexOf(at("2026-03-01T04:59:59Z")), 0u);
  EXPECT_EQ(grid.indexOf(at("2026-03-01T05:00:00Z")), 1u);
  EXPECT_EQ(grid.indexOf(at("2026-05-01T04:00:00Z")), PeriodGrid::npos);
  EXPECT_EQ(grid.indexOf(at("2026-01-31T00:00:00Z")), PeriodGrid::npos);
}

TEST(WindowsTest, WeeksStartOnMonday) {
  // 2026-01-01 is a Thursday: its week began on Monday 29 December 2025.
  PeriodGrid grid(every(WindowUnit::Week), TimeZone(),
                  range("2026-01-01T00:00:00Z", "2026-01-15T00:00:00Z"));
  ASSERT_EQ(grid.size(), 3u);
  EXPECT_EQ(show(grid.period(0)), "2025-12-29T00:00:00Z/2026-01-05T00:00:00Z");
  EXPECT_EQ(show(grid.period(2)), "2026-01-12T00:00:00Z/2026-01-19T00:00:00Z");
  for (size_t i = 0; i < grid.size(); ++i)
    EXPECT_EQ(TimeZone().weekday(grid.period(i).start), Weekday::Monday);
}

TEST(WindowsTest, TwoWeeksCountFromTheAnchorsMonday) {
  PeriodGrid grid(every(WindowUnit::Week, 2), TimeZone(),
                  range("2026-01-20T00:00:00Z", "2026-01-21T00:00:00Z"), Date{2026, 1, 1});
  ASSERT_EQ(grid.size(), 1u);
  EXPECT_EQ(show(grid.period(0)), "2026-01-12T00:00:00Z/2026-01-26T00:00:00Z");
}

TEST(WindowsTest, DaysCountFromTheAnchor) {
  PeriodGrid grid(every(WindowUnit::Day, 3), TimeZone(),
                  range("2026-01-05T12:00:00Z", "2026-01-08T00:00:00Z"), Date{2026, 1, 1});
  ASSERT_EQ(grid.size(), 2u);
  EXPECT_EQ(show(grid.period(0)), "2026-01-04T00:00:00Z/2026-01-07T00:00:00Z");
  EXPECT_EQ(show(grid.period(1)), "2026-01-07T00:00:00Z/2026-01-10T00:00:00Z");
}

TEST(WindowsTest, QuartersAndEveryThreeMonths) {
  Interval r = range("2026-02-10T00:00:00Z", "2026-08-01T00:00:00Z");
  PeriodGrid quarters(every(WindowUnit::Quarter), TimeZone(), r);
  PeriodGrid threeMonths(every(WindowUnit::Month, 3), TimeZone(), r, Date{2025, 11, 15});
  ASSERT_EQ(quarters.size(), 3u);
  ASSERT_EQ(threeMonths.size(), 3u);
  const char *expected[] = {"2026-01-01T00:00:00Z/2026-04-01T00:00:00Z",
                            "2026-04-01T00:00:00Z/2026-07-01T00:00:00Z",
                            "2026-07-01T00:00:00Z/2026-10-01T00:00:00Z"};
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(show(quarters.period(i)), expected[i]);
    EXPECT_EQ(quarters.period(i), threeMonths.period(i));
  }
}

TEST(WindowsTest, Years) {
  PeriodGrid grid(every(WindowUnit::Year), TimeZone::byName("Europe/Berlin"),
                  range("2024-06-01T00:00:00Z", "2025-06-01T00:00:00Z"));
  ASSERT_EQ(grid.size(), 2u);
  EXPECT_EQ(show(grid.period(0)), "2023-12-31T23:00:00Z/2024-12-31T23:00:00Z");
  EXPECT_EQ(length(grid.period(0)), Duration::days(366));
  EXPECT_EQ(length(grid.period(1)), Duration::days(365));
}

TEST(WindowsTest, RollingThirtyDays) {
  PeriodGrid grid(rolling(30), TimeZone(), range("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"));
  ASSERT_EQ(grid.size(), 31u);
  EXPECT_EQ(show(grid.period(0)), "2025-12-03T00:00:00Z/2026-01-02T00:00:00Z");
  EXPECT_EQ(show(grid.period(30)), "2026-01-02T00:00:00Z/2026-02-01T00:00:00Z");
  for (size_t i = 0; i < grid.size(); ++i)
    EXPECT_EQ(length(grid.period(i)), Duration::days(30));
  // A row on 15 January counts in the windows ending 15 January .. 31 January.
  PeriodRange r = grid.periodsContaining(at("2026-01-15T10:00:00Z"));
  EXPECT_EQ(r.first, 14u);
  EXPECT_EQ(r.last, 31u);
  // A row on 3 December 2025 only in the first window; 2 December in none.
  r = grid.periodsContaining(at("2025-12-03T00:00:00Z"));
  EXPECT_EQ(r.first, 0u);
  EXPECT_EQ(r.last, 1u);
  EXPECT_TRUE(grid.periodsContaining(at("2025-12-02T23:59:59Z")).empty());
}

TEST(WindowsTest, RollingWindowsInNewYorkFollowLocalDays) {
  TimeZone ny = TimeZone::byName("America/New_York");
  PeriodGrid grid(rolling(7), ny, range("2026-03-10T04:00:00Z", "2026-03-11T04:00:00Z"));
  ASSERT_EQ(grid.size(), 1u);
  EXPECT_EQ(show(grid.period(0)), "2026-03-04T05:00:00Z/2026-03-11T04:00:00Z");
  EXPECT_EQ(length(grid.period(0)), Duration::days(7) - Duration::hours(1));
}

TEST(WindowsTest, LookupIsRightInAnyOrder) {
  PeriodGrid grid(every(WindowUnit::Day), TimeZone(),
                  range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
  ASSERT_EQ(grid.size(), 365u);
  Timestamp base = at("2026-01-01T00:00:00Z");
  for (int64_t h = 0; h < 365 * 24; h += 5)
    ASSERT_EQ(grid.indexOf(base + Duration::hours(h)), size_t(h / 24));
  for (int64_t h : {8000, 12, 4000, 4001, 3999, 0, 8759})
    EXPECT_EQ(grid.indexOf(base + Duration::hours(h)), size_t(h / 24));
}

TEST(WindowsTest, IntervalsOverlapSeveralPeriods) {
  PeriodGrid grid(every(WindowUnit::Month), TimeZone(),
                  range("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"));
  PeriodRange r = grid.periodsOverlapping(range("2026-01-31T23:00:00Z", "2026-03-01T00:00:00Z"));
  EXPECT_EQ(r.first, 0u);
  EXPECT_EQ(r.last, 2u); // ends exactly when March begins
  r = grid.periodsOverlapping(range("2025-12-01T00:00:00Z", "2026-12-01T00:00:00Z"));
  EXPECT_EQ(r.first, 0u);
  EXPECT_EQ(r.last, 3u);
  EXPECT_TRUE(
      grid.periodsOverlapping(range("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z")).empty());
  r = grid.periodsOverlapping(range("2026-02-05T00:00:00Z", "2026-02-05T00:00:00Z"));
  EXPECT_EQ(r.first, 1u);
  EXPECT_EQ(r.size(), 1u);
}

TEST(WindowsTest, EmptyRangeAndBadSpecs) {
  EXPECT_TRUE(PeriodGrid(every(WindowUnit::Month), TimeZone(),
                         range("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
                  .empty());
  Interval r = range("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
  EXPECT_THROW(PeriodGrid(every(WindowUnit::Month, 0), TimeZone(), r), std::invalid_argument);
  EXPECT_THROW(PeriodGrid({WindowUnit::Day, 1, true, Duration::hours(36)}, TimeZone(), r),
               std::invalid_argument);
}

TEST(WindowsTest, DefaultRangeSpansWholePeriodsWithinTheEffectiveDates) {
  TimeZone utc;
  std::optional<Interval> r =
      defaultRange(every(WindowUnit::Month), utc, at("2026-01-15T10:00:00Z"),
                   at("2026-03-10T10:00:00Z"), Date{2025, 7, 1}, Date{2026, 12, 31});
  ASSERT_TRUE(r);
  EXPECT_EQ(formatTimestamp(r->start), "2026-01-01T00:00:00Z");
  EXPECT_EQ(formatTimestamp(r->end), "2026-04-01T00:00:00Z");
  // Clipped to the effective dates; data outside them does not count.
  r = defaultRange(every(WindowUnit::Month), utc, at("2025-12-15T10:00:00Z"),
                   at("2026-03-10T10:00:00Z"), Date{2026, 1, 20}, Date{2026, 2, 27});
  ASSERT_TRUE(r);
  EXPECT_EQ(formatTimestamp(r->start), "2026-01-20T00:00:00Z");
  EXPECT_EQ(formatTimestamp(r->end), "2026-02-28T00:00:00Z");
  EXPECT_FALSE(defaultRange(every(WindowUnit::Month), utc, at("2025-01-01T00:00:00Z"),
                            at("2025-02-01T00:00:00Z"), Date{2026, 1, 1}, Date{2026, 12, 31}));
}

TEST(WindowsTest, DefaultRangeInNewYorkAndForSeveralWindows) {
  TimeZone ny = TimeZone::byName("America/New_York");
  std::optional<Interval> r =
      defaultRange(every(WindowUnit::Year), ny, at("2026-12-31T23:00:00Z"),
                   at("2027-01-01T04:59:59Z"), Date{2026, 1, 1}, Date{2026, 12, 31});
  ASSERT_TRUE(r);
  EXPECT_EQ(formatTimestamp(r->start), "2026-01-01T05:00:00Z");
  EXPECT_EQ(formatTimestamp(r->end), "2027-01-01T05:00:00Z");
  WindowSpec windows[] = {every(WindowUnit::Week), rolling(30), every(WindowUnit::Day)};
  r = defaultRange(windows, TimeZone(), at("2026-01-01T10:00:00Z"), at("2026-01-03T10:00:00Z"),
                   std::nullopt, std::nullopt);
  ASSERT_TRUE(r);
  EXPECT_EQ(formatTimestamp(r->start), "2025-12-29T00:00:00Z");
  EXPECT_EQ(formatTimestamp(r->end), "2026-01-05T00:00:00Z");
}

} // namespace
