//===- Emitter.h - The printer of an evaluator's plan -----------*- C++ -*-===//
//
// Private to codegen/. The emitter prints a Plan (Plan.h, built from the IR
// by BuildPlan.cpp) as C++: the plan says which columns, aggregates,
// metrics, windows and specs there are; the emitter prints them and the IR
// formulas the plan places. The generated evaluator works in two phases:
//
//  1. Reading: each dataset's rows are parsed (only the columns some formula
//     uses), derived fields computed, excluded rows dropped, and every
//     aggregate over the dataset updated in the bucket of the row's local day.
//     Rows keyed by an interval, and obligation items, are kept instead,
//     because they belong to every period they overlap.
//  2. Evaluating: once the range is known, each period merges the day
//     buckets it spans into a `Ctx`, and metrics, targets, obligation
//     statistics and tier measures are plain functions of that Ctx.
//
// Day buckets make any window (calendar or rolling) a merge of whole days,
// so one pass over unsorted data suffices and memory grows with the number
// of days, not of rows.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CODEGEN_EMITTER_H
#define TENOR_CODEGEN_EMITTER_H

#include "codegen/Plan.h"
#include "ir/Ir.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace tenor {

/// How an expression is being emitted.
enum class ExprMode {
  Row,    ///< inside a row: fields are `r.name`
  Period, ///< per period: aggregates and metrics through `c`
  Fn,     ///< a function body: parameters by name, the period through `c`
};

class Emitter {
public:
  Emitter(const ir::Program &program, const ir::Agreement &agreement, const Plan &plan)
      : program(program), agreement(agreement), plan(plan) {}
  std::string run();

private:
  // ---- EmitExprs.cpp: expressions ----
  /// C++ for `e`. In Period mode, values that may be missing are hoisted
  /// into `hoisted` as locals that return early when missing.
  std::string expr(const ir::Expr &e, ExprMode mode, std::vector<std::string> &hoisted);
  std::string literal(const ir::LiteralExpr &e);
  std::string binary(const ir::BinaryExpr &e, ExprMode mode, std::vector<std::string> &hoisted);
  std::string fieldRef(const ir::FieldRefExpr &e);
  /// The value of row field `f` read as type `asType`.
  static std::string fieldValue(const ir::Field &f, const ir::Type &asType);
  std::string aggregate(const ir::AggregateExpr &e, std::vector<std::string> &hoisted);
  std::string ifExpr(const ir::IfExpr &e, ExprMode mode, std::vector<std::string> &hoisted);
  std::string obligationStat(const ir::ObligationStatExpr &s);
  std::string call(const ir::CallExpr &call, ExprMode mode, std::vector<std::string> &hoisted);
  std::string builtin(const ir::BuiltinExpr &b, ExprMode mode, std::vector<std::string> &hoisted);
  /// Hoists `maybe` (an optional) into a local that returns "no value"
  /// when empty; the expression of its value.
  std::string hoist(const std::string &maybe, std::vector<std::string> &hoisted);
  std::string constant(const std::string &initializer, const char *type);
  static std::string cppType(const ir::Type &t);
  /// How a row stores `f`; text as a view into the reader's buffer unless
  /// `ownText` (rows kept past their line own their text).
  static std::string storageType(const ir::Field &f, bool ownText = true);

  // ---- EmitData.cpp: rows, parsing, accumulation ----
  void emitRows();
  void emitRowStruct(const DatasetPlan &p);
  void emitRowParser(const DatasetPlan &p);
  /// Rejects rows whose obligation item completes before its deadline
  /// starts counting (bad data).
  void emitItemCheck(const DatasetPlan &p);
  void emitSampleCheck(const DatasetPlan &p);
  void emitDayState(const DatasetPlan &p);
  void emitAccumulate(const DatasetPlan &p);
  void emitReader(const DatasetPlan &p);
  void emitRowUse(const DatasetPlan &p);
  void emitExcludedTime(const DatasetPlan &p, const std::string &key);
  std::string addOutsideExcluded(const DatasetPlan &p, size_t slot, const std::string &value);
  std::string parseCall(const ir::Field &f, const std::string &raw);
  /// The rt::fast parser of `f` that stores into `out`, or "" if none.
  static std::string fastParseCall(const ir::Field &f, const std::string &raw,
                                   const std::string &out);
  /// A constant array of the names of `e`'s members.
  std::string enumMembers(const ir::EnumType &e);

