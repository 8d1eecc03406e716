//===- Zone.cpp - Local time through the system tz database ---------------===//
//
// The only file of the runtime that includes <date/tz.h>. Debian's date
// library is built with USE_OS_TZDB: it reads the compiled zone files of the
// tzdata package, and nothing is downloaded. Instants are passed to it in
// whole seconds (every UTC offset in the database is a whole number of
// seconds), and the microseconds are carried alongside.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Zone.h"

#include "tenor/core/TimeZones.h"

#include <date/tz.h>

using namespace tenor::rt;

namespace {

int64_t floorDiv(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

date::sys_seconds toSys(Timestamp t) {
  return date::sys_seconds{std::chrono::seconds{floorDiv(t.micros, microsPerSecond)}};
}

Timestamp fromSys(date::sys_seconds s) {
  int64_t seconds = s.time_since_epoch().count();
  if (seconds >= Timestamp::max().micros / microsPerSecond)
    return Timestamp::max();
  if (seconds <= Timestamp::min().micros / microsPerSecond)
    return Timestamp::min();
  return Timestamp{seconds * microsPerSecond};
}

} // namespace

std::optional<TimeZone> TimeZone::find(std::string_view name) {
  // The compiler's check too: a zone that checks clean is found here.
  std::optional<const date::time_zone *> zone = core::lookUpTimeZone(name);
  if (!zone)
    return std::nullopt;
  return TimeZone(*zone); // null: UTC
}

TimeZone TimeZone::byName(std::string_view name) {
  if (std::optional<TimeZone> zone = find(name))
    return *zone;
  throw UnknownTimeZone(std::string(name),
                        "unknown time zone \"" + std::string(name) +
                            "\"; expected an IANA name such as \"UTC\" or \"Europe/Berlin\"");
}

std::string TimeZone::name() const { return zone ? zone->name() : "UTC"; }

Timestamp TimeZone::startOfDay(Date d) const { return atLocalTime(d, Duration()); }

Timestamp TimeZone::atLocalTime(Date d, Duration sinceMidnight) const {
  int64_t localMicros = daysFromCivil(d) * microsPerDay + sinceMidnight.micros;
  if (!zone)
    return Timestamp{localMicros};
  int64_t seconds = floorDiv(localMicros, microsPerSecond);
  int64_t subSecond = localMicros - seconds * microsPerSecond;
  date::local_info info = zone->get_info(date::local_seconds{std::chrono::seconds{seconds}});
  if (info.result == date::local_info::nonexistent)
    return fromSys(info.first.end);
  // Unique, or ambiguous: `first` is the earlier of the two occurrences.
  int64_t offset = info.first.offset.count();
  return Timestamp{(seconds - offset) * microsPerSecond + subSecond};
}

Duration TimeZone::utcOffset(Timestamp t) const {
  if (!zone)
    return Duration();
  return Duration::seconds(zone->get_info(toSys(t)).offset.count());
}

Date TimeZone::localDate(Timestamp t) const {
  int64_t local = t.micros + utcOffset(t).micros;
  return civilFromDays(floorDiv(local, microsPerDay));
}

Timestamp TimeZone::nextTransition(Timestamp t) const {
  if (!zone)
    return Timestamp::max();
  return fromSys(zone->get_info(toSys(t)).end);
}
