//===- EmitMain.cpp - Parameters, remedies, the report and main() ---------===//
//
// The evaluator's driver: read the command line and the parameters, read
// every dataset once, work out the evaluated range, evaluate each objective
// and obligation per period of its window, then the remedies, caps,
// corrective actions, termination rights and holdbacks, and write the
// report. What is the same for every agreement is in the runtime's Engine.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"
#include "tenor/core/Weekdays.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>
#include <functional>

namespace tenor {

using ir::Type;

/// `rt::RemedyKind::Credit`: ir::Remedy::Kind and rt::RemedyKind are both
/// core::RemedyKind.
static std::string remedyKind(ir::Remedy::Kind k) {
  return std::string("rt::RemedyKind::") + core::remedyKindInfo(k).name;
}

/// What an objective's period is when its target has no value: the
/// objective's `if no data` clause as the runtime's optional outcome.
static const char *noDataOutcome(ir::NoDataOutcome o) {
  switch (o) {
  case ir::NoDataOutcome::Met:
    return "std::optional<bool>(true)";
  case ir::NoDataOutcome::Breached:
    return "std::optional<bool>(false)";
  case ir::NoDataOutcome::Unknown:
    return "std::optional<bool>()";
  }
  llvm_unreachable("unknown no-data outcome");
}

/// What an incomplete period of an objective is (`if incomplete`,
/// LANGUAGE.md 11.2); none for `measured`, which keeps the evaluated outcome.
static const char *incompleteOutcome(ir::IncompleteOutcome o) {
  switch (o) {
  case ir::IncompleteOutcome::Measured:
    return nullptr;
  case ir::IncompleteOutcome::Met:
    return "std::optional<bool>(true)";
  case ir::IncompleteOutcome::Breached:
    return "std::optional<bool>(false)";
  case ir::IncompleteOutcome::Unknown:
    return "std::optional<bool>()";
  }
  llvm_unreachable("unknown incomplete outcome");
}

std::string Emitter::gapLists(const std::vector<const ir::Dataset *> &reads) {
  std::string list;
  for (const ir::Dataset *d : reads)
    if (d->sampled())
      list += (list.empty() ? "&" : ", &") + ident("gaps", plan.datasetOf(d).id);
  return "{" + list + "}";
}

static std::string valueKind(const Type &t) {
  if (!t.isNumber())
    return "rt::ValueKind::Number";
  if (t.dim == ir::Dimension::timeDim())
    return "rt::ValueKind::Duration";
  if (t.dim == ir::Dimension::dataDim())
    return "rt::ValueKind::DataSize";
  if (t.dim.money)
    return "rt::ValueKind::Money";
  if (t.integer)
    return "rt::ValueKind::Int";
  return t.percent ? "rt::ValueKind::Percent" : "rt::ValueKind::Number";
}

std::string Emitter::metricValue(const ir::Metric &m) {
  const Type &t = m.type;
  std::string name = quoted(m.name), value = ident("metric", m.name) + "(c)";
  if (t.isNumber())
    return fmt::format("rt::metricValue({}, {}, {}{})", name, valueKind(t), value,
                       t.dim.money ? ", " + quoted(t.dim.currency) : "");
  if (t.kind == Type::Kind::Enum)
    return fmt::format("rt::metricValue({}, {}, {})", name, value, enumMembers(*t.enumType));
  return fmt::format("rt::metricValue({}, {})", name, value);
}

std::string Emitter::windowSpec(const WindowPlan &w) {
  if (w.rolling)
    return fmt::format("rt::WindowSpec{{.unit = rt::WindowUnit::Day, .count = 1, .rolling = true, "
                       ".rollingLength = rt::toDuration({})}}",
                       constant("rt::literal(" + quoted(w.rollingSeconds) + ")", "rt::Rational"));
  return fmt::format("rt::WindowSpec{{.unit = rt::WindowUnit::{}, .count = {}, .rolling = false, "
                     ".rollingLength = {{}}}}",
                     core::windowUnitInfo(w.unit).name, w.count);
}

/// The C++ that parses `--param` text `a->value` into `member`.
static std::string paramParser(const ir::Param &p, const std::string &member,
                               const std::string &members) {
  const Type &t = p.type;
  if (t.isNumber())
    return fmt::format("rt::parseParam(a->name, a->value, {}, {}, {}, error)", valueKind(t),
                       quoted(t.dim.currency), member);
  std::string parser;
  switch (t.kind) {
  case Type::Kind::Bool:
    parser = "rt::parseBoolField";
    break;
  case Type::Kind::Text:
    parser = "rt::parseTextField";
    break;
  case Type::Kind::Timestamp:
    parser = "rt::parseTimestampField";
    break;
  case Type::Kind::Date:
    parser = "rt::parseDateField";
    break;
  case Type::Kind::Interval:
    parser = "rt::parseIntervalField";
    break;
  case Type::Kind::Enum:
    return fmt::format("rt::takeParam(a->name, rt::parseEnumField(rt::paramText(a->value), {}), "
                       "{}, error)",
                       members, member);
  default:
    return "true";
  }
  return fmt::format("rt::takeParam(a->name, {}(rt::paramText(a->value)), {}, error)", parser,
                     member);
}

void Emitter::emitParams() {
  open("struct Params");
  for (auto &p : agreement.params) {
    const Type &t = p->type;
    std::string type = t.kind == Type::Kind::Text ? "std::string" : cppType(t.required());
    line("{} {}{{}};", t.optional ? "std::optional<" + type + ">" : type, ident("p", p->name));
  }
  close("};");
  line("static Params P;");
  blank();
  open("static bool readParams([[maybe_unused]] const rt::EvalOptions &opt, "
       "[[maybe_unused]] std::string &error)");
  for (auto &p : agreement.params) {
    std::string member = "P." + ident("p", p->name);
    std::string members =
        p->type.kind == Type::Kind::Enum ? enumMembers(*p->type.enumType) : std::string();
    line("if (const rt::ParamArg *a = opt.findParam({})) {{", quoted(p->name));
    line("  if (!{}) return false;", paramParser(*p, member, members));
    if (p->defaultValue) {
      std::vector<std::string> hoisted;
      line("}} else {{");
      line("  {} = {};", member, expr(*p->defaultValue, ExprMode::Row, hoisted));
    }
    line("}}");
  }
  line("return true;");
  close();
  blank();
}

void Emitter::emitRemedySpec(const RemedyPlan &r) {
  // Thresholds and amounts are usually literals (constants), but may be
  // params, consts or formulas of the period.
  localCount = 0;
  std::vector<std::string> hoisted, fields;
  auto flag = [](bool b) { return b ? "true" : "false"; };
  fields.push_back(".name = " + quoted(r.name) + ",");
  fields.push_back(".title = " + quoted(r.title) + ",");
  fields.push_back(fmt::format(".kind = {},", remedyKind(r.kind)));
  fields.push_back(".currency = " + quoted(r.currency) + ",");
  fields.push_back(".tiers = {");
  auto bound = [&](const std::optional<ir::Bound> &b) -> std::string {
    if (!b)
      return "std::nullopt";
    return fmt::format("rt::TierBound{{.value = {}, .inclusive = {}}}",
                       expr(*b->value, ExprMode::Period, hoisted), flag(b->inclusive));
  };
  for (const TierPlan &t : r.tiers)
    fields.push_back(fmt::format("    rt::TierSpec{{.lower = {}, .upper = {}, .amount = {}, "
                                 ".amountIsPercent = {}, .label = {}}},",
                                 bound(t.lower), bound(t.upper),
                                 expr(*t.amount, ExprMode::Period, hoisted),
                                 flag(t.amountIsPercent), quoted(t.label)));
  fields.push_back("},");
  // Every field, so that -Wmissing-field-initializers has nothing to say.
  auto amount = [&](const ir::Expr *e, const char *slot, const char *percentSlot, bool percent) {
    fields.push_back(
        fmt::format(".{} = {},", slot, e ? expr(*e, ExprMode::Period, hoisted) : "std::nullopt"));
    if (percentSlot)
      fields.push_back(fmt::format(".{} = {},", percentSlot, flag(percent)));
  };
  amount(r.flatAmount, "flatAmount", "flatIsPercent", r.flatIsPercent);
  amount(r.cap, "cap", "capIsPercent", r.capIsPercent);
  amount(r.minimum, "minimum", nullptr, false);
  // Nothing when a threshold or amount has no value (LANGUAGE.md 11.8): the
  // caller reports that nothing is owed, and why.
  open(fmt::format("static std::optional<rt::RemedySpec> {}([[maybe_unused]] Ctx &c)",
                   ident("remedy", r.name)));
  open("try");
  for (const std::string &h : hoisted)
    line("{}", h);
  line("return rt::RemedySpec{{");
  for (const std::string &f : fields)
    line("    {}", f);
  line("}};");
  close("} catch (const rt::DivisionByZero &) {");
  line("  return std::nullopt;");
  line("}}");
  close();
}

void Emitter::emitRemedySpecs() {
  for (const RemedyPlan &r : plan.remedies) {
    emitRemedySpec(r);
    if (r.measure)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("measure", r.name)),
                            *r.measure);
    if (r.base)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("base", r.name)),
                            *r.base);
    blank();
  }
}

