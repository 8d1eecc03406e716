//===- SemaNames.cpp - What a name or `a.b` means where it stands ---------===//
//
// Lexical scopes, innermost first: function parameters, the fields of the
// row being filtered or aggregated, the agreement's declarations, the
// module's top level, imports, and finally the members of the enums in
// scope (`priority == P1`).
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

namespace tenor {

using ir::Type;

template <typename T, typename... Args> static std::unique_ptr<T> make(Args &&...args) {
  return std::make_unique<T>(std::forward<Args>(args)...);
}

static ir::ExprPtr fieldRef(const ir::Field *f, llvm::SMRange r, const ExprContext &ctx) {
  Type t = f->type;
  if (ctx.presentFields.count(f->name))
    t.optional = false;
  auto out = make<ir::FieldRefExpr>(t, r);
  out->field = f;
  return out;
}

/// "`A`, `B` or `C`": what an enum's members are, for a diagnostic.
static std::string memberList(const ir::EnumType &e) {
  std::string out;
  for (size_t i = 0; i < e.members.size(); ++i) {
    if (i)
      out += i + 1 == e.members.size() ? " or " : ", ";
    out += "`" + e.members[i].name + "`";
  }
  return out.empty() ? "no members" : out;
}

ir::ExprPtr Sema::constRef(const ast::ConstDecl &c, llvm::SMRange range) {
  ir::Const *ic = resolveConst(c);
  noteUse(ic);
  if (!ic || !ic->value)
    return nullptr;
  auto out = make<ir::ConstRefExpr>(ic->type, range);
  out->constant = ic;
  return out;
}

ir::ExprPtr Sema::checkName(const ast::NameExpr &e, ExprContext &ctx) {
  const std::string &name = e.name;
  if (ctx.fnParams)
    for (unsigned i = 0; i < ctx.fnParams->size(); ++i)
      if ((*ctx.fnParams)[i].first == name) {
        auto out = make<ir::FnParamRefExpr>((*ctx.fnParams)[i].second, e.range);
        out->index = i;
        out->name = name;
        return out;
      }
  if (ctx.row)
    if (const ir::Field *f = ctx.row->field(name))
      return fieldRef(f, e.range, ctx);
  if (ctx.expected && ctx.expected->kind == Type::Kind::Enum)
    if (ir::ExprPtr m = enumMember(name, e.range, ctx.expected))
      return m;

  if (agreement)
    if (auto it = agreement->decls.find(name); it != agreement->decls.end()) {
      const ast::Decl *d = it->second;
      if (llvm::isa<ast::MetricDecl>(d) && !ctx.periodAllowed) {
        // Checked before resolving: a derived field that uses a metric of
        // its own dataset would otherwise also be reported as a cycle.
        noteUse(d);
        diags.report(e.range, DiagID::MetricOutsidePeriod, name);
        return nullptr;
      }
      void *resolved = resolveAgreementDecl(d);
      noteUse(resolved);
      if (!resolved)
        return nullptr;
      switch (d->kind()) {
      case ast::Decl::Kind::Metric: {
        auto *m = static_cast<ir::Metric *>(resolved);
        auto out = make<ir::MetricRefExpr>(m->type, e.range);
        out->metric = m;
        return out;
      }
      case ast::Decl::Kind::Param: {
        auto *p = static_cast<ir::Param *>(resolved);
        auto out = make<ir::ParamRefExpr>(p->type, e.range);
        out->param = p;
        return out;
      }
      case ast::Decl::Kind::Data: {
        auto *ds = static_cast<ir::Dataset *>(resolved);
        auto out = make<ir::DatasetRefExpr>(Type::datasetOf(ds), e.range);
        out->dataset = ds;
        return out;
      }
      default:
        diags.report(e.range, DiagID::NotAValue, name);
        return nullptr;
      }
    }

  bool ambiguous = false;
  if (const ast::Decl *d = lookupTop(*currentModule, name, e.range, false, "name", &ambiguous)) {
    if (auto *c = llvm::dyn_cast<ast::ConstDecl>(d))
      return constRef(*c, e.range);
    diags.report(e.range, DiagID::NotAValue, name);
    return nullptr;
  }
  if (ambiguous)
    return nullptr;
  if (ir::ExprPtr m = enumMember(name, e.range, nullptr, &ambiguous))
    return m;
  if (ambiguous)
    return nullptr;

  std::vector<std::string> candidates;
  if (ctx.row)
    for (auto &f : ctx.row->fields)
      candidates.push_back(f->name);
  if (agreement)
    for (auto &entry : agreement->decls)
      candidates.push_back(entry.getKey().str());
  for (auto &entry : currentModule->decls)
    candidates.push_back(entry.getKey().str());
  for (auto &imp : currentModule->imports)
    candidates.push_back(imp.alias);
  auto diag = diags.report(e.range, DiagID::UndefinedName, "name", name);
  suggest(diag, name, candidates);
  return nullptr;
}

ir::ExprPtr Sema::checkMember(const ast::MemberExpr &e, ExprContext &ctx) {
  const std::string &member = e.member.text;
  if (auto *base = llvm::dyn_cast<ast::NameExpr>(e.base.get())) {
    bool shadowed = ctx.row && ctx.row->field(base->name);
    if (base->name == "period" && !shadowed) {
      if (!ctx.periodAllowed) {
        diags.report(e.range, DiagID::PeriodOutsideMetric);
        return nullptr;
      }
      using A = ir::PeriodAttrExpr::Attr;
      std::optional<A> attr = member == "start"    ? std::optional(A::Start)
                              : member == "end"    ? std::optional(A::End)
                              : member == "length" ? std::optional(A::Length)
                                                   : std::nullopt;
      if (!attr) {
        diags.report(e.member.range, DiagID::UnknownMember, member, "`period`",
                     "`start`, `end` or `length`");
        return nullptr;
      }
      auto out = make<ir::PeriodAttrExpr>(*attr == A::Length ? Type::duration() : Type::timestamp(),
                                          e.range);
      out->attr = *attr;
      return out;
    }
    if (agreement && !shadowed)
      if (auto it = agreement->decls.find(base->name); it != agreement->decls.end()) {
        if (auto *o = llvm::dyn_cast<ast::ObligationDecl>(it->second)) {
          using S = ir::ObligationStatExpr::Stat;
          std::optional<S> stat = member == "items"        ? std::optional(S::Items)
                                  : member == "breaches"   ? std::optional(S::Breaches)
                                  : member == "pending"    ? std::optional(S::Pending)
                                  : member == "compliance" ? std::optional(S::Compliance)
                                                           : std::nullopt;
          if (!stat) {
            diags.report(e.member.range, DiagID::UnknownMember, member,
                         "obligation `" + base->name + "`",
                         "`items`, `breaches`, `pending` or `compliance`");
            return nullptr;
          }
          if (!ctx.periodAllowed) {
            diags.report(e.range, DiagID::MetricOutsidePeriod, base->name + "." + member);
            return nullptr;
          }
          auto *ob = static_cast<ir::Obligation *>(resolveAgreementDecl(o));
          noteUse(ob);
          if (!ob)
            return nullptr;
          Type t = *stat == S::Compliance ? Type::percentType() : Type::integerType();
          auto out = make<ir::ObligationStatExpr>(t, e.range);
          out->obligation = ob;
          out->stat = *stat;
          return out;
        }
        if (llvm::isa<ast::DataDecl>(it->second)) {
          diags.report(e.range, DiagID::FieldOutsideAggregate, member, base->name);
          return nullptr;
        }
      }
    // `alias.name` of an import, or `enum.Member`.
    if (isImportAlias(base->name)) {
      ast::QualifiedName q{{ast::Ident{base->name, base->range}, e.member}, e.range};
      const ast::Decl *d = lookupTop(*currentModule, q, true, "name");
      if (auto *c = llvm::dyn_cast_or_null<ast::ConstDecl>(d))
        return constRef(*c, e.range);
      if (d)
        diags.report(e.range, DiagID::NotAValue, q.str());
      return nullptr;
    }
    if (auto *en = llvm::dyn_cast_or_null<ast::EnumDecl>(
            lookupTop(*currentModule, base->name, base->range, false, "name"))) {
      Type t = Type::enumOf(resolveEnum(*en));
      if (ir::ExprPtr m = enumMember(member, e.range, &t))
        return m;
      diags.report(e.member.range, DiagID::UnknownMember, member, "enum `" + base->name + "`",
                   memberList(*t.enumType));
      return nullptr;
    }
  }
  // `alias.enum.Member`: an enum of an imported module.
  if (auto *inner = llvm::dyn_cast<ast::MemberExpr>(e.base.get()))
    if (auto *alias = llvm::dyn_cast<ast::NameExpr>(inner->base.get());
        alias && isImportAlias(alias->name) && !(ctx.row && ctx.row->field(alias->name))) {
      ast::QualifiedName q{{ast::Ident{alias->name, alias->range}, inner->member}, inner->range};
      const ast::Decl *d = lookupTop(*currentModule, q, true, "name");
      auto *en = llvm::dyn_cast_or_null<ast::EnumDecl>(d);
      if (!en) {
        if (d)
          diags.report(e.range, DiagID::UnknownMember, member, "`" + q.str() + "`", "no members");
        return nullptr;
      }
      Type t = Type::enumOf(resolveEnum(*en));
      if (ir::ExprPtr m = enumMember(member, e.range, &t))
        return m;
      diags.report(e.member.range, DiagID::UnknownMember, member, "enum `" + q.str() + "`",
                   memberList(*t.enumType));
      return nullptr;
    }
  ir::ExprPtr base = checkExpr(*e.base, ctx);
  if (!base)
    return nullptr;
  if (base->type.kind == Type::Kind::Interval &&
      (member == "start" || member == "end" || member == "length")) {
    // Interval parts: `during.start`, `during.length`.
    if (!requirePresent(*base, ctx))
      return nullptr;
    auto out =
        make<ir::BuiltinExpr>(member == "length" ? Type::duration() : Type::timestamp(), e.range);
    out->fn = member == "start" ? ir::BuiltinExpr::Fn::IntervalStart
              : member == "end" ? ir::BuiltinExpr::Fn::IntervalEnd
                                : ir::BuiltinExpr::Fn::IntervalLength;
    out->args.push_back(std::move(base));
    return out;
  }
  diags.report(e.member.range, DiagID::UnknownMember, member, base->type.str(), "no members");
  return nullptr;
}

} // namespace tenor
