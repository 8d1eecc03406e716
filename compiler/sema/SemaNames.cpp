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

/// The names of an enum's members, for "it has {}".
static diag::Members memberNames(const ir::EnumType &e) {
  diag::Members out;
  for (const auto &m : e.members)
    out.names.push_back(m.name);
  return out;
}

/// The members of `period` and of an obligation, as written: the one
/// table both the lookup and the "it has" list of a diagnostic read.
using PeriodAttr = ir::PeriodAttrExpr::Attr;
static constexpr std::pair<llvm::StringLiteral, PeriodAttr> periodAttrs[] = {
    {"start", PeriodAttr::Start}, {"end", PeriodAttr::End}, {"length", PeriodAttr::Length}};
using ObligationStat = ir::ObligationStatExpr::Stat;
static constexpr std::pair<llvm::StringLiteral, ObligationStat> obligationStats[] = {
    {"items", ObligationStat::Items},
    {"breaches", ObligationStat::Breaches},
    {"pending", ObligationStat::Pending},
    {"compliance", ObligationStat::Compliance}};

template <typename V, size_t N>
static std::optional<V> lookUpMember(const std::pair<llvm::StringLiteral, V> (&table)[N],
                                     llvm::StringRef member) {
  for (const auto &[name, value] : table)
    if (name == member)
      return value;
  return std::nullopt;
}