void Emitter::emitEvaluateObjectives() {
  for (auto &o : agreement.objectives) {
    if (!o->target)
      continue;
    line("{{");
    ++indent;
    line("rt::ObjectiveResult res{{.name = {}, .title = {}, .periods = {{}}}};", quoted(o->name),
         quoted(o->displayName()));
    line("rt::PeriodGrid grid({}, zone, span.range, span.anchor);",
         windowSpec(plan.windowOf(o->window)));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::ObjectivePeriod op;");
    line("op.period = grid.period(i);");
    line("op.partial = rt::isPartial(op.period, span, {});", gapLists(o->reads));
    line("Ctx c = makeCtx(op.period, span);");
    line("auto met = {}(c);", ident("target", o->name));
    line("op.met = met ? met : {};", noDataOutcome(o->ifNoData));
    if (const char *incomplete = incompleteOutcome(o->ifIncomplete))
      line("if (op.partial) op.met = {};", incomplete);
    // The metrics the target reads are reported with the outcome.
    std::set<const ir::Metric *> shown;
    std::function<void(const ir::Expr &)> visit = [&](const ir::Expr &e) {
      if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(&e); m && shown.insert(m->metric).second)
        line("op.metrics.push_back({});", metricValue(*m->metric));
      ir::forEachChild(e, visit);
    };
    visit(*o->target);
    line("res.periods.push_back(std::move(op));");
    close();
    line("report.objectives.push_back(std::move(res));");
    --indent;
    line("}}");
  }
}

