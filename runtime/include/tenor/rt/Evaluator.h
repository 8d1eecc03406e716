//===- Evaluator.h - The support generated evaluators build on --*- C++ -*-===//
//
// The one header a generated evaluator includes: it brings in every layer of
// the runtime the generated code uses (base, data, eval, report, cli; see
// docs/architecture.md) and adds what belongs to none of them but the
// evaluator: the vocabulary generated formulas are written in (every number
// an exact Rational, durations in seconds), the unit of `duration in`
// fields, `--param` values, outcomes and holdbacks read off the report, and
// runEvaluator(), the common main() of every evaluator.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVALUATOR_H
#define TENOR_RT_EVALUATOR_H

#include "tenor/rt/base/BusinessCalendar.h"
#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Windows.h"
#include "tenor/rt/base/Zone.h"
#include "tenor/rt/cli/CheckExamples.h"
#include "tenor/rt/cli/Cli.h"
#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/FastFields.h"
#include "tenor/rt/data/Fields.h"
#include "tenor/rt/data/Jsonl.h"
#include "tenor/rt/data/RowSource.h"
#include "tenor/rt/eval/Aggregates.h"
#include "tenor/rt/eval/Conditions.h"
#include "tenor/rt/eval/ExcludedTime.h"
#include "tenor/rt/eval/Obligations.h"
#include "tenor/rt/eval/Periods.h"
#include "tenor/rt/eval/Remedies.h"
#include "tenor/rt/eval/Samples.h"
#include "tenor/rt/report/ReportModel.h"

// Generated code has no includes of its own: it uses std::array, std::map
// and the rest through this list.
#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tenor::rt {

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

/// A duration as exact seconds.
inline Rational seconds(Duration d) { return Rational::fraction(d.micros, microsPerSecond); }
/// Exact seconds as a duration, rounded down to whole microseconds.
Duration toDuration(const Rational &secs);
inline Timestamp addSeconds(Timestamp t, const Rational &secs) { return t + toDuration(secs); }
inline Rational abs(const Rational &x) { return x.sign() < 0 ? -x : x; }

/// A number written in the agreement, for the generated constants, which
/// are built before main(). One that does not fit a Rational (a fraction of
/// 128-bit integers) cannot be reported there: it reads as 0 and is
/// remembered, and runEvaluator reports it as an error before evaluating.
Rational literal(std::string_view decimal);
/// The first number given to literal() that did not fit, if any.
std::optional<std::string> unrepresentableLiteral();

/// A stored field as the value formulas compute with.
inline Rational val(int64_t v) { return Rational(v); }
inline Rational val(Duration d) { return seconds(d); }
inline const Rational &val(const Rational &v) { return v; }
inline std::string_view val(const std::string &s) { return s; }
inline std::string_view val(std::string_view s) { return s; }
inline bool val(bool b) { return b; }
inline int val(int e) { return e; }
inline Timestamp val(Timestamp t) { return t; }
inline Date val(Date d) { return d; }
inline Interval val(Interval i) { return i; }

/// An optional stored field as an optional value (a copy: `val` of a stored
/// Rational is a reference, and an optional cannot hold one).
template <typename T>
auto lift(const std::optional<T> &v) -> std::optional<std::decay_t<decltype(val(*v))>> {
  if (!v)
    return std::nullopt;
  return val(*v);
}

/// `x ?? d`.
template <typename T, typename U> T orElse(const std::optional<T> &x, const U &d) {
  return x ? *x : T(d);
}
template <typename T>
std::optional<T> orElse(const std::optional<T> &x, const std::optional<T> &d) {
  return x ? x : d;
}

/// `x in {a, b}`.
template <typename T> bool inSet(const T &x, std::initializer_list<T> members) {
  return std::find(members.begin(), members.end(), x) != members.end();
}

/// Whether an interval row belongs to [p.start, p.end): it overlaps it, or
/// it is empty and lies inside.
inline bool overlaps(const Interval &iv, const Interval &p) {
  return iv.start < p.end && (p.start < iv.end || (iv.start == iv.end && p.start <= iv.start));
}
inline bool contains(const Interval &span, Timestamp t) { return span.start <= t && t < span.end; }

