//===- ModuleGraph.h - A root file and the files it imports ------*- C++ -*-===//
//
// What the load stage hands to sema: every file a program is made of,
// parsed, with each import already resolved to the file it names (or marked
// as failed, the failure reported by load). Sema reads this graph and never
// reads or parses a file itself.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_AST_MODULEGRAPH_H
#define TENOR_AST_MODULEGRAPH_H

#include "ast/Ast.h"

#include <memory>
#include <string>
#include <vector>

namespace tenor::ast {

/// One parsed file of the graph.
struct ModuleFile {
  /// The file's real path; a file imported twice is one ModuleFile.
  std::string path;
  Module module;
  /// What one import of `module` resolved to, in the order written.
  struct ResolvedImport {
    std::string alias; ///< how the importing file names the module
    /// Null when the import failed (not found, a cycle, syntax errors):
    /// load reported why, so names through `alias` are not reported again.
    const ModuleFile *target = nullptr;
    llvm::SMRange range;
  };
  std::vector<ResolvedImport> imports;
};

/// The root file first, then every file reachable from it through imports,
/// each once.
struct ModuleGraph {
  std::vector<std::unique_ptr<ModuleFile>> files;
  const ModuleFile &root() const { return *files.front(); }
  /// Whether every import resolved; a program with a failed import has an
  /// error, so sema returns no IR for it.
  bool complete() const {
    for (const std::unique_ptr<ModuleFile> &f : files)
      for (const ModuleFile::ResolvedImport &imp : f->imports)
        if (!imp.target)
          return false;
    return true;
  }
};

} // namespace tenor::ast

#endif
