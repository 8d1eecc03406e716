//===- DeadlineTest.cpp - When an item falls due, and until when on time --===//
//
// LANGUAGE.md 11.5 through runtime/include/tenor/rt/base/Deadline.h: the
// clock of a calendar deadline pauses while the calendar is closed, business
// days close with their last span, and calendar days keep the local time
// across DST changes. The on-time rule is checked against its definition:
// at most D of calendar time elapsed between the start and the completion.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Deadline.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

/// Monday to Friday 09:00-17:00 UTC.
BusinessCalendar office() {
  BusinessCalendar cal;
  for (Weekday d :
       {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday})
    cal.addHours(d, 9 * 60, 17 * 60);
  return cal;
}

TEST(DeadlineTest, TheClockPausesOutsideTheCalendar) {
  // LANGUAGE.md's example: 8 h from Monday 2026-01-05 08:00.
  Deadline d = calendarDeadline(office(), at("2026-01-05T08:00:00Z"), Duration::hours(8));
  EXPECT_EQ(formatTimestamp(d.due), "2026-01-05T17:00:00Z");
  EXPECT_EQ(formatTimestamp(d.lastOnTime), "2026-01-06T09:00:00Z");
  EXPECT_TRUE(d.onTime(at("2026-01-05T17:30:00Z")));
  EXPECT_TRUE(d.onTime(at("2026-01-06T09:00:00Z")));
  EXPECT_FALSE(d.onTime(at("2026-01-06T09:00:01Z")));
}

TEST(DeadlineTest, OnTimeIsAtMostDOfCalendarTime) {
  BusinessCalendar cal = office();
  Timestamp start = at("2026-01-02T15:30:00Z"); // a Friday
  for (int64_t h = 1; h <= 20; ++h) {
    Deadline d = calendarDeadline(cal, start, Duration::hours(h));
    for (int64_t m = -90; m <= 4000; m += 30) {
      Timestamp done = d.due + Duration::minutes(m);
      EXPECT_EQ(d.onTime(done), cal.businessTimeBetween(start, done) <= Duration::hours(h))
          << h << " h, completed " << formatTimestamp(done);
    }
  }
}

TEST(DeadlineTest, ADeadlineInsideASpanIsNotExtended) {
  Deadline d = calendarDeadline(office(), at("2026-01-05T10:00:00Z"), Duration::hours(2));
  EXPECT_EQ(d.due, d.lastOnTime);
}

TEST(DeadlineTest, AStartOutsideTheCalendarWaitsForTheOpening) {
  Deadline d = calendarDeadline(office(), at("2026-01-03T12:00:00Z"), Duration::hours(1));
  EXPECT_EQ(formatTimestamp(d.due), "2026-01-05T10:00:00Z");
}

TEST(DeadlineTest, BusinessDaysCloseWithTheirLastSpan) {
  BusinessCalendar cal(TimeZone::byName("America/New_York"));
  for (Weekday d : {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday}) {
    cal.addHours(d, 9 * 60, 12 * 60);
    cal.addHours(d, 13 * 60, 17 * 60);
  }
  cal.addHours(Weekday::Friday, 9 * 60, 13 * 60);
  cal.addException({2026, 1, 19});
  // Thursday 01-15: Friday 01-16, (Monday 01-19 closed), Tuesday 01-20 17:00.
  Deadline two = businessDaysDeadline(cal, at("2026-01-15T10:00:00-05:00"), 2);
  EXPECT_EQ(formatTimestamp(two.due), "2026-01-20T22:00:00Z");
  EXPECT_EQ(two.due, two.lastOnTime);
  // A Friday closes at 13:00; a start before opening still counts from the
  // next day.
  EXPECT_EQ(formatTimestamp(businessDaysDeadline(cal, at("2026-01-22T16:59:00-05:00"), 1).due),
            "2026-01-23T18:00:00Z");
  EXPECT_EQ(formatTimestamp(businessDaysDeadline(cal, at("2026-01-27T03:00:00-05:00"), 1).due),
            "2026-01-28T22:00:00Z");
  EXPECT_THROW(businessDaysDeadline(cal, at("2026-01-27T03:00:00Z"), 0), std::domain_error);
  EXPECT_THROW(businessDaysDeadline(BusinessCalendar(), at("2026-01-27T03:00:00Z"), 1),
               std::domain_error);
}

TEST(DeadlineTest, CalendarDaysKeepTheLocalTimeAcrossDst) {
  TimeZone ny = TimeZone::byName("America/New_York");
  // Midnight EST to midnight EDT: 10 days are 239 real hours.
  EXPECT_EQ(formatTimestamp(addCalendarDays(at("2026-03-01T05:00:00Z"), Duration::days(10), ny)),
            "2026-03-11T04:00:00Z");
  EXPECT_EQ(formatTimestamp(addCalendarDays(at("2026-11-01T04:00:00Z"), Duration::days(10), ny)),
            "2026-11-11T05:00:00Z");
  // 09:00 on the day the clocks go forward stays 09:00.
  EXPECT_EQ(formatTimestamp(addCalendarDays(at("2026-03-08T13:00:00Z"), Duration::days(1), ny)),
            "2026-03-09T13:00:00Z");
  // Hours beyond whole days are elapsed time.
  EXPECT_EQ(formatTimestamp(addCalendarDays(at("2026-03-07T05:00:00Z"), Duration::hours(36), ny)),
            "2026-03-08T17:00:00Z");
  // Without a change of offset, calendar days are 24-hour days.
  EXPECT_EQ(addCalendarDays(at("2026-06-01T00:00:00Z"), Duration::days(5), TimeZone()),
            at("2026-06-06T00:00:00Z"));
}

TEST(DeadlineTest, ElapsedDeadlinesAreRealTime) {
  Deadline d = elapsedDeadline(at("2026-03-07T12:00:00Z"), Duration::hours(24));
  EXPECT_EQ(formatTimestamp(d.due), "2026-03-08T12:00:00Z");
  EXPECT_TRUE(d.onTime(d.due));
  EXPECT_FALSE(d.onTime(d.due + Duration{1}));
}

} // namespace
