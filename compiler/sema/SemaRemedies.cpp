//===- SemaRemedies.cpp - Remedies, reporting and termination -------------===//
//
// LANGUAGE.md sections 6.8 and 6.9: remedies name what they compensate,
// amounts are a percent of a money `base` or money in the agreement's
// currency, tier lines are nested so that "the last line that holds" is
// meaningful, and conditions count the periods of the objective they watch.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

namespace tenor {

using ir::Type;

template <typename IR> static void fillNamed(IR &out, const ast::Decl &d) {
  out.name = d.name.text;
  out.title = d.title;
  out.doc = d.doc;
  out.range = d.range;
}

static bool isMoney(const Type &t) { return t.isMoney(); }

/// A negative amount would take money the wrong way (a credit that charges
/// the customer); a percent of the base above 100% pays out more than the
/// base, which is nearly always a slipped digit, so it is only a warning.
void Sema::checkAmountRange(const ir::Expr &amount, llvm::SMRange at, diag::AmountRole what) {
  auto value = signedNumberLiteral(amount);
  if (!value)
    return;
  if (value->first.front() == '-')
    diags.report(at, DiagID::NegativeAmount, what, value->second);
  else if (!isMoney(amount.type) && compareDecimal(value->first, "1") > 0)
    diags.report(at, DiagID::AmountAbove100, what, value->second);
}

// LANGUAGE.md 12.1: whether an amount is money or a share of a base is
// decided here, once; back ends read Amount::kind.
std::optional<ir::Amount> Sema::checkMoneyOrPercent(const ast::Expr &e, ExprContext &ctx,
                                                    diag::AmountRole what) {
  ir::ExprPtr out = checkExpr(e, ctx);
  if (!out || !requirePresent(*out, ctx))
    return std::nullopt;
  const Type &t = out->type;
  const std::string &currency = agreement->agreement->currency;
  if (isMoney(t) && t.dim.currency != currency) {
    if (currency.empty())
      diags.report(e.range, DiagID::MoneyWithoutCurrency);
    else
      diags.report(e.range, DiagID::AmountCurrency, what, t.dim.currency, currency);
    return std::nullopt;
  }
  if (!isMoney(t) && !t.isDimensionless()) {
    diags.report(e.range, DiagID::AmountType, what, t.str());
    return std::nullopt;
  }
  checkAmountRange(*out, e.range, what);
  auto kind = isMoney(t) ? ir::Amount::Kind::Money : ir::Amount::Kind::ShareOfBase;
  return ir::Amount{kind, std::move(out)};
}

ir::Condition Sema::checkCondition(const ast::Condition &c) {
  ir::Condition out;
  out.subject = static_cast<ir::ConditionSubject>(c.subject);
  out.breached = c.breached;
  out.form = static_cast<ir::Condition::Form>(c.form);
  out.unit = c.unit;
  unsigned long long n = 0, m = 0;
  llvm::StringRef(c.count).getAsInteger(10, n);
  llvm::StringRef(c.outOf).getAsInteger(10, m);
  out.count = static_cast<unsigned>(n);
  out.outOf = static_cast<unsigned>(m);
  std::string units = core::windowUnitInfo(out.unit).plural;
  std::string span = c.form == ast::Condition::Form::Consecutive ? c.count + " consecutive " + units
                     : c.form == ast::Condition::Form::OfLast
                         ? c.count + " of last " + c.outOf + " " + units
                         : "over term";
  if (c.form != ast::Condition::Form::OverTerm && n == 0)
    diags.report(c.range, DiagID::BadConditionCount, span, diag::ConditionCount{n, m});
  else if (c.form == ast::Condition::Form::OfLast && n > m)
    diags.report(c.range, DiagID::BadConditionCount, span, diag::ConditionCount{n, m});
  std::string subject = c.subject == ast::Condition::Subject::AllObjectives  ? "all objectives"
                        : c.subject == ast::Condition::Subject::AnyObjective ? "any objective"
                                                                             : c.name.text;
  const ir::Window *window = nullptr;
  if (c.subject == ast::Condition::Subject::Named) {
    auto it = agreement->decls.find(c.name.text);
    const ast::Decl *d = it == agreement->decls.end() ? nullptr : it->second;
    if (auto *o = llvm::dyn_cast_or_null<ast::ObjectiveDecl>(d)) {
      out.objective = static_cast<ir::Objective *>(resolveAgreementDecl(o));
      window = out.objective ? &out.objective->window : nullptr;
    } else if (auto *o = llvm::dyn_cast_or_null<ast::ObligationDecl>(d)) {
      out.obligation = static_cast<ir::Obligation *>(resolveAgreementDecl(o));
      window = out.obligation ? &out.obligation->window : nullptr;
    } else {
      diags.report(c.name.range, DiagID::UnknownObjective, c.name.text);
    }
    noteUse(out.objective ? static_cast<const void *>(out.objective) : out.obligation);
  }
  checkConditionUnit(c, out, window, subject);
  out.spelling = subject + (c.breached ? " breached " : " met ") + span;
  return out;
}

/// The unit in which the evaluator counts a window's periods: a rolling
/// window has one ending at the end of every day (LANGUAGE.md 6.5), so its
/// word is `days`.
static ir::WindowUnit countedUnit(const ir::Window &w) {
  return w.rolling ? ir::WindowUnit::Day : w.unit;
}

// The evaluator counts the subject's periods. `all objectives` and `any
// objective` count the periods of every objective, which therefore must all
// be counted in the condition's unit: `all objectives` matches the periods
// that end at the same instant, and an objective counted in other periods
// would have none to match (a daily rolling window was left to decide
// "none of the objectives is met" alone).
void Sema::checkConditionUnit(const ast::Condition &c, const ir::Condition &out,
                              const ir::Window *window, const std::string &subject) {
  if (c.form == ast::Condition::Form::OverTerm)
    return;
  if (window) {
    if (countedUnit(*window) != out.unit)
      diags.report(c.range, DiagID::ConditionUnitMismatch, ir::spelling(out.unit), subject,
                   ir::spelling(countedUnit(*window)));
    return;
  }
  if (c.subject == ast::Condition::Subject::Named)
    return;
  for (const ast::DeclPtr &item : agreement->ast->items) {
    auto *decl = llvm::dyn_cast<ast::ObjectiveDecl>(item.get());
    auto *o = decl ? static_cast<ir::Objective *>(resolveAgreementDecl(decl)) : nullptr;
    if (o && countedUnit(o->window) != out.unit) {
      diags.report(c.range, DiagID::ConditionUnitMismatch, ir::spelling(out.unit), o->name,
                   ir::spelling(countedUnit(o->window)));
      return;
    }
  }
}

void Sema::checkRemedyTarget(const ast::Ident &forName, ir::Remedy &r) {
  auto it = agreement->decls.find(forName.text);
  const ast::Decl *target = it == agreement->decls.end() ? nullptr : it->second;
  if (auto *o = llvm::dyn_cast_or_null<ast::ObjectiveDecl>(target))
    r.forObjective = static_cast<ir::Objective *>(resolveAgreementDecl(o));
  else if (auto *o = llvm::dyn_cast_or_null<ast::ObligationDecl>(target))
    r.forObligation = static_cast<ir::Obligation *>(resolveAgreementDecl(o));
  else
    diags.report(forName.range, DiagID::UnknownObjective, forName.text);
  noteUse(r.forObjective ? static_cast<const void *>(r.forObjective) : r.forObligation);
}

// Smaller amounts are not issued: an amount of money, never a percent.
void Sema::checkMinimum(const ast::Expr &e, ir::Remedy &r, ExprContext &ctx) {
  ir::ExprPtr min = checkExpr(e, ctx);
  if (!min || !requirePresent(*min, ctx))
    return;
  if (!isMoney(min->type))
    diags.report(e.range, DiagID::MinimumNotMoney, min->type.str());
  else if (agreement->agreement->currency.empty())
    diags.report(e.range, DiagID::MoneyWithoutCurrency);
  else if (min->type.dim.currency != agreement->agreement->currency)
    diags.report(e.range, DiagID::AmountCurrency, diag::AmountRole::Minimum, min->type.dim.currency,
                 agreement->agreement->currency);
  else
    r.minimum = ir::Amount{ir::Amount::Kind::Money, std::move(min)};
}

ir::Span Sema::checkClaimPeriod(const ast::Span &c, ExprContext &ctx) {
  ir::Span span;
  span.calendarUnit = c.calendarUnit;
  unsigned long long n = 1;
  llvm::StringRef(c.count).getAsInteger(10, n);
  span.count = static_cast<unsigned>(n);
  if (c.duration) {
    ir::ExprPtr dur = checkExpr(*c.duration, ctx);
    if (auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(dur.get());
        lit && lit->type.dim == ir::Dimension::timeDim())
      span.seconds = lit->value;
    else if (dur)
      diags.report(c.range, DiagID::ExpectedDuration, diag::DurationRole::ClaimPeriod,
                   dur->type.str());
  }
  return span;
}

/// A rolling window is evaluated at the end of every day over the days just
/// before it: the windows overlap, and a credit or penalty for it pays one
/// incident once for each window that contains it (issue 14, defect 14).
static void warnRollingRemedy(DiagEngine &diags, const ir::Remedy &r, diag::ItemKind kind,
                              const ast::Ident &forName) {
  const ir::Window &w = r.window();
  if (r.kind == ir::Remedy::Kind::Bonus || !w.rolling || (!r.forObjective && !r.forObligation))
    return;
  unsigned long long seconds = 0;
  llvm::StringRef(w.rollingSeconds).getAsInteger(10, seconds);
  diags.report(forName.range, DiagID::RemedyOnRollingWindow, kind, r.name, forName.text,
               std::to_string(seconds / 86400));
}

void Sema::checkRemedy(const ast::RemedyDecl &d) {
  auto r = std::make_unique<ir::Remedy>();
  fillNamed(*r, d);
  r->kind = static_cast<ir::Remedy::Kind>(d.which);
  diag::ItemKind kind = d.which == ast::RemedyDecl::Which::Credit    ? diag::ItemKind::Credit
                        : d.which == ast::RemedyDecl::Which::Penalty ? diag::ItemKind::Penalty
                                                                     : diag::ItemKind::Bonus;
  if (d.forName) {
    checkRemedyTarget(*d.forName, *r);
    warnRollingRemedy(diags, *r, kind, *d.forName);
  } else
    diags.report(d.name.range, DiagID::MissingItem, kind, d.name.text, diag::Clause::For);
  ExprContext ctx;
  ctx.periodAllowed = true;
  if (d.base) {
    r->base = checkExpr(*d.base, ctx);
    if (r->base && !isMoney(r->base->type))
      diags.report(d.base->range, DiagID::BaseNotMoney, r->base->type.str());
  }
  if (d.tierMeasure)
    checkTiers(d, *r, ctx);
  if (d.amount)
    r->amount = checkMoneyOrPercent(*d.amount, ctx, diag::AmountRole::Amount);
  if (!d.tierMeasure && !d.amount)
    diags.report(d.name.range, DiagID::MissingItem, kind, d.name.text, diag::Clause::TiersOrAmount);
  if (d.cap)
    r->cap = checkMoneyOrPercent(*d.cap, ctx, diag::AmountRole::Cap);
  if (d.minimum)
    checkMinimum(*d.minimum, *r, ctx);
  auto needsBase = [&](const ir::Amount *e, const ast::ExprPtr &src) {
    if (e && e->value && e->kind == ir::Amount::Kind::ShareOfBase && !d.base)
      diags.report(src->range, DiagID::PercentWithoutBase, diag::Clause::Base,
                   diag::Named{kind, d.name.text});
  };
  for (size_t i = 0; i < r->tiers.size(); ++i)
    needsBase(&r->tiers[i].amount, d.tiers[i].amount);
  needsBase(r->amount ? &*r->amount : nullptr, d.amount);
  needsBase(r->cap ? &*r->cap : nullptr, d.cap);
  if (d.claimWithin)
    r->claimWithin = checkClaimPeriod(*d.claimWithin, ctx);
  choosePayerAndPayee(*r);
  agreement->agreement->remedies.push_back(std::move(r));
}

/// A credit or penalty is paid by the party of what it is for to its
/// counterparty; a bonus the other way.
void Sema::choosePayerAndPayee(ir::Remedy &r) {
  const ir::Party *obligor = r.forObjective && r.forObjective->by ? r.forObjective->by
                             : r.forObligation && r.forObligation->by
                                 ? r.forObligation->by
                                 : agreement->agreement->provider;
  const ir::Party *other = counterpartyOf(obligor);
  bool bonus = r.kind == ir::Remedy::Kind::Bonus;
  r.payer = bonus ? other : obligor;
  r.payee = bonus ? obligor : other;
}

void Sema::checkHoldback(const ast::HoldbackDecl &d) {
  auto h = std::make_unique<ir::Holdback>();
  fillNamed(*h, d);
  // The customer keeps the reserve back from the provider.
  h->payee = agreement->agreement->provider;
  h->payer = agreement->agreement->customer;
  ExprContext ctx;
  if (!d.base)
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Holdback, d.name.text,
                 diag::Clause::Base);
  else if ((h->base = checkExpr(*d.base, ctx)) && !isMoney(h->base->type))
    diags.report(d.base->range, DiagID::BaseNotMoney, h->base->type.str());
  if (!d.amount)
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Holdback, d.name.text,
                 diag::Clause::Amount);
  else
    h->amount = checkMoneyOrPercent(*d.amount, ctx, diag::AmountRole::Amount);
  if (d.releasedIf)
    h->releasedIf = checkCondition(*d.releasedIf);
  else
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Holdback, d.name.text,
                 diag::Clause::ReleasedIf);
  agreement->agreement->holdbacks.push_back(std::move(h));
}

