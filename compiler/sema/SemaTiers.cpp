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

/// Signed comparison of two exact decimal texts.
static int compareSigned(const std::string &a, const std::string &b) {
  bool na = !a.empty() && a[0] == '-', nb = !b.empty() && b[0] == '-';
  if (na != nb)
    return na ? -1 : 1;
  int c = compareDecimal(na ? a.substr(1) : a, nb ? b.substr(1) : b);
  return na ? -c : c;
}

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
    ir::Tier tier{t.kind, nullptr, nullptr, t.doc, t.range};
    tier.threshold = checkExpr(*t.threshold, ctx);
    if (tier.threshold && r.measure && tier.threshold->type.dim != r.measure->type.dim) {
      diags.report(t.threshold->range, DiagID::CompareDimensions, r.measure->type.str(),
                   tier.threshold->type.str());
      tier.threshold = nullptr; // not compared with the other lines either
    }
    tier.amount = checkMoneyOrPercent(*t.amount, ctx, "a tier's amount");
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
    int c = compareSigned(b->value, a->value);
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
}

} // namespace tenor
