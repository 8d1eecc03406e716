//===- SemaAgreement.cpp - The agreement, its settings, data and metrics --===//
//
// LANGUAGE.md section 6 up to 6.4. An agreement's items may refer to each
// other in any order, so named items are collected first and resolved on
// first use. `incorporates` merges a master agreement's parties, currency,
// timezone and clauses in; an item of the SLA itself wins over the master's
// item of the same name (written down in docs/language.md).
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

#include "tenor/core/Currencies.h"
#include "tenor/core/TimeZones.h"

namespace tenor {

using ir::Type;

template <typename IR> static void fillNamed(IR &out, const ast::Decl &d) {
  out.name = d.name.text;
  out.title = d.title;
  out.doc = d.doc;
  out.range = d.range;
}

ir::Party *Sema::partyNamed(const ast::Ident &name, bool allowEither) {
  if (allowEither && name.text == "either")
    return nullptr;
  auto it = agreement->parties.find(name.text);
  if (it != agreement->parties.end()) {
    noteUse(it->second);
    return it->second;
  }
  std::vector<std::string> names;
  for (auto &p : agreement->parties)
    names.push_back(p.getKey().str());
  auto diag = diags.report(name.range, DiagID::UnknownParty, name.text);
  suggest(diag, name.text, names);
  return nullptr;
}

void Sema::checkSettings(const ast::AgreementDecl &d) {
  ir::Agreement &a = *agreement->agreement;
  std::map<ast::SettingDecl::Which, const ast::SettingDecl *> seen;
  for (const ast::DeclPtr &item : d.items) {
    auto *s = llvm::dyn_cast<ast::SettingDecl>(item.get());
    if (!s)
      continue;
    if (auto [it, inserted] = seen.emplace(s->which, s); !inserted) {
      diags.report(s->range, DiagID::DuplicateSetting)
          .note(it->second->range.Start, DiagID::PreviousItemHere);
      continue;
    }
    using W = ast::SettingDecl::Which;
    switch (s->which) {
    case W::Version:
      a.version = s->value;
      break;
    case W::Kind:
      a.internal = s->value == "internal";
      break;
    case W::Effective:
      a.effectiveFrom = s->value;
      a.effectiveUntil = s->until;
      if (!s->until.empty() && s->until < s->value)
        diags.report(s->range, DiagID::EffectiveBackwards, s->value, s->until);
      break;
    case W::Timezone:
      // The evaluators' own check (tenor/core), so that they load every
      // zone that checks clean.
      if (!core::lookUpTimeZone(s->value))
        diags.report(s->valueRange, DiagID::UnknownTimeZone, s->value);
      a.timezone = s->value;
      break;
    case W::Currency:
      if (!core::currencyNamed(s->value))
        diags.report(s->valueRange, DiagID::UnknownCurrency, s->value);
      a.currency = s->value;
      break;
    case W::Incorporates:
      incorporate(*s);
      break;
    }
  }
}

void Sema::incorporate(const ast::SettingDecl &s) {
  const ast::Decl *m = lookupTop(*currentModule, s.master, true, diag::ItemKind::Agreement);
  auto *master = llvm::dyn_cast_or_null<ast::AgreementDecl>(m);
  if (m && !master)
    diags.report(s.master.range, DiagID::NotAnAgreement, s.value);
  if (!master)
    return;
  if (master == agreement->ast) {
    diags.report(s.master.range, DiagID::RecursiveDefinition, diag::ItemKind::Agreement, s.value);
    return;
  }
  auto it = agreementsByDecl.find(master);
  const ir::Agreement *ma = it != agreementsByDecl.end() ? it->second : nullptr;
  if (!ma) {
    AgreementScope *saved = agreement;
    ModuleScope *savedModule = currentModule;
    ma = checkAgreement(*master, *scopeOf(master));
    agreement = saved;
    currentModule = savedModule;
  }
  if (ma)
    inheritFromMaster(*ma);
}

void Sema::inheritFromMaster(const ir::Agreement &master) {
  ir::Agreement &a = *agreement->agreement;
  a.master = &master;
  if (a.currency.empty())
    a.currency = master.currency;
  // Redefinition wins: only a timezone the SLA does not write is inherited.
  bool ownTimezone = llvm::any_of(agreement->ast->items, [](const ast::DeclPtr &item) {
    auto *s = llvm::dyn_cast<ast::SettingDecl>(item.get());
    return s && s->which == ast::SettingDecl::Which::Timezone;
  });
  if (!ownTimezone)
    a.timezone = master.timezone;
  for (auto &p : master.parties)
    if (!agreement->parties.count(p->name)) {
      a.parties.push_back(std::make_unique<ir::Party>(*p));
      agreement->parties[p->name] = a.parties.back().get();
      noteUse(a.parties.back().get());
    }
  for (auto &c : master.clauses)
    if (!agreement->decls.count(c->name)) {
      a.clauses.push_back(std::make_unique<ir::Clause>(*c));
      a.clauses.back()->carried = true;
    }
}

void Sema::collectAgreementDecls(const ast::AgreementDecl &d) {
  ir::Agreement &a = *agreement->agreement;
  for (const ast::DeclPtr &item : d.items) {
    if (auto *parties = llvm::dyn_cast<ast::PartiesDecl>(item.get())) {
      for (const ast::Party &p : parties->parties) {
        if (auto [it, inserted] = agreement->partyRanges.try_emplace(p.name.text, p.name.range);
            !inserted) {
          diags.report(p.name.range, DiagID::Redefinition, p.name.text)
              .note(it->second.Start, DiagID::PreviousDefinitionHere);
          continue;
        }
        auto party = std::make_unique<ir::Party>();
        party->name = p.name.text;
        party->legalName = p.legalName;
        party->doc = p.doc;
        party->range = p.range;
        party->role = p.role.text == "customer" ? ir::Party::Role::Customer
                      : p.role.text == "team"   ? ir::Party::Role::Team
                                                : ir::Party::Role::Provider;
        agreement->parties[party->name] = party.get();
        a.parties.push_back(std::move(party));
      }
      continue;
    }
    if (item->name.empty())
      continue;
    auto [it, inserted] = agreement->decls.try_emplace(item->name.text, item.get());
    if (!inserted)
      diags.report(item->name.range, DiagID::Redefinition, item->name.text)
          .note(it->second->name.range.Start, DiagID::PreviousDefinitionHere);
  }
}

void *Sema::resolveAgreementDecl(const ast::Decl *d) {
  if (auto it = agreement->resolved.find(d); it != agreement->resolved.end())
    return it->second;
  if (!agreement->resolving.insert(d).second) {
    using K = diag::ItemKind;
    K what = llvm::isa<ast::MetricDecl>(d)       ? K::Metric
             : llvm::isa<ast::DataDecl>(d)       ? K::Data
             : llvm::isa<ast::ObjectiveDecl>(d)  ? K::Objective
             : llvm::isa<ast::ObligationDecl>(d) ? K::Obligation
                                                 : K::Declaration;
    diags.report(d->name.range, DiagID::RecursiveDefinition, what, d->name.text);
    return nullptr;
  }
  void *out = nullptr;
  switch (d->kind()) {
  case ast::Decl::Kind::Data:
    out = resolveData(*llvm::cast<ast::DataDecl>(d));
    break;
  case ast::Decl::Kind::Param:
    out = resolveParam(*llvm::cast<ast::ParamDecl>(d));
    break;
  case ast::Decl::Kind::Metric:
    out = resolveMetric(*llvm::cast<ast::MetricDecl>(d));
    break;
  case ast::Decl::Kind::Objective:
    out = resolveObjective(*llvm::cast<ast::ObjectiveDecl>(d));
    break;
  case ast::Decl::Kind::Obligation:
    out = resolveObligation(*llvm::cast<ast::ObligationDecl>(d));
    break;
  default:
    out = const_cast<ast::Decl *>(d);
    break;
  }
  agreement->resolving.erase(d);
  agreement->resolved[d] = out;
  return out;
}

/// The field that places rows in periods: the one the declaration names
/// (`time field`), else the first timestamp or interval field not derived.
void Sema::chooseTimeKey(const ast::DataDecl &d, ir::Dataset &ds) {
  if (d.timeKey) {
    ds.timeKey = ds.field(d.timeKey->text);
    if (!ds.timeKey)
      diags.report(d.timeKey->range, DiagID::UnknownField, d.timeKey->text, d.name.text);
  } else {
    for (auto &f : ds.fields)
      if (!f->derived &&
          (f->type.kind == Type::Kind::Timestamp || f->type.kind == Type::Kind::Interval)) {
        ds.timeKey = f.get();
        break;
      }
    if (!ds.timeKey)
      diags.report(d.name.range, DiagID::NoTimeKey, d.name.text);
  }
  if (ds.timeKey && ds.timeKey->type.kind != Type::Kind::Timestamp &&
      ds.timeKey->type.kind != Type::Kind::Interval)
    diags.report(d.timeKey ? d.timeKey->range : d.name.range, DiagID::BadTimeKey, ds.timeKey->name,
                 ds.timeKey->type.str());
}

ir::Dataset *Sema::resolveData(const ast::DataDecl &d) {
  auto ds = std::make_unique<ir::Dataset>();
  fillNamed(*ds, d);
  const std::vector<ast::Field> *fields = &d.fields;
  ModuleScope *fieldScope = currentModule;
  if (d.schema) {
    const ast::Decl *s = lookupTop(*currentModule, *d.schema, true, diag::ItemKind::Schema);
    auto *schema = llvm::dyn_cast_or_null<ast::SchemaDecl>(s);
    if (s && !schema)
      diags.report(d.schema->range, DiagID::NotASchema, d.schema->str());
    if (!schema)
      return nullptr;
    fields = &schema->fields;
    fieldScope = scopeOf(schema);
  }
  // A schema's field types and derived fields mean what they mean in the
  // schema's own module.
  ScopeSwitch scope(currentModule, fieldScope, agreement, /*leaveAgreement=*/false);
  for (const ast::Field &f : *fields) {
    if (const ir::Field *previous = ds->field(f.name.text)) {
      diags.report(f.name.range, DiagID::Redefinition, f.name.text)
          .note(previous->range.Start, DiagID::PreviousDefinitionHere);
      continue;
    }
    auto field = std::make_unique<ir::Field>();
    field->name = f.name.text;
    field->title = f.title;
    field->doc = f.doc;
    field->range = f.range;
    field->type = resolveTypeRef(f.type, &field->unitMicros);
    field->index = ds->fields.size();
    if (f.derived) {
      // Fields declared before this one are in scope; so no derived cycles.
      ExprContext ctx;
      ctx.row = ds.get();
      field->derived = checkExpr(*f.derived, ctx);
      if (field->derived)
        checkAssignable(field->type, *field->derived, f.derived->range,
                        diag::Named{diag::ItemKind::Field, f.name.text});
    }
    ds->fields.push_back(std::move(field));
  }
  chooseTimeKey(d, *ds);
  checkSampling(d, *ds);
  agreement->agreement->datasets.push_back(std::move(ds));
  return agreement->agreement->datasets.back().get();
}

ir::Param *Sema::resolveParam(const ast::ParamDecl &d) {
  auto p = std::make_unique<ir::Param>();
  fillNamed(*p, d);
  p->type = resolveTypeRef(d.type);
  if (d.defaultValue) {
    ExprContext ctx;
    p->defaultValue = checkExpr(*d.defaultValue, ctx);
    if (p->defaultValue)
      checkAssignable(p->type, *p->defaultValue, d.defaultValue->range,
                      diag::Named{diag::ItemKind::Parameter, d.name.text});
  }
  agreement->agreement->params.push_back(std::move(p));
  return agreement->agreement->params.back().get();
}

ir::Metric *Sema::resolveMetric(const ast::MetricDecl &d) {
  auto m = std::make_unique<ir::Metric>();
  fillNamed(*m, d);
  m->type = resolveTypeRef(d.type);
  ExprContext ctx;
  ctx.periodAllowed = true;
  m->formula = checkExpr(*d.formula, ctx);
  if (m->formula && !m->type.isError() && !m->formula->type.isError()) {
    const Type &actual = m->formula->type;
    if (!m->type.sameShape(actual) || (m->type.integer && !actual.integer))
      diags
          .report(d.formula->range, DiagID::MetricTypeMismatch, d.name.text, m->type.str(),
                  actual.str())
          .note(d.type.range.Start, DiagID::DeclaredHere, d.name.text);
    else if (actual.optional)
      diags.report(d.formula->range, DiagID::MayBeMissing,
                   diag::Named{diag::ItemKind::Metric, d.name.text});
  }
  agreement->agreement->metrics.push_back(std::move(m));
  return agreement->agreement->metrics.back().get();
}

ir::Window Sema::checkWindow(const ast::Window &w) {
  ir::Window out;
  out.range = w.range;
  out.unit = w.unit;
  out.rolling = w.rolling;
  unsigned long long count = 1;
  if (llvm::StringRef(w.count).getAsInteger(10, count) || count == 0 || count > 1000)
    diags.report(w.range, DiagID::BadWindowCount, w.count);
  out.count = static_cast<unsigned>(count);
  if (w.rolling && w.rollingLength) {
    ExprContext ctx;
    ir::ExprPtr len = checkExpr(*w.rollingLength, ctx);
    auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(len.get());
    auto *q = llvm::dyn_cast<ast::QuantityExpr>(w.rollingLength.get());
    if (!lit || !q || q->unit != "d" || llvm::StringRef(q->number).contains('.') ||
        lit->value == "0")
      diags.report(w.rollingLength->range, DiagID::RollingWindowDays);
    else
      out.rollingSeconds = lit->value;
  }
  return out;
}

void Sema::checkService(const ast::ServiceDecl &s) {
  auto svc = std::make_unique<ir::Service>();
  fillNamed(*svc, s);
  svc->description = s.description;
  svc->roundTheClock = s.roundTheClock;
  if (s.hoursCalendar) {
    const ast::Decl *found =
        lookupTop(*currentModule, *s.hoursCalendar, true, diag::ItemKind::Calendar);
    auto *cal = llvm::dyn_cast_or_null<ast::CalendarDecl>(found);
    if (found && !cal)
      diags.report(s.hoursCalendar->range, DiagID::NotACalendar, s.hoursCalendar->str());
    svc->hours = cal ? calendarInAgreement(*cal) : nullptr;
    noteUse(svc->hours);
  }
  agreement->resolved[&s] = svc.get();
  agreement->agreement->services.push_back(std::move(svc));
}

void Sema::checkAgreementItem(const ast::Decl &item) {
  ir::Agreement &a = *agreement->agreement;
  switch (item.kind()) {
  case ast::Decl::Kind::Service:
    checkService(*llvm::cast<ast::ServiceDecl>(&item));
    break;
  case ast::Decl::Kind::Data:
  case ast::Decl::Kind::Param:
  case ast::Decl::Kind::Metric:
  case ast::Decl::Kind::Objective:
  case ast::Decl::Kind::Obligation:
    resolveAgreementDecl(&item);
    break;
  case ast::Decl::Kind::Exclude:
    checkExclusion(*llvm::cast<ast::ExcludeDecl>(&item));
    break;
  case ast::Decl::Kind::Remedy:
    checkRemedy(*llvm::cast<ast::RemedyDecl>(&item));
    break;
  case ast::Decl::Kind::Holdback:
    checkHoldback(*llvm::cast<ast::HoldbackDecl>(&item));
    break;
  case ast::Decl::Kind::TotalCap:
    checkTotalCap(*llvm::cast<ast::TotalCapDecl>(&item));
    break;
  case ast::Decl::Kind::Report:
    checkReport(*llvm::cast<ast::ReportDecl>(&item));
    break;
  case ast::Decl::Kind::Termination:
    checkTermination(*llvm::cast<ast::TerminationDecl>(&item));
    break;
  case ast::Decl::Kind::Clause: {
    auto &c = *llvm::cast<ast::ClauseDecl>(&item);
    auto clause = std::make_unique<ir::Clause>();
    fillNamed(*clause, c);
    clause->text = c.text;
    if (a.master)
      for (auto &mc : a.master->clauses)
        if (mc->name == clause->name)
          clause->replaces = mc.get();
    a.clauses.push_back(std::move(clause));
    break;
  }
  case ast::Decl::Kind::Review:
    a.review = checkWindow(llvm::cast<ast::ReviewDecl>(&item)->window);
    break;
  case ast::Decl::Kind::Duty: {
    auto &du = *llvm::cast<ast::DutyDecl>(&item);
    a.duties.push_back({partyNamed(du.party, true), du.text, du.range});
    break;
  }
  default:
    break;
  }
}

ir::Agreement *Sema::checkAgreement(const ast::AgreementDecl &d, ModuleScope &scope) {
  auto a = std::make_unique<ir::Agreement>();
  fillNamed(*a, d);
  ir::Agreement *ir = a.get();
  agreementsByDecl[&d] = ir;
  bool imported = &scope != modules.front().get();
  (imported ? program.importedAgreements : program.agreements).push_back(std::move(a));

  AgreementScope local;
  local.agreement = ir;
  local.ast = &d;
  AgreementScope *saved = agreement;
  ModuleScope *savedModule = currentModule;
  agreement = &local;
  currentModule = &scope;
  collectAgreementDecls(d);
  checkSettings(d);
  chooseProviderAndCustomer();
  for (const ast::DeclPtr &item : d.items)
    checkAgreementItem(*item);
  recordReads(*ir);
  orderTotalCaps();
  assignExcludedTime();
  if (!imported) {
    checkCompleteness(d);
    checkUnused(d);
    checkNoDataLines(d);
  }
  agreement = saved;
  currentModule = savedModule;
  return ir;
}

} // namespace tenor
