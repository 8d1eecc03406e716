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

#include "sema/Decimal.h"

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

std::string Emitter::windowSpec(const ir::Window &w) {
  static const char *units[] = {"Day", "Week", "Month", "Quarter", "Year"};
  if (w.rolling)
    return fmt::format(
        "rt::WindowSpec{{rt::WindowUnit::Day, 1, true, rt::toDuration({})}}",
        constant("rt::Rational::parseDecimal(" + quoted(w.rollingSeconds) + ").value()",
                 "rt::Rational"));
  return fmt::format("rt::WindowSpec{{rt::WindowUnit::{}, {}, false, {{}}}}",
                     units[static_cast<int>(w.unit)], w.count);
}

void Emitter::emitParams() {
  open("struct Params");
  for (auto &p : agreement.params)
    line("{} {}{{}};", cppType(p->type.required()), ident("p", p->name));
  close("};");
  line("static Params P;");
  blank();
  open("static bool readParams(const rt::EvalOptions &opt, std::string &error)");
  for (auto &p : agreement.params) {
    std::string member = "P." + ident("p", p->name);
    line("if (const rt::ParamArg *a = opt.findParam({})) {{", quoted(p->name));
    line("  if (!rt::parseParam(a->name, a->value, {}, {}, {}, error)) return false;",
         valueKind(p->type), quoted(p->type.dim.currency), member);
    if (p->defaultValue) {
      std::vector<std::string> hoisted;
      line("}} else {{");
      line("  {} = {};", member, expr(*p->defaultValue, ExprMode::Row, hoisted));
    }
    line("}}");
  }
  line("(void)opt; (void)error;");
  line("return true;");
  close();
  blank();
}

void Emitter::emitRemedySpecs() {
  for (auto &r : agreement.remedies) {
    std::string spec = ident("spec", r->name);
    static const char *kinds[] = {"Credit", "Penalty", "Bonus"};
    open(fmt::format("static rt::RemedySpec {}()", ident("make", r->name)));
    line("rt::RemedySpec s;");
    line("s.name = {};", quoted(r->name));
    line("s.title = {};", quoted(r->displayName()));
    line("s.kind = rt::RemedyKind::{};", kinds[static_cast<int>(r->kind)]);
    line("s.currency = {};", quoted(agreement.currency));
    static const char *tierKinds[] = {"Below", "Above", "AtLeast", "AtMost"};
    for (const ir::Tier &t : r->tiers) {
      auto *th = llvm::dyn_cast_or_null<ir::LiteralExpr>(t.threshold.get());
      auto *am = llvm::dyn_cast_or_null<ir::LiteralExpr>(t.amount.get());
      if (!th || !am)
        continue;
      line("s.tiers.push_back({{rt::TierKind::{}, {}, {}, {}, {}}});",
           tierKinds[static_cast<int>(t.kind)], literal(*th), literal(*am),
           am->type.dim.money ? "false" : "true",
           quoted(std::string(ir::spelling(t.kind)) + " " + th->spelling));
    }
    auto money = [&](const ir::ExprPtr &e, const char *slot, const char *isPercent) {
      auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(e.get());
      if (!lit)
        return;
      line("s.{} = {};", slot, literal(*lit));
      if (isPercent)
        line("s.{} = {};", isPercent, lit->type.dim.money ? "false" : "true");
    };
    money(r->amount, "flatAmount", "flatIsPercent");
    money(r->cap, "cap", "capIsPercent");
    money(r->minimum, "minimum", nullptr);
    line("return s;");
    close();
    if (r->measure)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("measure", r->name)),
                            *r->measure, true);
    if (r->base)
      out += periodFunction(fmt::format("std::optional<rt::Rational> {}([[maybe_unused]] Ctx &c)",
                                        ident("base", r->name)),
                            *r->base, true);
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
    line("rt::PeriodGrid grid({}, zone, range);", windowSpec(o->window));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::ObjectivePeriod op;");
    line("op.period = grid.period(i);");
    line("op.partial = rt::isPartial(op.period, keys, asOf);");
    line("Ctx c = makeCtx(op.period, asOf);");
    line("auto met = {}(c);", ident("target", o->name));
    line("op.met = met ? met : {};", noData[static_cast<int>(o->ifNoData)]);
    // The metrics the target reads are reported with the outcome.
    std::set<const ir::Metric *> shown;
    std::function<void(const ir::Expr &)> visit = [&](const ir::Expr &e) {
      if (auto *m = llvm::dyn_cast<ir::MetricRefExpr>(&e); m && shown.insert(m->metric).second)
        line("op.metrics.push_back({{{}, {}, rt::toValue({}(c)), {}}});", quoted(m->metric->name),
             valueKind(m->metric->type), ident("metric", m->metric->name),
             quoted(m->metric->type.dim.currency));
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
    if (!o->each)
      continue;
    line("{{");
    ++indent;
    line("rt::ObligationResult res{{{}, {}, {{}}}};", quoted(o->name), quoted(o->displayName()));
    line("rt::PeriodGrid grid({}, zone, range);", windowSpec(o->window));
    open("for (size_t i = 0; i < grid.size(); ++i)");
    line("rt::Period p = grid.period(i);");
    line("rt::ObligationStats s = rt::obligationStats({}, p, asOf);", ident("items", o->name));
    line(
        "rt::ObligationPeriod op{{p, rt::isPartial(p, keys, asOf), s.items, s.breaches, s.pending, "
        "s.compliance, s.compliance >= {}, s.breachedIds}};",
        constant("rt::Rational::parseDecimal(" + quoted(o->targetFraction) + ").value()",
                 "rt::Rational"));
    line("res.periods.push_back(std::move(op));");
    close();
    line("report.obligations.push_back(std::move(res));");
    --indent;
    line("}}");
  }
}

