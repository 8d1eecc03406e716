//===- BuildPlan.cpp - Deciding what the evaluator computes ---------------===//
//
// Walks every formula of the agreement once to learn which columns each
// dataset must parse, which aggregates it must accumulate, which metrics
// are computed and which obligations take their items from it. Columns no
// formula uses are never parsed: that is most of the evaluator's speed on
// wide data. Then turns remedies, total caps, termination rights and
// holdbacks into the values of the runtime's specs.
//
//===----------------------------------------------------------------------===//

#include "codegen/Plan.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>
#include <set>
#include <utility>

namespace tenor {

const DatasetPlan &Plan::datasetOf(const ir::Dataset *ds) const {
  for (const DatasetPlan &p : datasets)
    if (p.dataset == ds)
      return p;
  llvm_unreachable("dataset outside the agreement");
}

bool Plan::uses(const ir::Metric *m) const {
  return std::find(metricsUsed.begin(), metricsUsed.end(), m) != metricsUsed.end();
}

const WindowPlan &Plan::windowOf(const ir::Window &w) const {
  for (const WindowPlan &p : windows)
    if (p.source == &w)
      return p;
  llvm_unreachable("window outside the plan");
}

/// How a tier's threshold reads in the report: as written for a literal,
/// else the name it refers to.
std::string spellingOf(const ir::Expr &e) {
  if (auto *lit = llvm::dyn_cast<ir::LiteralExpr>(&e))
    return lit->spelling.empty() ? lit->value : lit->spelling;
  if (auto *p = llvm::dyn_cast<ir::ParamRefExpr>(&e))
    return p->param->name;
  if (auto *c = llvm::dyn_cast<ir::ConstRefExpr>(&e))
    return c->constant->name;
  if (auto *u = llvm::dyn_cast<ir::UnaryExpr>(&e); u && u->op == ir::UnaryOp::Neg) {
    // Appended, not `"-" + …`: GCC 12 warns wrongly (-Wrestrict) on the
    // inlined prepend.
    std::string negated = "-";
    return negated += spellingOf(*u->operand);
  }
  return "…";
}

namespace {

class PlanBuilder {
public:
  explicit PlanBuilder(const ir::Agreement &agreement) : agreement(agreement) {}
  Plan build();

private:
  void planReads();
  void planExcludedTime();
  void planExpr(const ir::Expr *e, DatasetPlan *row);
  DatasetPlan &planOf(const ir::Dataset *ds);
  void markRead(DatasetPlan &p, const ir::Field *f);
  /// Plans `e` read in rows of `row` because of `why`.
  void planRows(const ir::Expr *e, DatasetPlan &row, ReadFor why);
  void addWindow(const ir::Window &w, const std::string &owner);
  void planRemedy(const ir::Remedy &r);
  void planConditions();

