//===- SemaSampling.cpp - Sampled data and what each period reads ---------===//
//
// LANGUAGE.md 11.2: `every D` makes a dataset sampled, with D a duration
// that divides 24 hours and a timestamp time key; a gap in such a dataset
// makes every period that reads it incomplete. What a period reads is
// decided here, once, and carried by the IR (`reads` of objectives,
// obligations and remedies), so that the contract and the evaluator flag
// the same periods.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include <map>
#include <set>

namespace tenor {

using ir::Type;

/// The step as written, for messages: `1 min`, `month`, `2 days`.
static std::string stepText(const ast::Span &s, const ir::LiteralExpr *lit) {
  if (lit)
    return lit->spelling.empty() ? lit->value + " s" : lit->spelling;
  if (s.calendarUnit)
    return s.count == "1" ? std::string(core::windowUnitInfo(*s.calendarUnit).singular)
                          : s.count + " " + core::windowUnitInfo(*s.calendarUnit).plural;
  return "this step";
}

void Sema::checkSampling(const ast::DataDecl &d, ir::Dataset &ds) {
  if (!d.every)
    return;
  const ast::Span &s = *d.every;
  std::string seconds;
  ir::ExprPtr dur;
  if (s.duration) {
    ExprContext ctx;
    dur = checkExpr(*s.duration, ctx);
    if (!dur)
      return;
    auto *lit = llvm::dyn_cast<ir::LiteralExpr>(dur.get());
    if (!lit || lit->type.dim != ir::Dimension::timeDim()) {
      diags.report(s.range, DiagID::SamplingStepType, d.name.text, dur->type.str());
      return;
    }
    seconds = lit->value;
  } else if (s.calendarUnit == ir::WindowUnit::Day && s.count == "1") {
    seconds = "86400";
  }
  auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(dur.get());
  if (seconds.empty() || !ir::dividesDay(seconds)) {
    diags.report(s.range, DiagID::SamplingStepDay, stepText(s, lit), d.name.text);
    return;
  }
  if (ds.timeKey && ds.timeKey->type.kind != Type::Kind::Timestamp) {
    diags.report(s.range, DiagID::SampledTimeKey, d.name.text, ds.timeKey->name,
                 ds.timeKey->type.str());
    return;
  }
  ds.stepSeconds = seconds;
  ds.stepSpelling = lit ? lit->spelling : std::string();
}

namespace {

/// The datasets a formula reads, through metrics, functions and obligation
/// figures; each metric and function is walked once.
class ReadsCollector {
public:
  std::set<const ir::Dataset *> found;
  void expr(const ir::Expr *e) {
    if (!e)
      return;
    if (auto *a = llvm::dyn_cast<ir::AggregateExpr>(e))
      found.insert(a->dataset);
    else if (auto *d = llvm::dyn_cast<ir::DatasetRefExpr>(e))
      found.insert(d->dataset);
    else if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(e)) {
      if (seen.insert(m->metric).second)
        expr(m->metric->formula.get());
    } else if (auto *c = llvm::dyn_cast<ir::CallExpr>(e)) {
      if (seen.insert(c->fn).second)
        expr(c->fn->body.get());
    } else if (auto *o = llvm::dyn_cast<ir::ObligationStatExpr>(e)) {
      if (o->obligation->each)
        found.insert(o->obligation->each);
    }
    ir::forEachChild(*e, [&](const ir::Expr &child) { expr(&child); });
  }

private:
  std::set<const void *> seen;
};

/// `found` in the agreement's declaration order.
std::vector<const ir::Dataset *> inOrder(const ir::Agreement &a,
                                         const std::set<const ir::Dataset *> &found) {
  std::vector<const ir::Dataset *> out;
  for (auto &ds : a.datasets)
    if (found.count(ds.get()))
      out.push_back(ds.get());
  return out;
}

} // namespace

void Sema::recordReads(ir::Agreement &a) {
  std::map<const void *, std::set<const ir::Dataset *>> subjects;
  for (auto &o : a.objectives) {
    ReadsCollector c;
    c.expr(o->target.get());
    subjects[o.get()] = c.found;
    o->reads = inOrder(a, c.found);
  }
  for (auto &o : a.obligations) {
    std::set<const ir::Dataset *> found;
    if (o->each)
      found.insert(o->each);
    subjects[o.get()] = found;
    o->reads = inOrder(a, found);
  }
  for (auto &r : a.remedies) {
    ReadsCollector c;
    const void *subject = r->forObjective ? static_cast<const void *>(r->forObjective)
                                          : static_cast<const void *>(r->forObligation);
    if (auto it = subjects.find(subject); it != subjects.end())
      c.found = it->second;
    c.expr(r->base.get());
    c.expr(r->measure.get());
    for (const ir::Tier &t : r->tiers) {
      c.expr(t.threshold.get());
      c.expr(t.amount.value.get());
    }
    for (const std::optional<ir::Amount> *x : {&r->amount, &r->cap, &r->minimum})
      c.expr(ir::valueOf(*x));
    r->reads = inOrder(a, c.found);
  }
}

} // namespace tenor
