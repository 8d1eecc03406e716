//===- Remedies.h - Remedy amounts from tiers, rounding and caps -*- C++ -*-===//
//
// What a remedy owes per period (LANGUAGE.md section 6.8), the same for every
// agreement: the generated evaluator passes a remedy's spec, the period and
// the figures its tiers and percent amounts need; this layer picks the tier,
// rounds to the currency's minor unit, applies the minimum and the cap, and
// `cap total` trims the amounts per calendar window.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_REMEDIES_H
#define TENOR_RT_EVAL_REMEDIES_H

#include "tenor/core/RemedyKinds.h"
#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Windows.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenor::rt {

using RemedyKind = core::RemedyKind; ///< core/RemedyKinds.def

/// One end of a tier's range of measure values.
struct TierBound {
  Rational value;
  bool inclusive = false;
};

/// A tier line as the range of measure values it pays for (decided by the
/// compiler, LANGUAGE.md 12.1); no bound: open on that side.
struct TierSpec {
  std::optional<TierBound> lower, upper;
  Rational amount; ///< a fraction of the base, or money
  bool amountIsPercent = false;
  std::string label; ///< as written: "below 99.99%"
};

struct RemedySpec {
  std::string name, title;
  RemedyKind kind = RemedyKind::Credit;
  std::string currency;
  std::vector<TierSpec> tiers; ///< empty: the flat amount applies
  std::optional<Rational> flatAmount;
  bool flatIsPercent = false;
  std::optional<Rational> cap;
  bool capIsPercent = false;
  std::optional<Rational> minimum; ///< money; smaller amounts are not issued
};

/// What a remedy owes in one period, or, when a figure it needs has no
/// value (LANGUAGE.md 11.8), nothing with the reason why.
struct RemedyAmount {
  std::string remedy;
  RemedyKind kind = RemedyKind::Credit;
  Period period;
  /// Rounded to the currency's minor unit; none when a figure has no value.
  std::optional<Rational> amount;
  std::string currency;
  std::string tier;   ///< the label of the tier that applied; empty for flat amounts
  std::string reason; ///< without an amount: "uptime has no value"
  /// The period is incomplete in the data the remedy reads (LANGUAGE.md 11.2).
  bool partial = false;
  /// The remedy's minimum: a `cap total` that lowers the amount below it
  /// drops the entry (docs/language.md).
  std::optional<Rational> minimum;
};

/// Why the figures of a remedy have no value in a period, for the report;
/// empty: a generic sentence.
struct NoValueReasons {
  std::string measure; ///< the tier measure (`by ...`)
  std::string base;    ///< the base of percent amounts and caps
};

/// The amount owed in one period in which the remedy applies (the caller
/// checks met/breached): the tier whose range holds `measure` (the last
/// one, should ranges of thresholds that are parameters overlap) gives the
/// amount (a percent of `base`, or money); rounded half-up to the
/// minor unit once; capped; then not issued below `minimum` (a credit that
/// its cap lowers below the minimum is not issued either). Nothing when no
/// tier holds or the result is zero. When the tiers need a measure that has
/// no value, or a percent amount or cap needs a base that has none, nothing
/// is owed and the result says why (an entry without an amount).
std::optional<RemedyAmount> computeRemedy(const RemedySpec &spec, const Period &period,
                                          const std::optional<Rational> &measure,
                                          const std::optional<Rational> &base,
                                          const NoValueReasons &why = {});

/// The entry of a remedy that owes nothing in `period` because a figure has
/// no value, `reason` saying which.
RemedyAmount noValueRemedy(const RemedySpec &spec, const Period &period, std::string reason);

/// "NAME has no value" for the first of `metrics` (name, whether it has a
/// value) without a value, else `fallback`.
std::string noValueReason(std::initializer_list<std::pair<std::string_view, bool>> metrics,
                          std::string_view fallback);

struct TotalCapSpec {
  std::vector<RemedyKind> kinds; ///< the kinds whose sum is limited
  Rational amount;               ///< money, or a fraction of `of`
  bool isPercent = false;
  std::optional<Rational> of;
  WindowUnit per = WindowUnit::Month;
  /// The remedies in the order the cap reduces them within one period (the
  /// one declared last first; decided by the compiler). A remedy missing
  /// here is reduced after those listed, later entries first.
  std::vector<std::string> reduceFirst;
};

/// Where an amount stands in a total cap's reduction order: the amounts of
/// the period that ends latest first, then by the cap's `reduceFirst`, then
/// later entries of `amounts` first. A pure function, so that the contract
/// generator can state and check the order the evaluator uses.
bool reducedBefore(const TotalCapSpec &cap, const RemedyAmount &a, size_t aIndex,
                   const RemedyAmount &b, size_t bIndex);

/// Lowers the amounts of `kinds` so that their sum per `per` window
/// (calendar-aligned in `zone`) stays within the cap, taking the reduction
/// from the amounts in `reducedBefore` order. An amount lowered to zero, or
/// below its remedy's minimum, is removed (not issued). Entries without an
/// amount are left as they are.
void applyTotalCap(const TotalCapSpec &cap, const TimeZone &zone,
                   std::vector<RemedyAmount> &amounts);

} // namespace tenor::rt

#endif
