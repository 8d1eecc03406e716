//===- Weekdays.h - The days of the week ------------------------*- C++ -*-===//
//
// core::Weekday, generated from Weekdays.def: ISO weekday numbering minus
// one (Monday is 0, Sunday is 6), the runtime's rt::Weekday and the IR's
// numbering of a calendar's days.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_WEEKDAYS_H
#define TENOR_CORE_WEEKDAYS_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tenor::core {

enum class Weekday : uint8_t {
#define TENOR_WEEKDAY(Name, Spelling) Name,
#include "tenor/core/Weekdays.def"
};

struct WeekdayInfo {
  const char *name;     ///< the enumerator, for generated C++; and the contract's word ("Monday")
  const char *spelling; ///< as written in Tenor ("monday")
};

inline constexpr WeekdayInfo weekdays[] = {
#define TENOR_WEEKDAY(Name, Spelling) {#Name, Spelling},
#include "tenor/core/Weekdays.def"
};

constexpr const WeekdayInfo &weekdayInfo(Weekday d) { return weekdays[static_cast<size_t>(d)]; }

/// The day written `word` in Tenor ("monday").
constexpr std::optional<Weekday> weekdayNamed(std::string_view word) {
  for (size_t i = 0; i < std::size(weekdays); ++i)
    if (word == weekdays[i].spelling)
      return static_cast<Weekday>(i);
  return std::nullopt;
}

} // namespace tenor::core

#endif
