//===- FieldsSupport.h - Shared pieces of the field parsers -----*- C++ -*-===//
//
// Private to the field parsers (Fields*.cpp): the prologue every parser runs
// (missing values, JSON type checks, trimming), decimal syntax, and the hints
// appended to "expected ..., found ..." messages. `--param` numbers are read
// with the same decimal syntax (cli/Evaluator.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_SRC_DATA_FIELDSSUPPORT_H
#define TENOR_RT_SRC_DATA_FIELDSSUPPORT_H

#include "tenor/rt/data/Fields.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace tenor::rt::detail {

/// The JSON types a field type accepts besides CSV text.
enum JsonAccept : unsigned { AcceptString = 1, AcceptNumber = 2, AcceptBool = 4 };

/// What prepare() decided.
enum class Prep { Parse, Missing, Duplicate, WrongType };

/// The prologue of every parser: a missing value, a duplicate key or a JSON
/// type that `accept` does not allow ends parsing; otherwise `text` is the
/// value, trimmed of spaces and tabs when `trim`.
Prep prepare(const RawValue &raw, unsigned accept, std::string_view &text, bool trim);

/// "expected WHAT as a JSON number, found the string `"5"`".
std::string wrongTypeReason(const RawValue &raw, unsigned accept, std::string_view what);

/// Runs prepare() and converts its outcomes other than Parse to a result.
/// `what` describes the expected value ("a timestamp such as ..."): a
/// string, or a function making one, called only for an error.
template <class T, class What>
std::optional<FieldResult<T>> prologue(const RawValue &raw, unsigned accept, const What &what,
                                       std::string_view &text, bool trim = true) {
  switch (prepare(raw, accept, text, trim)) {
  case Prep::Parse:
    return std::nullopt;
  case Prep::Missing:
    return FieldResult<T>::missing();
  case Prep::Duplicate:
    return FieldResult<T>::bad("the key appears more than once in the object");
  case Prep::WrongType:
    break;
  }
  if constexpr (std::is_invocable_v<What>)
    return FieldResult<T>::bad(wrongTypeReason(raw, accept, what()));
  else
    return FieldResult<T>::bad(wrongTypeReason(raw, accept, what));
}

/// "expected WHAT, found `TEXT`HINT".
std::string expectedFound(std::string_view what, std::string_view text, std::string_view hint = {});

/// True for `-?[0-9]+(\.[0-9]+)?`, the only number syntax data may use.
bool isDecimalSyntax(std::string_view text);
/// The value of text with decimal syntax, or nullopt (bad syntax, or more
/// digits than 128 bits hold).
std::optional<Rational> parseDecimalText(std::string_view text);
/// Why text is not a decimal number, as a hint ("; ..."), or empty.
std::string numberHint(std::string_view text);

/// Splits "12.5 ms" into the number and the unit after it (spaces between
/// are allowed; the unit is the trailing run of ASCII letters).
void splitUnit(std::string_view text, std::string_view &number, std::string_view &unit);

enum class IntSyntax { Ok, Bad, Overflow };
/// `-?[0-9]+` into an int64, without building a Rational.
IntSyntax parseInt64(std::string_view text, int64_t &value);

/// int64 range check of an exact value.
bool fitsInt64(const Rational &value);

} // namespace tenor::rt::detail

#endif