void Emitter::emitEvaluateObligations() {
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    line("{{");
    ++indent;
    line("rt::ObligationResult res{{.name = {}, .title = {}, .periods = {{}}}};", quoted(o->name),
         quoted(o->displayName()));
    line("rt::PeriodGrid grid({}, zone, span.range, span.anchor);",
         windowSpec(plan.windowOf(o->window)));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::Period p = grid.period(i);");
    line("rt::ObligationStats s = rt::obligationStats({}, rt::clip(p, span.range), span.asOf);",
         ident("items", o->name));
    line("rt::ObligationPeriod op{{.period = p, .partial = rt::isPartial(p, span, {}), "
         ".items = s.items, .breaches = s.breaches, .pending = s.pending, "
         ".compliance = s.compliance, .met = s.compliance >= {}, .breachedItems = s.breachedIds}};",
         gapLists(o->reads),
         constant("rt::literal(" + quoted(o->targetFraction) + ")", "rt::Rational"));
    line("res.periods.push_back(std::move(op));");
    close();
    line("report.obligations.push_back(std::move(res));");
    --indent;
    line("}}");
  }
}

std::string Emitter::noValueReason(const std::vector<const ir::Expr *> &figures,
                                   const std::string &fallback) {
  // The metrics the figures read directly, each once, in order.
  std::vector<const ir::Metric *> metrics;
  std::function<void(const ir::Expr &)> visit = [&](const ir::Expr &e) {
    if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(&e))
      if (m->metric->formula && plan.uses(m->metric) &&
          std::find(metrics.begin(), metrics.end(), m->metric) == metrics.end())
        metrics.push_back(m->metric);
    ir::forEachChild(e, visit);
  };
  for (const ir::Expr *e : figures)
    if (e)
      visit(*e);
  std::string list;
  for (const ir::Metric *m : metrics)
    list += fmt::format("{}{{{}, {}(c).has_value()}}", list.empty() ? "" : ", ", quoted(m->name),
                        ident("metric", m->name));
  return fmt::format("rt::noValueReason({{{}}}, {})", list, quoted(fallback));
}

