//===- ReportModel.h - What an evaluation report holds ----------*- C++ -*-===//
//
// The report as values (LANGUAGE.md section 8): per objective and obligation
// the results of every period, the remedies owed, termination rights that
// arose, corrective actions, holdbacks and what was read of each dataset.
// The generated evaluator fills it in; the writers of JsonReport.h and
// TextReport.h print it, and nothing else decides what it says.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_REPORTMODEL_H
#define TENOR_RT_REPORT_REPORTMODEL_H

#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Windows.h"
#include "tenor/rt/eval/Remedies.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
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
// Rights and holdbacks
//===----------------------------------------------------------------------===//

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
  /// The gaps of each sampled dataset (LANGUAGE.md 11.2), merged spans in
  /// time order; events have none.
  std::map<std::string, std::vector<Interval>> gaps;
  /// Whether anything was breached (for --fail-on-breach).
  bool anyBreach() const;
};

/// A metric's value for the report: numbers of the given kind, and the
/// other types as a bool or as text.
inline MetricValue metricValue(std::string name, ValueKind kind, std::optional<Rational> v,
                               std::string currency = {}) {
  return {std::move(name), kind, std::move(v), std::move(currency), std::nullopt};
}
MetricValue metricValue(std::string name, const std::optional<bool> &v);
MetricValue metricValue(std::string name, const std::optional<std::string_view> &v);
MetricValue metricValue(std::string name, const std::optional<Timestamp> &v);
MetricValue metricValue(std::string name, const std::optional<Date> &v);
MetricValue metricValue(std::string name, const std::optional<Interval> &v);
/// An enum member, by its name.
MetricValue metricValue(std::string name, const std::optional<int> &v,
                        std::span<const std::string_view> members);

} // namespace tenor::rt

#endif
