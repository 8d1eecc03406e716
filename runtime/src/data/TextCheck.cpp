//===- TextCheck.cpp - The bytes data files may not hold ------------------===//
//
// simdjson's validator answers "is all of it UTF-8?" at several gigabytes a
// second; only when it says no does the scalar walk below find the byte, so
// a valid row costs one vectorized pass and a bad one two.
//
//===----------------------------------------------------------------------===//

#include "TextCheck.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace tenor::rt;

namespace {

bool hasHighByte(std::string_view text) {
  const char *p = text.data(), *end = p + text.size();
  for (; end - p >= 8; p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    if (word & 0x8080808080808080ull)
      return true;
  }
  for (; p < end; ++p)
    if (static_cast<unsigned char>(*p) >= 0x80)
      return true;
  return false;
}

/// Offset of the first byte that does not start a valid UTF-8 sequence, as
/// RFC 3629 defines them (table 3-7 of the Unicode standard).
size_t findBadUtf8(std::string_view text) {
  const auto *s = reinterpret_cast<const unsigned char *>(text.data());
  size_t n = text.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0)
        low = 0xA0; // overlong below U+0800
      else if (c == 0xED)
        high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0)
        low = 0x90; // overlong below U+10000
      else if (c == 0xF4)
        high = 0x8F; // above U+10FFFF
    } else {
      return i;
    }
    if (n - i < length || s[i + 1] < low || s[i + 1] > high)
      return i;
    for (size_t k = 2; k < length; ++k)
      if ((s[i + k] & 0xC0) != 0x80)
        return i;
    i += length;
  }
  return std::string_view::npos;
}

} // namespace

size_t detail::findNul(std::string_view text) {
  const void *nul = std::memchr(text.data(), 0, text.size());
  return nul ? size_t(static_cast<const char *>(nul) - text.data()) : std::string_view::npos;
}

std::optional<detail::BadByte> detail::findBadByte(std::string_view text) {
  if (isPlainAscii(text))
    return std::nullopt;
  size_t nul = findNul(text);
  size_t bad = std::string_view::npos;
  if (hasHighByte(text) && !simdjson::validate_utf8(text.data(), text.size()))
    bad = findBadUtf8(text);
  size_t first = std::min(nul, bad);
  if (first == std::string_view::npos)
    return std::nullopt;
  return BadByte{first, static_cast<unsigned char>(text[first])};
}

std::string detail::badByteReason(unsigned char bad) {
  if (bad == 0)
    return "found a NUL byte, which text cannot hold; is the file binary, or UTF-16 text?";
  static const char digits[] = "0123456789ABCDEF";
  std::string hex = "0x";
  hex += digits[bad >> 4];
  hex += digits[bad & 0xF];
  return "found byte " + hex + ", which is not valid UTF-8; save the file as UTF-8";
}
