//===- SemaTiers.cpp - Tier lines of credits, penalties and bonuses -------===//
//
// LANGUAGE.md sections 6.8 and 11.6. A nested table keeps "the last line
// that holds": each line's condition implies the previous line's, `below`/
// `at most` lines go down, `above`/`at least` lines go up, and a line that
// another makes unreachable, or one out of order, is an error, because the
// amount the author wrote would never be paid. A range table (a line joins
// two conditions with `and`) has lines in any order that must not overlap;
// a gap between them is only a warning. Either way sema turns the table
// into disjoint ranges, once, and the evaluator and the contract read them.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "ir/TierRanges.h"
#include "sema/Decimal.h"

#include <algorithm>
#include <numeric>

namespace tenor {

using ir::TierKind;

static bool goesDown(TierKind k) { return core::tierKindInfo(k).goesDown; }
static bool inclusive(TierKind k) { return core::tierKindInfo(k).inclusive; }

static std::string conditionText(TierKind kind, const ir::Expr *threshold) {
  auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(threshold);
  return std::string(ir::spelling(kind)) + " " + (lit ? lit->spelling : std::string("…"));
}

/// The line as written: "below 99.9%", "at most 99.9% and at least 99.0%".
static std::string tierText(const ir::Tier &t) {
  std::string text = conditionText(t.kind, t.threshold.get());
  if (t.andThreshold)
    text += " and " + conditionText(t.andKind, t.andThreshold.get());
  return text;
}

ir::ExprPtr Sema::checkThreshold(const ast::Expr &e, const ir::Remedy &r, ExprContext &ctx) {
  ir::ExprPtr out = checkExpr(e, ctx);
  if (out && r.measure && out->type.dim != r.measure->type.dim) {
    diags.report(e.range, DiagID::CompareDimensions, r.measure->type.str(), out->type.str());
    return nullptr; // not compared with the other lines either
  }
  return out;
}

void Sema::checkTiers(const ast::RemedyDecl &d, ir::Remedy &r, ExprContext &ctx) {
  r.measure = checkExpr(*d.tierMeasure, ctx);
  if (r.measure && !r.measure->type.isNumber()) {
    diags.report(d.tierMeasure->range, DiagID::TierMeasureType, r.measure->type.str());
    r.measure = nullptr;
  }
  if (d.tiers.empty())
    diags.report(d.tierMeasure->range, DiagID::NoTiers);
  for (const ast::Tier &t : d.tiers) {
    ir::Tier tier{t.kind, nullptr, {}, {}, t.doc, t.range, t.andKind, nullptr};
    tier.threshold = checkThreshold(*t.threshold, r, ctx);
    if (t.andThreshold)
      tier.andThreshold = checkThreshold(*t.andThreshold, r, ctx);
    r.rangeTable = r.rangeTable || t.andThreshold;
    if (std::optional<ir::Amount> amount =
            checkMoneyOrPercent(*t.amount, ctx, diag::AmountRole::TierAmount))
      tier.amount = std::move(*amount);
    r.tiers.push_back(std::move(tier));
  }
  if (r.rangeTable) {
    checkRangeTiers(r);
  } else {
    checkNestedTiers(r);
    tierRanges(r);
  }
  orderTiers(r);
}

// The first line sets the direction; a line going the other way is
// reported once and the next line is compared with the last line that
// went the first line's way.
void Sema::checkNestedTiers(const ir::Remedy &r) {
  size_t p = 0;
  for (size_t i = 1; i < r.tiers.size(); ++i) {
    const ir::Tier &prev = r.tiers[p], &cur = r.tiers[i];
    if (goesDown(r.tiers[0].kind) != goesDown(cur.kind)) {
      diags.report(cur.range, DiagID::TierDirections, tierText(cur), tierText(r.tiers[0]));
      continue;
    }
    p = i;
    auto *a = llvm::dyn_cast_or_null<ir::LiteralExpr>(prev.threshold.get());
    auto *b = llvm::dyn_cast_or_null<ir::LiteralExpr>(cur.threshold.get());
    if (!a || !b)
      continue;
    // Nested: cur's condition implies prev's.
    int c = compareDecimal(b->value, a->value);
    if (!goesDown(cur.kind))
      c = -c;
    bool implies = c < 0 || (c == 0 && (!inclusive(cur.kind) || inclusive(prev.kind)));
    bool same = c == 0 && inclusive(cur.kind) == inclusive(prev.kind);
    if (same)
      diags.report(prev.range, DiagID::TierNeverApplies, tierText(prev), tierText(cur));
    else if (!implies)
      diags.report(cur.range, DiagID::TierOrder, tierText(cur), tierText(prev));
  }
}

// LANGUAGE.md 12.1 and 11.6: "the last line that holds" is turned into
// ranges here, once. A line holds and the next one does not: its own
// threshold bounds it on one side, the next line's on the other (`below 99%`
// after it means "at least 99%"). The last line that holds is then the last
// range that holds the value, which is the only one when the lines are
// nested; the evaluator and the contract read the ranges.
void Sema::tierRanges(ir::Remedy &r) {
  for (size_t i = 0; i < r.tiers.size(); ++i) {
    ir::Tier &t = r.tiers[i];
    bool down = goesDown(t.kind);
    ir::Bound own{t.threshold.get(), inclusive(t.kind)};
    (down ? t.values.upper : t.values.lower) = own;
    if (i + 1 == r.tiers.size())
      continue;
    const ir::Tier &next = r.tiers[i + 1];
    // Not `below X` is `at least X`; not `at most X` is `above X`, and so on.
    ir::Bound other{next.threshold.get(), !inclusive(next.kind)};
    (down ? t.values.lower : t.values.upper) = other;
  }
}

/// A line of a range table pays for what its own conditions hold: one going
/// down bounds it from above, one going up from below.
static bool ownRange(ir::Tier &t) {
  (goesDown(t.kind) ? t.values.upper : t.values.lower) =
      ir::Bound{t.threshold.get(), inclusive(t.kind)};
  if (!t.andThreshold)
    return true;
  if (goesDown(t.andKind) == goesDown(t.kind))
    return false;
  (goesDown(t.andKind) ? t.values.upper : t.values.lower) =
      ir::Bound{t.andThreshold.get(), inclusive(t.andKind)};
  return true;
}

// LANGUAGE.md 11.6: range lines must not overlap (the amount would depend
// on the order of the lines); a gap is allowed, since an SLA may leave
// values unpaid on purpose, but it is worth a look.
void Sema::checkRangeTiers(ir::Remedy &r) {
  std::vector<size_t> known; // lines whose bounds are literal
  for (size_t i = 0; i < r.tiers.size(); ++i) {
    ir::Tier &t = r.tiers[i];
    if (!ownRange(t)) {
      diags.report(t.range, DiagID::TierRangeSameWay, tierText(t));
      continue;
    }
    if (!ir::comparable(t.values))
      continue;
    if (!ir::holdsValue(t.values)) {
      diags.report(t.range, DiagID::EmptyTierRange, tierText(t));
      continue;
    }
    for (size_t j : known)
      if (auto shared = ir::overlap(r.tiers[j].values, t.values))
        diags.report(t.range, DiagID::TierOverlap, tierText(t), tierText(r.tiers[j]),
                     ir::rangeSpelling(*shared));
    known.push_back(i);
  }
  std::stable_sort(known.begin(), known.end(), [&](size_t a, size_t b) {
    return ir::compareStarts(r.tiers[a].values, r.tiers[b].values) < 0;
  });
  // Reported at the later of the two lines around the gap, as written.
  for (size_t k = 1; k < known.size(); ++k) {
    const ir::Tier &first = r.tiers[known[k - 1]], &second = r.tiers[known[k]];
    if (auto gap = ir::gapBetween(first.values, second.values))
      diags.report(r.tiers[std::max(known[k - 1], known[k])].range, DiagID::TierGap,
                   ir::rangeSpelling(*gap));
  }
}

// The contract lists the lines from the lowest values to the highest. A
// nested table's lines are in that order or its reverse; a range table's
// are sorted when its bounds are literal, else kept as written.
void Sema::orderTiers(ir::Remedy &r) {
  r.ascending.resize(r.tiers.size());
  std::iota(r.ascending.begin(), r.ascending.end(), 0u);
  if (r.tiers.empty())
    return;
  if (!r.rangeTable) {
    if (goesDown(r.tiers.front().kind))
      std::reverse(r.ascending.begin(), r.ascending.end());
    return;
  }
  if (!std::all_of(r.tiers.begin(), r.tiers.end(),
                   [](const ir::Tier &t) { return ir::comparable(t.values); }))
    return;
  std::stable_sort(r.ascending.begin(), r.ascending.end(), [&](unsigned a, unsigned b) {
    return ir::compareStarts(r.tiers[a].values, r.tiers[b].values) < 0;
  });
}

} // namespace tenor
