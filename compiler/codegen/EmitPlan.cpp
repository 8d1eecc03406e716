//===- EmitPlan.cpp - Deciding what the evaluator computes ----------------===//
//
// Walks every formula of the agreement once to learn which columns each
// dataset must parse, which aggregates it must accumulate, and which
// obligations take their items from it. Columns no formula uses are never
// parsed: that is most of the evaluator's speed on wide data.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>

namespace tenor {

DatasetPlan &Emitter::planOf(const ir::Dataset *ds) {
  for (DatasetPlan &p : datasets)
    if (p.dataset == ds)
      return p;
  llvm_unreachable("dataset outside the agreement");
}

void Emitter::markRead(DatasetPlan &p, const ir::Field *f) {
  if (f->derived || std::find(p.read.begin(), p.read.end(), f) != p.read.end())
    return;
  p.read.push_back(f);
}

void Emitter::planExpr(const ir::Expr *e, DatasetPlan *row) {
  if (!e)
    return;
  if (auto *f = llvm::dyn_cast<ir::FieldRefExpr>(e)) {
    if (row)
      markRead(*row, f->field);
    return;
  }
  if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(e)) {
    if (metricsUsed.insert(m->metric).second)
      planExpr(m->metric->formula.get(), nullptr);
    return;
  }
  if (auto *a = llvm::dyn_cast<ir::AggregateExpr>(e)) {
    DatasetPlan &p = planOf(a->dataset);
    if (!aggregateSlot.count(a)) {
      aggregateSlot[a] = {&p, static_cast<unsigned>(p.aggregates.size())};
      p.aggregates.push_back(a);
    }
    planExpr(a->value.get(), &p);
    planExpr(a->filter.get(), &p);
    planExpr(a->condition.get(), &p);
    return;
  }
  if (auto *c = llvm::dyn_cast<ir::CallExpr>(e))
    planExpr(c->fn->body.get(), row);
  ir::forEachChild(*e, [&](const ir::Expr &child) { planExpr(&child, row); });
}

void Emitter::plan() {
  for (auto &ds : agreement.datasets) {
    DatasetPlan p;
    p.dataset = ds.get();
    p.id = ds->name;
    p.keyIsInterval = ds->timeKey && ds->timeKey->type.kind == ir::Type::Kind::Interval;
    datasets.push_back(std::move(p));
  }
  for (DatasetPlan &p : datasets) {
    if (p.dataset->timeKey)
      markRead(p, p.dataset->timeKey);
    for (auto &f : p.dataset->fields)
      planExpr(f->derived.get(), &p);
    for (const ir::Expr *x : p.dataset->exclusions)
      planExpr(x, &p);
  }
  for (auto &o : agreement.objectives) {
    planExpr(o->target.get(), nullptr);
    windows.push_back(&o->window);
  }
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    DatasetPlan &p = planOf(o->each);
    p.obligations.push_back(o.get());
    for (const ir::Expr *e :
         {o->eachFilter.get(), o->condition.get(), o->anchor.get(), o->deadline.get()})
      planExpr(e, &p);
    if (o->itemId)
      markRead(p, o->itemId);
    windows.push_back(&o->window);
  }
  for (auto &r : agreement.remedies) {
    planExpr(r->base.get(), nullptr);
    planExpr(r->measure.get(), nullptr);
    for (const ir::Tier &t : r->tiers) {
      planExpr(t.threshold.get(), nullptr);
      planExpr(t.amount.value.get(), nullptr);
    }
    planExpr(ir::valueOf(r->amount), nullptr);
    planExpr(ir::valueOf(r->cap), nullptr);
    planExpr(ir::valueOf(r->minimum), nullptr);
  }
}

} // namespace tenor
