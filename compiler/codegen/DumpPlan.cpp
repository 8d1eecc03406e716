//===- DumpPlan.cpp - `tenorc emit plan`: the plan as text ----------------===//
//
// One fact a line, in the plan's own order (declaration order throughout),
// so that the output is the same on every run and a test can FileCheck it.
// Formulas are not printed (`tenorc check --dump-ir` shows them); the plan
// says where each one goes and what it reads.
//
//===----------------------------------------------------------------------===//

#include "codegen/Plan.h"
#include "ir/IrDump.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

namespace tenor {

namespace {

using detail::dumpQuoted;

const char *readForName(ReadFor r) {
  switch (r) {
  case ReadFor::TimeKey:
    return "time key";
  case ReadFor::DerivedField:
    return "derived field";
  case ReadFor::Exclusion:
    return "exclusion";
  case ReadFor::Aggregate:
    return "aggregate";
  case ReadFor::Obligation:
    return "obligation";
  case ReadFor::ItemId:
    return "item id";
  }
  llvm_unreachable("unknown reason to read a column");
}

const char *percentOrMoney(bool percent) { return percent ? "percent" : "money"; }

void dumpDataset(const DatasetPlan &p, llvm::raw_ostream &os) {
  os << "dataset " << p.id << (p.keyIsInterval ? " kept (interval key)" : " bucketed by day")
     << "\n";
  if (p.stepMicros)
    os << "  sampled every " << p.stepMicros << " us: off-grid and repeated keys are bad rows\n";
  for (size_t i = 0; i < p.read.size(); ++i)
    os << "  column " << p.read[i]->name << " (" << readForName(p.readFor[i]) << ")\n";
  for (size_t i = 0; i < p.aggregates.size(); ++i) {
    const ir::AggregateExpr &a = *p.aggregates[i];
    os << "  aggregate a" << i << " = " << ir::spelling(a.fn);
    if (auto *f = llvm::dyn_cast_or_null<ir::FieldRefExpr>(a.value.get()))
      os << " of " << f->field->name;
    if (a.filter)
      os << " where";
    os << "\n";
  }
  for (const ir::Obligation *o : p.obligations)
    os << "  items of obligation " << o->name << "\n";
  for (unsigned i : p.builds)
    os << "  builds excluded" << i << "\n";
  for (unsigned i : p.cutBy)
    os << "  loses the time of excluded" << i << "\n";
}

void dumpWindow(const WindowPlan &w, llvm::raw_ostream &os) {
  os << "window of " << w.owner << ": ";
  if (w.rolling)
    os << "rolling " << w.rollingSeconds << " seconds\n";
  else
    os << w.count << " " << ir::spelling(w.unit) << "\n";
}

std::string conditionText(const ConditionPlan &c) {
  std::string text = std::string(core::conditionSubjectInfo(c.subject).spelling);
  if (!c.name.empty())
    text += " " + c.name;
  text += c.breached ? " breached " : " met ";
  text += core::conditionFormInfo(c.form).spelling;
  text += " count " + std::to_string(c.count) + " out-of " + std::to_string(c.outOf);
  return text + " text " + dumpQuoted(c.text);
}

/// "[99%, 99.9%)": the measure values a tier line pays for.
std::string rangeText(const TierPlan &t) {
  std::string text = t.lower ? (t.lower->inclusive ? "[" : "(") + spellingOf(*t.lower->value)
                             : std::string("(-inf");
  text += ", ";
  text += t.upper ? spellingOf(*t.upper->value) + (t.upper->inclusive ? "]" : ")")
                  : std::string("inf)");
  return text;
}

/// "credit, penalty": the kinds a total cap covers.
std::string remedyKinds(const std::vector<ir::Remedy::Kind> &kinds) {
  std::string text;
  for (ir::Remedy::Kind k : kinds)
    text += (text.empty() ? "" : ", ") + std::string(core::remedyKindInfo(k).singular);
  return text;
}

void dumpRemedy(const RemedyPlan &r, llvm::raw_ostream &os) {
  os << "remedy " << r.name << " " << core::remedyKindInfo(r.kind).singular << " title "
     << dumpQuoted(r.title) << " currency " << dumpQuoted(r.currency);
  os << (r.subject.empty() ? std::string(" (never owed)") : " for " + r.subject) << "\n";
  if (r.measure)
    os << "  measure\n";
  if (r.base)
    os << "  base\n";
  for (const TierPlan &t : r.tiers)
    os << "  tier label " << dumpQuoted(t.label) << " range " << rangeText(t) << " amount "
       << percentOrMoney(t.amountIsPercent) << "\n";
  if (r.flatAmount)
    os << "  flat amount " << percentOrMoney(r.flatIsPercent) << "\n";
  if (r.cap)
    os << "  cap " << percentOrMoney(r.capIsPercent) << "\n";
  if (r.minimum)
    os << "  minimum\n";
}

} // namespace

void dumpPlan(const Plan &plan, llvm::raw_ostream &os) {
  os << "plan of agreement " << plan.agreement << "\n";
  for (const DatasetPlan &p : plan.datasets)
    dumpDataset(p, os);
  for (const ir::Metric *m : plan.metricsUsed)
    os << "metric " << m->name << (m->formula ? "" : " (no formula)") << "\n";
  for (const WindowPlan &w : plan.windows)
    dumpWindow(w, os);
  for (const RemedyPlan &r : plan.remedies)
    dumpRemedy(r, os);
  for (const TotalCapPlan &c : plan.totalCaps)
    os << "total cap " << remedyKinds(c.kinds) << " per " << ir::spelling(c.per) << " amount "
       << percentOrMoney(c.isPercent) << (c.of ? " of a base" : "") << " reducing "
       << llvm::join(c.reduceFirst, ", ") << "\n";
  for (const TerminationPlan &t : plan.terminations)
    os << "termination by " << t.party << " if " << conditionText(t.condition) << "\n";
  for (const HoldbackPlan &h : plan.holdbacks)
    os << "holdback " << h.name << " title " << dumpQuoted(h.title) << " amount "
       << (h.amount ? percentOrMoney(h.amountIsPercent) : "none") << " released if "
       << conditionText(h.releasedIf) << "\n";
}

} // namespace tenor
