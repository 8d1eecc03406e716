//===- AstDump.h - A textual dump of the syntax tree ------------*- C++ -*-===//
//
// `tenorc check --dump-ast` prints the tree the parse stage built, so that
// FileCheck tests can pin down what the parser understood. The format is
// stable and line-oriented: one node a line, indented two spaces a level, the
// node kind first, then its name and attributes, then `<line:col>` of where it
// starts (the column in code points, as in diagnostics; `<>` when the location
// is unknown). Strings are quoted and escaped,
// so no node ever spans two lines.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_AST_ASTDUMP_H
#define TENOR_AST_ASTDUMP_H

#include "ast/Ast.h"

namespace llvm {
class SourceMgr;
class raw_ostream;
} // namespace llvm

namespace tenor {

/// Writes the whole of `m` to `os`; `sm` resolves the locations of its nodes.
void dumpModule(const ast::Module &m, const llvm::SourceMgr &sm, llvm::raw_ostream &os);

} // namespace tenor

#endif
