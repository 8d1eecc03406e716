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

#include <algorithm>
#include <functional>

namespace tenor {

using ir::Type;

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

std::string Emitter::windowSpec(const ir::Window &w) {
  if (w.rolling)
    return fmt::format("rt::WindowSpec{{rt::WindowUnit::Day, 1, true, rt::toDuration({})}}",
                       constant("rt::literal(" + quoted(w.rollingSeconds) + ")", "rt::Rational"));
  return fmt::format("rt::WindowSpec{{rt::WindowUnit::{}, {}, false, {{}}}}",
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

/// How a tier's threshold reads in the report: as written for a literal,
/// else the name it refers to.
static std::string spellingOf(const ir::Expr &e) {
  if (auto *lit = llvm::dyn_cast<ir::LiteralExpr>(&e))
    return lit->spelling.empty() ? lit->value : lit->spelling;
  if (auto *p = llvm::dyn_cast<ir::ParamRefExpr>(&e))
    return p->param->name;
  if (auto *c = llvm::dyn_cast<ir::ConstRefExpr>(&e))
    return c->constant->name;
  if (auto *u = llvm::dyn_cast<ir::UnaryExpr>(&e); u && u->op == ir::UnaryOp::Neg)
    return "-" + spellingOf(*u->operand);
  return "…";
}

/// Whether an amount is a share of the base, as the runtime's flags say it.
static const char *isPercent(const ir::Amount &a) {
  return a.kind == ir::Amount::Kind::ShareOfBase ? "true" : "false";
}

void Emitter::emitRemedySpec(const ir::Remedy &r) {
  static const char *kinds[] = {"Credit", "Penalty", "Bonus"};
  // Thresholds and amounts are usually literals (constants), but may be
  // params, consts or formulas of the period.
  localCount = 0;
  std::vector<std::string> hoisted, body;
  auto bound = [&](const std::optional<ir::Bound> &b) -> std::string {
    if (!b)
      return "std::nullopt";
    return fmt::format("rt::TierBound{{{}, {}}}", expr(*b->value, ExprMode::Period, hoisted),
                       b->inclusive ? "true" : "false");
  };
  for (const ir::Tier &t : r.tiers) {
    std::string label = std::string(ir::spelling(t.kind)) + " " + spellingOf(*t.threshold);
    std::string lower = bound(t.values.lower), upper = bound(t.values.upper);
    body.push_back(fmt::format("s.tiers.push_back({{{}, {}, {}, {}, {}}});", lower, upper,
                               expr(*t.amount.value, ExprMode::Period, hoisted),
                               isPercent(t.amount), quoted(label)));
  }
  auto amount = [&](const std::optional<ir::Amount> &a, const char *slot, const char *percentSlot) {
    if (!a)
      return;
    body.push_back(fmt::format("s.{} = {};", slot, expr(*a->value, ExprMode::Period, hoisted)));
    if (percentSlot)
      body.push_back(fmt::format("s.{} = {};", percentSlot, isPercent(*a)));
  };
  amount(r.amount, "flatAmount", "flatIsPercent");
  amount(r.cap, "cap", "capIsPercent");
  amount(r.minimum, "minimum", nullptr);
  // Nothing when a threshold or amount has no value (LANGUAGE.md 11.8): the
  // caller reports that nothing is owed, and why.
  open(fmt::format("static std::optional<rt::RemedySpec> {}([[maybe_unused]] Ctx &c)",
                   ident("remedy", r.name)));
  open("try");
  for (const std::string &h : hoisted)
    line("{}", h);
  line("rt::RemedySpec s;");
  line("s.name = {};", quoted(r.name));
  line("s.title = {};", quoted(r.displayName()));
  line("s.kind = rt::RemedyKind::{};", kinds[static_cast<int>(r.kind)]);
  line("s.currency = {};", quoted(agreement.currency));
  for (const std::string &b : body)
    line("{}", b);
  line("return s;");
  close("} catch (const rt::DivisionByZero &) {");
  line("  return std::nullopt;");
  line("}}");
  close();
}

void Emitter::emitRemedySpecs() {
  for (auto &r : agreement.remedies) {
    emitRemedySpec(*r);
    if (r->measure)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("measure", r->name)),
                            *r->measure);
    if (r->base)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("base", r->name)),
                            *r->base);
    blank();
  }
}

