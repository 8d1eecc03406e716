//===- Units.h - The units of durations and data sizes ----------*- C++ -*-===//
//
// The enums and lookups generated from Units.def, the one table of units.
// The parser asks whether a word is a unit, sema scales quantities by it,
// doc spells values in its words, the runtime reads `--param` values and
// duration fields with it and prints reports with its symbols.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_UNITS_H
#define TENOR_CORE_UNITS_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tenor::core {

enum class DurationUnit : uint8_t {
#define TENOR_DURATION_UNIT(Name, Symbol, Singular, Plural, Micros, Example) Name,
#include "tenor/core/Units.def"
};

enum class DataUnit : uint8_t {
#define TENOR_DATA_UNIT(Name, Symbol, Singular, Plural, Bytes) Name,
#include "tenor/core/Units.def"
};

struct UnitInfo {
  std::string_view symbol, singular, plural;
  int64_t size;             ///< in microseconds for a duration unit, in bytes for data
  std::string_view example; ///< a typical number of a duration unit ("15")
};

/// Every duration unit, in the order of DurationUnit (increasing size).
inline constexpr UnitInfo durationUnits[] = {
#define TENOR_DURATION_UNIT(Name, Symbol, Singular, Plural, Micros, Example)                       \
  {Symbol, Singular, Plural, Micros, Example},
#include "tenor/core/Units.def"
};

/// Every data unit, in the order of DataUnit (increasing size).
inline constexpr UnitInfo dataUnits[] = {
#define TENOR_DATA_UNIT(Name, Symbol, Singular, Plural, Bytes)                                     \
  {Symbol, Singular, Plural, Bytes, ""},
#include "tenor/core/Units.def"
};

struct UnitAlias {
  std::string_view word, symbol;
};

inline constexpr UnitAlias unitAliases[] = {
#define TENOR_UNIT_ALIAS(Word, Symbol) {Word, Symbol},
#include "tenor/core/Units.def"
};

constexpr const UnitInfo &unitInfo(DurationUnit u) { return durationUnits[static_cast<size_t>(u)]; }
constexpr const UnitInfo &unitInfo(DataUnit u) { return dataUnits[static_cast<size_t>(u)]; }

/// The duration unit written `symbol` ("min"); none for another word.
constexpr std::optional<DurationUnit> durationUnitNamed(std::string_view symbol) {
  for (size_t i = 0; i < std::size(durationUnits); ++i)
    if (durationUnits[i].symbol == symbol)
      return static_cast<DurationUnit>(i);
  return std::nullopt;
}

/// The duration unit `micros` microseconds long; none if no unit is.
constexpr std::optional<DurationUnit> durationUnitOfMicros(int64_t micros) {
  for (size_t i = 0; i < std::size(durationUnits); ++i)
    if (durationUnits[i].size == micros)
      return static_cast<DurationUnit>(i);
  return std::nullopt;
}

/// The data unit written `symbol` ("GB"); none for another word.
constexpr std::optional<DataUnit> dataUnitNamed(std::string_view symbol) {
  for (size_t i = 0; i < std::size(dataUnits); ++i)
    if (dataUnits[i].symbol == symbol)
      return static_cast<DataUnit>(i);
  return std::nullopt;
}

/// The symbol a lower-case word such as "minutes" or "hrs" stands for;
/// empty when it is no known way of writing a unit. (`day` and `weeks` are
/// keywords, so a quantity never ends in them.)
constexpr std::string_view unitForAlias(std::string_view word) {
  for (const UnitInfo &u : durationUnits)
    if (u.singular == word || u.plural == word)
      return u.symbol;
  for (const UnitAlias &a : unitAliases)
    if (a.word == word)
      return a.symbol;
  return {};
}

/// The symbols of `units` as prose: "ms, s, min, h, d or w" (`lastJoin`
/// "or") or "… d and w"; messages that list units build the list here.
inline std::string unitSymbolList(std::span<const UnitInfo> units, std::string_view lastJoin) {
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    if (i > 0)
      out += i + 1 == units.size() ? " " + std::string(lastJoin) + " " : std::string(", ");
    out += units[i].symbol;
  }
  return out;
}

} // namespace tenor::core

#endif
