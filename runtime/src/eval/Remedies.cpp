//===- Remedies.cpp - Remedy amounts, rounding and caps -------------------===//
//
// LANGUAGE.md section 6.8 in exact arithmetic: the tier whose range holds
// the measure gives the amount (the compiler turned every table into
// disjoint ranges), a percent amount is taken of the base, the result is
// rounded half-up to the currency's minor unit once, capped, and not issued
// below the minimum; a measure or base without a value owes nothing and
// the entry says why (LANGUAGE.md 11.8). `cap total` then trims the amounts
// of its kinds per calendar window, the latest first, and drops an amount
// it lowers below its remedy's minimum (docs/language.md).
// Every comparison is made on Rationals, so an uptime of exactly 95% is not
// below 95%.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Remedies.h"
#include "tenor/rt/base/Currency.h"

#include <algorithm>
#include <map>
#include <stdexcept>

using namespace tenor::rt;

namespace {

bool tierHolds(const TierSpec &tier, const Rational &measure) {
  if (tier.lower &&
      (tier.lower->inclusive ? measure < tier.lower->value : measure <= tier.lower->value))
    return false;
  if (tier.upper &&
      (tier.upper->inclusive ? measure > tier.upper->value : measure >= tier.upper->value))
    return false;
  return true;
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
      applied = &tier; // disjoint unless parameters overlap them: then the last
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
  case WindowUnit::Quarter: {
    unsigned months = tenor::core::windowUnitInfo(WindowUnit::Quarter).months;
    return {d.year, (d.month - 1) / months * months + 1, 1};
  }
  case WindowUnit::Year:
    return {d.year, 1, 1};
  }
  return d;
}

/// Lowers the amounts at `members` (indices into `amounts`) until their sum
/// is at most `limit`, taking from them in the cap's reduction order.
void trimGroup(const TotalCapSpec &cap, std::vector<RemedyAmount> &amounts,
               std::vector<size_t> members, const Rational &limit) {
  Rational excess = -std::max(limit, Rational(0));
  for (size_t i : members)
    excess += *amounts[i].amount;
  std::sort(members.begin(), members.end(),
            [&](size_t a, size_t b) { return reducedBefore(cap, amounts[a], a, amounts[b], b); });
  for (size_t i : members) {
    if (excess.sign() <= 0)
      break;
    Rational &amount = *amounts[i].amount;
    Rational taken = std::min(excess, amount);
    amount -= taken;
    excess -= taken;
  }
}

} // namespace

RemedyAmount tenor::rt::noValueRemedy(const RemedySpec &spec, const Period &period,
                                      std::string reason) {
  return RemedyAmount{spec.name, spec.kind,         period, std::nullopt, spec.currency,
                      {},        std::move(reason), false,  std::nullopt};
}

std::string
tenor::rt::noValueReason(std::initializer_list<std::pair<std::string_view, bool>> metrics,
                         std::string_view fallback) {
  for (const auto &[name, hasValue] : metrics)
    if (!hasValue)
      return std::string(name) + " has no value";
  return std::string(fallback);
}

std::optional<RemedyAmount> tenor::rt::computeRemedy(const RemedySpec &spec, const Period &period,
                                                     const std::optional<Rational> &measure,
                                                     const std::optional<Rational> &base,
                                                     const NoValueReasons &why) {
  // LANGUAGE.md 11.8: a figure without a value owes nothing, and says so.
  auto noValue = [&](const std::string &reason, const char *fallback) {
    return noValueRemedy(spec, period, reason.empty() ? fallback : reason);
  };
  if (!spec.tiers.empty() && !measure)
    return noValue(why.measure, "the measure has no value");
  std::optional<Chosen> chosen = chooseAmount(spec, measure);
  if (!chosen)
    return std::nullopt;
  bool needsBase = chosen->isPercent || (spec.cap && spec.capIsPercent);
  if (needsBase && !base)
    return noValue(why.base, "the base has no value");
  Rational exact = chosen->isPercent ? chosen->amount * *base : chosen->amount;
  int scale = currencyMinorUnit(spec.currency);
  Rational owed = exact.roundHalfUp(scale); // the one rounding
  if (spec.cap) {
    Rational cap = spec.capIsPercent ? *spec.cap * *base : *spec.cap;
    owed = std::min(owed, cap.roundHalfUp(scale));
  }
  // Smaller amounts are not issued, whether the tier or the cap made them
  // small; a remedy never moves money the other way: zero or less is nothing.
  if ((spec.minimum && owed < *spec.minimum) || owed.sign() <= 0)
    return std::nullopt;
  return RemedyAmount{spec.name,     spec.kind, period, owed,        spec.currency,
                      chosen->label, {},        false,  spec.minimum};
}

bool tenor::rt::reducedBefore(const TotalCapSpec &cap, const RemedyAmount &a, size_t aIndex,
                              const RemedyAmount &b, size_t bIndex) {
  if (a.period.end != b.period.end)
    return a.period.end > b.period.end;
  auto rank = [&](const RemedyAmount &x) {
    auto it = std::find(cap.reduceFirst.begin(), cap.reduceFirst.end(), x.remedy);
    return size_t(it - cap.reduceFirst.begin());
  };
  if (size_t ra = rank(a), rb = rank(b); ra != rb)
    return ra < rb;
  return aIndex > bIndex;
}

void tenor::rt::applyTotalCap(const TotalCapSpec &cap, const TimeZone &zone,
                              std::vector<RemedyAmount> &amounts) {
  auto covered = [&](RemedyKind k) {
    return std::find(cap.kinds.begin(), cap.kinds.end(), k) != cap.kinds.end();
  };
  if (cap.isPercent && !cap.of)
    throw std::invalid_argument("a total cap in percent needs the amount it is a percent of");
  // Amounts in different currencies are never added up: one group per
  // window and currency.
  std::map<std::pair<Date, std::string>, std::vector<size_t>> groups;
  for (size_t i = 0; i < amounts.size(); ++i) {
    const RemedyAmount &a = amounts[i];
    if (covered(a.kind) && a.amount)
      groups[{windowStart(cap.per, zone.localDate(a.period.start)), a.currency}].push_back(i);
  }
  for (const auto &[key, members] : groups) {
    int scale = currencyMinorUnit(key.second);
    Rational limit = cap.isPercent ? cap.amount * *cap.of : cap.amount;
    trimGroup(cap, amounts, members, limit.roundHalfUp(scale));
  }
  std::erase_if(amounts, [&](const RemedyAmount &a) {
    return covered(a.kind) && a.amount &&
           (a.amount->sign() <= 0 || (a.minimum && *a.amount < *a.minimum));
  });
}
