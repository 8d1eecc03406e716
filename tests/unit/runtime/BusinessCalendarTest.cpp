//===- BusinessCalendarTest.cpp - Deadlines in business hours -------------===//
//
// `within 8 h in business_hours`: deadlines over weekends, exception dates
// and DST changes, business time between two instants, and long durations
// (which skip whole weeks) checked against the day-by-day definition.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/BusinessCalendar.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

/// `calendar business_hours { timezone "America/New_York"
///  monday..friday 09:00-17:00  except 2026-01-01, 2026-12-25 }`
BusinessCalendar newYorkOffice() {
  BusinessCalendar cal(TimeZone::byName("America/New_York"));
  for (Weekday d :
       {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday})
    cal.addHours(d, 9 * 60, 17 * 60);
  cal.addException({2026, 1, 1});
  cal.addException({2026, 12, 25});
  return cal;
}

/// Business time in [a, b) by the definition, one local day after another.
Duration naiveBetween(const BusinessCalendar &cal, Timestamp a, Timestamp b) {
  const TimeZone &tz = cal.zone();
  Duration total;
  for (Date d = tz.localDate(a); d <= tz.localDate(b); d = addDays(d, 1)) {
    if (cal.isException(d))
      continue;
    for (const DaySpan &s : cal.hours(weekdayOf(d))) {
      Timestamp open = std::max(a, tz.atLocalTime(d, Duration::minutes(s.fromMinute)));
      Timestamp close = std::min(b, tz.atLocalTime(d, Duration::minutes(s.toMinute)));
      if (open < close)
        total = total + (close - open);
    }
  }
  return total;
}

std::string deadline(const BusinessCalendar &cal, std::string_view start, Duration d) {
  return formatTimestamp(cal.addBusinessTime(at(start), d));
}

TEST(BusinessCalendarTest, DeadlinesSkipTheWeekend) {
  BusinessCalendar cal = newYorkOffice();
  EXPECT_EQ(cal.weeklyTime(), Duration::hours(40));
  // Friday 16:00 EST + 8 business hours: 1 h on Friday, 7 h on Monday.
  EXPECT_EQ(deadline(cal, "2026-01-09T16:00:00-05:00", Duration::hours(8)),
            "2026-01-12T21:00:00Z"); // Monday 16:00 EST
  // Ending exactly at closing time stays on that day.
  EXPECT_EQ(deadline(cal, "2026-01-09T16:00:00-05:00", Duration::hours(1)), "2026-01-09T22:00:00Z");
  // Starting on Saturday counts from Monday's opening.
  EXPECT_EQ(deadline(cal, "2026-01-10T11:00:00-05:00", Duration::hours(8)), "2026-01-12T22:00:00Z");
  // Starting before opening time counts from the opening.
  EXPECT_EQ(deadline(cal, "2026-01-12T07:00:00-05:00", Duration::minutes(15)),
            "2026-01-12T14:15:00Z");
  // Starting after closing time counts from the next morning.
  EXPECT_EQ(deadline(cal, "2026-01-12T18:00:00-05:00", Duration::minutes(15)),
            "2026-01-13T14:15:00Z");
  EXPECT_EQ(deadline(cal, "2026-01-10T11:00:00-05:00", Duration()), "2026-01-10T16:00:00Z");
}

TEST(BusinessCalendarTest, DeadlinesSkipExceptionDates) {
  BusinessCalendar cal = newYorkOffice();
  // Wednesday 31 December 16:00: 1 h, then New Year's Day is closed.
  EXPECT_EQ(deadline(cal, "2025-12-31T16:00:00-05:00", Duration::hours(8)),
            "2026-01-02T21:00:00Z"); // Friday 16:00 EST
  EXPECT_EQ(
      cal.businessTimeBetween(at("2025-12-31T00:00:00-05:00"), at("2026-01-03T00:00:00-05:00")),
      Duration::hours(16));
  cal.addExceptions({2026, 1, 5}, {2026, 1, 7});
  EXPECT_TRUE(cal.isException({2026, 1, 6}));
  EXPECT_EQ(deadline(cal, "2026-01-02T16:00:00-05:00", Duration::hours(2)),
            "2026-01-08T15:00:00Z"); // Thursday 10:00 EST
}

