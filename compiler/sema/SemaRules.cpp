//===- SemaRules.cpp - Completeness and unused declarations ---------------===//
//
// LANGUAGE.md section 1: a customer SLA without an objective, a remedy, a
// termination section, a dispute-resolution clause or a reporting section
// is incomplete; and a declaration nothing uses is usually a mistake. Both
// are warnings: the agreement still compiles.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "ir/NoValue.h"

namespace tenor {

void Sema::checkCompleteness(const ast::AgreementDecl &d) {
  const ir::Agreement &a = *agreement->agreement;
  if (a.internal)
    return;
  auto hasClause = [&](const char *id) {
    return llvm::any_of(a.clauses, [&](auto &c) { return c->name == id; });
  };
  auto warn = [&](bool present, const char *what) {
    if (!present)
      diags.report(d.name.range, DiagID::IncompleteAgreement, d.name.text, what);
  };
  warn(!a.objectives.empty(), "objective");
  warn(!a.remedies.empty() || !a.holdbacks.empty(), "remedy (credit, penalty, bonus or holdback)");
  // From the source, so that a mistake inside the section is not also
  // reported as a missing section.
  bool termination = llvm::any_of(d.items, [](const ast::DeclPtr &item) {
    auto *t = llvm::dyn_cast<ast::TerminationDecl>(item.get());
    return t && (t->notice || !t->rights.empty());
  });
  warn(termination, "termination section");
  warn(hasClause("dispute_resolution"), "`dispute_resolution` clause");
  warn(!a.reports.empty(), "reporting section");
}

void Sema::checkUnused(const ast::AgreementDecl &d) {
  // After an error a use may have been lost with the expression that held
  // it (`target uptim` would make `uptime` look unused): say nothing.
  if (diags.hasErrors())
    return;
  for (const ast::DeclPtr &item : d.items) {
    std::optional<diag::ItemKind> what;
    switch (item->kind()) {
    case ast::Decl::Kind::Metric:
      what = diag::ItemKind::Metric;
      break;
    case ast::Decl::Kind::Param:
      what = diag::ItemKind::Parameter;
      break;
    case ast::Decl::Kind::Data:
      what = diag::ItemKind::Data;
      break;
    default:
      break;
    }
    // A redefinition (reported) cannot be used by name: not also unused.
    auto named = agreement->decls.find(item->name.text);
    if (!what || named == agreement->decls.end() || named->second != item.get())
      continue;
    auto it = agreement->resolved.find(item.get());
    if (it != agreement->resolved.end() && it->second && !used.count(it->second) &&
        !used.count(item.get()))
      diags.report(item->name.range, DiagID::UnusedDeclaration, *what, item->name.text);
  }
}

/// An `if no data` line whose target always has a value is never applied
/// by the evaluator, and the contract leaves it out (ir::mayHaveNoValue):
/// the author should know that it does not say what it seems to.
void Sema::checkNoDataLines(const ast::AgreementDecl &d) {
  if (diags.hasErrors())
    return;
  for (const ast::DeclPtr &item : d.items) {
    const auto *decl = llvm::dyn_cast<ast::ObjectiveDecl>(item.get());
    auto it = agreement->resolved.find(item.get());
    if (!decl || !decl->ifNoData || it == agreement->resolved.end() || !it->second)
      continue;
    const auto *o = static_cast<const ir::Objective *>(it->second);
    if (o->target && !ir::mayHaveNoValue(*o->target))
      diags.report(decl->ifNoData->range, DiagID::NoDataNeverApplies, decl->name.text);
  }
}

} // namespace tenor
