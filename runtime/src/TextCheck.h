//===- TextCheck.h - The bytes data files may not hold ----------*- C++ -*-===//
//
// Private to the data readers. Data files are UTF-8 text: a byte that is not
// part of a valid UTF-8 sequence, or a NUL byte (binary files, UTF-16 text),
// is an error at its line and column in both formats, never replaced or
// passed on to the report. Rows are mostly ASCII, so the check first asks
// whether any byte is above 0x7F and runs the full UTF-8 check only then.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_TEXTCHECK_H
#define TENOR_RT_TEXTCHECK_H

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tenor::rt::detail {

/// The first byte text may not hold, and where it is.
struct BadByte {
  size_t offset = 0;
  unsigned char byte = 0;
};

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
