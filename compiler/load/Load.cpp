//===- Load.cpp - Reading a root file and its imports ---------------------===//
//
// A depth-first walk over imports from the root file. A file is identified by
// its real path, so two imports of one file (a diamond) share it; a file met
// again while its own imports are still being read closes a cycle, which is
// reported at the import that closes it.
//
//===----------------------------------------------------------------------===//

#include "load/Load.h"

#include "diag/DiagEngine.h"
#include "parse/Parse.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

#include <map>

namespace tenor {
namespace {

class Loader {
public:
  Loader(llvm::SourceMgr &sm, DiagEngine &diags, const LoadOptions &options)
      : sm(sm), diags(diags), options(options) {}

  /// Adds `module`, read from `path`, and then the files it imports.
  const ast::ModuleFile *add(ast::Module module, const std::string &path);
  ast::ModuleGraph take() { return std::move(graph); }

private:
  /// Where `imp` points and the alias it gets; nothing (reported) when it
  /// names no module.
  std::optional<std::string> importPath(const ast::Import &imp, const std::string &dir,
                                        std::string &alias);
  /// Reads and adds the file at `path`; `written` is how the import names
  /// it, for diagnostics.
  const ast::ModuleFile *importFile(const std::string &path, const std::string &written,
                                    llvm::SMRange from);

  llvm::SourceMgr &sm;
  DiagEngine &diags;
  const LoadOptions &options;
  ast::ModuleGraph graph;
  std::map<std::string, const ast::ModuleFile *> filesByPath;
  std::vector<std::string> importStack;
};

const ast::ModuleFile *Loader::add(ast::Module module, const std::string &path) {
  graph.files.push_back(std::make_unique<ast::ModuleFile>());
  ast::ModuleFile &file = *graph.files.back();
  file.path = path;
  file.module = std::move(module);
  filesByPath[path] = &file;
  importStack.push_back(path);
  std::string dir = llvm::sys::path::parent_path(path).str();
  for (const ast::Import &imp : file.module.imports) {
    std::string alias;
    const ast::ModuleFile *target = nullptr;
    if (std::optional<std::string> p = importPath(imp, dir, alias))
      target = importFile(*p, imp.isFile ? imp.path : imp.module.str(), imp.range);
    file.imports.push_back({alias, target, imp.range});
  }
  importStack.pop_back();
  return &file;
}

std::optional<std::string> Loader::importPath(const ast::Import &imp, const std::string &dir,
                                              std::string &alias) {
  std::optional<std::string> path;
  if (imp.isFile) {
    llvm::SmallString<256> p(dir);
    llvm::sys::path::append(p, imp.path);
    path = p.str().str();
    alias = llvm::sys::path::stem(imp.path).str();
  } else {
    const std::vector<ast::Ident> &parts = imp.module.parts;
    alias = parts.back().text;
    if (parts.size() < 2 || parts.front().text != "std") {
      diags.report(imp.module.range, DiagID::BadModulePath, imp.module.str());
    } else {
      llvm::SmallString<256> p(options.stdlibDir);
      for (size_t i = 1; i < parts.size(); ++i)
        llvm::sys::path::append(p, parts[i].text);
      path = p.str().str() + ".tenor";
    }
  }
  if (imp.alias)
    alias = imp.alias->text;
  return path;
}

const ast::ModuleFile *Loader::importFile(const std::string &path, const std::string &written,
                                          llvm::SMRange from) {
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(path, real)) {
    diags.report(from, DiagID::ImportNotFound, written);
    return nullptr;
  }
  std::string key = real.str().str();
  if (llvm::is_contained(importStack, key)) {
    diags.report(from, DiagID::ImportCycle, written);
    return nullptr;
  }
  if (auto it = filesByPath.find(key); it != filesByPath.end())
    return it->second;
  auto buffer = llvm::MemoryBuffer::getFile(key);
  if (!buffer) {
    diags.report(from, DiagID::ImportNotFound, written);
    return nullptr;
  }
  unsigned id = sm.AddNewSourceBuffer(std::move(*buffer), from.Start);
  std::optional<ast::Module> parsed = parse(sm, id, diags);
  if (!parsed)
    return nullptr;
  return add(std::move(*parsed), key);
}

} // namespace

std::optional<ast::ModuleGraph> load(llvm::SourceMgr &sm, unsigned rootBuffer, DiagEngine &diags,
                                     const LoadOptions &options) {
  std::optional<ast::Module> root = parse(sm, rootBuffer, diags);
  if (!root)
    return std::nullopt;
  // The root's own path, resolved like an import's, so that a file that
  // imports the root back is seen as a cycle.
  llvm::SmallString<256> path(sm.getMemoryBuffer(rootBuffer)->getBufferIdentifier());
  llvm::SmallString<256> real;
  std::string key = llvm::sys::fs::real_path(path, real) ? path.str().str() : real.str().str();
  Loader loader(sm, diags, options);
  loader.add(std::move(*root), key);
  return loader.take();
}

} // namespace tenor
