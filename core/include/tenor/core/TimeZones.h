//===- TimeZones.h - Which time zone names exist ----------------*- C++ -*-===//
//
// One answer to "is this a time zone?" for `tenorc check` and for the
// evaluators: the tz database's, read through Howard Hinnant's date library
// from the system's tzdata. A name is a zone when the database lists it, not
// when a file of that name happens to exist under /usr/share/zoneinfo (which
// also holds `zone.tab`, `right/…` and `posixrules`); so an agreement that
// checks clean never names a zone its evaluator cannot load.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_TIMEZONES_H
#define TENOR_CORE_TIMEZONES_H

#include <optional>
#include <string_view>

namespace date {
class time_zone;
} // namespace date

namespace tenor::core {

/// The zone of the tz database named `name` ("America/New_York"); null for
/// "UTC" and "Etc/UTC", which need no database; none when the database has
/// no zone or link of that name (or there is no database).
std::optional<const date::time_zone *> lookUpTimeZone(std::string_view name);

} // namespace tenor::core

#endif