void Emitter::emitEvaluateRemedies() {
  for (const RemedyPlan &r : plan.remedies)
    line("report.remedyNames.push_back({});", quoted(r.name));
  for (const RemedyPlan &r : plan.remedies) {
    if (r.subject.empty())
      continue;
    bool bonus = r.kind == ir::Remedy::Kind::Bonus;
    line("{{");
    ++indent;
    open(fmt::format("for (const auto &[p, met] : rt::outcomesOf(report, {}).met)",
                     quoted(r.subject)));
    line("if (met != std::optional<bool>({})) continue;", bonus ? "true" : "false");
    line("Ctx c = makeCtx(p, span);");
    line("const bool partial = rt::isPartial(p, span, {});", gapLists(r.remedy->reads));
    line("std::optional<rt::Rational> measure = {};",
         r.measure ? ident("measure", r.name) + "(c)" : "std::nullopt");
    line("std::optional<rt::Rational> base = {};",
         r.base ? ident("base", r.name) + "(c)" : "std::nullopt");
    // LANGUAGE.md 11.8: a figure without a value owes nothing, and the
    // entry says why, naming the metric when it is one.
    std::vector<const ir::Expr *> figures;
    for (const TierPlan &t : r.tiers)
      figures.insert(figures.end(), {t.threshold, t.andThreshold, t.amount});
    figures.insert(figures.end(), {r.flatAmount, r.cap, r.minimum});
    line("std::optional<rt::RemedySpec> spec = {}(c);", ident("remedy", r.name));
    open("if (!spec)");
    line("report.remedies.push_back(rt::RemedyAmount{{.remedy = {}, .kind = {}, "
         ".period = p, .amount = std::nullopt, .currency = {}, .tier = {{}}, .reason = {}, "
         ".partial = partial, .minimum = std::nullopt}});",
         quoted(r.name), remedyKind(r.kind), quoted(r.currency),
         noValueReason(figures, "a threshold or amount of " + r.name + " has no value"));
    line("continue;");
    close();
    line("rt::NoValueReasons why;");
    if (r.measure)
      line("if (!measure) why.measure = {};",
           noValueReason({r.measure}, "the measure of " + r.name + " has no value"));
    if (r.base)
      line("if (!base) why.base = {};",
           noValueReason({r.base}, "the base of " + r.name + " has no value"));
    line("if (auto owed = rt::computeRemedy(*spec, p, measure, base, why)) {{");
    line("  owed->partial = partial;");
    line("  report.remedies.push_back(*owed);");
    line("}}");
    close();
    --indent;
    line("}}");
  }
  emitTotalCaps();
}

void Emitter::emitTotalCaps() {
  for (const TotalCapPlan &cap : plan.totalCaps) {
    std::vector<std::string> hoisted;
    std::string of =
        cap.of ? "std::optional<rt::Rational>(" + expr(*cap.of, ExprMode::Row, hoisted) + ")"
               : "std::nullopt";
    line("rt::applyTotalCap({}, zone, report.remedies);", totalCapSpec(cap, of, hoisted));
  }
}

std::string Emitter::totalCapSpec(const TotalCapPlan &cap, const std::string &of,
                                  std::vector<std::string> &hoisted) {
  std::string covered, order;
  for (ir::Remedy::Kind k : cap.kinds)
    covered += (covered.empty() ? "" : ", ") + remedyKind(k);
  for (const std::string &name : cap.reduceFirst)
    order += (order.empty() ? "" : ", ") + quoted(name);
  return fmt::format("rt::TotalCapSpec{{.kinds = {{{}}}, .amount = {}, .isPercent = {}, .of = {}, "
                     ".per = rt::WindowUnit::{}, .reduceFirst = {{{}}}}}",
                     covered, expr(*cap.amount, ExprMode::Row, hoisted),
                     cap.isPercent ? "true" : "false", of, core::windowUnitInfo(cap.per).name,
                     order);
}

std::string Emitter::conditionSpec(const ConditionPlan &c) {
  return fmt::format("rt::ConditionSpec{{.subject = rt::ConditionSpec::Subject::{}, .name = {}, "
                     ".breached = {}, .form = rt::ConditionSpec::Form::{}, .count = {}, "
                     ".outOf = {}, .text = {}}}",
                     core::conditionSubjectInfo(c.subject).name, quoted(c.name),
                     c.breached ? "true" : "false", core::conditionFormInfo(c.form).name, c.count,
                     c.outOf, quoted(c.text));
}

