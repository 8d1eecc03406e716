//===- IrVerifyRules.cpp - The invariants of obligations and remedies -----===//
//
// README.md, "Obligation" to "Termination": the parts of an agreement that
// refer to others (a remedy for an objective, a condition on an obligation,
// a report to parties) name ones of the same agreement; an amount's kind
// agrees with its value; payer and payee, tier ranges and obligation kinds
// are the ones sema's single decisions give (checked, not decided again).
//
//===----------------------------------------------------------------------===//

#include "ir/IrVerifyImpl.h"
#include "ir/TierRanges.h"

#include "llvm/ADT/STLExtras.h"

#include <set>

namespace tenor::ir {

using K = Type::Kind;

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
  if ((o.kind == Obligation::Kind::CorrectiveAction) != !o.each)
    fail(o.range, "an obligation is a corrective action exactly when it has no `each`");
  if (!o.each) {
    if (!o.onBreachOf && !o.onBreachOfObligation)
      fail(o.range, "a corrective action has a trigger");
    if (o.eachFilter || o.itemId)
      fail(o.range, "a corrective action has no `each` filter and no item id");
  } else {
    if (!in(o.each, agreement->datasets))
      fail(o.range, "an obligation's `each` is a dataset of its agreement");
    if (!o.each->timeKey)
      fail(o.range, "an obligation's `each` has a time key");
    if (o.itemId != firstRequiredText(*o.each))
      fail(o.range, "an obligation's item id is the first non-optional text field of `each`");
    if (o.eachFilter)
      boolExpr(o.eachFilter.get(), row, "an obligation's `where`");
    window(o.window, o.range, "an obligation");
  }
  if (!isDecimal(o.targetFraction) || compareDecimal(o.targetFraction, "0") < 0 ||
      compareDecimal(o.targetFraction, "1") > 0 || o.targetSpelling.empty())
    fail(o.range, "an obligation's target is a fraction in [0, 1], with its spelling");
  obligationForm(o, row);
}

/// The deadline agrees with its clock: a count of business days is a
/// positive whole number literal with a calendar; the other clocks count a
/// duration, with a calendar exactly for calendar time; corrective actions
/// count calendar days and items never do.
void Verifier::obligationClock(const Obligation &o, const Scope &row) {
  using C = Obligation::Clock;
  bool corrective = o.kind == Obligation::Kind::CorrectiveAction;
  if ((o.clock == C::CalendarDays) != (corrective && o.deadline != nullptr))
    fail(o.range, "a deadline counts calendar days exactly when it is a corrective action's");
  if ((o.clock == C::CalendarTime || o.clock == C::BusinessDays) != (o.calendar != nullptr))
    fail(o.range, "a deadline has a calendar exactly when it counts calendar time or business "
                  "days");
  if (!o.deadline)
    return;
  if (o.clock != C::BusinessDays) {
    numberExpr(o.deadline.get(), row, Dimension::timeDim(), "an obligation's deadline");
    return;
  }
  auto *lit = llvm::dyn_cast<LiteralExpr>(o.deadline.get());
  if (!lit || !o.deadline->type.integer || lit->value.empty() || lit->value.front() == '-' ||
      compareDecimal(lit->value, "0") <= 0)
    fail(o.range, "a number of business days is a positive whole number literal");
}