void Emitter::emitEvaluateRemedies() {
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
    line("const rt::RemedySpec spec = {}();", ident("make", r->name));
    open(fmt::format("for (const auto &[p, met] : rt::outcomesOf(report, {}).met)",
                     quoted(subject)));
    line("if (met != std::optional<bool>({})) continue;", bonus ? "true" : "false");
    line("Ctx c = makeCtx(p, asOf);");
    line("std::optional<rt::Rational> measure = {};",
         r->measure ? ident("measure", r->name) + "(c)" : "std::nullopt");
    line("std::optional<rt::Rational> base = {};",
         r->base ? ident("base", r->name) + "(c)" : "std::nullopt");
    line("if (auto owed = rt::computeRemedy(spec, p, measure, base)) "
         "report.remedies.push_back(*owed);");
    close();
    --indent;
    line("}}");
  }
  static const char *kinds[] = {"Credit", "Penalty", "Bonus"};
  static const char *units[] = {"Day", "Week", "Month", "Quarter", "Year"};
  for (const ir::TotalCap &cap : agreement.totalCaps) {
    auto *amount = llvm::dyn_cast_or_null<ir::LiteralExpr>(cap.amount.get());
    if (!amount)
      continue;
    std::vector<std::string> hoisted;
    std::string of =
        cap.of ? "std::optional<rt::Rational>(" + expr(*cap.of, ExprMode::Row, hoisted) + ")"
               : "std::nullopt";
    line("rt::applyTotalCap({{rt::RemedyKind::{}, {}, {}, {}, rt::WindowUnit::{}}}, zone, "
         "report.remedies);",
         kinds[static_cast<int>(cap.kind)], literal(*amount),
         amount->type.dim.money ? "false" : "true", of, units[static_cast<int>(cap.per)]);
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
    std::string spec = conditionSpec(*t.condition);
    line("if (auto arose = rt::conditionArose({0}, rt::conditionSubjects(report, {0})))", spec);
    line("  report.termination.push_back({{{}, {}, *arose}});", quoted(party),
         quoted(t.condition->spelling));
  }
  for (auto &h : agreement.holdbacks) {
    std::vector<std::string> hoisted;
    std::string base = h->base ? expr(*h->base, ExprMode::Row, hoisted) : "rt::Rational(0)";
    std::string amount = h->amount ? expr(*h->amount, ExprMode::Row, hoisted) : "rt::Rational(0)";
    bool percent = h->amount && !h->amount->type.dim.money;
    line("report.holdbacks.push_back(rt::evaluateHoldback({}, {}, {}, {}, {}, report, range, "
         "termEnd));",
         quoted(h->name), quoted(h->displayName()), conditionSpec(h->releasedIf),
         percent ? amount + " * " + base : amount, quoted(agreement.currency));
  }
  for (auto &o : agreement.obligations) {
    if (o->each || (!o->onBreachOf && !o->onBreachOfObligation))
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
  open("static rt::Report evaluate(rt::Interval range, rt::Timestamp asOf, rt::Timestamp termEnd)");
  line("rt::Report report;");
  line("report.id = {};", quoted(agreement.name));
  line("report.title = {};", quoted(agreement.displayName()));
  line("report.version = {};", quoted(agreement.version));
  line("report.range = range;");
  line("(void)termEnd;");
  emitEvaluateObjectives();
  emitEvaluateObligations();
  emitEvaluateRemedies();
  emitEvaluateConditions();
  line("return report;");
  close();
  blank();
}