//===----------------------------------------------------------------------===//
// Reading rows
//===----------------------------------------------------------------------===//

/// The unit of a `duration in …` field from its length in microseconds.
DurationUnit durationUnitOf(int64_t micros);

//===----------------------------------------------------------------------===//
// Parameters, outcomes, holdbacks, main()
//===----------------------------------------------------------------------===//

/// Parses `--param name=text` for a number of the given kind: money as
/// "1200 USD" or "1200" in `currency`, percent as "5%" or a fraction,
/// durations as "30 d", "15 min" or seconds. A negative value (`-0` too)
/// is rejected: no parameter type allows one.
bool parseParam(std::string_view name, std::string_view text, ValueKind kind,
                std::string_view currency, Rational &out, std::string &error);
inline bool parseParam(std::string_view name, std::string_view text, ValueKind kind,
                       std::string_view currency, std::optional<Rational> &out,
                       std::string &error) {
  Rational value;
  if (!parseParam(name, text, kind, currency, value, error))
    return false;
  out = value;
  return true;
}

/// `--param` text as a data value, for the parsers of Fields.h.
inline RawValue paramText(std::string_view text) { return {RawKind::Text, text}; }

/// Stores a parsed `--param` value of a type other than a number (bool,
/// text, timestamp, date, interval, enum), or explains why it is rejected.
template <typename T, typename S>
bool takeParam(std::string_view name, const FieldResult<T> &v, S &out, std::string &error) {
  if (v.ok()) {
    out = S(v.value());
    return true;
  }
  error = "--param " + std::string(name) + ": " +
          (v.isMissing() ? std::string("expected a value, found nothing") : v.reason());
  return false;
}
template <typename T, typename S>
bool takeParam(std::string_view name, const FieldResult<T> &v, std::optional<S> &out,
               std::string &error) {
  S value{};
  if (!takeParam(name, v, value, error))
    return false;
  out = std::move(value);
  return true;
}

/// The outcomes per period of the objective or obligation `name`.
Outcomes outcomesOf(const Report &r, std::string_view name);
/// What condition `c` watches: its named subject, or every objective (not
/// the obligations) for `all objectives` / `any objective`.
std::vector<Outcomes> conditionSubjects(const Report &r, const ConditionSpec &c);

/// A holdback's status at the end of the term, or `pending` when the
/// evaluated range ends before the term does.
HoldbackResult evaluateHoldback(std::string name, std::string title, const ConditionSpec &released,
                                const Rational &amount, std::string currency, const Report &report,
                                Interval range, Timestamp termEnd);

using NamedStats = std::pair<std::string, DataStats>;

/// What runEvaluator needs to know about the agreement.
struct EvaluatorInfo {
  const char *program;
  std::span<const std::string_view> datasets, params, requiredParams;
  std::string_view agreement;
  std::string_view effectiveFrom, effectiveUntil; ///< YYYY-MM-DD or empty
  /// Resolves the agreement's time zones and calendars before anything
  /// reads them; may throw UnknownTimeZone (then an error, exit 2).
  void (*setUp)() = nullptr;
  /// `--worked-examples FILE` checks the contract's worked examples with
  /// these (LANGUAGE.md 12.2) instead of evaluating.
  WorkedExampleHooks workedExamples = {};
};

/// Reads every dataset; rows whose time key lies outside `accepted` (the
/// effective dates and --from/--to) are read and counted, then set aside.
using ReadAll = std::function<bool(const EvalOptions &, Interval accepted,
                                   std::vector<NamedStats> &, std::string &)>;
using EvaluateAll = Report (*)(const EvalSpan &span);

/// The main() of every evaluator: command line, reading, range, evaluation,
/// report and exit code (LANGUAGE.md section 8). The range never reaches
/// outside the effective dates: --from/--to beyond them are moved to them,
/// and a range entirely outside them is an error. No exception escapes: an
/// unknown time zone, an overflow or running out of memory is an error, and
/// anything else an internal error, each with exit code 2.
int runEvaluator(int argc, char **argv, const EvaluatorInfo &info, const TimeZone &zone,
                 const std::vector<WindowSpec> &windows, const ReadAll &read, const KeyRange &keys,
                 EvaluateAll evaluate);

} // namespace tenor::rt

#endif
