//===- Engine.cpp - Remedy amounts, caps and the breach summary -----------===//
//
// LANGUAGE.md section 6.8 in exact arithmetic: the last tier line that holds
// gives the amount, a percent amount is taken of the base, the result is
// rounded half-up to the currency's minor unit once, dropped below the
// minimum, then capped; `cap total` then trims the amounts of one kind per
// calendar window, taking from the latest remedies first. Every comparison
// is made on Rationals, so an uptime of exactly 95% is not below 95%.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/Engine.h"
#include "tenor/rt/Report.h"

#include <algorithm>
#include <stdexcept>

using namespace tenor::rt;

namespace {

bool tierHolds(const TierSpec &tier, const Rational &measure) {
  switch (tier.kind) {
  case TierKind::Below:
    return measure < tier.threshold;
  case TierKind::Above:
    return measure > tier.threshold;
  case TierKind::AtLeast:
    return measure >= tier.threshold;
  case TierKind::AtMost:
    return measure <= tier.threshold;
  }
  return false;
}

/// Money as written, or `amount` (a fraction) of the base; nothing when a
/// percent has no base to be taken of.
std::optional<Rational> resolveAmount(const Rational &amount, bool isPercent,
                                      const std::optional<Rational> &base) {
  if (!isPercent)
    return amount;
  if (!base)
    return std::nullopt;
  return amount * *base;
}

/// The tier or flat amount that applies, before rounding, and its label.
struct Chosen {
  Rational amount;
  bool isPercent = false;
  std::string label;
};

std::optional<Chosen> chooseAmount(const RemedySpec &spec, const std::optional<Rational> &measure) {
  if (spec.tiers.empty()) {
    // A flat amount applies whenever the remedy does; it needs no measure.
    if (!spec.flatAmount)
      return std::nullopt;
    return Chosen{*spec.flatAmount, spec.flatIsPercent, {}};
  }
  if (!measure)
    return std::nullopt;
  const TierSpec *applied = nullptr;
  for (const TierSpec &tier : spec.tiers)
    if (tierHolds(tier, *measure))
      applied = &tier; // the last line that holds wins
  if (!applied)
    return std::nullopt;
  return Chosen{applied->amount, applied->amountIsPercent, applied->label};
}

/// The first day of the calendar window of `per` containing local date `d`
/// (weeks start on Monday).
Date windowStart(WindowUnit per, Date d) {
  switch (per) {
  case WindowUnit::Day:
    return d;
  case WindowUnit::Week:
    return addDays(d, -int64_t(weekdayOf(d)));
  case WindowUnit::Month:
    return {d.year, d.month, 1};
  case WindowUnit::Quarter:
    return {d.year, (d.month - 1) / 3 * 3 + 1, 1};
  case WindowUnit::Year:
    return {d.year, 1, 1};
  }
  return d;
}

/// Lowers the amounts at `members` (indices into `amounts`, in vector order)
/// until their sum is at most `limit`, taking from the last ones first.
void trimGroup(std::vector<RemedyAmount> &amounts, const std::vector<size_t> &members,
               const Rational &limit) {
  Rational excess = -std::max(limit, Rational(0));
  for (size_t i : members)
    excess += amounts[i].amount;
  for (auto it = members.rbegin(); it != members.rend() && excess.sign() > 0; ++it) {
    Rational &amount = amounts[*it].amount;
    Rational taken = std::min(excess, amount);
    amount -= taken;
    excess -= taken;
  }
}

} // namespace

std::optional<RemedyAmount> tenor::rt::computeRemedy(const RemedySpec &spec, const Period &period,
                                                     const std::optional<Rational> &measure,
                                                     const std::optional<Rational> &base) {
  std::optional<Chosen> chosen = chooseAmount(spec, measure);
  if (!chosen)
    return std::nullopt;
  std::optional<Rational> exact = resolveAmount(chosen->amount, chosen->isPercent, base);
  if (!exact)
    return std::nullopt;
  int scale = currencyMinorUnit(spec.currency);
  Rational owed = exact->roundHalfUp(scale); // the one rounding
  if (spec.minimum && owed < *spec.minimum)
    return std::nullopt; // smaller amounts are not issued
  if (spec.cap) {
    // A percent cap without a base cannot bound anything; like a percent
    // amount without a base, nothing is owed then.
    std::optional<Rational> cap = resolveAmount(*spec.cap, spec.capIsPercent, base);
    if (!cap)
      return std::nullopt;
    owed = std::min(owed, cap->roundHalfUp(scale));
  }
  // A remedy never moves money the other way: zero or less is nothing.
  if (owed.sign() <= 0)
    return std::nullopt;
  return RemedyAmount{spec.name, spec.kind, period, owed, spec.currency, chosen->label};
}

void tenor::rt::applyTotalCap(const TotalCapSpec &cap, const TimeZone &zone,
                              std::vector<RemedyAmount> &amounts) {
  if (cap.isPercent && !cap.of)
    throw std::invalid_argument("a total cap in percent needs the amount it is a percent of");
  // Amounts in different currencies are never added up: one group per
  // window and currency.
  std::map<std::pair<Date, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < amounts.size(); ++i) {
    const RemedyAmount &a = amounts[i];
    if (a.kind == cap.kind)
      groups[{windowStart(cap.per, zone.localDate(a.period.start)), a.currency}].push_back(i);
  }
  for (const auto &[key, members] : groups) {
    int scale = currencyMinorUnit(key.second);
    Rational limit = cap.isPercent ? cap.amount * *cap.of : cap.amount;
    trimGroup(amounts, members, limit.roundHalfUp(scale));
  }
  std::erase_if(amounts,
                [&](const RemedyAmount &a) { return a.kind == cap.kind && a.amount.sign() <= 0; });
}

bool Report::anyBreach() const {
  for (const ObjectiveResult &o : objectives)
    for (const ObjectivePeriod &p : o.periods)
      if (p.met == false)
        return true;
  for (const ObligationResult &o : obligations)
    for (const ObligationPeriod &p : o.periods)
      if (!p.met)
        return true;
  return false;
}
