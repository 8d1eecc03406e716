//===- Explain.h - The explanation of each diagnostic ----------*- C++ -*-===//
//
// Every code of Diagnostics.def has an entry in Explanations.def: a short
// paragraph on the rule and why it exists, a minimal file that breaks it and
// the same file corrected. `tenorc explain` prints one entry, the list of
// codes or the whole catalogue as Markdown (docs/diagnostics.md).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DIAG_EXPLAIN_H
#define TENOR_DIAG_EXPLAIN_H

#include "diag/DiagEngine.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace tenor {

/// What Explanations.def says about one code.
struct Explanation {
  llvm::StringRef code;  ///< "E0301"
  llvm::StringRef text;  ///< the rule and why it exists, one paragraph
  llvm::StringRef wrong; ///< a file (or shell session) that gets the diagnostic
  llvm::StringRef right; ///< the same, corrected
};

/// Every entry of Explanations.def, in table order.
llvm::ArrayRef<Explanation> allExplanations();
/// The explanation of `code` ("E0301"), or null when it has none.
const Explanation *findExplanation(llvm::StringRef code);
/// The registry entry with code `code`, or null; notes have no code.
const DiagInfo *findDiagnostic(llvm::StringRef code);

/// The registry's format as a reader sees it: every `{…}` argument is shown
/// as `…`, and `{{`/`}}` as one brace.
std::string displayFormat(llvm::StringRef format);

/// `tenorc explain CODE`: code, severity, message, paragraph and examples.
void printExplanation(llvm::raw_ostream &os, const DiagInfo &info);
/// `tenorc explain --list`: one line per code.
void printDiagnosticList(llvm::raw_ostream &os);
/// `tenorc explain --markdown`: the catalogue, grouped by stage.
void printDiagnosticsMarkdown(llvm::raw_ostream &os);

} // namespace tenor

#endif
