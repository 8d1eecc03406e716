//===- FuzzFieldCheck.h - Typing a raw value both ways, for fuzzers -*- C++ -*-===//
//
// Generated row parsers try the inline parsers of FastFields.h first and the
// general ones of Fields.h after; FastFields.h promises that a fast parser
// accepts only a subset of what its general parser accepts and gives the
// same value. These helpers run both on one raw value and trap when the
// promise is broken, then turn a rejection into the row error an evaluator
// would print, as take() does. Shared by the field, CSV and JSON Lines
// harnesses.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_FUZZ_FUZZFIELDCHECK_H
#define TENOR_TESTS_FUZZ_FUZZFIELDCHECK_H

#include "tenor/rt/Evaluator.h"
#include "tenor/rt/data/FastFields.h"
#include "tenor/rt/data/Fields.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tenor::fuzz {

/// The kinds of field a dataset may declare, one of each in the fuzzers'
/// schema (`FieldSpec`).
enum class FieldKind : uint8_t {
  Timestamp,
  Interval,
  DurationMs,
  DurationS,
  Money,
  Enum,
  Bool,
  Int,
  Number,
  Percent,
  Date,
  DataSize,
  Text,
  OptionalText,
};
inline constexpr unsigned fieldKindCount = 14;

inline constexpr std::array<std::string_view, 3> enumMembers = {"low", "medium", "high"};

/// What a general parser's result must look like when the fast one accepted
/// `raw` with value `fast`.
template <class T, class U> void expectSame(const rt::FieldResult<T> &general, const U &fast) {
  if (!general.ok() || !(general.value() == fast))
    __builtin_trap();
}

/// Types `field` as a field of kind `kind` would be in a generated evaluator;
/// returns the row error, if any, so that the caller formats it.
inline bool typeField(FieldKind kind, const rt::DataField &field, rt::DataError &err) {
  const rt::RawValue &raw = field.value;
  std::string_view name = "field";
  switch (kind) {
  case FieldKind::Timestamp: {
    auto general = rt::parseTimestampField(raw);
    rt::Timestamp fast;
    if (rt::fast::timestampField(raw, fast)) {
      if (!general.ok() || general.value().micros != fast.micros)
        __builtin_trap();
    }
    rt::Timestamp out;
    return rt::take(general, field, name, out, err);
  }
  case FieldKind::Interval: {
    rt::Interval out;
    return rt::take(rt::parseIntervalField(raw), field, name, out, err);
  }
  case FieldKind::DurationMs:
  case FieldKind::DurationS: {
    int64_t unit = kind == FieldKind::DurationMs ? 1'000 : 1'000'000;
    auto general = rt::parseDurationField(raw, rt::durationUnitOf(unit));
    rt::Duration fast;
    if (rt::fast::durationField(raw, unit, fast)) {
      if (!general.ok() || general.value().micros != fast.micros)
        __builtin_trap();
    }
    rt::Duration out;
    return rt::take(general, field, name, out, err);
  }
  case FieldKind::Money: {
    rt::Rational out;
    return rt::take(rt::parseMoneyField(raw, "USD"), field, name, out, err);
  }
  case FieldKind::Enum: {
    int out = 0;
    return rt::take(rt::parseEnumField(raw, enumMembers), field, name, out, err);
  }
  case FieldKind::Bool: {
    auto general = rt::parseBoolField(raw);
    bool fast = false;
    if (rt::fast::boolField(raw, fast))
      expectSame(general, fast);
    bool out = false;
    return rt::take(general, field, name, out, err);
  }
  case FieldKind::Int: {
    auto general = rt::parseIntField(raw);
    int64_t fast = 0;
    if (rt::fast::intField(raw, fast))
      expectSame(general, fast);
    int64_t out = 0;
    return rt::take(general, field, name, out, err);
  }
  case FieldKind::Number: {
    rt::Rational out;
    return rt::take(rt::parseNumberField(raw), field, name, out, err);
  }
  case FieldKind::Percent: {
    rt::Rational out;
    return rt::take(rt::parsePercentField(raw), field, name, out, err);
  }
  case FieldKind::Date: {
    rt::Date out;
    return rt::take(rt::parseDateField(raw), field, name, out, err);
  }
  case FieldKind::DataSize: {
    int64_t out = 0;
    return rt::take(rt::parseDataSizeField(raw), field, name, out, err);
  }
  case FieldKind::Text:
  case FieldKind::OptionalText: {
    auto general = rt::parseTextField(raw);
    std::string_view fast;
    if (rt::fast::textField(raw, fast))
      expectSame(general, fast);
    if (kind == FieldKind::Text) {
      std::string out;
      return rt::take(general, field, name, out, err);
    }
    std::optional<std::string> out;
    return rt::take(general, field, name, out, err);
  }
  }
  return true;
}

/// The fuzzers' dataset: one column of every kind, named after its kind.
struct FieldSpec {
  std::string_view name;
  FieldKind kind;
};
inline constexpr std::array<FieldSpec, fieldKindCount> schema = {{
    {"at", FieldKind::Timestamp},
    {"window", FieldKind::Interval},
    {"latency_ms", FieldKind::DurationMs},
    {"wait", FieldKind::DurationS},
    {"amount", FieldKind::Money},
    {"severity", FieldKind::Enum},
    {"ok", FieldKind::Bool},
    {"count", FieldKind::Int},
    {"score", FieldKind::Number},
    {"share", FieldKind::Percent},
    {"day", FieldKind::Date},
    {"size", FieldKind::DataSize},
    {"id", FieldKind::Text},
    {"note", FieldKind::OptionalText},
}};

/// Types a whole row, field by field, formatting the first error as the
/// evaluator would print it.
template <class FieldAt> void typeRow(FieldAt fieldAt) {
  for (size_t i = 0; i < schema.size(); ++i) {
    rt::DataError err;
    if (!typeField(schema[i].kind, fieldAt(i), err)) {
      std::string message = rt::formatDataError("fuzz.data", err);
      if (message.empty())
        __builtin_trap();
    }
  }
}

} // namespace tenor::fuzz

#endif
