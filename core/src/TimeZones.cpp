//===- TimeZones.cpp - Which time zone names exist ------------------------===//
//
// The names come from the date library's list of the tz database (zones and
// links), searched by name; the name never becomes a path, so `../x` or
// `zone.tab` cannot reach a file.
//
//===----------------------------------------------------------------------===//

#include "tenor/core/TimeZones.h"

#include <date/tz.h>

#include <exception>

std::optional<const date::time_zone *> tenor::core::lookUpTimeZone(std::string_view name) {
  if (name == "UTC" || name == "Etc/UTC")
    return nullptr;
  try {
    return date::locate_zone(name);
  } catch (const std::exception &) {
    // No such zone, or no readable database: either way not a zone here.
    return std::nullopt;
  }
}
