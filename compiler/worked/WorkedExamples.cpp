//===- WorkedExamples.cpp - Tier boundaries and caps that bite ------------===//
//
// A tier table's examples are the value at each boundary and the value one
// unit of the table's last written digit beside it, on the side that pays
// differently ("at 99.0%: 10%; at 98.9%: 25%"), so a reader sees which side
// of each boundary a row includes. A cap's example is a case where it cuts
// the amount. Every outcome comes from the runtime (rt/eval/WorkedExamples.h).
//
//===----------------------------------------------------------------------===//

#include "worked/WorkedExamples.h"
#include "worked/RuntimeSpecs.h"

#include "tenor/rt/base/Currency.h"
#include "tenor/rt/eval/WorkedExamples.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

namespace tenor::worked {

using namespace ir;

rt::Rational sampleBase() { return rt::Rational(10000); }

namespace {

/// 10^-n.
rt::Rational tenth(size_t n) {
  rt::Rational unit(1);
  for (size_t i = 0; i < n; ++i)
    unit = unit / rt::Rational(10);
  return unit;
}

/// One unit of the last digit a threshold is written with, in the
/// measure's base units: "99.0%" gives 0.1% (0.001), "300 ms" 1 ms (0.001).
std::optional<rt::Rational> lastDigitOf(const Expr *e) {
  if (const auto *c = llvm::dyn_cast_or_null<ConstRefExpr>(e))
    return lastDigitOf(c->constant->value.get());
  const auto *lit = llvm::dyn_cast_or_null<LiteralExpr>(e);
  if (!lit || lit->kind() != Expr::Kind::Number)
    return std::nullopt;
  const std::string &text = lit->spelling.empty() ? lit->value : lit->spelling;
  size_t end = text.find_first_not_of("0123456789.");
  std::string number = text.substr(0, end);
  size_t dot = number.find('.');
  size_t decimals = dot == std::string::npos ? 0 : number.size() - dot - 1;
  std::optional<rt::Rational> written = rt::Rational::parseDecimal(number);
  std::optional<rt::Rational> value = rt::Rational::parseDecimal(lit->value);
  if (!written || !value || written->sign() == 0)
    return tenth(decimals);
  return *value / *written * tenth(decimals); // the unit's size, then its last digit
}
/// The thresholds of `r`'s table, highest first, each once.
std::vector<rt::Rational> thresholds(const Remedy &r) {
  std::vector<rt::Rational> values;
  for (const Tier &t : r.tiers)
    if (std::optional<rt::Rational> v = literalValue(t.threshold.get()))
      if (std::find(values.begin(), values.end(), *v) == values.end())
        values.push_back(*v);
  std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return b < a; });
  return values;
}

void addPoint(RemedyExamples &ex, const rt::RemedySpec &spec, const rt::Rational &measure) {
  for (const TierPoint &p : ex.points)
    if (p.measure == measure)
      return;
  ex.points.push_back({measure, rt::remedyExample(spec, measure, ex.base)});
}

/// A point at which the cap cuts the amount, if there is one.
void findCapBite(RemedyExamples &ex, const rt::RemedySpec &spec) {
  rt::RemedySpec uncapped = spec;
  uncapped.cap.reset();
  for (const TierPoint &p : ex.points) {
    std::optional<rt::Rational> without = rt::remedyExample(uncapped, p.measure, ex.base);
    if (p.owes && without && *without != *p.owes) {
      ex.capBites = p;
      ex.uncapped = *without;
      return;
    }
  }
}

