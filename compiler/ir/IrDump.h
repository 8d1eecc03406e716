//===- IrDump.h - A textual dump of the typed IR ----------------*- C++ -*-===//
//
// `tenorc check --dump-ir` prints what semantic analysis resolved, so that
// FileCheck tests can pin down types, normalized quantities and what each
// name refers to. The format follows `--dump-ast`: one node a line, indented
// two spaces a level, the node kind first. Every expression line ends with
// ` : type`; references print the name of what they point at; declarations
// end with `<line:col>` (columns in characters), expressions carry no
// location so that tests do not break when spacing changes.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_IRDUMP_H
#define TENOR_IR_IRDUMP_H

#include "ir/Ir.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace llvm {
class SourceMgr;
class raw_ostream;
} // namespace llvm

namespace tenor {

/// Writes the whole of `p` to `os`; `sm` resolves the locations of its
/// declarations. Null parts (left by errors) print as `<error>` or not at all.
void dumpProgram(const ir::Program &p, const llvm::SourceMgr &sm, llvm::raw_ostream &os);

/// Writes `e` and its operands in the same format, the first line indented
/// `depth` levels; `<error>` when `e` is null. Also handy from a debugger.
void dumpExpr(const ir::Expr *e, llvm::raw_ostream &os, unsigned depth = 0);

namespace detail {
/// `"s"` with the escapes of the language, other control characters as
/// `\xNN`, so that a dump line never spans two. Shared by IrDump.cpp and
/// IrDumpExprs.cpp.
std::string dumpQuoted(llvm::StringRef s);
} // namespace detail

} // namespace tenor

#endif