void Sema::checkTotalCap(const ast::TotalCapDecl &d) {
  ir::TotalCap cap;
  cap.range = d.range;
  std::string kinds; // as written, for diagnostics
  for (const ast::Ident &k : d.kinds) {
    auto kind = k.text == "penalties" ? ir::Remedy::Kind::Penalty
                : k.text == "bonuses" ? ir::Remedy::Kind::Bonus
                                      : ir::Remedy::Kind::Credit;
    if (!llvm::is_contained(cap.kinds, kind))
      cap.kinds.push_back(kind);
    kinds += (kinds.empty() ? "" : ", ") + k.text;
  }
  cap.per = d.per;
  ExprContext ctx;
  cap.amount = checkMoneyOrPercent(*d.amount, ctx, diag::AmountRole::Cap);
  if (d.of) {
    cap.of = checkExpr(*d.of, ctx);
    if (cap.of && !isMoney(cap.of->type))
      diags.report(d.of->range, DiagID::BaseNotMoney, cap.of->type.str());
  }
  if (cap.amount && cap.amount->kind == ir::Amount::Kind::ShareOfBase && !d.of)
    diags.report(d.amount->range, DiagID::PercentWithoutBase, diag::Clause::OfMoney,
                 diag::Named{diag::ItemKind::TotalCap, kinds});
  agreement->agreement->totalCaps.push_back(std::move(cap));
}

