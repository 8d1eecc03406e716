//===- Fields.cpp - Typing numbers, booleans, text and enums --------------===//
//
// The parsers for the dimensionless and money types, and the shared prologue
// and message helpers of FieldsSupport.h. Time types are in FieldsTime.cpp.
// Integers take a fast path that never builds a Rational; everything else
// goes through exact decimals.
//
//===----------------------------------------------------------------------===//

#include "FieldsSupport.h"

#include "tenor/rt/data/Suggest.h"

#include <algorithm>
#include <cctype>
#include <limits>

using namespace tenor::rt;
using namespace tenor::rt::detail;

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

static std::string_view trimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

static std::string describeJson(const RawValue &raw) {
  switch (raw.kind) {
  case RawKind::JsonString: {
    std::string literal = "\"";
    literal += raw.text;
    literal += '"';
    return "the string " + quoteForMessage(literal);
  }
  case RawKind::JsonNumber:
    return "the number " + quoteForMessage(raw.text);
  case RawKind::JsonBool:
    return quoteForMessage(raw.text);
  case RawKind::JsonArray:
    return "an array";
  case RawKind::JsonObject:
    return "an object";
  default:
    return "a value";
  }
}

static unsigned acceptBit(RawKind kind) {
  switch (kind) {
  case RawKind::JsonString:
    return AcceptString;
  case RawKind::JsonNumber:
    return AcceptNumber;
  case RawKind::JsonBool:
    return AcceptBool;
  default:
    return 0;
  }
}

static std::string_view jsonTypeName(unsigned accept) {
  switch (accept) {
  case AcceptString:
    return " as a JSON string";
  case AcceptNumber:
    return " as a JSON number";
  case AcceptBool:
    return " as a JSON boolean";
  default:
    return "";
  }
}

Prep detail::prepare(const RawValue &raw, unsigned accept, std::string_view &text, bool trim) {
  if (raw.isMissing())
    return Prep::Missing;
  if (raw.kind == RawKind::JsonDuplicate)
    return Prep::Duplicate;
  if (raw.kind != RawKind::Text && !(acceptBit(raw.kind) & accept))
    return Prep::WrongType;
  text = trim ? trimSpaces(raw.text) : raw.text;
  return Prep::Parse;
}

std::string detail::wrongTypeReason(const RawValue &raw, unsigned accept, std::string_view what) {
  std::string reason = "expected ";
  reason += what;
  reason += jsonTypeName(accept);
  reason += ", found ";
  reason += describeJson(raw);
  return reason;
}

std::string detail::expectedFound(std::string_view what, std::string_view text,
                                  std::string_view hint) {
  std::string message = "expected ";
  message += what;
  message += ", found ";
  message += text.empty() ? std::string("an empty text") : quoteForMessage(text);
  message += hint;
  return message;
}

std::string tenor::rt::quoteForMessage(std::string_view text) {
  constexpr size_t maxChars = 80;
  std::string out = "`";
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && chars++ == maxChars) {
      out += "…";
      break;
    }
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20 || c == 0x7F) {
      static const char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else
      out += char(c);
  }
  out += '`';
  return out;
}

std::string tenor::rt::missingValueReason(const RawValue &raw) {
  if (raw.kind == RawKind::JsonNull)
    return "expected a value, found null";
  if (raw.kind == RawKind::Absent)
    return "expected a value, found no such key";
  return "expected a value, found an empty field";
}

DataError tenor::rt::fieldError(const DataField &field, std::string_view name,
                                std::string_view reason) {
  std::string text = "field `";
  text += name;
  text += "`: ";
  text += reason;
  return {field.line, field.column, std::move(text)};
}

//===----------------------------------------------------------------------===//
// Decimal syntax
//===----------------------------------------------------------------------===//

static bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool detail::isDecimalSyntax(std::string_view s) {
  size_t i = 0, n = s.size();
  if (i < n && s[i] == '-')
    ++i;
  size_t intStart = i;
  while (i < n && isDigit(s[i]))
    ++i;
  if (i == intStart)
    return false;
  if (i < n && s[i] == '.') {
    size_t fracStart = ++i;
    while (i < n && isDigit(s[i]))
      ++i;
    if (i == fracStart)
      return false;
  }
  return i == n;
}

std::optional<Rational> detail::parseDecimalText(std::string_view text) {
  if (!isDecimalSyntax(text))
    return std::nullopt;
  return Rational::parseDecimal(text);
}

