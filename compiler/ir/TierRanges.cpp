//===- TierRanges.cpp - Comparing the ranges of tier lines ----------------===//
//
// Bounds are compared as exact decimal text (ir/Decimal.h); a missing bound
// is minus or plus infinity.
//
//===----------------------------------------------------------------------===//

#include "ir/TierRanges.h"

#include "ir/Decimal.h"

#include "llvm/Support/Casting.h"

namespace tenor::ir {

namespace {

const LiteralExpr *literalOf(const Expr *e) { return llvm::dyn_cast_or_null<LiteralExpr>(e); }

int compareValues(const Bound &a, const Bound &b) {
  return compareDecimal(literalOf(a.value)->value, literalOf(b.value)->value);
}

/// -1 when lower bound `a` lets in more values than `b` (starts lower).
int compareLower(const std::optional<Bound> &a, const std::optional<Bound> &b) {
  if (!a || !b)
    return !a && !b ? 0 : !a ? -1 : 1;
  if (int c = compareValues(*a, *b))
    return c;
  return a->inclusive == b->inclusive ? 0 : a->inclusive ? -1 : 1;
}

/// -1 when upper bound `a` lets in fewer values than `b` (ends lower).
int compareUpper(const std::optional<Bound> &a, const std::optional<Bound> &b) {
  if (!a || !b)
    return !a && !b ? 0 : !a ? 1 : -1;
  if (int c = compareValues(*a, *b))
    return c;
  return a->inclusive == b->inclusive ? 0 : a->inclusive ? 1 : -1;
}

std::string spellingOf(const Bound &b) {
  const LiteralExpr *lit = literalOf(b.value);
  return lit->spelling.empty() ? lit->value : lit->spelling;
}

} // namespace

bool comparable(const TierRange &r) {
  return (!r.lower || literalOf(r.lower->value)) && (!r.upper || literalOf(r.upper->value));
}

int compareStarts(const TierRange &a, const TierRange &b) {
  if (int c = compareLower(a.lower, b.lower))
    return c;
  return compareUpper(a.upper, b.upper);
}

bool holdsValue(const TierRange &r) {
  if (!r.lower || !r.upper)
    return true;
  int c = compareValues(*r.lower, *r.upper);
  return c < 0 || (c == 0 && r.lower->inclusive && r.upper->inclusive);
}

std::optional<TierRange> overlap(const TierRange &a, const TierRange &b) {
  TierRange shared{compareLower(a.lower, b.lower) >= 0 ? a.lower : b.lower,
                   compareUpper(a.upper, b.upper) <= 0 ? a.upper : b.upper};
  if (!holdsValue(shared))
    return std::nullopt;
  return shared;
}

std::optional<TierRange> gapBetween(const TierRange &first, const TierRange &second) {
  if (!first.upper || !second.lower)
    return std::nullopt;
  // Not `below X` is `at least X`: the gap starts where `first` ends.
  TierRange gap{Bound{first.upper->value, !first.upper->inclusive},
                Bound{second.lower->value, !second.lower->inclusive}};
  if (!holdsValue(gap))
    return std::nullopt;
  return gap;
}

std::string rangeSpelling(const TierRange &r) {
  if (r.lower && r.upper && compareValues(*r.lower, *r.upper) == 0)
    return spellingOf(*r.lower);
  std::string lower, upper;
  if (r.lower)
    lower = (r.lower->inclusive ? "at least " : "above ") + spellingOf(*r.lower);
  if (r.upper)
    upper = (r.upper->inclusive ? "at most " : "below ") + spellingOf(*r.upper);
  if (lower.empty() || upper.empty())
    return lower.empty() && upper.empty() ? "every value" : lower + upper;
  return lower + " and " + upper;
}

} // namespace tenor::ir