TEST(BusinessCalendarTest, DeadlinesAcrossDst) {
  BusinessCalendar cal = newYorkOffice();
  // Friday 6 March 16:00 EST; Monday 9 March is in EDT.
  EXPECT_EQ(deadline(cal, "2026-03-06T16:00:00-05:00", Duration::hours(8)),
            "2026-03-09T20:00:00Z"); // Monday 16:00 EDT
  EXPECT_EQ(
      cal.businessTimeBetween(at("2026-03-09T09:00:00-04:00"), at("2026-03-09T17:00:00-04:00")),
      Duration::hours(8));
  // A Sunday 09:00-17:00 on the switch day is still 8 hours.
  BusinessCalendar sunday(TimeZone::byName("America/New_York"));
  sunday.addHours(Weekday::Sunday, 9 * 60, 17 * 60);
  EXPECT_EQ(
      sunday.businessTimeBetween(at("2026-03-08T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00")),
      Duration::hours(8));
  EXPECT_EQ(
      sunday.businessTimeBetween(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00")),
      Duration::hours(8));
  // Round the clock, the switch days really last 23 and 25 hours.
  BusinessCalendar always = BusinessCalendar::allDay(TimeZone::byName("America/New_York"));
  EXPECT_EQ(
      always.businessTimeBetween(at("2026-03-08T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00")),
      Duration::hours(23));
  EXPECT_EQ(always.addBusinessTime(at("2026-11-01T00:00:00-04:00"), Duration::hours(25)),
            at("2026-11-02T00:00:00-05:00"));
}

TEST(BusinessCalendarTest, BusinessTimeBetween) {
  BusinessCalendar cal = newYorkOffice();
  Timestamp fri = at("2026-01-09T16:00:00-05:00"), mon = at("2026-01-12T10:30:00-05:00");
  EXPECT_EQ(cal.businessTimeBetween(fri, mon), Duration::minutes(150));
  EXPECT_EQ(cal.businessTimeBetween(mon, fri), Duration::minutes(-150));
  EXPECT_EQ(cal.businessTimeBetween(fri, fri), Duration());
  EXPECT_TRUE(cal.isOpen(fri));
  EXPECT_FALSE(cal.isOpen(at("2026-01-10T12:00:00-05:00")));
  EXPECT_FALSE(cal.isOpen(at("2026-01-09T17:00:00-05:00")));
}

TEST(BusinessCalendarTest, LongDurationsSkipWholeWeeks) {
  BusinessCalendar cal(TimeZone{});
  for (int d = 0; d < 5; ++d)
    cal.addHours(Weekday(d), 9 * 60, 17 * 60);
  // 400 h = ten 40-hour weeks from Monday 5 January 09:00.
  EXPECT_EQ(deadline(cal, "2026-01-05T09:00:00Z", Duration::hours(400)), "2026-03-13T17:00:00Z");
  cal.addException({2026, 2, 11});
  EXPECT_EQ(deadline(cal, "2026-01-05T09:00:00Z", Duration::hours(400)), "2026-03-16T17:00:00Z");
}

TEST(BusinessCalendarTest, LongDurationsAgreeWithTheDefinition) {
  BusinessCalendar cal = newYorkOffice();
  cal.addHours(Weekday::Saturday, 10 * 60, 12 * 60);
  cal.addHours(Weekday::Saturday, 0, 60);
  cal.addExceptions({2026, 7, 1}, {2026, 7, 4});
  Timestamp start = at("2025-12-20T13:17:00-05:00");
  Timestamp previous = start;
  for (int64_t h = 1; h <= 3000; h += 37) {
    Timestamp end = cal.addBusinessTime(start, Duration::hours(h));
    ASSERT_EQ(cal.businessTimeBetween(start, end), Duration::hours(h)) << h;
    ASSERT_EQ(naiveBetween(cal, start, end), Duration::hours(h)) << h;
    // The deadline is the earliest such instant: just before it, less has elapsed.
    ASSERT_LT(cal.businessTimeBetween(start, end - Duration{1}), Duration::hours(h)) << h;
    ASSERT_LT(previous, end);
    previous = end;
  }
}

TEST(BusinessCalendarTest, SpansMergeAndAreValidated) {
  BusinessCalendar cal;
  cal.addHours(Weekday::Monday, 9 * 60, 12 * 60);
  cal.addHours(Weekday::Monday, 13 * 60, 17 * 60);
  cal.addHours(Weekday::Monday, 11 * 60, 13 * 60);
  ASSERT_EQ(cal.hours(Weekday::Monday).size(), 1u);
  EXPECT_EQ(cal.hours(Weekday::Monday)[0], (DaySpan{9 * 60, 17 * 60}));
  cal.addHours(Weekday::Tuesday, 0, 1440);
  EXPECT_EQ(cal.weeklyTime(), Duration::hours(32));
  EXPECT_THROW(cal.addHours(Weekday::Monday, 17 * 60, 9 * 60), std::invalid_argument);
  EXPECT_THROW(cal.addHours(Weekday::Monday, 0, 1441), std::invalid_argument);
  EXPECT_THROW(BusinessCalendar().addBusinessTime(Timestamp(), Duration::hours(1)),
               std::domain_error);
}

} // namespace