std::string detail::numberHint(std::string_view s) {
  if (s.empty())
    return {};
  bool numeric = true, exponent = false;
  for (char c : s) {
    exponent |= c == 'e' || c == 'E';
    numeric &= isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
  }
  if (numeric && exponent)
    return "; exponent notation is not accepted, write the number in full";
  if (s.front() == '+')
    return "; write the number without a `+` sign";
  if (s.find(',') != std::string_view::npos)
    return "; use `.` as the decimal point and no thousands separators";
  if (s.find('_') != std::string_view::npos)
    return "; write the number without `_`";
  if (s.front() == '.' || s.back() == '.')
    return "; write digits on both sides of the decimal point";
  return {};
}

void detail::splitUnit(std::string_view text, std::string_view &number, std::string_view &unit) {
  size_t end = text.size();
  while (end > 0 && std::isalpha(static_cast<unsigned char>(text[end - 1])))
    --end;
  unit = text.substr(end);
  number = trimSpaces(text.substr(0, end));
}

bool detail::fitsInt64(const Rational &value) {
  return value.isInteger() && value.numerator() >= std::numeric_limits<int64_t>::min() &&
         value.numerator() <= std::numeric_limits<int64_t>::max();
}

//===----------------------------------------------------------------------===//
// int, number, percent
//===----------------------------------------------------------------------===//

IntSyntax detail::parseInt64(std::string_view s, int64_t &out) {
  size_t i = 0;
  bool negative = !s.empty() && s[0] == '-';
  i += negative;
  if (i == s.size())
    return IntSyntax::Bad;
  uint64_t limit = negative ? uint64_t(1) << 63 : (uint64_t(1) << 63) - 1;
  uint64_t value = 0;
  bool overflow = false;
  for (; i < s.size(); ++i) {
    if (!isDigit(s[i]))
      return IntSyntax::Bad;
    unsigned digit = unsigned(s[i] - '0');
    if (value > (limit - digit) / 10)
      overflow = true;
    else
      value = value * 10 + digit;
  }
  if (overflow)
    return IntSyntax::Overflow;
  out = negative ? int64_t(0 - value) : int64_t(value);
  return IntSyntax::Ok;
}

FieldResult<int64_t> tenor::rt::parseIntField(const RawValue &raw) {
  constexpr std::string_view what = "an integer such as 42";
  std::string_view text;
  if (auto done = prologue<int64_t>(raw, AcceptNumber, what, text))
    return *done;
  int64_t value = 0;
  switch (parseInt64(text, value)) {
  case IntSyntax::Ok:
    return value;
  case IntSyntax::Overflow:
    return FieldResult<int64_t>::bad(
        expectedFound(what, text, "; the value is outside the 64-bit range"));
  case IntSyntax::Bad:
    break;
  }
  if (!isDecimalSyntax(text))
    return FieldResult<int64_t>::bad(expectedFound(what, text, numberHint(text)));
  std::optional<Rational> exact = parseDecimalText(text);
  if (exact && fitsInt64(*exact))
    return int64_t(exact->numerator());
  if (!exact || exact->isInteger())
    return FieldResult<int64_t>::bad(
        expectedFound(what, text, "; the value is outside the 64-bit range"));
  return FieldResult<int64_t>::bad(
      expectedFound(what, text, "; an integer has no fractional part"));
}

static FieldResult<Rational> decimalValue(std::string_view what, std::string_view text,
                                          std::string_view shown) {
  if (std::optional<Rational> value = parseDecimalText(text))
    return *value;
  std::string hint = isDecimalSyntax(text) ? "; the number has too many digits" : numberHint(text);
  return FieldResult<Rational>::bad(expectedFound(what, shown, hint));
}

FieldResult<Rational> tenor::rt::parseNumberField(const RawValue &raw) {
  constexpr std::string_view what = "a decimal number such as 3.25";
  std::string_view text;
  if (auto done = prologue<Rational>(raw, AcceptNumber, what, text))
    return *done;
  return decimalValue(what, text, text);
}

FieldResult<Rational> tenor::rt::parsePercentField(const RawValue &raw) {
  constexpr std::string_view what = "a percentage such as 99.95% or a fraction such as 0.9995";
  std::string_view text;
  if (auto done = prologue<Rational>(raw, AcceptNumber | AcceptString, what, text))
    return *done;
  if (text.empty() || text.back() != '%')
    return decimalValue(what, text, text);
  FieldResult<Rational> percent =
      decimalValue(what, trimSpaces(text.substr(0, text.size() - 1)), text);
  if (!percent.ok())
    return percent;
  try {
    return percent.value() / Rational(100);
  } catch (const ArithmeticOverflow &) {
    // 40 digits fit as written but not once divided by 100 (found by the
    // fields harness: the exception reached the evaluator's main).
    return FieldResult<Rational>::bad(
        expectedFound(what, text, "; the number has too many digits"));
  }
}

