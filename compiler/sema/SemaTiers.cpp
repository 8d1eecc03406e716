//===- SemaTiers.cpp - Tier lines of credits, penalties and bonuses -------===//
//
// LANGUAGE.md section 6.8: the last tier line whose condition holds gives the
// amount, so the lines must be nested: each line's condition implies the
// previous line's. `below`/`at most` lines go down, `above`/`at least` lines
// go up; a line that another makes unreachable, or one out of order, is an
// error, because the amount the author wrote would never be paid.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

namespace tenor {

using ir::TierKind;

static bool goesDown(TierKind k) { return core::tierKindInfo(k).goesDown; }
static bool inclusive(TierKind k) { return core::tierKindInfo(k).inclusive; }

static std::string tierText(const ir::Tier &t, const ast::Tier &src) {
  auto *lit = llvm::dyn_cast<ir::LiteralExpr>(t.threshold.get());
  (void)src;
  return std::string(ir::spelling(t.kind)) + " " + (lit ? lit->spelling : std::string("…"));
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
    ir::Tier tier{t.kind, nullptr, {}, {}, t.doc, t.range};
    tier.threshold = checkExpr(*t.threshold, ctx);
    if (tier.threshold && r.measure && tier.threshold->type.dim != r.measure->type.dim) {
      diags.report(t.threshold->range, DiagID::CompareDimensions, r.measure->type.str(),
                   tier.threshold->type.str());
      tier.threshold = nullptr; // not compared with the other lines either
    }
    if (std::optional<ir::Amount> amount =
            checkMoneyOrPercent(*t.amount, ctx, diag::AmountRole::TierAmount))
      tier.amount = std::move(*amount);
    r.tiers.push_back(std::move(tier));
  }
  // The first line sets the direction; a line going the other way is
  // reported once and the next line is compared with the last line that
  // went the first line's way.
  size_t p = 0;
  for (size_t i = 1; i < r.tiers.size(); ++i) {
    const ir::Tier &prev = r.tiers[p], &cur = r.tiers[i];
    if (goesDown(r.tiers[0].kind) != goesDown(cur.kind)) {
      diags.report(cur.range, DiagID::TierDirections, tierText(cur, d.tiers[i]),
                   tierText(r.tiers[0], d.tiers[0]));
      continue;
    }
    size_t prevIndex = p;
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
      diags.report(prev.range, DiagID::TierNeverApplies, tierText(prev, d.tiers[prevIndex]),
                   tierText(cur, d.tiers[i]));
    else if (!implies)
      diags.report(cur.range, DiagID::TierOrder, tierText(cur, d.tiers[i]),
                   tierText(prev, d.tiers[prevIndex]));
  }
  tierRanges(r);
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

} // namespace tenor
