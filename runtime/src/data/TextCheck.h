//===- TextCheck.h - The bytes data files may not hold ----------*- C++ -*-===//
//
// Private to the data readers. Data files are UTF-8 text: a byte that is not
// part of a valid UTF-8 sequence, or a NUL byte (binary files, UTF-16 text),
// is an error at its line and column in both formats, never replaced or
// passed on to the report. Rows are mostly ASCII, so the check first asks
// whether any byte is above 0x7F and runs the full UTF-8 check only then.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_SRC_DATA_TEXTCHECK_H
#define TENOR_RT_SRC_DATA_TEXTCHECK_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace tenor::rt::detail {

/// The first byte text may not hold, and where it is.
struct BadByte {
  size_t offset = 0;
  unsigned char byte = 0;
};

/// True when `text` is ASCII without NUL, the common case, which then needs
/// no other check. Inline, 8 bytes at a time: the CSV reader asks it for
/// every row its general scanner reads.
inline bool isPlainAscii(std::string_view text) {
  constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const char *p = text.data(), *end = p + text.size();
  uint64_t flagged = 0;
  for (; end - p >= 8; p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    // A byte's top bit: set in `word` for non-ASCII, in the second term
    // for a zero byte (exact as a test for "any zero byte").
    flagged |= word | ((word - ones) & ~word);
  }
  for (; p < end; ++p)
    flagged |= *p == 0 ? 0x80u : static_cast<unsigned char>(*p);
  return (flagged & highs) == 0;
}

/// The first NUL byte of `text` or the first byte that does not belong to a
/// valid UTF-8 sequence (overlong forms, surrogates and code points above
/// U+10FFFF included), whichever comes first.
std::optional<BadByte> findBadByte(std::string_view text);

/// Offset of the first NUL byte of `text`, or npos.
size_t findNul(std::string_view text);

/// The reason for an error at `bad`: a NUL byte suggests a binary or UTF-16
/// file, any other byte a legacy encoding.
std::string badByteReason(unsigned char bad);

} // namespace tenor::rt::detail

#endif
