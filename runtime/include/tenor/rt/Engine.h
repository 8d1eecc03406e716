//===- Engine.h - What every evaluator does the same way --------*- C++ -*-===//
//
// Generated evaluators compute what is specific to one agreement (parsing
// its rows, accumulating its aggregates, its metrics and targets per
// period). Everything that works the same for every agreement lives here:
// remedy amounts from tiers, rounding and caps, termination and holdback
// conditions over sequences of periods, and the report model with its JSON
// and text writers (LANGUAGE.md sections 6.8, 6.9 and 8).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_ENGINE_H
#define TENOR_RT_ENGINE_H

#include "tenor/core/TierKinds.h"
#include "tenor/rt/Rational.h"
#include "tenor/rt/Time.h"
#include "tenor/rt/Windows.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenor::rt {

//===----------------------------------------------------------------------===//
// Results per period
//===----------------------------------------------------------------------===//

/// How a value prints in reports: percent as a fraction, duration in
/// seconds, int as an integer, money and datasize as exact decimals; a
/// bool as a boolean, and other values (timestamps, dates, intervals, text,
/// enum members) as text.
enum class ValueKind { Number, Int, Percent, Duration, Money, DataSize, Bool, Text };

/// A metric's value in one period, in the IR's base units: a fraction for
/// percents, seconds for durations, bytes for data sizes, currency units
/// for money.
struct MetricValue {
  std::string name;
  ValueKind kind = ValueKind::Number;
  std::optional<Rational> value; ///< none: no data in the period
  std::string currency;          ///< money only
  /// Bool ("true" or "false") and Text kinds, instead of `value`.
  std::optional<std::string> text;
};

struct ObjectivePeriod {
  Period period;
  bool partial = false;
  std::optional<bool> met; ///< none: unknown (reported as null)
  std::vector<MetricValue> metrics;
};

struct ObjectiveResult {
  std::string name, title;
  std::vector<ObjectivePeriod> periods;
};

struct ObligationPeriod {
  Period period;
  bool partial = false;
  int64_t items = 0, breaches = 0, pending = 0;
  Rational compliance; ///< on time / (items - pending); 1 when that is 0
  bool met = true;
  std::vector<std::string> breachedItems; ///< in a stable order
};

struct ObligationResult {
  std::string name, title;
  std::vector<ObligationPeriod> periods;
};

/// A corrective action (`on breach of`) that fell due.
struct CorrectiveAction {
  std::string obligation, trigger;
  Period breachedPeriod;
  Timestamp due;
  std::string deliverable;
};

//===----------------------------------------------------------------------===//
// Remedies
//===----------------------------------------------------------------------===//

enum class RemedyKind { Credit, Penalty, Bonus };
using TierKind = core::TierKind; ///< core/TierKinds.def

struct TierSpec {
  TierKind kind = TierKind::Below;
  Rational threshold;
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
};

/// Why the figures of a remedy have no value in a period, for the report;
/// empty: a generic sentence.
struct NoValueReasons {
  std::string measure; ///< the tier measure (`by ...`)
  std::string base;    ///< the base of percent amounts and caps
};

/// The amount owed in one period in which the remedy applies (the caller
/// checks met/breached): the last tier whose condition holds for `measure`
/// gives the amount (a percent of `base`, or money); rounded half-up to the
/// minor unit once; dropped below `minimum`; then capped. Nothing when no
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
  RemedyKind kind = RemedyKind::Credit;
  Rational amount; ///< money, or a fraction of `of`
  bool isPercent = false;
  std::optional<Rational> of;
  WindowUnit per = WindowUnit::Month;
};

/// Scales down the amounts of `kind` so that their sum per `per` window
/// (calendar-aligned in `zone`) stays within the cap; the reduction is
/// taken from the latest remedies of the window first, in the order given.
/// Entries without an amount are left as they are.
void applyTotalCap(const TotalCapSpec &cap, const TimeZone &zone,
                   std::vector<RemedyAmount> &amounts);

//===----------------------------------------------------------------------===//
// Conditions over sequences of periods (termination rights, holdbacks)
//===----------------------------------------------------------------------===//

/// One objective's or obligation's outcome per period, in time order.
struct Outcomes {
  std::string name;
  std::vector<std::pair<Period, std::optional<bool>>> met;
};

struct ConditionSpec {
  enum class Subject { Named, AllObjectives, AnyObjective } subject = Subject::Named;
  std::string name;     ///< Named: the objective or obligation
  bool breached = true; ///< `breached` or `met`
  enum class Form { Consecutive, OfLast, OverTerm } form = Form::OverTerm;
  int count = 0, outOf = 0;
  std::string text; ///< as written, for the report
};

/// The end of the first period that completed the condition, or nothing.
/// `all objectives` / `any objective` combine the outcomes of the periods
/// with the same start; an unknown outcome is neither met nor breached.
/// OverTerm conditions hold at the end of the last period when every (met)
/// or some (breached) period with a result satisfies them: periods whose
/// outcome is unknown are left out (LANGUAGE.md 11.8), and without any
/// period with a result the condition does not hold.
///
/// Named subjects are looked up by name in `subjects`. For `all objectives`
/// and `any objective` every element of `subjects` takes part, so pass the
/// objectives' outcomes only (not the obligations'). Per period start:
/// `all objectives breached|met` holds when every subject with a period
/// starting there has that outcome; `any objective breached|met` when at
/// least one has it (see EngineConditions.cpp).
std::optional<Timestamp> conditionArose(const ConditionSpec &c,
                                        const std::vector<Outcomes> &subjects);

struct TerminationEvent {
  std::string party; ///< a party name or "either"
  std::string condition;
  Timestamp arose;
};

/// A period of `subject` whose outcome is unknown.
struct UnknownPeriod {
  std::string subject; ///< the objective or obligation
  Period period;
};

struct HoldbackResult {
  std::string name, title;
  std::string status; ///< "released", "forfeited" or "pending"
  Rational amount;
  std::string currency;
  /// The periods of the condition's subjects reported unknown: they are
  /// neither met nor breached (LANGUAGE.md 11.8).
  std::vector<UnknownPeriod> unknown;
};

//===----------------------------------------------------------------------===//
// The report
//===----------------------------------------------------------------------===//

/// What was read of a dataset: `rows` read without error, of which
/// `outside` had a time key outside the evaluated range (the effective
/// dates and --from/--to) and were used nowhere; `skipped` bad rows.
struct DataStats {
  int64_t rows = 0, skipped = 0, outside = 0;
};

struct Report {
  std::string id, title, version;
  Interval range;
  std::vector<ObjectiveResult> objectives;   ///< declaration order
  std::vector<ObligationResult> obligations; ///< declaration order
  std::vector<CorrectiveAction> correctiveActions;
  std::vector<std::string> remedyNames; ///< declaration order
  std::vector<RemedyAmount> remedies;   ///< by remedy, then period
  std::vector<TerminationEvent> termination;
  std::vector<HoldbackResult> holdbacks;
  std::vector<std::pair<std::string, DataStats>> data; ///< declaration order
  /// Whether anything was breached (for --fail-on-breach).
  bool anyBreach() const;
};

/// LANGUAGE.md section 8's JSON shape, keys in that order, two-space indents.
std::string writeJsonReport(const Report &r);
/// A readable summary: one table per objective and obligation, the remedies
/// owed, totals, termination rights and holdbacks.
std::string writeTextReport(const Report &r);

} // namespace tenor::rt

#endif