void Emitter::emitEvaluateObjectives() {
  static const char *noData[] = {"std::optional<bool>(true)", "std::optional<bool>(false)",
                                 "std::optional<bool>()"};
  for (auto &o : agreement.objectives) {
    if (!o->target)
      continue;
    line("{{");
    ++indent;
    line("rt::ObjectiveResult res{{{}, {}, {{}}}};", quoted(o->name), quoted(o->displayName()));
    line("rt::PeriodGrid grid({}, zone, span.range, span.anchor);", windowSpec(o->window));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::ObjectivePeriod op;");
    line("op.period = grid.period(i);");
    line("op.partial = rt::isPartial(op.period, span, keys, zone);");
    line("Ctx c = makeCtx(op.period, span);");
    line("auto met = {}(c);", ident("target", o->name));
    line("op.met = met ? met : {};", noData[static_cast<int>(o->ifNoData)]);
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
    line("rt::ObligationResult res{{{}, {}, {{}}}};", quoted(o->name), quoted(o->displayName()));
    line("rt::PeriodGrid grid({}, zone, span.range, span.anchor);", windowSpec(o->window));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::Period p = grid.period(i);");
    line("rt::ObligationStats s = rt::obligationStats({}, rt::clip(p, span.range), span.asOf);",
         ident("items", o->name));
    line("rt::ObligationPeriod op{{p, rt::isPartial(p, span, keys, zone), s.items, s.breaches, "
         "s.pending, "
         "s.compliance, s.compliance >= {}, s.breachedIds}};",
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
      if (m->metric->formula && metricsUsed.count(m->metric) &&
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
  static const char *kinds[] = {"Credit", "Penalty", "Bonus"};
  for (auto &r : agreement.remedies)
    line("report.remedyNames.push_back({});", quoted(r->name));
  for (auto &r : agreement.remedies) {
    std::string subject = r->forObjective    ? r->forObjective->name
                          : r->forObligation ? r->forObligation->name
                                             : "";
    if (subject.empty())
      continue;
    bool bonus = r->kind == ir::Remedy::Kind::Bonus;
    line("{{");
    ++indent;
    open(fmt::format("for (const auto &[p, met] : rt::outcomesOf(report, {}).met)",
                     quoted(subject)));
    line("if (met != std::optional<bool>({})) continue;", bonus ? "true" : "false");
    line("Ctx c = makeCtx(p, span);");
    line("std::optional<rt::Rational> measure = {};",
         r->measure ? ident("measure", r->name) + "(c)" : "std::nullopt");
    line("std::optional<rt::Rational> base = {};",
         r->base ? ident("base", r->name) + "(c)" : "std::nullopt");
    // LANGUAGE.md 11.8: a figure without a value owes nothing, and the
    // entry says why, naming the metric when it is one.
    std::vector<const ir::Expr *> figures;
    for (const ir::Tier &t : r->tiers)
      figures.insert(figures.end(), {t.threshold.get(), t.amount.value.get()});
    figures.insert(figures.end(),
                   {ir::valueOf(r->amount), ir::valueOf(r->cap), ir::valueOf(r->minimum)});
    line("std::optional<rt::RemedySpec> spec = {}(c);", ident("remedy", r->name));
    open("if (!spec)");
    line("report.remedies.push_back({{{}, rt::RemedyKind::{}, p, std::nullopt, {}, {{}}, {}}});",
         quoted(r->name), kinds[static_cast<int>(r->kind)], quoted(agreement.currency),
         noValueReason(figures, "a threshold or amount of " + r->name + " has no value"));
    line("continue;");
    close();
    line("rt::NoValueReasons why;");
    if (r->measure)
      line("if (!measure) why.measure = {};",
           noValueReason({r->measure.get()}, "the measure of " + r->name + " has no value"));
    if (r->base)
      line("if (!base) why.base = {};",
           noValueReason({r->base.get()}, "the base of " + r->name + " has no value"));
    line("if (auto owed = rt::computeRemedy(*spec, p, measure, base, why)) "
         "report.remedies.push_back(*owed);");
    close();
    --indent;
    line("}}");
  }
  for (const ir::TotalCap &cap : agreement.totalCaps) {
    if (!cap.amount)
      continue;
    std::vector<std::string> hoisted;
    std::string of =
        cap.of ? "std::optional<rt::Rational>(" + expr(*cap.of, ExprMode::Row, hoisted) + ")"
               : "std::nullopt";
    std::string covered;
    for (ir::Remedy::Kind k : cap.kinds)
      covered += (covered.empty() ? "rt::RemedyKind::" : ", rt::RemedyKind::") +
                 std::string(kinds[static_cast<int>(k)]);
    line("rt::applyTotalCap({{{{{}}}, {}, {}, {}, rt::WindowUnit::{}}}, zone, "
         "report.remedies);",
         covered, expr(*cap.amount->value, ExprMode::Row, hoisted), isPercent(*cap.amount), of,
         core::windowUnitInfo(cap.per).name);
  }
}

std::string Emitter::conditionSpec(const ir::Condition &c) {
  static const char *subjects[] = {"Named", "AllObjectives", "AnyObjective"};
  static const char *forms[] = {"Consecutive", "OfLast", "OverTerm"};
  std::string name = c.objective ? c.objective->name : c.obligation ? c.obligation->name : "";
  return fmt::format("rt::ConditionSpec{{rt::ConditionSpec::Subject::{}, {}, {}, "
                     "rt::ConditionSpec::Form::{}, {}, {}, {}}}",
                     subjects[static_cast<int>(c.subject)], quoted(name),
                     c.breached ? "true" : "false", forms[static_cast<int>(c.form)], c.count,
                     c.outOf, quoted(c.spelling));
}

void Emitter::emitEvaluateConditions() {
  for (const ir::TerminationRight &t : agreement.terminationRights) {
    if (!t.condition)
      continue;
    std::string party = t.party ? t.party->name : "either";
    line("{{");
    ++indent;
    line("const rt::ConditionSpec spec = {};", conditionSpec(*t.condition));
    line("if (auto arose = rt::conditionArose(spec, rt::conditionSubjects(report, spec)))");
    line("  report.termination.push_back({{{}, spec.text, *arose}});", quoted(party));
    --indent;
    line("}}");
  }
  for (auto &h : agreement.holdbacks) {
    std::vector<std::string> hoisted;
    std::string base = h->base ? expr(*h->base, ExprMode::Row, hoisted) : "rt::Rational(0)";
    std::string amount =
        h->amount ? expr(*h->amount->value, ExprMode::Row, hoisted) : "rt::Rational(0)";
    bool percent = h->amount && h->amount->kind == ir::Amount::Kind::ShareOfBase;
    line("report.holdbacks.push_back(rt::evaluateHoldback({}, {}, {}, {}, {}, report, "
         "span.range, span.termEnd));",
         quoted(h->name), quoted(h->displayName()), conditionSpec(h->releasedIf),
         percent ? amount + " * " + base : amount, quoted(agreement.currency));
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
    line("  report.correctiveActions.push_back({{{}, {}, p, rt::addSeconds(p.end, {}), {}}});",
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
  for (const DatasetPlan &p : datasets) {
    line("stats.push_back({{{}, {{}}}});", quoted(p.id));
    line("if (!{}(opt, accepted, stats.back().second, error)) return false;", ident("read", p.id));
  }
  line("return true;");
  close();
  blank();
}

void Emitter::emitMain() {
  std::vector<std::string> datasetNames, paramNames, required;
  for (const DatasetPlan &p : datasets)
    datasetNames.push_back(p.id);
  for (auto &p : agreement.params) {
    paramNames.push_back(p->name);
    if (!p->defaultValue && !p->type.optional)
      required.push_back(p->name);
  }
  std::string windowList;
  for (const ir::Window *w : windows)
    windowList += (windowList.empty() ? "" : ", ") + windowSpec(*w);
  open("int main(int argc, char **argv)");
  line("{}", nameArray("datasets", datasetNames));
  line("{}", nameArray("params", paramNames));
  line("{}", nameArray("required", required));
  line("rt::EvaluatorInfo info{{argv[0], datasets, params, required, {}, {}, {}, setUp}};",
       quoted(agreement.name), quoted(agreement.effectiveFrom), quoted(agreement.effectiveUntil));
  line("const std::vector<rt::WindowSpec> windows{{{}}};", windowList);
  line("return rt::runEvaluator(argc, argv, info, zone, windows, readAll, keys, evaluate);");
  close();
}

std::string Emitter::run() {
  plan();
  std::string body;
  std::swap(out, body);
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
      line("cal.addHours(static_cast<rt::Weekday>({}), {}, {});", h.weekday, h.fromMinute,
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
  for (const DatasetPlan &p : datasets)
    emitReader(p);
  emitMetrics();
  emitObjectives();
  emitRemedySpecs();
  emitEvaluate();
  emitReadAll();
  emitMain();
  std::swap(out, body);
  std::string head = "// Generated by tenorc from agreement `" + agreement.name +
                     "`: the evaluator of LANGUAGE.md section 8.\n"
                     "// Do not edit: regenerate with `tenorc emit cpp`.\n"
                     "#include \"tenor/rt/Evaluator.h\"\n\n"
                     "namespace {\n"
                     "namespace rt = tenor::rt;\n\n";
  for (const std::string &c : constants)
    head += c + "\n";
  // main() must be outside the anonymous namespace.
  size_t mainAt = body.rfind("int main(");
  return head + "\n" + body.substr(0, mainAt) + "} // namespace\n\n" + body.substr(mainAt);
}

std::string emitEvaluator(const ir::Program &program, const ir::Agreement &agreement) {
  return Emitter(program, agreement).run();
}

} // namespace tenor