  // ---- EmitPeriods.cpp: per-period evaluation ----
  void emitFunctionDeclarations();
  void emitFunctions();
  void emitCtx();
  void emitMakeCtx();
  void emitMetrics();
  void emitObjectives();
  void emitObligationStats();
  std::string deadlineCall(const ir::Obligation &o, const std::string &anchor,
                           const std::string &deadline);
  /// A function of the period returning `e`, or "no value" as soon as a
  /// value it needs has none.
  std::string periodFunction(const std::string &signature, const ir::Expr &e);

  // ---- EmitMain.cpp: remedies, report and main() ----
  void emitParams();
  void emitRemedySpecs();
  void emitRemedySpec(const RemedyPlan &r);
  void emitEvaluate();
  void emitEvaluateObjectives();
  void emitEvaluateObligations();
  void emitEvaluateRemedies();
  /// After every remedy: caps on the total of a kind per period.
  void emitTotalCaps();
  /// The rt::TotalCapSpec of `cap`, its base `of` already printed.
  std::string totalCapSpec(const TotalCapPlan &cap, const std::string &of,
                           std::vector<std::string> &hoisted);
  void emitEvaluateConditions();
  void emitReadAll();
  void emitReadExcludedFirst();
  void emitMain();

  // ---- EmitWorkedExamples.cpp: what `--worked-examples` recomputes ----
  void emitWorkedExampleHooks();
  /// `rt::DeadlineSpec{…}` of an obligation's calendar and `within`.
  std::string deadlineSpec(const ir::Obligation &o, const std::string &within);
  std::string conditionSpec(const ConditionPlan &c);
  /// C++ for the reason a remedy's figures have no value in Ctx `c`: the
  /// first metric they read that has none, else `fallback`.
  std::string noValueReason(const std::vector<const ir::Expr *> &figures,
                            const std::string &fallback);
  std::string windowSpec(const WindowPlan &w);
  /// `{&gaps_a, …}`: the gap lists of the sampled datasets in `reads`.
  std::string gapLists(const std::vector<const ir::Dataset *> &reads);
  /// `rt::metricValue(…)` of metric `m` in Ctx `c`, for the report.
  std::string metricValue(const ir::Metric &m);

  template <typename... Args> void line(fmt::format_string<Args...> f, Args &&...args) {
    out.append(indent * 2, ' ');
    out += fmt::format(f, std::forward<Args>(args)...);
    out += '\n';
  }
  void blank() { out += '\n'; }
  void open(const std::string &head) {
    out.append(indent * 2, ' ');
    out += head + " {\n";
    ++indent;
  }
  void close(const char *tail = "}") {
    --indent;
    out.append(indent * 2, ' ');
    out += tail;
    out += '\n';
  }

  const ir::Program &program;
  const ir::Agreement &agreement;
  const Plan &plan;
  std::string out;
  unsigned indent = 0;

  std::vector<std::string> constants; ///< `static const T kN = …;` lines
  std::map<std::string, std::string> constantNames;
  unsigned localCount = 0; ///< hoisted locals `vN` of the current function
};

/// A C++ identifier for a Tenor name (Tenor names are C++-safe; a prefix
/// keeps them clear of C++ keywords).
inline std::string ident(const std::string &prefix, const std::string &name) {
  return prefix + "_" + name;
}

/// A C++ string literal.
std::string quoted(const std::string &text);

} // namespace tenor

#endif