std::optional<RemedyExamples> remedyExamples(const Remedy &r, const std::string &currency) {
  std::optional<rt::RemedySpec> spec = remedySpecOf(r, currency);
  if (r.tiers.empty() || !spec)
    return std::nullopt;
  RemedyExamples ex;
  ex.remedy = &r;
  if (r.base) {
    ex.base = literalValue(r.base.get());
    ex.sampleBase = !ex.base;
    if (!ex.base)
      ex.base = sampleBase();
  }
  std::optional<rt::Rational> finest;
  for (const Tier &t : r.tiers)
    if (std::optional<rt::Rational> u = lastDigitOf(t.threshold.get()))
      finest = finest ? std::min(*finest, *u) : *u;
  rt::Rational unit = finest.value_or(rt::Rational(1));
  for (const rt::Rational &t : thresholds(r)) {
    std::optional<rt::Rational> at = rt::remedyExample(*spec, t, ex.base);
    addPoint(ex, *spec, t);
    rt::Rational below = t - unit, above = t + unit;
    if (below.sign() >= 0 && rt::remedyExample(*spec, below, ex.base) != at)
      addPoint(ex, *spec, below);
    else if (rt::remedyExample(*spec, above, ex.base) != at)
      addPoint(ex, *spec, above);
    else
      addPoint(ex, *spec, below.sign() >= 0 ? below : above);
  }
  if (spec->cap)
    findCapBite(ex, *spec);
  return ex;
}

std::optional<TotalCapExample> totalCapExample(const Agreement &a, size_t index) {
  const TotalCap &c = a.totalCaps[index];
  TotalCapExample ex;
  ex.index = index;
  if (c.of) {
    ex.of = literalValue(c.of.get());
    ex.sampleOf = !ex.of;
    if (!ex.of)
      ex.of = sampleBase();
  }
  std::optional<rt::TotalCapSpec> spec = totalCapSpecOf(c, ex.of);
  if (!spec || (spec->isPercent && !ex.of))
    return std::nullopt;
  int scale = rt::currencyMinorUnit(a.currency);
  ex.limit = (spec->isPercent ? spec->amount * *ex.of : spec->amount).roundHalfUp(scale);
  for (const auto &r : a.remedies)
    if (std::find(c.kinds.begin(), c.kinds.end(), r->kind) != c.kinds.end() &&
        ex.remedies.size() < 2)
      ex.remedies.push_back(r.get());
  if (ex.remedies.empty() || ex.limit.sign() <= 0)
    return std::nullopt;
  // Two amounts that together pass the limit show which one is cut first.
  std::vector<rt::Rational> shares = {rt::Rational::fraction(8, 10), rt::Rational::fraction(5, 10)};
  if (ex.remedies.size() == 1)
    shares = {rt::Rational::fraction(15, 10)};
  std::vector<rt::CapShare> owed;
  for (size_t i = 0; i < ex.remedies.size(); ++i) {
    ex.amounts.push_back((ex.limit * shares[i]).roundHalfUp(scale));
    owed.push_back({ex.remedies[i]->name, ex.remedies[i]->kind, ex.amounts.back()});
  }
  ex.left = rt::totalCapExample(*spec, a.currency, owed);
  return ex;
}

} // namespace

WorkedExamples chooseWorkedExamples(const Agreement &a) {
  WorkedExamples w;
  for (const auto &r : a.remedies)
    if (std::optional<RemedyExamples> ex = remedyExamples(*r, a.currency))
      w.remedies.push_back(std::move(*ex));
  w.deadlines = chooseDeadlineExamples(a);
  for (size_t i = 0; i < a.totalCaps.size(); ++i)
    if (std::optional<TotalCapExample> ex = totalCapExample(a, i))
      w.totalCaps.push_back(std::move(*ex));
  return w;
}

const RemedyExamples *WorkedExamples::of(const Remedy &r) const {
  for (const RemedyExamples &ex : remedies)
    if (ex.remedy == &r)
      return &ex;
  return nullptr;
}

std::vector<const DeadlineExample *> WorkedExamples::of(const Obligation &o) const {
  std::vector<const DeadlineExample *> found;
  for (const DeadlineExample &ex : deadlines)
    if (ex.obligation == &o)
      found.push_back(&ex);
  return found;
}

const TotalCapExample *WorkedExamples::ofCap(size_t index) const {
  for (const TotalCapExample &ex : totalCaps)
    if (ex.index == index)
      return &ex;
  return nullptr;
}

} // namespace tenor::worked