void Emitter::emitEvaluateConditions() {
  for (const TerminationPlan &t : plan.terminations) {
    line("{{");
    ++indent;
    line("const rt::ConditionSpec spec = {};", conditionSpec(t.condition));
    line("if (auto arose = rt::conditionArose(spec, rt::conditionSubjects(report, spec)))");
    line("  report.termination.push_back(rt::TerminationEvent{{.party = {}, "
         ".condition = spec.text, .arose = *arose}});",
         quoted(t.party));
    --indent;
    line("}}");
  }
  for (const HoldbackPlan &h : plan.holdbacks) {
    std::vector<std::string> hoisted;
    std::string base = h.base ? expr(*h.base, ExprMode::Row, hoisted) : "rt::Rational(0)";
    std::string amount = h.amount ? expr(*h.amount, ExprMode::Row, hoisted) : "rt::Rational(0)";
    line("report.holdbacks.push_back(rt::evaluateHoldback({}, {}, {}, {}, {}, report, "
         "span.range, span.termEnd));",
         quoted(h.name), quoted(h.title), conditionSpec(h.releasedIf),
         h.amountIsPercent ? amount + " * " + base : amount, quoted(agreement.currency));
  }
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::CorrectiveAction)
      continue;
    std::string trigger = o->onBreachOf ? o->onBreachOf->name : o->onBreachOfObligation->name;
    std::vector<std::string> hoisted;
    std::string deadline =
        o->deadline ? expr(*o->deadline, ExprMode::Row, hoisted) : "rt::Rational(0)";
    open(fmt::format("for (const auto &[p, met] : rt::outcomesOf(report, {}).met)",
                     quoted(trigger)));
    line("if (met == std::optional<bool>(false))");
    line("  report.correctiveActions.push_back(rt::CorrectiveAction{{.obligation = {}, "
         ".trigger = {}, .breachedPeriod = p, .due = rt::addCalendarDays(p.end, "
         "rt::toDuration({}), zone), "
         ".deliverable = {}}});",
         quoted(o->name), quoted(trigger), deadline, quoted(o->deliverable));
    close();
  }
}

void Emitter::emitEvaluate() {
  open("static rt::Report evaluate(const rt::EvalSpan &span)");
  line("rt::Report report;");
  line("report.id = {};", quoted(agreement.name));
  line("report.title = {};", quoted(agreement.displayName()));
  line("report.version = {};", quoted(agreement.version));
  line("report.range = span.range;");
  // LANGUAGE.md 11.2: the expected rows of each sampled dataset that are
  // missing, which make the periods that read it partial.
  for (const DatasetPlan &p : plan.datasets)
    if (p.stepMicros) {
      line("const std::vector<rt::Interval> {} = {}.gaps(span.range, span.asOf, zone);",
           ident("gaps", p.id), ident("samples", p.id));
      line("report.gaps[{}] = {};", quoted(p.id), ident("gaps", p.id));
    }
  emitEvaluateObjectives();
  emitEvaluateObligations();
  emitEvaluateRemedies();
  emitEvaluateConditions();
  line("return report;");
  close();
  blank();
}

