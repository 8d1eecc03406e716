//===- WindowUnits.h - The units of calendar windows ------------*- C++ -*-===//
//
// core::WindowUnit, generated from WindowUnits.def, is the window unit of
// the AST, the IR and the runtime alike (each names it with a `using`), with
// its words and its length in days or months.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_WINDOWUNITS_H
#define TENOR_CORE_WINDOWUNITS_H

#include <cstddef>
#include <optional>
#include <string_view>

namespace tenor::core {

enum class WindowUnit {
#define TENOR_WINDOW_UNIT(Name, Singular, Plural, Days, Months) Name,
#include "tenor/core/WindowUnits.def"
};

struct WindowUnitInfo {
  const char *name;     ///< the enumerator, for generated C++ ("Quarter")
  const char *singular; ///< "quarter"
  const char *plural;   ///< "quarters"
  int days;             ///< days in one unit; 0 for a unit of months
  int months;           ///< months in one unit; 0 for a unit of days
};

inline constexpr WindowUnitInfo windowUnits[] = {
#define TENOR_WINDOW_UNIT(Name, Singular, Plural, Days, Months)                                    \
  {#Name, Singular, Plural, Days, Months},
#include "tenor/core/WindowUnits.def"
};

constexpr const WindowUnitInfo &windowUnitInfo(WindowUnit u) {
  return windowUnits[static_cast<size_t>(u)];
}

/// The unit written `word`, singular or plural ("month", "months").
constexpr std::optional<WindowUnit> windowUnitNamed(std::string_view word) {
  for (size_t i = 0; i < std::size(windowUnits); ++i)
    if (word == windowUnits[i].singular || word == windowUnits[i].plural)
      return static_cast<WindowUnit>(i);
  return std::nullopt;
}

} // namespace tenor::core

#endif
