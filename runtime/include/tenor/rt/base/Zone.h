//===- Zone.h - IANA time zones for evaluators ------------------*- C++ -*-===//
//
// Windows, effective dates and business hours are defined in local time of
// the agreement's (or a calendar's) time zone, while data is in UTC instants.
// A TimeZone converts between the two using the system's tz database
// (/usr/share/zoneinfo, through Howard Hinnant's date library); UTC needs no
// database and is handled arithmetically.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_ZONE_H
#define TENOR_RT_BASE_ZONE_H

#include "tenor/rt/base/Time.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace date {
class time_zone;
} // namespace date

namespace tenor::rt {

/// Thrown when a time zone name is not in the tz database.
struct UnknownTimeZone : std::runtime_error {
  UnknownTimeZone(std::string zoneName, const std::string &message)
      : std::runtime_error(message), name(std::move(zoneName)) {}
  std::string name; ///< the name that was looked up
};

/// A cheap, copyable handle to a time zone of the tz database.
class TimeZone {
public:
  /// UTC.
  TimeZone() = default;
  static TimeZone utc() { return TimeZone(); }
  /// The zone with IANA name `name` ("UTC", "America/New_York", ...);
  /// throws UnknownTimeZone with a readable message when there is none.
  static TimeZone byName(std::string_view name);
  /// Like byName, but returns nothing for an unknown name.
  static std::optional<TimeZone> find(std::string_view name);

  /// The IANA name ("UTC" for the default zone).
  std::string name() const;
  bool isUtc() const { return zone == nullptr; }

  /// The instant at which local date `d` begins. When local midnight does
  /// not exist (a DST gap at midnight), the instant at which the gap ends.
  Timestamp startOfDay(Date d) const;
  /// The instant of wall-clock time `sinceMidnight` on local date `d` (24 h
  /// is the next midnight). A wall time inside a DST gap maps to the end of
  /// the gap; a repeated wall time maps to its earlier occurrence.
  Timestamp atLocalTime(Date d, Duration sinceMidnight) const;
  /// The local calendar date of instant `t`.
  Date localDate(Timestamp t) const;
  /// The local day of the week of instant `t`.
  Weekday weekday(Timestamp t) const { return weekdayOf(localDate(t)); }
  /// Local time minus UTC at instant `t`.
  Duration utcOffset(Timestamp t) const;
  /// The first instant after `t` at which the UTC offset may change, or
  /// Timestamp::max() when it never does.
  Timestamp nextTransition(Timestamp t) const;

  friend bool operator==(const TimeZone &a, const TimeZone &b) { return a.zone == b.zone; }

private:
  explicit TimeZone(const date::time_zone *zone) : zone(zone) {}

  /// Null for UTC.
  const date::time_zone *zone = nullptr;
};

} // namespace tenor::rt

#endif