//===----------------------------------------------------------------------===//
// bool, text, enum
//===----------------------------------------------------------------------===//

FieldResult<bool> tenor::rt::parseBoolField(const RawValue &raw) {
  constexpr std::string_view what = "true, false, 1 or 0";
  std::string_view text;
  if (auto done = prologue<bool>(raw, AcceptBool | AcceptNumber, what, text))
    return *done;
  if (text == "true" || text == "1" || text == "True" || text == "TRUE")
    return true;
  if (text == "false" || text == "0" || text == "False" || text == "FALSE")
    return false;
  return FieldResult<bool>::bad(expectedFound(what, text));
}

FieldResult<std::string_view> tenor::rt::parseTextField(const RawValue &raw) {
  std::string_view text;
  if (auto done = prologue<std::string_view>(raw, AcceptString | AcceptNumber, "a text", text,
                                             /*trim=*/false))
    return *done;
  return text;
}

static std::string alternatives(std::span<const std::string_view> names) {
  constexpr size_t shown = 12;
  std::string text = "one of ";
  size_t count = std::min(names.size(), shown);
  for (size_t i = 0; i < count; ++i) {
    if (i > 0)
      text += i + 1 == count && count == names.size() ? " or " : ", ";
    text += names[i];
  }
  if (count < names.size())
    text += ", …";
  return text;
}

FieldResult<size_t> tenor::rt::parseEnumField(const RawValue &raw,
                                              std::span<const std::string_view> members) {
  auto what = [&] { return alternatives(members); };
  std::string_view text;
  if (auto done = prologue<size_t>(raw, AcceptString, what, text))
    return *done;
  for (size_t i = 0; i < members.size(); ++i)
    if (members[i] == text)
      return i;
  std::string hint;
  if (std::optional<std::string_view> close = closestMatch(text, members))
    hint = "; did you mean `" + std::string(*close) + "`?";
  return FieldResult<size_t>::bad(expectedFound(what(), text, hint));
}

//===----------------------------------------------------------------------===//
// money, datasize
//===----------------------------------------------------------------------===//

static bool isCurrencyCode(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

FieldResult<Rational> tenor::rt::parseMoneyField(const RawValue &raw, std::string_view currency) {
  auto what = [&] { return "an amount in " + std::string(currency) + " such as 12.50"; };
  std::string_view text, number, code;
  if (auto done = prologue<Rational>(raw, AcceptNumber | AcceptString, what, text))
    return *done;
  splitUnit(text, number, code);
  if (!code.empty() && code != currency) {
    std::string hint = isCurrencyCode(code) ? "; amounts are in " + std::string(currency) +
                                                  ", the agreement's currency"
                                            : numberHint(text);
    return FieldResult<Rational>::bad(expectedFound(what(), text, hint));
  }
  if (std::optional<Rational> value = parseDecimalText(number))
    return *value;
  return decimalValue(what(), number, text);
}

static std::optional<int64_t> bytesPer(std::string_view unit) {
  if (unit.empty())
    return 1;
  if (std::optional<tenor::core::DataUnit> u = tenor::core::dataUnitNamed(unit))
    return tenor::core::unitInfo(*u).size;
  return std::nullopt;
}

FieldResult<int64_t> tenor::rt::parseDataSizeField(const RawValue &raw) {
  constexpr std::string_view what = "a number of bytes such as 1048576";
  std::string_view text, number, unit;
  if (auto done = prologue<int64_t>(raw, AcceptNumber, what, text))
    return *done;
  splitUnit(text, number, unit);
  if (number.empty())
    return FieldResult<int64_t>::bad(expectedFound(what, text));
  std::optional<int64_t> scale = bytesPer(unit);
  if (!scale)
    return FieldResult<int64_t>::bad(expectedFound(
        what, text,
        "; the units of data are " + tenor::core::unitSymbolList(tenor::core::dataUnits, "and")));
  FieldResult<Rational> value = decimalValue(what, number, text);
  if (!value.ok())
    return FieldResult<int64_t>::bad(value.reason());
  if (value.value().sign() < 0)
    return FieldResult<int64_t>::bad(expectedFound(what, text, "; a data size cannot be negative"));
  try {
    Rational bytes = value.value() * Rational(*scale);
    if (!bytes.isInteger())
      return FieldResult<int64_t>::bad(
          expectedFound(what, text, "; a data size is a whole number of bytes"));
    if (fitsInt64(bytes))
      return int64_t(bytes.numerator());
  } catch (const ArithmeticOverflow &) {
  }
  return FieldResult<int64_t>::bad(expectedFound(what, text, "; the value is too large"));
}
