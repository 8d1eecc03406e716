//===- Evaluator.h - The support generated evaluators build on --*- C++ -*-===//
//
// The one header a generated evaluator includes. Besides the rest of the
// runtime it provides the small pieces generated code is written in terms
// of: value conversions (every number is an exact Rational; durations in
// seconds), reading a dataset's columns from CSV or JSON Lines alike, day
// buckets of accumulator state, obligation items, parameters, and
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
#include "tenor/rt/cli/Cli.h"
#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/FastFields.h"
#include "tenor/rt/data/Fields.h"
#include "tenor/rt/data/Jsonl.h"
#include "tenor/rt/eval/Aggregates.h"
#include "tenor/rt/eval/Conditions.h"
#include "tenor/rt/eval/Remedies.h"
#include "tenor/rt/report/ReportModel.h"

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

/// Stores a parsed field, or explains why it could not be: a required field
/// that is missing, or a value that does not parse.
template <typename T, typename S>
bool take(const FieldResult<T> &v, const DataField &f, std::string_view name, S &out,
          DataError &err) {
  if (v.ok()) {
    out = S(v.value());
    return true;
  }
  err = fieldError(f, name, v.isMissing() ? missingValueReason(f.value) : v.reason());
  return false;
}
template <typename T, typename S>
bool take(const FieldResult<T> &v, const DataField &f, std::string_view name, std::optional<S> &out,
          DataError &err) {
  if (v.isMissing()) {
    out.reset();
    return true;
  }
  if (v.ok()) {
    out = S(v.value());
    return true;
  }
  err = fieldError(f, name, v.reason());
  return false;
}
inline bool take(const FieldResult<size_t> &v, const DataField &f, std::string_view name, int &out,
                 DataError &err) {
  size_t i = 0;
  if (!take(v, f, name, i, err))
    return false;
  out = static_cast<int>(i);
  return true;
}

/// The unit of a `duration in …` field from its length in microseconds.
DurationUnit durationUnitOf(int64_t micros);

/// The named columns of a CSV or JSON Lines file, row by row.
class RowSource {
public:
  /// Opens the data; a CSV header without a column that is not `optional`
  /// is an error (in JSON Lines, each row says what it lacks).
  bool open(const DataArg &arg, std::span<const std::string_view> columns,
            std::span<const bool> optional, DataError &err);
  /// Reads the next row; false at the end of the data.
  bool next(DataError &err);
  /// False when the row could not be read at all; error() says why.
  bool ok() const;
  const DataError &error() const;
  /// Column `i` of the columns given to open(). Inline: called for every
  /// field of every row.
  DataField field(size_t i) const {
    return format == DataFormat::Jsonl ? jsonRow.field(names[i], jsonHints[i])
                                       : csvRow.field(csvColumns[i]);
  }
  /// An error about the current row as a whole, at the line where it starts.
  DataError rowError(std::string reason) const {
    return {names.empty() ? 0 : field(0).line, 0, std::move(reason)};
  }

private:
  DataFormat format = DataFormat::Csv;
  CsvReader csv;
  CsvRow csvRow;
  JsonlReader jsonl;
  JsonlRow jsonRow;
  std::vector<int> csvColumns;
  std::vector<std::string_view> names;
  mutable std::vector<size_t> jsonHints; ///< where each column's key was last
};

/// The earliest and latest time keys seen.
struct KeyRange {
  std::optional<Timestamp> min, max;
  void add(Timestamp t) {
    if (!min || t < *min)
      min = t;
    if (!max || *max < t)
      max = t;
  }
  /// An interval key holds data from its start to just before its end.
  void add(Interval iv) {
    add(iv.start);
    add(iv.start < iv.end ? iv.end - Duration{1} : iv.start);
  }
};

/// What is evaluated: the range, the cut-off for pending items, the end of
/// the term (for holdbacks), and the date periods are aligned to (the
/// agreement's effective date, if any).
struct EvalSpan {
  Interval range;
  Timestamp asOf, termEnd;
  std::optional<Date> anchor;
};

/// The part of `p` inside the evaluated range: where data counts.
inline Interval clip(const Period &p, const Interval &range) {
  return {std::max(p.start, range.start), std::min(p.end, range.end)};
}

/// Whether period `p` is not complete in the data. It is partial when it
/// reaches outside the evaluated range, starts before the first local day
/// (in `zone`) holding data or ends after the last one, or ends after the
/// cut-off `--as-of`; a period without any data is partial too.
bool isPartial(const Period &p, const EvalSpan &span, const KeyRange &keys, const TimeZone &zone);

/// Accumulator state per local day, merged into periods on demand.
template <typename State> class DayBuckets {
public:
  explicit DayBuckets(const TimeZone &zone) : zone(zone) {}
  State &at(Timestamp t) {
    if (current && t >= dayStart && t < dayEnd)
      return *current;
    Date d = zone.localDate(t);
    dayStart = zone.startOfDay(d);
    dayEnd = zone.startOfDay(addDays(d, 1));
    current = &days[dayStart.micros];
    return *current;
  }
  /// Calls `fn` with the state of each day that starts inside `p`.
  template <typename Fn> void forEachDay(const Interval &p, Fn fn) const {
    for (auto it = days.lower_bound(p.start.micros); it != days.end() && it->first < p.end.micros;
         ++it)
      fn(it->second);
  }

private:
  const TimeZone &zone;
  std::map<int64_t, State> days;
  State *current = nullptr;
  Timestamp dayStart, dayEnd;
};

//===----------------------------------------------------------------------===//
// Obligations
//===----------------------------------------------------------------------===//

struct ObligationItem {
  Timestamp key;
  bool hasDeadline = false;
  Timestamp deadline;
  std::optional<Timestamp> done;
  bool ok = true; ///< for `must <condition>`
  std::string id;
};

struct ObligationStats {
  int64_t items = 0, breaches = 0, pending = 0;
  Rational compliance = Rational(1);
  std::vector<std::string> breachedIds;
};

/// Why an item that completed at `done`, before `from` (named `fromName`,
/// such as "`opened_at`"), is bad data; for fieldError().
std::string completionBefore(Timestamp done, std::string_view fromName, Timestamp from);

/// The items whose time key lies in `p`: on time, breached, or pending
/// (no completion yet and the deadline not passed by `asOf`).
ObligationStats obligationStats(const std::vector<ObligationItem> &items, const Interval &p,
                                Timestamp asOf);

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
