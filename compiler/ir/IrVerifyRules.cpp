//===- IrVerifyRules.cpp - The invariants of obligations and remedies -----===//
//
// README.md, "Obligation" to "Termination": the parts of an agreement that
// refer to others (a remedy for an objective, a condition on an obligation,
// a report to parties) name ones of the same agreement; amounts are money
// in the agreement's currency or a share of a base; tier tables are nested
// the way "the last line that holds" needs.
//
//===----------------------------------------------------------------------===//

#include "ir/IrVerifyImpl.h"

#include "llvm/ADT/STLExtras.h"

namespace tenor::ir {

using K = Type::Kind;

static bool isMoney(const Type &t) {
  return t.isNumber() && t.dim.money == 1 && !t.dim.time && !t.dim.data;
}

/// The field sema names items by (Ir.h, Obligation::itemId).
static const Field *firstRequiredText(const Dataset &d) {
  for (auto &f : d.fields)
    if (f->type.kind == K::Text && !f->type.optional)
      return f.get();
  return nullptr;
}

void Verifier::obligation(const Obligation &o) {
  named(o, "obligation");
  party(o.by, true, o.range, "an obligation");
  if (o.onBreachOf && o.onBreachOfObligation)
    fail(o.range, "an obligation is triggered by at most one objective or obligation");
  if (o.onBreachOf && !in(o.onBreachOf, agreement->objectives))
    fail(o.range, "an obligation's trigger is an objective of its agreement");
  if (o.onBreachOfObligation && !in(o.onBreachOfObligation, agreement->obligations))
    fail(o.range, "an obligation's trigger is an obligation of its agreement");
  Scope row{o.each, nullptr, o.range};
  if (!o.each) {
    if (!o.onBreachOf && !o.onBreachOfObligation)
      fail(o.range, "a corrective action (no `each`) has a trigger");
    if (o.eachFilter || o.itemId)
      fail(o.range, "a corrective action has no `each` filter and no item id");
  } else {
    if (!in(o.each, agreement->datasets))
      fail(o.range, "an obligation's `each` is a dataset of its agreement");
    if (o.itemId != firstRequiredText(*o.each))
      fail(o.range, "an obligation's item id is the first non-optional text field of `each`");
    if (o.eachFilter)
      boolExpr(o.eachFilter.get(), row, "an obligation's `where`");
    window(o.window, o.range, "an obligation");
  }
  if (!isDecimal(o.targetFraction) || compareDecimals(o.targetFraction, "0") < 0 ||
      compareDecimals(o.targetFraction, "1") > 0 || o.targetSpelling.empty())
    fail(o.range, "an obligation's target is a fraction in [0, 1], with its spelling");
  obligationForm(o, row);
}

void Verifier::obligationForm(const Obligation &o, const Scope &row) {
  using Form = Obligation::Form;
  if (o.calendar && (o.form != Form::Within || !isOwned(o.calendar)))
    fail(o.range, "only a `within` deadline has a calendar, one of the program");
  if (o.deadline)
    numberExpr(o.deadline.get(), row, Dimension::timeDim(), "an obligation's deadline");
  switch (o.form) {
  case Form::Condition:
    boolExpr(o.condition.get(), row, "an obligation's `must` condition");
    if (o.anchor || o.deadline)
      fail(o.range, "a `must` condition has no start and no deadline");
    return;
  case Form::Within:
    expr(o.condition.get(), row, "a `within` obligation's completion time");
    expr(o.anchor.get(), row, "a `within` obligation's start time");
    expr(o.deadline.get(), row, "a `within` obligation's deadline");
    if ((o.condition && o.condition->type.kind != K::Timestamp) ||
        (o.anchor && o.anchor->type.kind != K::Timestamp))
      fail(o.range, "a `within` obligation's completion and start are timestamps");
    return;
  case Form::Deliver:
    if (o.deliverable.empty() || o.condition || o.anchor)
      fail(o.range, "a `deliver` obligation names its deliverable, and nothing to compare");
    return;
  }
}

void Verifier::amount(const ExprPtr &e, const Scope &s, const char *what, bool percentAllowed) {
  expr(e.get(), s, what);
  if (!e)
    return;
  bool money = isMoney(e->type) && e->type.dim.currency == agreement->currency;
  if (!money && !(percentAllowed && e->type.isDimensionless()))
    fail(e->range, std::string(what) + " is money in the agreement's currency (" +
                       agreement->currency + ")" + (percentAllowed ? " or a share" : "") +
                       ", not " + e->type.str());
}

void Verifier::remedy(const Remedy &r) {
  named(r, "remedy");
  Scope s{nullptr, nullptr, r.range};
  bool forObjective = r.forObjective && in(r.forObjective, agreement->objectives);
  bool forObligation = r.forObligation && in(r.forObligation, agreement->obligations);
  if (forObjective == forObligation || (r.forObjective && r.forObligation))
    fail(r.range, "a remedy is for one objective or obligation of its agreement");
  if (r.base)
    amount(r.base, s, "a remedy's base", false);
  if (r.tiers.empty() == !r.amount)
    fail(r.range, "a remedy has tiers or a flat amount, not both");
  if (r.amount)
    amount(r.amount, s, "a remedy's amount", true);
  if (r.cap)
    amount(r.cap, s, "a remedy's cap", true);
  if (r.minimum)
    amount(r.minimum, s, "a remedy's minimum", false);
  auto percent = [](const ExprPtr &e) { return e && e->type.isDimensionless(); };
  bool share = percent(r.amount) || percent(r.cap) ||
               llvm::any_of(r.tiers, [&](const Tier &t) { return percent(t.amount); });
  if (share && !r.base)
    fail(r.range, "a remedy whose amounts are shares has a base");
  if (r.claimWithin && (r.claimWithin->count == 0 ||
                        (!r.claimWithin->calendarUnit && !isDecimal(r.claimWithin->seconds))))
    fail(r.range, "a claim period is a count of calendar units or a number of seconds");
  if (!r.tiers.empty())
    tiers(r, s);
  else if (r.measure)
    fail(r.range, "a remedy without tiers has no tier measure");
}

static bool goesDown(TierKind k) { return k == TierKind::Below || k == TierKind::AtMost; }
static bool inclusive(TierKind k) { return k == TierKind::AtLeast || k == TierKind::AtMost; }

void Verifier::tiers(const Remedy &r, const Scope &s) {
  expr(r.measure.get(), s, "a tier table's measure");
  const Tier *prev = nullptr;
  for (const Tier &t : r.tiers) {
    if (!t.range.isValid())
      fail(r.range, "a tier line has a source range");
    Scope line = s;
    line.owner = t.range;
    if (r.measure)
      numberExpr(t.threshold.get(), line, r.measure->type.dim, "a tier's threshold");
    amount(t.amount, line, "a tier's amount", true);
    if (prev && goesDown(t.kind) != goesDown(r.tiers[0].kind))
      fail(t.range, "the lines of a tier table go one way (all below/at most, or all above/at "
                    "least)");
    auto *a = prev ? llvm::dyn_cast_or_null<LiteralExpr>(prev->threshold.get()) : nullptr;
    auto *b = llvm::dyn_cast_or_null<LiteralExpr>(t.threshold.get());
    if (a && b) {
      // The last line that holds wins, so each line's condition implies the
      // previous one's, and no two lines are the same.
      int c = compareDecimals(b->value, a->value) * (goesDown(t.kind) ? 1 : -1);
      bool implies = c < 0 || (c == 0 && (!inclusive(t.kind) || inclusive(prev->kind)));
      if (!implies || (c == 0 && inclusive(t.kind) == inclusive(prev->kind)))
        fail(t.range, "each line of a tier table is nested in the line before it");
    }
    prev = &t;
  }
}

void Verifier::condition(const Condition &c, llvm::SMRange owner) {
  using Form = Condition::Form;
  if (c.subject == ConditionSubject::Named) {
    bool objective = c.objective && in(c.objective, agreement->objectives);
    bool obligation = c.obligation && in(c.obligation, agreement->obligations);
    if (objective == obligation || (c.objective && c.obligation))
      fail(owner, "a condition on a name names one objective or obligation of its agreement");
  } else if (c.objective || c.obligation) {
    fail(owner, "a condition on all or any objective names none");
  }
  if (c.form != Form::OverTerm && c.count == 0)
    fail(owner, "a condition counts at least one period");
  if (c.form == Form::OfLast && c.count > c.outOf)
    fail(owner, "a condition's `n of last m` has n <= m");
  if (c.spelling.empty())
    fail(owner, "a condition keeps its spelling for reports");
}

void Verifier::holdbacksAndCaps(const Agreement &a) {
  for (auto &h : a.holdbacks) {
    named(*h, "holdback");
    Scope s{nullptr, nullptr, h->range};
    amount(h->base, s, "a holdback's base", false);
    amount(h->amount, s, "a holdback's amount", true);
    condition(h->releasedIf, h->range);
  }
  for (const TotalCap &c : a.totalCaps) {
    Scope s{nullptr, nullptr, c.range};
    if (!c.range.isValid())
      fail(c.range, "a total cap has a source range");
    amount(c.amount, s, "a total cap's amount", true);
    if (c.of)
      amount(c.of, s, "a total cap's `of`", false);
    if (c.amount && c.amount->type.isDimensionless() && !c.of)
      fail(c.range, "a total cap that is a share has its `of`");
  }
  for (auto &x : a.exclusions) {
    named(*x, "exclusion");
    if (x->from.empty() && x->description.empty())
      fail(x->range, "an exclusion removes rows or describes what it excludes");
    for (const Exclusion::From &f : x->from) {
      if (!in(f.dataset, a.datasets))
        fail(x->range, "an exclusion's dataset is one of its agreement");
      boolExpr(f.filter.get(), {f.dataset, nullptr, x->range}, "an exclusion's `where`");
      if (f.dataset && !llvm::is_contained(f.dataset->exclusions, f.filter.get()))
        fail(x->range, "an exclusion's condition is among its dataset's exclusions");
    }
  }
}

void Verifier::reportsAndTermination(const Agreement &a) {
  Scope none{nullptr, nullptr, a.range};
  for (auto &r : a.reports) {
    named(*r, "report");
    party(r->by, true, r->range, "a report");
    for (const Party *to : r->to)
      party(to, true, r->range, "a report's recipient");
    window(r->window, r->range, "a report");
    Scope s{nullptr, nullptr, r->range};
    if (r->due)
      numberExpr(r->due.get(), s, Dimension::timeDim(), "a report's deadline");
    if (r->dueAfter && r->dueAfter->type.kind != K::Timestamp)
      fail(r->range, "a report is due after a timestamp");
  }
  if (a.terminationNotice)
    numberExpr(a.terminationNotice.get(), none, Dimension::timeDim(), "the termination notice");
  for (const TerminationRight &t : a.terminationRights) {
    if (!t.range.isValid())
      fail(a.range, "a termination right has a source range");
    party(t.party, false, t.range, "a termination right");
    if (t.condition)
      condition(*t.condition, t.range);
    if (t.notice)
      numberExpr(t.notice.get(), {nullptr, nullptr, t.range}, Dimension::timeDim(),
                 "a termination right's notice");
  }
}

} // namespace tenor::ir
