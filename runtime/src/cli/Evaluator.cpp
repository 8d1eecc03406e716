//===- Evaluator.cpp - The support generated evaluators build on ----------===//
//
// The values of generated formulas, `--param` parsing, outcomes and
// holdbacks, and the evaluator's main(). Kept out of generated code so that
// every evaluator behaves the same at its edges: options, messages, exit
// codes.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/Evaluator.h"
#include "data/FieldsSupport.h"

#include "tenor/rt/base/Currency.h"
#include "tenor/rt/cli/ReportOutput.h"
#include "tenor/rt/report/JsonReport.h"
#include "tenor/rt/report/TextReport.h"

#include <cstdio>
#include <exception>
#include <fmt/format.h>
#include <new>

namespace tenor::rt {

Duration toDuration(const Rational &secs) {
  Rational micros = secs * Rational(microsPerSecond);
  return {static_cast<int64_t>(micros.floor())};
}

namespace {
/// Function-local, so that literal() may run during static initialization.
std::optional<std::string> &badLiteral() {
  static std::optional<std::string> first;
  return first;
}
} // namespace

Rational literal(std::string_view decimal) {
  std::optional<Rational> value;
  try {
    value = Rational::parseDecimal(decimal);
  } catch (const ArithmeticOverflow &) {
  }
  if (value)
    return *value;
  if (!badLiteral())
    badLiteral() = std::string(decimal);
  return Rational(0);
}

std::optional<std::string> unrepresentableLiteral() { return badLiteral(); }

DurationUnit durationUnitOf(int64_t micros) {
  return core::durationUnitOfMicros(micros).value_or(DurationUnit::Seconds);
}

namespace {
std::string_view kindName(ValueKind kind) {
  switch (kind) {
  case ValueKind::Money:
    return "money";
  case ValueKind::Percent:
    return "percent";
  case ValueKind::Duration:
    return "duration";
  case ValueKind::DataSize:
    return "data size";
  case ValueKind::Int:
    return "whole-number";
  default:
    return "number";
  }
}
} // namespace

bool parseParam(std::string_view name, std::string_view text, ValueKind kind,
                std::string_view currency, Rational &out, std::string &error) {
  std::string_view number = text;
  while (!number.empty() && number.back() == ' ')
    number.remove_suffix(1);
  std::string_view unit;
  if (size_t space = number.rfind(' '); space != std::string_view::npos) {
    unit = number.substr(space + 1);
    number = number.substr(0, space);
  }
  Rational scale(1);
  if (kind == ValueKind::Percent && unit.empty() && !number.empty() && number.back() == '%') {
    number.remove_suffix(1);
    scale = Rational::fraction(1, 100);
  } else if (kind == ValueKind::Money && !unit.empty() && unit != currency) {
    error = fmt::format("--param {}: expected an amount in {}, found `{}`", name, currency, text);
    return false;
  } else if (kind == ValueKind::Duration && !unit.empty()) {
    std::optional<DurationUnit> u = core::durationUnitNamed(unit);
    if (!u) {
      error = fmt::format("--param {}: `{}` is not a unit of time; use {}", name, unit,
                          core::unitSymbolList(core::durationUnits, "or"));
      return false;
    }
    scale = Rational::fraction(core::unitInfo(*u).size, microsPerSecond);
  } else if (!unit.empty() && kind != ValueKind::Money) {
    error = fmt::format("--param {}: expected a number, found `{}`", name, text);
    return false;
  }
  std::optional<Rational> v = Rational::parseDecimal(number);
  if (!v && detail::isDecimalSyntax(number)) {
    error = fmt::format("--param {}: `{}` has too many digits to be used exactly", name, text);
    return false;
  }
  if (!v) {
    error = fmt::format("--param {}: expected a number, found `{}`", name, text);
    return false;
  }
  // No parameter type allows a negative value (one that did would say so in
  // its type): a negative fee would silently cancel every credit. `-0` is
  // rejected too, since it is written as a negative number.
  if (number.starts_with('-')) {
    error = fmt::format("--param {}: found `{}`; a {} parameter cannot be negative", name, text,
                        kindName(kind));
    return false;
  }
  if (kind == ValueKind::Int && !v->isInteger()) {
    error = fmt::format("--param {}: expected a whole number, found `{}`", name, text);
    return false;
  }
  // A value exact as written can still be too long once scaled (a percent
  // with 37 decimals has a 39-digit denominator after the division by 100).
  try {
    out = *v * scale;
  } catch (const ArithmeticOverflow &) {
    error = fmt::format("--param {}: `{}` has too many digits to be used exactly", name, text);
    return false;
  }
  return true;
}

Outcomes outcomesOf(const Report &r, std::string_view name) {
  Outcomes o;
  o.name = std::string(name);
  for (const ObjectiveResult &obj : r.objectives)
    if (obj.name == name)
      for (const ObjectivePeriod &p : obj.periods)
        o.met.push_back({p.period, p.met});
  for (const ObligationResult &obl : r.obligations)
    if (obl.name == name)
      for (const ObligationPeriod &p : obl.periods)
        o.met.push_back({p.period, p.met});
  return o;
}

std::vector<Outcomes> conditionSubjects(const Report &r, const ConditionSpec &c) {
  if (c.subject == ConditionSpec::Subject::Named)
    return {outcomesOf(r, c.name)};
  std::vector<Outcomes> objectives;
  for (const ObjectiveResult &obj : r.objectives)
    objectives.push_back(outcomesOf(r, obj.name));
  return objectives;
}

HoldbackResult evaluateHoldback(std::string name, std::string title, const ConditionSpec &released,
                                const Rational &amount, std::string currency, const Report &report,
                                Interval range, Timestamp termEnd) {
  HoldbackResult h{.name = std::move(name),
                   .title = std::move(title),
                   .status = "pending",
                   .amount = amount.roundHalfUp(currencyMinorUnit(currency)),
                   .currency = std::move(currency),
                   .unknown = {}};
  std::vector<Outcomes> subjects = conditionSubjects(report, released);
  for (const Outcomes &subject : subjects)
    for (const auto &[period, met] : subject.met)
      if (!met)
        h.unknown.push_back({subject.name, period});
  if (range.end < termEnd)
    return h;
  h.status = conditionArose(released, subjects) ? "released" : "forfeited";
  return h;
}

namespace {

std::optional<Date> dateOf(std::string_view s) {
  return s.empty() ? std::optional<Date>() : parseDate(s);
}

Timestamp boundOf(const TimeBound &b, const TimeZone &zone) {
  return b.timestamp ? *b.timestamp : zone.startOfDay(*b.date);
}

Interval effectiveTerm(const EvaluatorInfo &info, const TimeZone &zone);

/// The rows that take part: inside the effective dates and --from/--to.
Interval acceptedSpan(const EvalOptions &opt, const EvaluatorInfo &info, const TimeZone &zone) {
  Interval accepted = effectiveTerm(info, zone);
  if (opt.from)
    accepted.start = std::max(accepted.start, boundOf(*opt.from, zone));
  if (opt.to)
    accepted.end = std::min(accepted.end, boundOf(*opt.to, zone));
  return accepted;
}

/// The effective term: from the effective date's local midnight to the
/// midnight after the last effective day; unbounded where not given.
Interval effectiveTerm(const EvaluatorInfo &info, const TimeZone &zone) {
  Interval term{Timestamp::min(), Timestamp::max()};
  if (std::optional<Date> from = dateOf(info.effectiveFrom))
    term.start = zone.startOfDay(*from);
  if (std::optional<Date> until = dateOf(info.effectiveUntil))
    term.end = zone.startOfDay(addDays(*until, 1));
  return term;
}

/// The evaluated range: --from/--to where given, else the periods that hold
/// data. Without data it is the effective term when the agreement has one
/// (so that `if no data` can apply), else empty (at --from or --to, or at
/// the epoch). Never outside the effective term: --from/--to reaching
/// beyond it are moved to its bounds, and a range entirely outside it is
/// an error (false, with the message in `error`).
bool rangeOf(const EvalOptions &opt, const EvaluatorInfo &info, const TimeZone &zone,
             const std::vector<WindowSpec> &windows, const KeyRange &keys, Interval &r,
             std::string &error) {
  std::optional<Date> from = dateOf(info.effectiveFrom), until = dateOf(info.effectiveUntil);
  std::optional<Interval> range;
  if (keys.min && keys.max)
    range = defaultRange(windows, zone, *keys.min, *keys.max, from, until);
  else if (from && until)
    range = Interval{zone.startOfDay(*from), zone.startOfDay(addDays(*until, 1))};
  r = range.value_or(Interval{});
  if (!opt.from && !opt.to)
    return true;
  Interval term = effectiveTerm(info, zone);
  Timestamp wantFrom = opt.from ? boundOf(*opt.from, zone) : Timestamp::min();
  Timestamp wantTo = opt.to ? boundOf(*opt.to, zone) : Timestamp::max();
  if (!(wantFrom < term.end) || !(term.start < wantTo)) {
    std::string effective = from && until ? "from " + std::string(info.effectiveFrom) + " to " +
                                                std::string(info.effectiveUntil) + ", both included"
                            : from ? "from " + std::string(info.effectiveFrom)
                                   : "until " + std::string(info.effectiveUntil) + ", included";
    std::string asked = opt.from && opt.to ? "--from " + opt.from->text + " --to " + opt.to->text
                        : opt.from         ? "--from " + opt.from->text
                                           : "--to " + opt.to->text;
    error = "the range " + asked + " lies outside the agreement's effective dates (" + effective +
            "); nothing to evaluate";
    return false;
  }
  if (opt.from)
    r.start = std::max(wantFrom, term.start);
  if (opt.to)
    r.end = std::min(wantTo, term.end);
  if (!range && opt.from != std::nullopt && !opt.to)
    r.end = r.start;
  if (!range && opt.to != std::nullopt && !opt.from)
    r.start = r.end;
  return true;
}

int finish(const EvalOptions &opt, const Report &report) {
  std::string text =
      opt.format == ReportFormat::Text ? writeTextReport(report) : writeJsonReport(report);
  std::string error;
  if (!writeOutput(opt.output, text, error)) {
    std::fprintf(stderr, "error: %s\n", error.c_str());
    return exitBadInput;
  }
  return opt.failOnBreach && report.anyBreach() ? exitBreached : exitEvaluated;
}

} // namespace

namespace {

/// Everything runEvaluator does; exceptions are caught by the caller.
int evaluateCommandLine(int argc, char **argv, const EvaluatorInfo &info, const TimeZone &zone,
                        const std::vector<WindowSpec> &windows, const ReadAll &read,
                        const KeyRange &keys, EvaluateAll evaluate) {
  if (argc == 3 && std::string_view(argv[1]) == "--worked-examples" && info.workedExamples.remedy) {
    if (info.setUp)
      info.setUp();
    return checkWorkedExamples(argv[2], info.workedExamples);
  }
  CliSpec spec{info.program, info.datasets, info.params, info.requiredParams};
  CliResult cli = parseCommandLine(argc, argv, spec);
  if (!cli.ok()) {
    std::fprintf(stderr, "error: %s\n", cli.error.c_str());
    return exitBadInput;
  }
  const EvalOptions &opt = cli.options;
  if (opt.help) {
    std::fputs(usageText(spec).c_str(), stdout);
    return exitEvaluated;
  }
  if (opt.version) {
    std::printf("evaluator of agreement %.*s\n", int(info.agreement.size()), info.agreement.data());
    return exitEvaluated;
  }
  if (std::optional<std::string> number = unrepresentableLiteral()) {
    std::fprintf(stderr,
                 "error: the number `%s` of the agreement does not fit the evaluator's exact "
                 "numbers (fractions of 128-bit integers)\n",
                 number->c_str());
    return exitBadInput;
  }
  // Time zones and calendars are resolved here rather than before main(),
  // so that a zone the host's tz database lacks is an error, not an abort.
  if (info.setUp)
    info.setUp();
  std::vector<NamedStats> stats;
  std::string error;
  if (opt.from && opt.to && boundOf(*opt.to, zone) < boundOf(*opt.from, zone)) {
    std::fprintf(stderr, "error: --to is before --from\n");
    return exitBadInput;
  }
  if (!read(opt, acceptedSpan(opt, info, zone), stats, error)) {
    std::fprintf(stderr, "error: %s\n", error.c_str());
    return exitBadInput;
  }
  EvalSpan span;
  if (!rangeOf(opt, info, zone, windows, keys, span.range, error)) {
    std::fprintf(stderr, "error: %s\n", error.c_str());
    return exitBadInput;
  }
  span.asOf = opt.asOf.value_or(span.range.end);
  span.anchor = dateOf(info.effectiveFrom);
  std::optional<Date> until = dateOf(info.effectiveUntil);
  span.termEnd = until ? zone.startOfDay(addDays(*until, 1)) : span.range.end;
  Report report = evaluate(span);
  report.data = std::move(stats);
  return finish(opt, report);
}

} // namespace

int runEvaluator(int argc, char **argv, const EvaluatorInfo &info, const TimeZone &zone,
                 const std::vector<WindowSpec> &windows, const ReadAll &read, const KeyRange &keys,
                 EvaluateAll evaluate) {
  // No exception leaves main(): the ones the data or the host can cause are
  // errors in their own words, anything else is an internal error. Exit 2.
  try {
    return evaluateCommandLine(argc, argv, info, zone, windows, read, keys, evaluate);
  } catch (const UnknownTimeZone &e) {
    // The compiler accepted the name, so this host's tz database lacks it.
    std::fprintf(stderr,
                 "error: time zone \"%s\" is not in this host's tz database; install or update "
                 "the tzdata package\n",
                 e.name.c_str());
  } catch (const ArithmeticOverflow &e) {
    std::fprintf(stderr, "error: %s\n", e.what());
  } catch (const DivisionByZero &) {
    // Per period a division by zero is "no value", per row a bad row;
    // elsewhere there is no period or row to leave out.
    std::fprintf(stderr, "error: division by zero in a formula outside the metrics (a holdback, "
                         "a total cap, a deadline or a condition of kept rows)\n");
  } catch (const std::bad_alloc &) {
    std::fprintf(stderr, "error: out of memory\n");
  } catch (const std::exception &e) {
    std::fprintf(stderr, "internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "internal error: an exception of unknown type\n");
  }
  return exitBadInput;
}

} // namespace tenor::rt
