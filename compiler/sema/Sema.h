//===- Sema.h - The semantic analysis stage's entry point -------*- C++ -*-===//
//
// Resolves names and imports, checks types, dimensions and the rules of an
// agreement (LANGUAGE.md sections 3-6) and produces the typed IR. Reports
// every mistake it finds; returns nothing when any of them is an error.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_SEMA_SEMA_H
#define TENOR_SEMA_SEMA_H

#include "ast/Ast.h"
#include "ir/Ir.h"

#include <optional>
#include <string>

namespace llvm {
class SourceMgr;
}

namespace tenor {
class DiagEngine;

struct SemaOptions {
  /// Where `import std.x` finds `x.tenor`.
  std::string stdlibDir;
};

/// Checks module `m`, parsed from buffer `bufferId` of `sm`. Imported files
/// are read, parsed and checked into the same SourceMgr.
std::optional<ir::Program> check(const ast::Module &m, llvm::SourceMgr &sm, unsigned bufferId,
                                 DiagEngine &diags, const SemaOptions &options);

} // namespace tenor

#endif