void Verifier::obligationForm(const Obligation &o, const Scope &row) {
  using Form = Obligation::Form;
  if (o.calendar &&
      (o.form != Form::Within || !llvm::is_contained(agreement->calendars, o.calendar)))
    fail(o.range, "only a `within` deadline has a calendar, one of its agreement's calendars");
  obligationClock(o, row);
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

void Verifier::money(const Expr *e, const Scope &s, const char *what) {
  expr(e, s, what);
  if (e && (!e->type.isMoney() || e->type.dim.currency != agreement->currency))
    fail(e->range, std::string(what) + " is money in the agreement's currency (" +
                       agreement->currency + "), not " + e->type.str());
}

void Verifier::amount(const Amount &a, const Scope &s, const char *what) {
  const Expr *e = a.value.get();
  expr(e, s, what);
  if (!e)
    return;
  if ((a.kind == Amount::Kind::Money) != e->type.isMoney())
    fail(e->range, std::string(what) + " is of kind money exactly when its value is money, not " +
                       spelling(a.kind) + " of " + e->type.str());
  else if (a.kind == Amount::Kind::Money && e->type.dim.currency != agreement->currency)
    fail(e->range, std::string(what) + " is money in the agreement's currency (" +
                       agreement->currency + "), not " + e->type.str());
  else if (a.kind == Amount::Kind::ShareOfBase && !e->type.isDimensionless())
    fail(e->range,
         std::string(what) + " that is a share of a base is dimensionless, not " + e->type.str());
}

void Verifier::remedy(const Remedy &r) {
  named(r, "remedy");
  Scope s{nullptr, nullptr, r.range};
  bool forObjective = r.forObjective && in(r.forObjective, agreement->objectives);
  bool forObligation = r.forObligation && in(r.forObligation, agreement->obligations);
  if (forObjective == forObligation || (r.forObjective && r.forObligation))
    fail(r.range, "a remedy is for one objective or obligation of its agreement");
  else
    payerAndPayee(r);
  if (r.base)
    money(r.base.get(), s, "a remedy's base");
  if (r.tiers.empty() == !r.amount)
    fail(r.range, "a remedy has tiers or a flat amount, not both");
  if (r.amount)
    amount(*r.amount, s, "a remedy's amount");
  if (r.cap)
    amount(*r.cap, s, "a remedy's cap");
  if (r.minimum) {
    amount(*r.minimum, s, "a remedy's minimum");
    if (r.minimum->kind != Amount::Kind::Money)
      fail(r.range, "a remedy's minimum is money");
  }
  auto share = [](const Amount &a) { return a.kind == Amount::Kind::ShareOfBase; };
  if (!r.base && ((r.amount && share(*r.amount)) || (r.cap && share(*r.cap)) ||
                  llvm::any_of(r.tiers, [&](const Tier &t) { return share(t.amount); })))
    fail(r.range, "a remedy with an amount that is a share of a base has a base");
  if (r.claimWithin && (r.claimWithin->count == 0 ||
                        (!r.claimWithin->calendarUnit && !isDecimal(r.claimWithin->seconds))))
    fail(r.range, "a claim period is a count of calendar units or a number of seconds");
  if (!r.tiers.empty())
    tiers(r, s);
  else if (r.measure)
    fail(r.range, "a remedy without tiers has no tier measure");
}

// Sema's choice (who is the counterparty of whom) is not made again here:
// the payer is the party of the subject, and where that is the agreement's
// provider the payee is its customer, which sema chose the same way.
void Verifier::payerAndPayee(const Remedy &r) {
  const Party *by = r.forObjective ? r.forObjective->by : r.forObligation->by;
  if (!by)
    return; // the subject's missing party is its own broken invariant
  bool bonus = r.kind == Remedy::Kind::Bonus;
  const Party *obligor = bonus ? r.payee : r.payer;
  const Party *other = bonus ? r.payer : r.payee;
  party(r.payer, false, r.range, "a remedy's payer");
  party(r.payee, false, r.range, "a remedy's payee");
  if (obligor != by || (by == agreement->provider && other != agreement->customer))
    fail(r.range, "a credit or penalty is paid by the party of its subject to its counterparty, "
                  "a bonus the other way");
  if (r.payer && r.payer == r.payee)
    fail(r.range, "a remedy's payer and payee differ");
}

static bool goesDown(TierKind k) { return k == TierKind::Below || k == TierKind::AtMost; }
static bool inclusive(TierKind k) { return k == TierKind::AtLeast || k == TierKind::AtMost; }

void Verifier::tiers(const Remedy &r, const Scope &s) {
  expr(r.measure.get(), s, "a tier table's measure");
  for (const Tier &t : r.tiers) {
    if (!t.range.isValid())
      fail(r.range, "a tier line has a source range");
    Scope line = s;
    line.owner = t.range;
    if (r.measure)
      numberExpr(t.threshold.get(), line, r.measure->type.dim, "a tier's threshold");
    amount(t.amount, line, "a tier's amount");
    if (t.andThreshold && r.measure)
      numberExpr(t.andThreshold.get(), line, r.measure->type.dim, "a range tier's threshold");
    if (t.andThreshold && !r.rangeTable)
      fail(t.range, "a table with a range line is a range table");
    if (!r.rangeTable && goesDown(t.kind) != goesDown(r.tiers[0].kind))
      fail(t.range, "the lines of a tier table go one way (all below/at most, or all above/at "
                    "least)");
  }
  std::vector<unsigned> order = r.ascending;
  llvm::sort(order);
  for (unsigned i = 0; i < order.size(); ++i)
    if (order.size() != r.tiers.size() || order[i] != i)
      return fail(r.range, "a tier table's ascending order names each of its lines once");
  if (r.rangeTable)
    rangeTableRanges(r);
  else
    tierRanges(r);
}

// A range table's lines pay for what their own conditions hold, and lines
// with literal bounds are pairwise disjoint (LANGUAGE.md 11.6).
void Verifier::rangeTableRanges(const Remedy &r) {
  for (size_t i = 0; i < r.tiers.size(); ++i) {
    const Tier &t = r.tiers[i];
    auto bounds = [&](TierKind k, const Expr *e) {
      const std::optional<Bound> &b = goesDown(k) ? t.values.upper : t.values.lower;
      return b && b->value == e && b->inclusive == inclusive(k);
    };
    if (!bounds(t.kind, t.threshold.get()) ||
        (t.andThreshold ? !bounds(t.andKind, t.andThreshold.get())
                        : (goesDown(t.kind) ? t.values.lower : t.values.upper).has_value()))
      fail(t.range, "a range tier's bounds are its own conditions");
    for (size_t j = 0; j < i; ++j)
      if (comparable(t.values) && comparable(r.tiers[j].values) &&
          overlap(t.values, r.tiers[j].values))
        fail(t.range, "the lines of a range table do not overlap");
  }
}

/// Whether the range between two literal bounds holds a value.
static bool nonEmpty(const Bound &lower, const Bound &upper) {
  auto *lo = llvm::dyn_cast_or_null<LiteralExpr>(lower.value);
  auto *hi = llvm::dyn_cast_or_null<LiteralExpr>(upper.value);
  if (!lo || !hi)
    return true; // a parameter's value is known when the evaluator runs
  int c = compareDecimal(lo->value, hi->value);
  return c < 0 || (c == 0 && lower.inclusive && upper.inclusive);
}

// The bounds are the ones "the last line that holds" gives (Sema::tierRanges):
// a line's own threshold on one side, the next line's, negated, on the other.
// Adjacent ranges then share a threshold with opposite inclusivity, so with
// literal thresholds non-empty ranges are also ordered and pairwise disjoint.
void Verifier::tierRanges(const Remedy &r) {
  for (size_t i = 0; i < r.tiers.size(); ++i) {
    const Tier &t = r.tiers[i];
    bool down = goesDown(t.kind);
    const std::optional<Bound> &own = down ? t.values.upper : t.values.lower;
    const std::optional<Bound> &other = down ? t.values.lower : t.values.upper;
    if (!own || own->value != t.threshold.get() || own->inclusive != inclusive(t.kind))
      fail(t.range, "a tier's range is bounded by its own threshold on the side it names, "
                    "inclusive for `at least` and `at most`");
    const Tier *next = i + 1 < r.tiers.size() ? &r.tiers[i + 1] : nullptr;
    if (next ? !other || other->value != next->threshold.get() ||
                   other->inclusive == inclusive(next->kind)
             : other.has_value())
      fail(t.range, "a tier's range is bounded on its other side by the next line's threshold, "
                    "of opposite inclusivity, and open on the last line");
    else if (t.values.lower && t.values.upper && !nonEmpty(*t.values.lower, *t.values.upper))
      fail(t.range, "a tier's range between literal thresholds holds a value");
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
    money(h->base.get(), s, "a holdback's base");
    if (!h->amount)
      fail(h->range, "a holdback's amount is set");
    else
      amount(*h->amount, s, "a holdback's amount");
    if (h->payee != a.provider || h->payer != a.customer)
      fail(h->range, "a holdback is paid by the agreement's customer to its provider");
    condition(h->releasedIf, h->range);
  }
  for (const TotalCap &c : a.totalCaps) {
    Scope s{nullptr, nullptr, c.range};
    if (!c.range.isValid())
      fail(c.range, "a total cap has a source range");
    std::set<Remedy::Kind> kinds(c.kinds.begin(), c.kinds.end());
    if (c.kinds.empty() || kinds.size() != c.kinds.size())
      fail(c.range, "a total cap limits one or more kinds of remedy, each once");
    if (!c.amount)
      fail(c.range, "a total cap's amount is set");
    else
      amount(*c.amount, s, "a total cap's amount");
    if (c.of)
      money(c.of.get(), s, "a total cap's `of`");
    if (c.amount && c.amount->kind == Amount::Kind::ShareOfBase && !c.of)
      fail(c.range, "a total cap that is a share of a base has its `of`");
    std::vector<const Remedy *> latestFirst;
    for (auto it = a.remedies.rbegin(); it != a.remedies.rend(); ++it)
      if (llvm::is_contained(c.kinds, (*it)->kind))
        latestFirst.push_back(it->get());
    if (c.reduceFirst != latestFirst)
      fail(c.range, "a total cap reduces the remedies of its kinds, the one declared last first");
  }
  for (auto &x : a.exclusions) {
    named(*x, "exclusion");
    if (x->textOnly() && x->description.empty())
      fail(x->range, "an exclusion removes rows or time, or describes what it excludes");
    for (const Exclusion::From &f : x->from) {
      if (!in(f.dataset, a.datasets))
        fail(x->range, "an exclusion's dataset is one of its agreement");
      boolExpr(f.filter.get(), {f.dataset, nullptr, x->range}, "an exclusion's `where`");
      if (f.dataset && !llvm::is_contained(f.dataset->exclusions, f.filter.get()))
        fail(x->range, "an exclusion's condition is among its dataset's exclusions");
    }
    for (auto &set : x->during)
      intervalSet(*set, a, x->range);
  }
  excludedTime(a);
}

/// `ds.f where c`: f an interval field of ds, c a condition on its rows.
void Verifier::intervalSet(const IntervalSet &s, const Agreement &a, llvm::SMRange range) {
  if (!in(s.dataset, a.datasets))
    fail(range, "a `during` set's dataset is one of its agreement");
  else if (!s.field || s.field->index >= s.dataset->fields.size() ||
           s.dataset->fields[s.field->index].get() != s.field ||
           s.field->type.required().kind != Type::Kind::Interval)
    fail(range, "a `during` set is an interval field of its dataset");
  if (s.filter)
    boolExpr(s.filter.get(), {s.dataset, nullptr, range}, "a `during` set's `where`");
}

/// A dataset loses the time of `during` sets only if it has a time key and
/// is not a set's source (the sets are built before the rows they cut).
void Verifier::excludedTime(const Agreement &a) {
  std::vector<const IntervalSet *> sets;
  for (auto &x : a.exclusions)
    for (auto &set : x->during)
      sets.push_back(set.get());
  for (auto &d : a.datasets)
    for (const IntervalSet *s : d->excludedTime) {
      if (!llvm::is_contained(sets, s))
        fail(d->range, "a dataset's excluded time is a `during` set of its agreement");
      else if (!d->timeKey || llvm::any_of(sets, [&](auto *t) { return t->dataset == d.get(); }))
        fail(d->range, "a dataset that loses excluded time has a time key and builds no set");
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