void Emitter::emitMain() {
  std::string datasetNames, paramNames, required, windowList, readers;
  for (const DatasetPlan &p : datasets)
    datasetNames +=
        (datasetNames.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(p.id) + ")";
  for (auto &p : agreement.params) {
    paramNames +=
        (paramNames.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(p->name) + ")";
    if (!p->defaultValue)
      required +=
          (required.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(p->name) + ")";
  }
  for (const ir::Window *w : windows)
    windowList += (windowList.empty() ? "" : ", ") + windowSpec(*w);
  open("int main(int argc, char **argv)");
  line("static constexpr std::array<std::string_view, {}> datasets{{{}}};", datasets.size(),
       datasetNames);
  line("static constexpr std::array<std::string_view, {}> params{{{}}};", agreement.params.size(),
       paramNames);
  line("static constexpr std::array<std::string_view, {}> required{{{}}};",
       std::count(required.begin(), required.end(), '('), required);
  line("rt::EvaluatorInfo info{{argv[0], datasets, params, required, {}, {}, {}}};",
       quoted(agreement.name), quoted(agreement.effectiveFrom), quoted(agreement.effectiveUntil));
  line("const std::vector<rt::WindowSpec> windows{{{}}};", windowList);
  open("return rt::runEvaluator(argc, argv, info, zone, windows, [](const rt::EvalOptions &opt, "
       "std::vector<rt::NamedStats> &stats, std::string &error)");
  line("if (!readParams(opt, error)) return false;");
  for (const DatasetPlan &p : datasets) {
    line("stats.push_back({{{}, {{}}}});", quoted(p.id));
    line("if (!{}(opt, stats.back().second, error)) return false;", ident("read", p.id));
  }
  line("return true;");
  close("}, keys, evaluate);");
  close();
}

std::string Emitter::run() {
  plan();
  std::string body;
  std::swap(out, body);
  line("static const rt::TimeZone zone = rt::TimeZone::byName({});", quoted(agreement.timezone));
  line("static rt::KeyRange keys;");
  blank();
  for (auto &c : program.calendars) {
    open(fmt::format("static rt::BusinessCalendar {}()", ident("makeCalendar", c->name)));
    line("rt::BusinessCalendar cal(rt::TimeZone::byName({}));",
         quoted(c->timezone.empty() ? agreement.timezone : c->timezone));
    for (const ir::Calendar::Hours &h : c->hours)
      line("cal.addHours(static_cast<rt::Weekday>({}), {}, {});", h.weekday, h.fromMinute,
           h.toMinute);
    for (const ir::Calendar::Closed &x : c->except)
      line("cal.addExceptions(rt::parseDate({}).value(), rt::parseDate({}).value());",
           quoted(x.first), quoted(x.last));
    line("return cal;");
    close();
    line("static const rt::BusinessCalendar {} = {}();", ident("cal", c->name),
         ident("makeCalendar", c->name));
  }
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