/// `std::array<std::string_view, N> NAME{…}` of `names`.
static std::string nameArray(const char *name, const std::vector<std::string> &names) {
  std::string list;
  for (const std::string &n : names)
    list += (list.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(n) + ")";
  return fmt::format("static constexpr std::array<std::string_view, {}> {}{{{}}};", names.size(),
                     name, list);
}

void Emitter::emitReadAll() {
  open("static bool readAll(const rt::EvalOptions &opt, [[maybe_unused]] rt::Interval accepted, "
       "std::vector<rt::NamedStats> &stats, std::string &error)");
  line("if (!readParams(opt, error)) return false;");
  if (plan.excludedTime.empty()) {
    for (const DatasetPlan &p : plan.datasets) {
      line("stats.push_back({{{}, {{}}}});", quoted(p.id));
      line("if (!{}(opt, accepted, stats.back().second, error)) return false;",
           ident("read", p.id));
    }
  } else {
    emitReadExcludedFirst();
  }
  line("return true;");
  close();
  blank();
}

/// With `during` exclusions, the datasets that build the sets are read
/// first and the sets finished, before the rows they cut; the report lists
/// the datasets in declaration order all the same.
void Emitter::emitReadExcludedFirst() {
  for (const DatasetPlan &p : plan.datasets)
    line("stats.push_back({{{}, {{}}}});", quoted(p.id));
  for (bool builders : {true, false}) {
    for (size_t i = 0; i < plan.datasets.size(); ++i) {
      const DatasetPlan &p = plan.datasets[i];
      if (p.builds.empty() != builders)
        line("if (!{}(opt, accepted, stats[{}].second, error)) return false;", ident("read", p.id),
             i);
    }
    if (builders)
      for (size_t i = 0; i < plan.excludedTime.size(); ++i)
        line("excluded{}.finish();", i);
  }
}

void Emitter::emitMain() {
  std::vector<std::string> datasetNames, paramNames, required;
  for (const DatasetPlan &p : plan.datasets)
    datasetNames.push_back(p.id);
  for (auto &p : agreement.params) {
    paramNames.push_back(p->name);
    if (!p->defaultValue && !p->type.optional)
      required.push_back(p->name);
  }
  std::string windowList;
  for (const WindowPlan &w : plan.windows)
    windowList += (windowList.empty() ? "" : ", ") + windowSpec(w);
  open("int main(int argc, char **argv)");
  line("{}", nameArray("datasets", datasetNames));
  line("{}", nameArray("params", paramNames));
  line("{}", nameArray("required", required));
  line("rt::EvaluatorInfo info{{.program = argv[0], .datasets = datasets, .params = params, "
       ".requiredParams = required, .agreement = {}, .effectiveFrom = {}, .effectiveUntil = {}, "
       ".setUp = setUp, .workedExamples = {{workedRemedy, workedDeadline, workedTotalCap, {}}}}};",
       quoted(agreement.name), quoted(agreement.effectiveFrom), quoted(agreement.effectiveUntil),
       quoted(agreement.currency));
  line("const std::vector<rt::WindowSpec> windows{{{}}};", windowList);
  line("return rt::runEvaluator(argc, argv, info, zone, windows, readAll, keys, evaluate);");
  close();
}

std::string Emitter::run() {
  // The zone and the calendars are set by setUp(), which runEvaluator
  // calls inside main(): a zone missing from the host's tz database must
  // be an error, and nothing thrown before main() can be caught.
  line("static rt::TimeZone zone;");
  line("static rt::KeyRange keys;");
  blank();
  std::vector<std::string> setUp = {
      fmt::format("zone = rt::TimeZone::byName({});", quoted(agreement.timezone))};
  for (const ir::Calendar *c : agreement.calendars) {
    open(fmt::format("static rt::BusinessCalendar {}()", ident("makeCalendar", c->name)));
    line("rt::BusinessCalendar cal(rt::TimeZone::byName({}));", quoted(c->timezone));
    for (const ir::Calendar::Hours &h : c->hours)
      line("cal.addHours(rt::Weekday::{}, {}, {});", core::weekdays[h.weekday].name, h.fromMinute,
           h.toMinute);
    for (const ir::Calendar::Closed &x : c->except)
      line("cal.addExceptions(rt::parseDate({}).value(), rt::parseDate({}).value());",
           quoted(x.first), quoted(x.last));
    line("return cal;");
    close();
    line("static rt::BusinessCalendar {};", ident("cal", c->name));
    setUp.push_back(
        fmt::format("{} = {}();", ident("cal", c->name), ident("makeCalendar", c->name)));
  }
  open("static void setUp()");
  for (const std::string &s : setUp)
    line("{}", s);
  close();
  blank();
  // A parameter's default may use a constant or a function: declared first.
  emitFunctionDeclarations();
  emitParams();
  emitRows();
  emitCtx();
  emitFunctions();
  emitObligationStats();
  emitMakeCtx();
  for (const DatasetPlan &p : plan.datasets)
    emitReader(p);
  emitMetrics();
  emitObjectives();
  emitRemedySpecs();
  emitWorkedExampleHooks();
  emitEvaluate();
  emitReadAll();
  std::string body;
  std::swap(out, body);
  // main() must be outside the anonymous namespace: printed apart.
  emitMain();
  std::string head = "// Generated by tenorc from agreement `" + agreement.name +
                     "`: the evaluator of LANGUAGE.md section 8.\n"
                     "// Do not edit: regenerate with `tenorc emit cpp`.\n"
                     "#include \"tenor/rt/Evaluator.h\"\n\n"
                     "namespace {\n"
                     "namespace rt = tenor::rt;\n\n";
  for (const std::string &c : constants)
    head += c + "\n";
  return head + "\n" + body + "} // namespace\n\n" + out;
}

std::string emitEvaluator(const ir::Program &program, const ir::Agreement &agreement) {
  Plan plan = buildPlan(agreement);
  return Emitter(program, agreement, plan).run();
}

std::string emitPlan(const ir::Agreement &agreement) {
  std::string text;
  llvm::raw_string_ostream os(text);
  dumpPlan(buildPlan(agreement), os);
  return os.str();
}

} // namespace tenor
