//===- Load.h - The load stage's one entry point ----------------*- C++ -*-===//
//
// Parses a root file and, transitively, the files it imports into an
// ast::ModuleGraph (LANGUAGE.md section 3): `import std.x` reads x.tenor from
// the standard library folder, `import "./f.tenor"` a file relative to the
// importing one. Load is the only stage after the driver that reads files.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_LOAD_LOAD_H
#define TENOR_LOAD_LOAD_H

#include "ast/ModuleGraph.h"

#include <optional>
#include <string>

namespace llvm {
class SourceMgr;
}

namespace tenor {
class DiagEngine;

struct LoadOptions {
  /// Where `import std.x` finds `x.tenor`.
  std::string stdlibDir;
};

/// Parses buffer `rootBuffer` of `sm` and every file it imports, adding
/// those to `sm`. Nothing when the root file has syntax errors. An import
/// that fails (E0201 bad module path, E0202 not found, E0203 a cycle, or
/// syntax errors in the imported file) is reported and kept in the graph
/// as failed, so that sema still checks the rest of the program.
std::optional<ast::ModuleGraph> load(llvm::SourceMgr &sm, unsigned rootBuffer, DiagEngine &diags,
                                     const LoadOptions &options);

} // namespace tenor

#endif
