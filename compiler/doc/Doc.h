//===- Doc.h - The contract document back end's entry points ----*- C++ -*-===//
//
// Turns one checked agreement into the plain-language contract a reviewer
// reads and signs (LANGUAGE.md section 9), as Markdown (CommonMark with
// pipe tables) or as one self-contained, print-ready HTML file. Both are
// rendered from the same document model (doc/Contract.h), so they say the
// same thing. The output depends only on the IR: the same source always
// yields the same bytes.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_DOC_H
#define TENOR_DOC_DOC_H

#include "doc/Contract.h"
#include "ir/Ir.h"

#include <string>
#include <vector>

namespace tenor::doc {

/// The document model of `agreement` (one of `program`'s agreements).
Contract buildContract(const ir::Program &program, const ir::Agreement &agreement);

/// A declaration that the contract prints by its name, for want of a title.
struct Untitled {
  std::string kind; ///< "service", "metric", ...
  std::string name;
  llvm::SMRange range;
};

/// What the contract of `agreement` would show by name (W0470), in order.
std::vector<Untitled> untitledItems(const ir::Agreement &agreement);

/// Renders a contract as CommonMark (tables as GitHub pipe tables).
std::string renderMarkdown(const Contract &contract);
/// Renders a contract as one HTML file with inline CSS and no scripts.
std::string renderHtml(const Contract &contract);

/// The contract of `agreement` as Markdown.
std::string renderMarkdown(const ir::Program &program, const ir::Agreement &agreement);
/// The contract of `agreement` as HTML.
std::string renderHtml(const ir::Program &program, const ir::Agreement &agreement);

} // namespace tenor::doc

#endif
