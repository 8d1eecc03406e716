//===- SemaModule.cpp - Modules, imports and top-level declarations -------===//
//
// LANGUAGE.md section 3. A file is a module; the load stage has read the
// files it imports (load/Load.h) and resolved each import. Names resolve
// lexically: the module's own top level
// first, then imports, qualified (`msa.name`) or unqualified when exactly one
// import declares the name.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "llvm/ADT/STLExtras.h"

namespace tenor {

/// A name longer than this is not a typo of a declared one: no "did you
/// mean" is looked for.
static constexpr size_t maxSuggestedName = 256;

void Sema::suggest(DiagBuilder &diag, llvm::StringRef name,
                   const std::vector<std::string> &candidates) {
  // Two edits at most: a longer name cannot be a typo of a candidate of
  // another length, and comparing it would cost its length each time.
  std::string best;
  unsigned bestDistance = name.size() <= 3 ? 1 : 2;
  if (name.size() > maxSuggestedName)
    return;
  for (const std::string &c : candidates) {
    size_t gap = c.size() > name.size() ? c.size() - name.size() : name.size() - c.size();
    if (gap > bestDistance)
      continue;
    unsigned d = name.edit_distance(c, true, bestDistance);
    if (d <= bestDistance && c != name) {
      bestDistance = d;
      best = c;
    }
  }
  if (!best.empty())
    diag.note(llvm::SMLoc(), DiagID::DidYouMean, best);
}

void Sema::collectTopLevel(ModuleScope &scope) {
  for (const ast::DeclPtr &d : scope.ast->decls) {
    declScope[d.get()] = &scope;
    auto [it, inserted] = scope.decls.try_emplace(d->name.text, d.get());
    if (!inserted)
      diags.report(d->name.range, DiagID::Redefinition, d->name.text)
          .note(it->second->name.range.Start, DiagID::PreviousDefinitionHere);
  }
}

ModuleScope *Sema::scopeOfFile(const ast::ModuleFile &file) {
  if (auto it = scopesByFile.find(&file); it != scopesByFile.end())
    return it->second;
  modules.push_back(std::make_unique<ModuleScope>());
  ModuleScope *scope = modules.back().get();
  scope->path = file.path;
  scope->ast = &file.module;
  scopesByFile[&file] = scope;
  collectTopLevel(*scope);
  for (const ast::ModuleFile::ResolvedImport &imp : file.imports) {
    if (imp.target)
      scope->imports.push_back({imp.alias, scopeOfFile(*imp.target), imp.range});
    else
      scope->failedAliases.insert(imp.alias);
  }
  return scope;
}

ModuleScope *Sema::scopeOf(const ast::Decl *d) {
  auto it = declScope.find(d);
  return it == declScope.end() ? currentModule : it->second;
}

const ast::Decl *Sema::lookupTop(ModuleScope &scope, const ast::QualifiedName &name, bool report,
                                 diag::ItemKind what, bool *ambiguous) {
  if (name.parts.size() == 1)
    return lookupTop(scope, name.parts[0].text, name.range, report, what, ambiguous);
  // `alias.name`: the alias must be one of this module's imports.
  const std::string &alias = name.parts[0].text;
  for (auto &imp : scope.imports)
    if (imp.alias == alias) {
      auto it = imp.scope->decls.find(name.parts.back().text);
      if (it != imp.scope->decls.end())
        return it->second;
      if (report)
        diags.report(name.range, DiagID::UndefinedInModule, name.parts.back().text, alias);
      return nullptr;
    }
  if (report && !scope.failedAliases.count(alias)) {
    std::vector<std::string> aliases;
    for (auto &imp : scope.imports)
      aliases.push_back(imp.alias);
    auto diag =
        diags.report(name.parts[0].range, DiagID::UndefinedName, diag::ItemKind::Module, alias);
    suggest(diag, alias, aliases);
  }
  return nullptr;
}

const ast::Decl *Sema::lookupTop(ModuleScope &scope, llvm::StringRef name, llvm::SMRange range,
                                 bool report, diag::ItemKind what, bool *ambiguous) {
  if (auto it = scope.decls.find(name); it != scope.decls.end())
    return it->second;
  const ast::Decl *found = nullptr;
  std::string foundIn;
  for (auto &imp : scope.imports) {
    auto it = imp.scope->decls.find(name);
    if (it == imp.scope->decls.end())
      continue;
    if (found && found != it->second) {
      diags.report(range, DiagID::AmbiguousName, name, foundIn, imp.alias)
          .note(found->name.range.Start, DiagID::CandidateHere, foundIn + "." + name.str())
          .note(it->second->name.range.Start, DiagID::CandidateHere, imp.alias + "." + name.str());
      if (ambiguous)
        *ambiguous = true;
      return nullptr;
    }
    found = it->second;
    foundIn = imp.alias;
  }
  if (!found && report) {
    std::vector<std::string> names;
    for (auto &entry : scope.decls)
      names.push_back(entry.getKey().str());
    auto diag = diags.report(range, DiagID::UndefinedName, what, name);
    suggest(diag, name, names);
  }
  return found;
}

std::optional<ir::Program> Sema::run(const ast::ModuleGraph &graph) {
  unsigned errorsBefore = diags.errorCount();
  const ast::Module &m = graph.root().module;
  currentModule = scopeOfFile(graph.root());
  program.moduleDoc = m.doc;
  for (const ast::DeclPtr &d : m.decls) {
    switch (d->kind()) {
    case ast::Decl::Kind::Enum:
      resolveEnum(*llvm::cast<ast::EnumDecl>(d.get()));
      break;
    case ast::Decl::Kind::Calendar:
      resolveCalendar(*llvm::cast<ast::CalendarDecl>(d.get()));
      break;
    case ast::Decl::Kind::Const:
      resolveConst(*llvm::cast<ast::ConstDecl>(d.get()));
      break;
    case ast::Decl::Kind::Fn:
      resolveFn(*llvm::cast<ast::FnDecl>(d.get()));
      break;
    case ast::Decl::Kind::Schema:
      // Field types are checked even when no dataset uses the schema (each
      // dataset that does checks its derived fields).
      for (const ast::Field &f : llvm::cast<ast::SchemaDecl>(d.get())->fields)
        resolveTypeRef(f.type);
      break;
    default:
      break;
    }
  }
  for (const ast::DeclPtr &d : m.decls)
    if (auto *a = llvm::dyn_cast<ast::AgreementDecl>(d.get()); a && !agreementsByDecl.count(a))
      checkAgreement(*a, *currentModule);
  if (diags.errorCount() != errorsBefore || !graph.complete())
    return std::nullopt;
  return std::move(program);
}

std::optional<ir::Program> check(const ast::ModuleGraph &graph, DiagEngine &diags) {
  Sema sema(diags);
  try {
    return sema.run(graph);
  } catch (TooManyErrors &) {
    return std::nullopt;
  }
}

} // namespace tenor