  const ir::Agreement &agreement;
  Plan plan;
  std::set<const ir::Metric *> metricsUsed;
  ReadFor reading = ReadFor::TimeKey;       ///< why the fields met now are read
  std::vector<const ir::Metric *> firstUse; ///< metricsUsed, in the order met
};

DatasetPlan &PlanBuilder::planOf(const ir::Dataset *ds) {
  for (DatasetPlan &p : plan.datasets)
    if (p.dataset == ds)
      return p;
  llvm_unreachable("dataset outside the agreement");
}

void PlanBuilder::markRead(DatasetPlan &p, const ir::Field *f) {
  if (f->derived || std::find(p.read.begin(), p.read.end(), f) != p.read.end())
    return;
  p.read.push_back(f);
  p.readFor.push_back(reading);
}

void PlanBuilder::planRows(const ir::Expr *e, DatasetPlan &row, ReadFor why) {
  ReadFor outer = std::exchange(reading, why);
  planExpr(e, &row);
  reading = outer;
}

void PlanBuilder::planExpr(const ir::Expr *e, DatasetPlan *row) {
  if (!e)
    return;
  if (auto *f = llvm::dyn_cast<ir::FieldRefExpr>(e)) {
    if (row)
      markRead(*row, f->field);
    return;
  }
  if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(e)) {
    if (metricsUsed.insert(m->metric).second) {
      firstUse.push_back(m->metric);
      planExpr(m->metric->formula.get(), nullptr);
    }
    return;
  }
  if (auto *a = llvm::dyn_cast<ir::AggregateExpr>(e)) {
    DatasetPlan &p = planOf(a->dataset);
    if (!plan.aggregateSlots.count(a)) {
      plan.aggregateSlots[a] = {&p, static_cast<unsigned>(p.aggregates.size())};
      p.aggregates.push_back(a);
    }
    planRows(a->value.get(), p, ReadFor::Aggregate);
    planRows(a->filter.get(), p, ReadFor::Aggregate);
    planRows(a->condition.get(), p, ReadFor::Aggregate);
    return;
  }
  if (auto *c = llvm::dyn_cast<ir::CallExpr>(e))
    planExpr(c->fn->body.get(), row);
  ir::forEachChild(*e, [&](const ir::Expr &child) { planExpr(&child, row); });
}

void PlanBuilder::addWindow(const ir::Window &w, const std::string &owner) {
  plan.windows.push_back({&w, owner, w.unit, w.count, w.rolling, w.rollingSeconds});
}

void PlanBuilder::planReads() {
  for (auto &ds : agreement.datasets) {
    DatasetPlan p;
    p.dataset = ds.get();
    p.id = ds->name;
    p.keyIsInterval = ds->timeKey && ds->timeKey->type.kind == ir::Type::Kind::Interval;
    p.stepMicros = ds->sampled() ? ir::stepMicros(ds->stepSeconds) : 0;
    plan.datasets.push_back(std::move(p));
  }
  for (DatasetPlan &p : plan.datasets) {
    reading = ReadFor::TimeKey;
    if (p.dataset->timeKey)
      markRead(p, p.dataset->timeKey);
    for (auto &f : p.dataset->fields)
      planRows(f->derived.get(), p, ReadFor::DerivedField);
    for (const ir::Expr *x : p.dataset->exclusions)
      planRows(x, p, ReadFor::Exclusion);
  }
  planExcludedTime();
  for (auto &o : agreement.objectives) {
    planExpr(o->target.get(), nullptr);
    addWindow(o->window, o->name);
  }
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    DatasetPlan &p = planOf(o->each);
    p.obligations.push_back(o.get());
    for (const ir::Expr *e :
         {o->eachFilter.get(), o->condition.get(), o->anchor.get(), o->deadline.get()})
      planRows(e, p, ReadFor::Obligation);
    reading = ReadFor::ItemId;
    if (o->itemId)
      markRead(p, o->itemId);
    addWindow(o->window, o->name);
  }
  for (auto &r : agreement.remedies) {
    planExpr(r->base.get(), nullptr);
    planExpr(r->measure.get(), nullptr);
    for (const ir::Tier &t : r->tiers) {
      planExpr(t.threshold.get(), nullptr);
      planExpr(t.andThreshold.get(), nullptr);
      planExpr(t.amount.value.get(), nullptr);
    }
    planExpr(ir::valueOf(r->amount), nullptr);
    planExpr(ir::valueOf(r->cap), nullptr);
    planExpr(ir::valueOf(r->minimum), nullptr);
  }
}

/// The `during` sets: which dataset builds each, with which columns, and
/// which datasets each cuts.
void PlanBuilder::planExcludedTime() {
  for (auto &x : agreement.exclusions)
    for (auto &set : x->during) {
      unsigned index = static_cast<unsigned>(plan.excludedTime.size());
      plan.excludedTime.push_back(set.get());
      DatasetPlan &p = planOf(set->dataset);
      p.builds.push_back(index);
      reading = ReadFor::Exclusion;
      markRead(p, set->field);
      planRows(set->filter.get(), p, ReadFor::Exclusion);
    }
  for (DatasetPlan &p : plan.datasets)
    for (const ir::IntervalSet *set : p.dataset->excludedTime)
      p.cutBy.push_back(
          static_cast<unsigned>(std::find(plan.excludedTime.begin(), plan.excludedTime.end(), set) -
                                plan.excludedTime.begin()));
}

