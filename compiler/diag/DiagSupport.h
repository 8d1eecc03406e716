//===- DiagSupport.h - Helpers shared by the consumers ----------*- C++ -*-===//
//
// Private to diag/. Every consumer must show positions the same way: 1-based
// lines and 1-based columns counted in Unicode code points (not bytes), so the
// text, JSON, SARIF and verify outputs agree with each other and with editors.
// A byte that is not valid UTF-8 counts as one code point.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DIAG_DIAGSUPPORT_H
#define TENOR_DIAG_DIAGSUPPORT_H

#include "diag/DiagEngine.h"

#include "llvm/Support/SourceMgr.h"

#include <string>

namespace tenor::detail {

/// A location resolved to a buffer, line and column.
struct Position {
  unsigned bufferId = 0; ///< 0 when the location lies in no buffer
  llvm::StringRef file;
  unsigned line = 0;   ///< 1-based; 0 when unknown
  unsigned column = 0; ///< 1-based, in code points; 0 when unknown
  bool isValid() const { return bufferId != 0; }
};

/// "error", "warning" or "note".
llvm::StringRef severityName(Severity s);

/// Where `loc` is; an invalid Position when it is in no buffer of `sm`.
Position resolve(const llvm::SourceMgr &sm, llvm::SMLoc loc);

/// The whole line holding `loc`, without its line break; `loc` must be valid.
llvm::StringRef lineContaining(const llvm::SourceMgr &sm, llvm::SMLoc loc);

/// Length of the UTF-8 sequence starting at `text[i]`; 1 for a byte that
/// starts no valid sequence, so that scanning always makes progress.
unsigned utf8Length(llvm::StringRef text, size_t i);

/// The code point at `text[i]`, or -1 when the bytes there are not UTF-8.
int decodeUtf8(llvm::StringRef text, size_t i);

unsigned countCodePoints(llvm::StringRef text);

/// Whether `loc` lies within `r`, both ends included.
bool rangeContains(llvm::SMRange r, llvm::SMLoc loc);

/// Where the diagnostic ends: the end of its first range that contains the
/// location, else the location itself (so the end is never before the start).
Position diagEnd(const llvm::SourceMgr &sm, const Diagnostic &d, const Position &start);

/// The file a diagnostic is about: its buffer's name, else `d.file`.
std::string diagFile(const Position &start, const Diagnostic &d);

/// `text` made valid UTF-8, as JSON requires.
std::string jsonText(llvm::StringRef text);

} // namespace tenor::detail

#endif