// LANGUAGE.md 11.1: a total cap "reduces the latest remedies first". Of the
// amounts of one period, the latest is the remedy declared last, so the cap
// reduces its remedies in reverse declaration order (and the amounts of
// later periods before earlier ones). Decided here, once: the runtime
// trims in this order and the contract states it.
void Sema::orderTotalCaps() {
  ir::Agreement &a = *agreement->agreement;
  for (ir::TotalCap &cap : a.totalCaps) {
    cap.reduceFirst.clear();
    for (auto it = a.remedies.rbegin(); it != a.remedies.rend(); ++it)
      if (llvm::is_contained(cap.kinds, (*it)->kind))
        cap.reduceFirst.push_back(it->get());
  }
}

void Sema::checkReport(const ast::ReportDecl &d) {
  auto r = std::make_unique<ir::Report>();
  fillNamed(*r, d);
  r->by = d.by ? partyNamed(*d.by, false) : defaultProvider(d.name.range, diag::ItemKind::Report);
  for (const ast::Ident &to : d.to)
    if (ir::Party *p = partyNamed(to, false))
      r->to.push_back(p);
  if (d.window)
    r->window = checkWindow(*d.window);
  else
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Report, d.name.text,
                 diag::Clause::EveryWindow);
  ExprContext ctx;
  ctx.periodAllowed = true;
  if (d.due) {
    r->due = checkExpr(*d.due, ctx);
    if (r->due && !(r->due->type.isNumber() && r->due->type.dim == ir::Dimension::timeDim()))
      diags.report(d.due->range, DiagID::ExpectedDuration, diag::DurationRole::Due,
                   r->due->type.str());
    r->dueAfter = checkExpr(*d.dueAfter, ctx);
    if (r->dueAfter && r->dueAfter->type.kind != Type::Kind::Timestamp)
      diags.report(d.dueAfter->range, DiagID::ExpectedTimestamp, diag::DeadlineEnd::After,
                   r->dueAfter->type.str());
  }
  for (const ast::Ident &inc : d.include) {
    auto it = agreement->decls.find(inc.text);
    if (it == agreement->decls.end()) {
      std::vector<std::string> names;
      for (auto &entry : agreement->decls)
        names.push_back(entry.getKey().str());
      auto diag = diags.report(inc.range, DiagID::UndefinedName, diag::ItemKind::Name, inc.text);
      suggest(diag, inc.text, names);
      continue;
    }
    noteUse(resolveAgreementDecl(it->second));
    r->include.push_back(inc.text);
  }
  agreement->agreement->reports.push_back(std::move(r));
}

void Sema::checkTermination(const ast::TerminationDecl &d) {
  ir::Agreement &a = *agreement->agreement;
  ExprContext ctx;
  auto duration = [&](const ast::ExprPtr &e) -> ir::ExprPtr {
    ir::ExprPtr out = checkExpr(*e, ctx);
    if (out && !(out->type.isNumber() && out->type.dim == ir::Dimension::timeDim())) {
      diags.report(e->range, DiagID::ExpectedDuration, diag::DurationRole::NoticePeriod,
                   out->type.str());
      return nullptr;
    }
    return out;
  };
  if (d.notice)
    a.terminationNotice = duration(d.notice);
  for (const ast::TerminationRight &right : d.rights) {
    ir::TerminationRight out;
    out.range = right.range;
    out.party = partyNamed(right.party, true);
    if (right.condition)
      out.condition = checkCondition(*right.condition);
    if (right.notice)
      out.notice = duration(right.notice);
    a.terminationRights.push_back(std::move(out));
  }
}

} // namespace tenor
