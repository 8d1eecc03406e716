//===- Fields.h - Typing the values of data files ---------------*- C++ -*-===//
//
// One parser per Tenor field type turns a RawValue (from CSV or JSON Lines)
// into a typed value, "missing", or a reason that reads like a compiler
// message: "expected a timestamp such as 2026-01-01T00:00:00Z, found
// `yesterday`". Generated evaluators call them per field, decide whether a
// missing value is allowed (only `T?` fields), and turn a reason into a
// DataError with fieldError().
//
// What each type accepts (LANGUAGE.md section 8, plus the decisions the spec
// leaves open):
//  - Spaces and tabs around a value are ignored, except for text.
//  - Numbers are decimal: an optional `-`, digits, optionally `.` and
//    digits. No `+`, no `_`, no thousands separators, no exponent (`1e3`):
//    exponents come from binary floating point, whose values are already
//    rounded, and Tenor computes exactly. JSON numbers follow the same rule.
//  - int: 64-bit; a decimal with a zero fraction (`200.0`) is accepted.
//  - percent: a fraction (`0.9995`) or a percentage (`99.95%`, in JSON as a
//    string).
//  - bool: `true`, `false`, `1`, `0`, and the capitalized and upper-case
//    spellings `True`/`TRUE`, `False`/`FALSE` that pandas and spreadsheets
//    write; in JSON a boolean or the numbers 0 and 1.
//  - duration: a non-negative number of the field's unit (seconds unless
//    `duration in ms`...), optionally followed by an explicit unit (`1.5 s`,
//    `250 ms`); fractions are accepted when exact in microseconds.
//  - money: a decimal amount, optionally followed by the agreement's
//    currency code (`1200 USD`, as `--param` values are written); another
//    currency is an error. In JSON a number or a string.
//  - datasize: a non-negative whole number of bytes, or a number with a unit
//    B, KB, MB, GB, TB (powers of 1000) that comes to whole bytes.
//  - timestamp, date, interval: RFC 3339 / ISO 8601 text (JSON strings).
//  - text: any text; in JSON a string or a number (its source text).
//  - enum: a member's name, exactly.
//  - A JSON value of another type is an error that names both types.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_FIELDS_H
#define TENOR_RT_DATA_FIELDS_H

#include "tenor/core/Units.h"
#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/data/DataValue.h"

#include <cassert>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace tenor::rt {

/// A typed value, "missing", or why the value was rejected.
template <class T> class FieldResult {
public:
  FieldResult(T v) : state(State::Ok), val(std::move(v)) {} // NOLINT: implicit by design
  static FieldResult missing() { return FieldResult(State::Missing, {}); }
  static FieldResult bad(std::string reason) { return FieldResult(State::Bad, std::move(reason)); }

  bool ok() const { return state == State::Ok; }
  bool isMissing() const { return state == State::Missing; }
  bool isBad() const { return state == State::Bad; }
  const T &value() const {
    assert(ok() && "no value");
    return val;
  }
  /// Why the value was rejected ("expected ..., found ...").
  const std::string &reason() const { return why; }

private:
  enum class State : uint8_t { Ok, Missing, Bad };
  FieldResult(State s, std::string reason) : state(s), why(std::move(reason)) {}

  State state;
  T val{};
  std::string why;
};

/// The unit a duration field is written in (`duration in ms`; core/Units.def).
using DurationUnit = core::DurationUnit;

/// Microseconds in one `unit`.
int64_t microsPer(DurationUnit unit);
/// Tenor's name of the unit: `ms`, `s`, `min`, `h`, `d`, `w`.
std::string_view unitName(DurationUnit unit);

FieldResult<int64_t> parseIntField(const RawValue &raw);
FieldResult<Rational> parseNumberField(const RawValue &raw);
/// A percent as the fraction it stands for: `99.95%` and `0.9995` are both
/// 9995/10000.
FieldResult<Rational> parsePercentField(const RawValue &raw);
FieldResult<bool> parseBoolField(const RawValue &raw);
/// The text as read (valid as long as the row).
FieldResult<std::string_view> parseTextField(const RawValue &raw);
FieldResult<Timestamp> parseTimestampField(const RawValue &raw);
FieldResult<Date> parseDateField(const RawValue &raw);
/// ISO 8601 `start/end`; an interval may be empty but may not end before it
/// starts.
FieldResult<Interval> parseIntervalField(const RawValue &raw);
FieldResult<Duration> parseDurationField(const RawValue &raw,
                                         DurationUnit unit = DurationUnit::Seconds);
/// An amount in `currency` (the agreement's ISO 4217 code).
FieldResult<Rational> parseMoneyField(const RawValue &raw, std::string_view currency);
/// A number of bytes.
FieldResult<int64_t> parseDataSizeField(const RawValue &raw);
/// The index in `members` of the member named by the value; the reason
/// lists the members and suggests the closest one.
FieldResult<size_t> parseEnumField(const RawValue &raw, std::span<const std::string_view> members);

/// Why a required field is rejected when its value is missing: "expected a
/// value, found an empty field" (or null, or no such key).
std::string missingValueReason(const RawValue &raw);

/// A bad field as a row error: "field `NAME`: REASON" at the field.
DataError fieldError(const DataField &field, std::string_view name, std::string_view reason);

/// `text` in backticks for a message, with control characters escaped and
/// text longer than 80 characters shortened.
std::string quoteForMessage(std::string_view text);

} // namespace tenor::rt

#endif
