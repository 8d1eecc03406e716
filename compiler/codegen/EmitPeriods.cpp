//===- EmitPeriods.cpp - What is evaluated per period ---------------------===//
//
// The Ctx of a period holds the merged state of every dataset and the
// statistics of every obligation in that period; metrics, targets and tier
// measures are functions of it returning "no value" when an aggregate had
// no rows or a division was by zero.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"

namespace tenor {

std::string Emitter::periodFunction(const std::string &signature, const ir::Expr &e) {
  std::vector<std::string> hoisted;
  localCount = 0;
  std::string body = expr(e, ExprMode::Period, hoisted);
  // A division by zero, here or in a function it calls, leaves the value
  // undefined in this period: "no value", as an `avg` of no rows
  // (LANGUAGE.md 11.8).
  std::string text = "static " + signature + " {\n  try {\n";
  for (const std::string &h : hoisted)
    text += "    " + h + "\n";
  text += "    return " + body + ";\n";
  text += "  } catch (const rt::DivisionByZero &) {\n    return std::nullopt;\n  }\n}\n";
  return text;
}

void Emitter::emitFunctionDeclarations() {
  // Constants and functions may refer to each other in any order, and rows'
  // derived fields and filters call them before the period state exists.
  line("struct Ctx;");
  for (auto &c : program.consts)
    line("static {} {}();", cppType(c->type), ident("const", c->name));
  for (auto &f : program.functions) {
    std::string params = "[[maybe_unused]] Ctx *c";
    for (auto &[name, type] : f->params)
      params += ", " + cppType(type) + " " + ident("a", name);
    line("static {} {}({});", cppType(f->result), ident("fn", f->name), params);
  }
  blank();
}

void Emitter::emitFunctions() {
  for (auto &c : program.consts) {
    if (!c->value)
      continue;
    std::vector<std::string> hoisted;
    open(fmt::format("static {} {}()", cppType(c->type), ident("const", c->name)));
    line("static const {} value = {};", cppType(c->type), expr(*c->value, ExprMode::Row, hoisted));
    line("return value;");
    close();
  }
  for (auto &f : program.functions) {
    std::string params = "[[maybe_unused]] Ctx *c";
    for (auto &[name, type] : f->params)
      params += ", " + cppType(type) + " " + ident("a", name);
    std::vector<std::string> hoisted;
    open(fmt::format("static {} {}({})", cppType(f->result), ident("fn", f->name), params));
    line("return {};", expr(*f->body, ExprMode::Fn, hoisted));
    close();
  }
  blank();
}

/// The runtime call (base/Deadline.h) for the deadline of one item, by the
/// clock sema chose.
std::string Emitter::deadlineCall(const ir::Obligation &o, const std::string &anchor,
                                  const std::string &deadline) {
  using C = ir::Obligation::Clock;
  switch (o.clock) {
  case C::CalendarTime:
    return fmt::format("rt::calendarDeadline({}, {}, rt::toDuration({}))",
                       ident("cal", o.calendar->name), anchor, deadline);
  case C::BusinessDays:
    // Sema allows only a positive whole number literal here.
    return fmt::format("rt::businessDaysDeadline({}, {}, INT64_C({}))",
                       ident("cal", o.calendar->name), anchor,
                       llvm::cast<ir::LiteralExpr>(*o.deadline).value);
  case C::Elapsed:
  case C::CalendarDays:
    break;
  }
  return fmt::format("rt::elapsedDeadline({}, rt::toDuration({}))", anchor, deadline);
}

void Emitter::emitObligationStats() {
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    const DatasetPlan &p = plan.datasetOf(o->each);
    std::string items = ident("items", o->name);
    line("static std::vector<rt::ObligationItem> {};", items);
    open(fmt::format("static void {}([[maybe_unused]] const {} &r)", ident("collect", o->name),
                     ident("Row", p.id)));
    std::vector<std::string> hoisted;
    if (o->eachFilter)
      line("if (!({})) return;", expr(*o->eachFilter, ExprMode::Row, hoisted));
    line("rt::ObligationItem item;");
    std::string key = "r." + ident("f", o->each->timeKey->name);
    line("item.key = {};", p.keyIsInterval ? key + ".start" : key);
    if (o->itemId)
      line("item.id = {};", fieldValue(*o->itemId, o->itemId->type));
    else
      line("item.id = rt::formatTimestamp(item.key);");
    if (o->form == ir::Obligation::Form::Within) {
      line("item.hasDeadline = true;");
      std::string anchor = expr(*o->anchor, ExprMode::Row, hoisted);
      std::string deadline = expr(*o->deadline, ExprMode::Row, hoisted);
      line("item.deadline = {};", deadlineCall(*o, anchor, deadline));
      line("item.done = {};", expr(*o->condition, ExprMode::Row, hoisted));
    } else {
      line("item.ok = {};", expr(*o->condition, ExprMode::Row, hoisted));
    }
    line("{}.push_back(std::move(item));", items);
    close();
    blank();
  }
}

