//===- ZoneTest.cpp - Local days and instants in IANA time zones ----------===//
//
// The system tz database must give the known 2026 transitions: New York
// springs forward on 8 March and falls back on 1 November, Berlin on 29
// March and 25 October. These tests also pin how wall times that do not
// exist or exist twice map to instants.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Zone.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

TEST(ZoneTest, UnknownNamesAreReported) {
  EXPECT_FALSE(TimeZone::find("Mars/Olympus_Mons"));
  try {
    TimeZone::byName("Mars/Olympus_Mons");
    FAIL() << "no exception";
  } catch (const UnknownTimeZone &e) {
    EXPECT_NE(std::string(e.what()).find("\"Mars/Olympus_Mons\""), std::string::npos);
  }
  EXPECT_THROW(TimeZone::byName(""), UnknownTimeZone);
}

// Files of the zoneinfo folder that are not zones, and names that would
// leave it, are unknown: the same answer as `tenorc check` gives (E0404).
TEST(ZoneTest, OnlyZonesOfTheDatabase) {
  for (const char *name : {"zone.tab", "../../../etc/passwd", "right/UTC", "Factory", "posixrules",
                           "/usr/share/zoneinfo/UTC", "Europe/../UTC"})
    EXPECT_FALSE(TimeZone::find(name)) << name;
  for (const char *name : {"UTC", "Etc/UTC", "America/New_York", "Europe/Berlin"})
    EXPECT_TRUE(TimeZone::find(name)) << name;
}

TEST(ZoneTest, Utc) {
  TimeZone utc = TimeZone::byName("UTC");
  EXPECT_TRUE(utc.isUtc());
  EXPECT_EQ(utc.name(), "UTC");
  EXPECT_EQ(utc.startOfDay({2026, 1, 1}), at("2026-01-01T00:00:00Z"));
  EXPECT_EQ(utc.localDate(at("2025-12-31T23:59:59.999999Z")), (Date{2025, 12, 31}));
  EXPECT_EQ(utc.nextTransition(at("2026-01-01T00:00:00Z")), Timestamp::max());
  EXPECT_EQ(utc.weekday(at("2026-01-05T12:00:00Z")), Weekday::Monday);
}

TEST(ZoneTest, NewYorkDaysAcrossDst) {
  TimeZone ny = TimeZone::byName("America/New_York");
  EXPECT_EQ(ny.name(), "America/New_York");
  EXPECT_EQ(ny.startOfDay({2026, 1, 1}), at("2026-01-01T05:00:00Z"));
  EXPECT_EQ(ny.startOfDay({2026, 3, 8}), at("2026-03-08T05:00:00Z"));
  EXPECT_EQ(ny.startOfDay({2026, 3, 9}), at("2026-03-09T04:00:00Z"));
  EXPECT_EQ(ny.startOfDay({2026, 3, 9}) - ny.startOfDay({2026, 3, 8}), Duration::hours(23));
  EXPECT_EQ(ny.startOfDay({2026, 11, 2}) - ny.startOfDay({2026, 11, 1}), Duration::hours(25));
  EXPECT_EQ(ny.localDate(at("2026-01-01T04:59:59Z")), (Date{2025, 12, 31}));
  EXPECT_EQ(ny.localDate(at("2026-01-01T05:00:00Z")), (Date{2026, 1, 1}));
  EXPECT_EQ(ny.utcOffset(at("2026-07-01T00:00:00Z")), Duration::hours(-4));
  EXPECT_EQ(ny.weekday(at("2026-01-05T04:00:00Z")), Weekday::Sunday);
  EXPECT_EQ(ny.nextTransition(at("2026-01-01T00:00:00Z")), at("2026-03-08T07:00:00Z"));
}

TEST(ZoneTest, WallTimesInGapsAndOverlaps) {
  TimeZone ny = TimeZone::byName("America/New_York");
  // 02:30 does not exist on 8 March 2026: the gap ends at 03:00 EDT.
  EXPECT_EQ(ny.atLocalTime({2026, 3, 8}, Duration::minutes(150)), at("2026-03-08T07:00:00Z"));
  EXPECT_EQ(ny.atLocalTime({2026, 3, 8}, Duration::hours(9)), at("2026-03-08T13:00:00Z"));
  // 01:30 happens twice on 1 November 2026: the earlier one (EDT).
  EXPECT_EQ(ny.atLocalTime({2026, 11, 1}, Duration::minutes(90)), at("2026-11-01T05:30:00Z"));
  EXPECT_EQ(ny.atLocalTime({2026, 3, 8}, Duration::hours(24)), ny.startOfDay({2026, 3, 9}));
}

TEST(ZoneTest, Berlin) {
  TimeZone berlin = TimeZone::byName("Europe/Berlin");
  EXPECT_EQ(berlin.startOfDay({2026, 7, 1}), at("2026-06-30T22:00:00Z"));
  EXPECT_EQ(berlin.startOfDay({2026, 1, 1}), at("2025-12-31T23:00:00Z"));
  EXPECT_EQ(berlin.startOfDay({2026, 3, 30}) - berlin.startOfDay({2026, 3, 29}),
            Duration::hours(23));
  EXPECT_EQ(berlin.localDate(at("2026-06-30T22:00:00Z")), (Date{2026, 7, 1}));
}

TEST(ZoneTest, MidnightThatDoesNotExist) {
  // Chile springs forward at 24:00: 6 September 2026 starts at 01:00 -03.
  TimeZone santiago = TimeZone::byName("America/Santiago");
  Timestamp start = santiago.startOfDay({2026, 9, 6});
  EXPECT_EQ(start, at("2026-09-06T04:00:00Z"));
  EXPECT_EQ(santiago.localDate(start), (Date{2026, 9, 6}));
  EXPECT_EQ(santiago.localDate(start - Duration{1}), (Date{2026, 9, 5}));
}

} // namespace
