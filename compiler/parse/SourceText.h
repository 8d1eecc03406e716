//===- SourceText.h - A source buffer as the lexer sees it ------*- C++ -*-===//
//
// ANTLR counts positions in code points; diagnostics need byte locations in
// the llvm::SourceMgr buffer. SourceText checks that the buffer is text
// (UTF-8, no NUL bytes) and maps code point indices back to locations.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_SOURCETEXT_H
#define TENOR_PARSE_SOURCETEXT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <cstdint>
#include <vector>

namespace tenor {
class DiagEngine;

class SourceText {
public:
  explicit SourceText(llvm::StringRef buffer) : buffer(buffer) {}

  /// Reports a NUL byte or invalid UTF-8 and returns false; builds the map.
  bool validate(DiagEngine &diags);

  /// The text after a UTF-8 byte order mark, if any.
  llvm::StringRef text() const { return buffer.drop_front(bomLength); }

  /// Location of the code point with index `cp` in text().
  llvm::SMLoc loc(size_t cp) const {
    size_t byte =
        byteOffsets.empty() ? cp : (cp < byteOffsets.size() ? byteOffsets[cp] : text().size());
    return llvm::SMLoc::getFromPointer(text().data() + byte);
  }
  /// Range from code point `first` through code point `last` (inclusive).
  llvm::SMRange range(size_t first, size_t last) const;

private:
  llvm::StringRef buffer;
  size_t bomLength = 0;
  std::vector<uint32_t> byteOffsets; ///< empty when the text is ASCII
};

} // namespace tenor

#endif