template <typename V, size_t N>
static diag::Members namesOf(const std::pair<llvm::StringLiteral, V> (&table)[N]) {
  diag::Members out;
  for (const auto &entry : table)
    out.names.push_back(entry.first.str());
  return out;
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

ir::ExprPtr Sema::checkLocalName(const ast::NameExpr &e, ExprContext &ctx) {
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
    return enumMember(name, e.range, ctx.expected);
  return nullptr;
}

ir::ExprPtr Sema::agreementItemRef(const ast::NameExpr &e, const ast::Decl &d,
                                   const ExprContext &ctx) {
  if (llvm::isa<ast::MetricDecl>(d) && !ctx.periodAllowed) {
    // Checked before resolving: a derived field that uses a metric of
    // its own dataset would otherwise also be reported as a cycle.
    noteUse(&d);
    diags.report(e.range, DiagID::MetricOutsidePeriod, e.name);
    return nullptr;
  }
  void *resolved = resolveAgreementDecl(&d);
  noteUse(resolved);
  if (!resolved)
    return nullptr;
  switch (d.kind()) {
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
    diags.report(e.range, DiagID::NotAValue, e.name);
    return nullptr;
  }
}

void Sema::reportUnknownName(const ast::NameExpr &e, const ExprContext &ctx) {
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
  auto diag = diags.report(e.range, DiagID::UndefinedName, diag::ItemKind::Name, e.name);
  suggest(diag, e.name, candidates);
}

ir::ExprPtr Sema::checkName(const ast::NameExpr &e, ExprContext &ctx) {
  const std::string &name = e.name;
  if (ir::ExprPtr local = checkLocalName(e, ctx))
    return local;
  if (agreement)
    if (auto it = agreement->decls.find(name); it != agreement->decls.end())
      return agreementItemRef(e, *it->second, ctx);

  bool ambiguous = false;
  if (const ast::Decl *d =
          lookupTop(*currentModule, name, e.range, false, diag::ItemKind::Name, &ambiguous)) {
    if (auto *c = llvm::dyn_cast<ast::ConstDecl>(d))
      return constRef(*c, e.range);
    diags.report(e.range, DiagID::NotAValue, name);
    return nullptr;
  }
  if (ambiguous)
    return nullptr;
  if (ir::ExprPtr m = enumMember(name, e.range, nullptr, &ambiguous))
    return m;
  if (!ambiguous)
    reportUnknownName(e, ctx);
  return nullptr;
}

ir::ExprPtr Sema::periodMember(const ast::MemberExpr &e, const ExprContext &ctx) {
  if (!ctx.periodAllowed) {
    diags.report(e.range, DiagID::PeriodOutsideMetric);
    return nullptr;
  }
  std::optional<PeriodAttr> attr = lookUpMember(periodAttrs, e.member.text);
  if (!attr) {
    diags.report(e.member.range, DiagID::UnknownMember, e.member.text,
                 diag::MemberOwner{diag::MemberOwner::Kind::Period}, namesOf(periodAttrs));
    return nullptr;
  }
  auto out = make<ir::PeriodAttrExpr>(
      *attr == PeriodAttr::Length ? Type::duration() : Type::timestamp(), e.range);
  out->attr = *attr;
  return out;
}

ir::ExprPtr Sema::obligationMember(const ast::MemberExpr &e, const ast::NameExpr &base,
                                   const ast::ObligationDecl &o, const ExprContext &ctx) {
  const std::string &member = e.member.text;
  std::optional<ObligationStat> stat = lookUpMember(obligationStats, member);
  if (!stat) {
    diags.report(e.member.range, DiagID::UnknownMember, member,
                 diag::MemberOwner{diag::MemberOwner::Kind::Obligation, base.name},
                 namesOf(obligationStats));
    return nullptr;
  }
  if (!ctx.periodAllowed) {
    diags.report(e.range, DiagID::MetricOutsidePeriod, base.name + "." + member);
    return nullptr;
  }
  auto *ob = static_cast<ir::Obligation *>(resolveAgreementDecl(&o));
  noteUse(ob);
  if (!ob)
    return nullptr;
  Type t = *stat == ObligationStat::Compliance ? Type::percentType() : Type::integerType();
  auto out = make<ir::ObligationStatExpr>(t, e.range);
  out->obligation = ob;
  out->stat = *stat;
  return out;
}

ir::ExprPtr Sema::enumMemberOf(const ast::MemberExpr &e, const ast::EnumDecl &en,
                               llvm::StringRef enumName) {
  Type t = Type::enumOf(resolveEnum(en));
  if (ir::ExprPtr m = enumMember(e.member.text, e.range, &t))
    return m;
  diags.report(e.member.range, DiagID::UnknownMember, e.member.text,
               diag::MemberOwner{diag::MemberOwner::Kind::Enum, enumName},
               memberNames(*t.enumType));
  return nullptr;
}

ir::ExprPtr Sema::importedEnumMember(const ast::MemberExpr &e, const ast::MemberExpr &inner,
                                     const ast::NameExpr &alias) {
  ast::QualifiedName q{{ast::Ident{alias.name, alias.range}, inner.member}, inner.range};
  const ast::Decl *d = lookupTop(*currentModule, q, true, diag::ItemKind::Name);
  if (auto *en = llvm::dyn_cast_or_null<ast::EnumDecl>(d))
    return enumMemberOf(e, *en, q.str());
  if (d)
    diags.report(e.range, DiagID::UnknownMember, e.member.text,
                 diag::MemberOwner{diag::MemberOwner::Kind::Declaration, q.str()}, diag::Members{});
  return nullptr;
}

ir::ExprPtr Sema::valueMember(const ast::MemberExpr &e, ExprContext &ctx) {
  const std::string &member = e.member.text;
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
  diags.report(e.member.range, DiagID::UnknownMember, member,
               diag::MemberOwner{diag::MemberOwner::Kind::Value, base->type.str()},
               diag::Members{});
  return nullptr;
}

std::optional<ir::ExprPtr> Sema::namedMember(const ast::MemberExpr &e, const ast::NameExpr &base,
                                             ExprContext &ctx) {
  bool shadowed = ctx.row && ctx.row->field(base.name);
  if (base.name == "period" && !shadowed)
    return periodMember(e, ctx);
  if (agreement && !shadowed)
    if (auto it = agreement->decls.find(base.name); it != agreement->decls.end()) {
      if (auto *o = llvm::dyn_cast<ast::ObligationDecl>(it->second))
        return obligationMember(e, base, *o, ctx);
      if (llvm::isa<ast::DataDecl>(it->second)) {
        diags.report(e.range, DiagID::FieldOutsideAggregate, e.member.text, base.name);
        return nullptr;
      }
    }
  // `alias.name` of an import, or `enum.Member`.
  if (isImportAlias(base.name)) {
    ast::QualifiedName q{{ast::Ident{base.name, base.range}, e.member}, e.range};
    const ast::Decl *d = lookupTop(*currentModule, q, true, diag::ItemKind::Name);
    if (auto *c = llvm::dyn_cast_or_null<ast::ConstDecl>(d))
      return constRef(*c, e.range);
    if (d)
      diags.report(e.range, DiagID::NotAValue, q.str());
    return nullptr;
  }
  if (auto *en = llvm::dyn_cast_or_null<ast::EnumDecl>(
          lookupTop(*currentModule, base.name, base.range, false, diag::ItemKind::Name)))
    return enumMemberOf(e, *en, base.name);
  return std::nullopt;
}

ir::ExprPtr Sema::checkMember(const ast::MemberExpr &e, ExprContext &ctx) {
  if (auto *base = llvm::dyn_cast<ast::NameExpr>(e.base.get()))
    if (std::optional<ir::ExprPtr> out = namedMember(e, *base, ctx))
      return std::move(*out);
  // `alias.enum.Member`: an enum of an imported module.
  if (auto *inner = llvm::dyn_cast<ast::MemberExpr>(e.base.get()))
    if (auto *alias = llvm::dyn_cast<ast::NameExpr>(inner->base.get());
        alias && isImportAlias(alias->name) && !(ctx.row && ctx.row->field(alias->name)))
      return importedEnumMember(e, *inner, *alias);
  return valueMember(e, ctx);
}

} // namespace tenor
