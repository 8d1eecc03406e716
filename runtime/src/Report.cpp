//===- Report.cpp - JSON writing and report value formats -----------------===//
//
// JsonWriter tracks one level per open container and how many items it
// holds, which is all pretty-printing needs: an item after the first gets a
// comma, every item starts on its own indented line, and an empty container
// stays on one line (`{}`, `[]`).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/Report.h"
#include "tenor/core/Currencies.h"

#include <cassert>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace tenor::rt;

//===----------------------------------------------------------------------===//
// JSON strings
//===----------------------------------------------------------------------===//

/// Length of the valid UTF-8 sequence at s[i], or 0 if it is not one.
static size_t utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80                    ? 1
                  : lead >= 0xC2 && lead <= 0xDF ? 2
                  : lead >= 0xE0 && lead <= 0xEF ? 3
                  : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                 : 0;
  if (length == 0 || i + length > s.size())
    return 0;
  for (size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80)
      return 0;
  unsigned char second = length > 1 ? byte(i + 1) : 0;
  if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
      (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
    return 0; // overlong, surrogate, or beyond U+10FFFF
  return length;
}

void tenor::rt::appendJsonString(std::string &out, std::string_view text) {
  static const char hex[] = "0123456789abcdef";
  out += '"';
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (c < 0x20) {
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
      } else if (size_t length = utf8SequenceLength(text, i)) {
        out.append(text.data() + i, length);
        i += length;
        continue;
      } else {
        out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
      }
    }
    ++i;
  }
  out += '"';
}

//===----------------------------------------------------------------------===//
// JsonWriter
//===----------------------------------------------------------------------===//

void JsonWriter::newline(size_t depth) {
  out += '\n';
  out.append(2 * depth, ' ');
}

void JsonWriter::beforeValue() {
  assert(!finished && "the top-level value is already complete");
  if (stack.empty())
    return;
  Level &level = stack.back();
  if (level.isObject) {
    assert(keyPending && "a value inside an object needs a key first");
    keyPending = false;
    return;
  }
  if (level.count++ > 0)
    out += ',';
  newline(stack.size());
}

void JsonWriter::afterValue() {
  if (stack.empty()) {
    finished = true;
    out += '\n';
  }
}

void JsonWriter::open(char bracket, bool isObject) {
  beforeValue();
  out += bracket;
  stack.push_back({isObject});
}

void JsonWriter::close(char bracket, [[maybe_unused]] bool isObject) {
  assert(!stack.empty() && stack.back().isObject == isObject && "mismatched end");
  assert(!keyPending && "a key without a value");
  size_t count = stack.back().count;
  stack.pop_back();
  if (count > 0)
    newline(stack.size());
  out += bracket;
  afterValue();
}

JsonWriter &JsonWriter::beginObject() {
  open('{', true);
  return *this;
}

JsonWriter &JsonWriter::endObject() {
  close('}', true);
  return *this;
}

JsonWriter &JsonWriter::beginArray() {
  open('[', false);
  return *this;
}

JsonWriter &JsonWriter::endArray() {
  close(']', false);
  return *this;
}

JsonWriter &JsonWriter::key(std::string_view name) {
  assert(!stack.empty() && stack.back().isObject && "a key outside an object");
  assert(!keyPending && "two keys in a row");
  Level &level = stack.back();
  if (level.count++ > 0)
    out += ',';
  newline(stack.size());
  appendJsonString(out, name);
  out += ": ";
  keyPending = true;
  return *this;
}

JsonWriter &JsonWriter::string(std::string_view text) {
  beforeValue();
  appendJsonString(out, text);
  afterValue();
  return *this;
}

JsonWriter &JsonWriter::integer(int64_t value) {
  beforeValue();
  out += std::to_string(value);
  afterValue();
  return *this;
}

JsonWriter &JsonWriter::number(std::string_view decimalText) {
  beforeValue();
  out += decimalText;
  afterValue();
  return *this;
}

JsonWriter &JsonWriter::boolean(bool value) {
  beforeValue();
  out += value ? "true" : "false";
  afterValue();
  return *this;
}

JsonWriter &JsonWriter::null() {
  beforeValue();
  out += "null";
  afterValue();
  return *this;
}

//===----------------------------------------------------------------------===//
// Value formats
//===----------------------------------------------------------------------===//

/// Drops trailing zeros after the point, and the point itself if bare.
static std::string trimFraction(std::string text) {
  if (text.find('.') == std::string::npos)
    return text;
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.')
    text.pop_back();
  if (text == "-0")
    text = "0";
  return text;
}

std::string tenor::rt::formatFraction(const Rational &value) {
  constexpr int maxExactDigits = 20, roundedDigits = 10;
  Int128 d = value.denominator();
  int twos = 0, fives = 0;
  for (; d % 2 == 0; d /= 2)
    ++twos;
  for (; d % 5 == 0; d /= 5)
    ++fives;
  int digits = std::max(twos, fives);
  if (d == 1 && digits <= maxExactDigits)
    return value.toDecimalString(digits);
  return trimFraction(value.toDecimalString(roundedDigits));
}

int tenor::rt::currencyMinorUnit(std::string_view currency) {
  return static_cast<int>(tenor::core::minorDigitsOf(currency));
}

std::string tenor::rt::formatMoney(const Rational &amount, std::string_view currency) {
  return amount.toDecimalString(currencyMinorUnit(currency));
}

std::string tenor::rt::formatSeconds(Duration d) {
  return trimFraction(Rational::fraction(d.micros, microsPerSecond).toDecimalString(6));
}

std::string tenor::rt::formatPercent(const Rational &fraction, int decimals) {
  return (fraction * Rational(100)).toDecimalString(decimals) + "%";
}

bool tenor::rt::writeOutput(const std::string &path, std::string_view content, std::string &error) {
  bool toStdout = path.empty() || path == "-";
  std::FILE *file = toStdout ? stdout : std::fopen(path.c_str(), "wb");
  if (!file) {
    error = "cannot write `" + path + "`: " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  ok = (toStdout ? std::fflush(file) : std::fclose(file)) == 0 && ok;
  if (!ok)
    error = "cannot write `" + (toStdout ? std::string("standard output") : path) +
            "`: " + std::strerror(errno);
  return ok;
}
