//===- EmitWorkedExamples.cpp - What `--worked-examples` recomputes -------===//
//
// A contract's worked examples (LANGUAGE.md 12.2) are checked by the
// evaluator built from the same source: these functions hand the runtime's
// checker (rt/cli/CheckExamples.h) the evaluator's own remedy specs, item
// deadlines and total caps by name, printed by the same code that prints
// them for the evaluation, so a disagreement between codegen and the
// contract shows.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"

#include "llvm/Support/Casting.h"

namespace tenor {

std::string Emitter::deadlineSpec(const ir::Obligation &o, const std::string &within) {
  if (o.clock == ir::Obligation::Clock::BusinessDays)
    return fmt::format(
        "rt::DeadlineSpec{{.calendar = &{}, .within = {{}}, .businessDays = INT64_C({})}}",
        ident("cal", o.calendar->name), llvm::cast<ir::LiteralExpr>(*o.deadline).value);
  return fmt::format("rt::DeadlineSpec{{.calendar = {}, .within = rt::toDuration({})}}",
                     o.calendar ? "&" + ident("cal", o.calendar->name) : "nullptr", within);
}

void Emitter::emitWorkedExampleHooks() {
  // A remedy's spec reads no period when its figures are literals, the only
  // ones the contract makes examples of.
  open("static std::optional<rt::RemedySpec> workedRemedy([[maybe_unused]] std::string_view name)");
  line("[[maybe_unused]] Ctx c{{}};");
  for (const RemedyPlan &r : plan.remedies)
    line("if (name == {}) return {}(c);", quoted(r.name), ident("remedy", r.name));
  line("return std::nullopt;");
  close();
  // Deadlines that are literals; one read from the row has no example.
  open("static std::optional<rt::DeadlineSpec> workedDeadline([[maybe_unused]] std::string_view "
       "name)");
  for (auto &o : agreement.obligations) {
    if (o->kind != ir::Obligation::Kind::Items || o->form != ir::Obligation::Form::Within ||
        !llvm::isa_and_nonnull<ir::LiteralExpr>(o->deadline.get()))
      continue;
    std::vector<std::string> hoisted;
    line("if (name == {}) return {};", quoted(o->name),
         deadlineSpec(*o, expr(*o->deadline, ExprMode::Row, hoisted)));
  }
  line("return std::nullopt;");
  close();
  // The example gives the base of a percent cap; the cap's own formula
  // reads parameters that are not set here.
  open("static std::optional<rt::TotalCapSpec> workedTotalCap([[maybe_unused]] size_t index, "
       "[[maybe_unused]] std::optional<rt::Rational> of)");
  for (size_t i = 0; i < plan.totalCaps.size(); ++i) {
    const TotalCapPlan &cap = plan.totalCaps[i];
    std::vector<std::string> hoisted;
    std::string base = cap.of ? "of ? of : std::optional<rt::Rational>(" +
                                    expr(*cap.of, ExprMode::Row, hoisted) + ")"
                              : "std::optional<rt::Rational>()";
    line("if (index == {}) return {};", i, totalCapSpec(cap, base, hoisted));
  }
  line("return std::nullopt;");
  close();
  blank();
}

} // namespace tenor
