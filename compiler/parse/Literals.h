//===- Literals.h - Checking and decoding literal tokens --------*- C++ -*-===//
//
// The rules of LANGUAGE.md section 2 for the text of literals: escapes in
// strings, the indentation of long strings, the shape of dates, timestamps,
// times of day and numbers.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_LITERALS_H
#define TENOR_PARSE_LITERALS_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace tenor {

/// Where a string's escape sequence is unknown: its offset in `quoted`.
std::optional<size_t> findBadEscape(llvm::StringRef quoted);
/// The value of `"…"` (quotes included in the argument).
std::string decodeString(llvm::StringRef quoted);
/// The value of `"""…"""`: from after the opening line break to before the
/// closing quotes' line, common indentation removed, escapes decoded.
std::string decodeLongString(llvm::StringRef quoted);

/// Why `text` is not a valid YYYY-MM-DD date, or nothing when it is.
std::optional<std::string> dateProblem(llvm::StringRef text);
/// Why `text` is not a valid RFC 3339 timestamp, or nothing when it is.
std::optional<std::string> timestampProblem(llvm::StringRef text);
/// Whether `text` is HH:MM between 00:00 and 24:00.
bool isValidTimeOfDay(llvm::StringRef text);
/// A number's digits without the `_` separators.
std::string normalizeNumber(llvm::StringRef text);

/// Whether `word` is one of the units of LANGUAGE.md section 4 (currencies:
/// any three capital letters; sema checks the code).
bool isUnit(llvm::StringRef word);
/// The unit someone who wrote `word` probably meant, or empty.
std::string suggestUnit(llvm::StringRef word);

} // namespace tenor

#endif