/// Whether an amount is a share of the base, as the runtime's flags say it.
static bool isShare(const ir::Amount &a) { return a.kind == ir::Amount::Kind::ShareOfBase; }
static bool isShare(const std::optional<ir::Amount> &a) { return a && isShare(*a); }

void PlanBuilder::planRemedy(const ir::Remedy &r) {
  RemedyPlan s;
  s.remedy = &r;
  s.name = r.name;
  s.title = r.displayName();
  s.kind = r.kind;
  s.currency = agreement.currency;
  s.subject = r.forObjective ? r.forObjective->name : r.forObligation ? r.forObligation->name : "";
  for (const ir::Tier &t : r.tiers) {
    if (!t.threshold || !t.amount.value)
      continue;
    std::string label = std::string(ir::spelling(t.kind)) + " " + spellingOf(*t.threshold);
    if (t.andThreshold)
      label += " and " + std::string(ir::spelling(t.andKind)) + " " + spellingOf(*t.andThreshold);
    s.tiers.push_back({t.values.lower, t.values.upper, t.threshold.get(), t.andThreshold.get(),
                       t.amount.value.get(), isShare(t.amount), std::move(label)});
  }
  s.flatAmount = ir::valueOf(r.amount);
  s.flatIsPercent = isShare(r.amount);
  s.cap = ir::valueOf(r.cap);
  s.capIsPercent = isShare(r.cap);
  s.minimum = ir::valueOf(r.minimum);
  s.measure = r.measure.get();
  s.base = r.base.get();
  plan.remedies.push_back(std::move(s));
}

ConditionPlan conditionPlan(const ir::Condition &c) {
  std::string name = c.objective ? c.objective->name : c.obligation ? c.obligation->name : "";
  return {c.subject, name, c.breached, c.form, c.count, c.outOf, c.spelling};
}

void PlanBuilder::planConditions() {
  for (const ir::TotalCap &cap : agreement.totalCaps) {
    if (!cap.amount)
      continue;
    std::vector<std::string> reduceFirst;
    for (const ir::Remedy *r : cap.reduceFirst)
      reduceFirst.push_back(r->name);
    plan.totalCaps.push_back({cap.kinds, cap.amount->value.get(), isShare(cap.amount), cap.of.get(),
                              cap.per, std::move(reduceFirst)});
  }
  for (const ir::TerminationRight &t : agreement.terminationRights) {
    if (!t.condition)
      continue;
    std::string party = t.party ? t.party->name : "either";
    plan.terminations.push_back({party, conditionPlan(*t.condition)});
  }
  for (auto &h : agreement.holdbacks) {
    plan.holdbacks.push_back({h->name, h->displayName(), h->base.get(), ir::valueOf(h->amount),
                              isShare(h->amount), conditionPlan(h->releasedIf)});
  }
}

Plan PlanBuilder::build() {
  plan.agreement = agreement.name;
  planReads();
  // Declaration order, so that the dump and the code do not depend on the
  // order formulas are walked in.
  for (auto &m : agreement.metrics)
    if (metricsUsed.erase(m.get()))
      plan.metricsUsed.push_back(m.get());
  for (const ir::Metric *m : firstUse)
    if (metricsUsed.count(m))
      plan.metricsUsed.push_back(m);
  for (auto &r : agreement.remedies)
    planRemedy(*r);
  planConditions();
  return std::move(plan);
}

} // namespace

Plan buildPlan(const ir::Agreement &agreement) { return PlanBuilder(agreement).build(); }

} // namespace tenor