void Emitter::emitCtx() {
  // A period's state. An objective or remedy asks for only some of the
  // aggregates, and several of them ask for the same period: day-bucketed
  // aggregates are merged into the period on first use (a percentile's
  // values are copied once a period, not once per asker); obligation
  // statistics are counted on first use, and metric values are kept once
  // computed.
  open("struct Ctx");
  line("rt::Period p;");
  line("rt::Interval clip; ///< the part of p inside the evaluated range");
  line("rt::Timestamp asOf; ///< items due later are pending");
  for (const DatasetPlan &p : plan.datasets) {
    std::string state = ident("State", p.id), data = ident("d", p.id);
    line("{} {};", state, data);
    if (p.keyIsInterval || p.aggregates.empty())
      continue;
    std::string merged = ident("merged", p.id);
    line("std::array<bool, {}> {}{{}};", p.aggregates.size(), merged);
    open(fmt::format("{} &{}(size_t i)", state, ident("state", p.id)));
    line("if (!{}[i]) {{", merged);
    line("  {}[i] = true;", merged);
    line("  {}.forEachDay(clip, [&](const {} &day) {{ {}.mergeOne(day, i); }});",
         ident("days", p.id), state, data);
    line("}}");
    line("return {};", data);
    close();
  }
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    line("std::optional<rt::ObligationStats> {};", ident("o", o->name));
    line("const rt::ObligationStats &{}(); ///< after the items (emitMakeCtx)",
         ident("obligation", o->name));
  }
  for (const ir::Metric *m : plan.metricsUsed)
    if (m->formula)
      line("std::optional<std::optional<{}>> {};", cppType(m->type.required()),
           ident("memo", m->name));
  close("};");
  blank();
}

void Emitter::emitMakeCtx() {
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items)
      continue;
    std::string stats = ident("o", o->name);
    open(fmt::format("const rt::ObligationStats &Ctx::{}()", ident("obligation", o->name)));
    line("if (!{}) {} = rt::obligationStats({}, clip, asOf);", stats, stats,
         ident("items", o->name));
    line("return *{};", stats);
    close();
    blank();
  }
  open("static Ctx makeCtx(const rt::Period &p, const rt::EvalSpan &span)");
  line("Ctx c;");
  line("c.p = p;");
  line("c.clip = rt::clip(p, span.range);");
  line("c.asOf = span.asOf;");
  for (const DatasetPlan &p : plan.datasets) {
    if (p.keyIsInterval) {
      line("for (const auto &r : {})", ident("kept", p.id));
      line("  if (rt::overlaps(r.{}, c.clip)) {}(r, c.{});", ident("f", p.dataset->timeKey->name),
           ident("accumulate", p.id), ident("d", p.id));
    }
  }
  line("return c;");
  close();
  blank();
}

void Emitter::emitMetrics() {
  for (const ir::Metric *m : plan.metricsUsed) {
    if (!m->formula)
      continue;
    line("static std::optional<{}> {}(Ctx &c);", cppType(m->type.required()),
         ident("metric", m->name));
  }
  blank();
  for (const ir::Metric *m : plan.metricsUsed) {
    if (!m->formula)
      continue;
    std::string type = "std::optional<" + cppType(m->type.required()) + ">";
    std::string name = ident("metric", m->name), memo = "c." + ident("memo", m->name);
    out += periodFunction(fmt::format("{} {}_([[maybe_unused]] Ctx &c)", type, name), *m->formula);
    open(fmt::format("static {} {}(Ctx &c)", type, name));
    line("if (!{0}) {0} = {1}_(c);", memo, name);
    line("return *{};", memo);
    close();
    blank();
  }
}

void Emitter::emitObjectives() {
  for (auto &o : agreement.objectives) {
    if (!o->target)
      continue;
    out += periodFunction(
        fmt::format("std::optional<bool> {}([[maybe_unused]] Ctx &c)", ident("target", o->name)),
        *o->target);
    blank();
  }
}

} // namespace tenor
