//===- Plan.h - What an agreement's evaluator computes -----------*- C++ -*-===//
//
// Code generation works in two steps: BuildPlan.cpp reads the IR once and
// decides what the evaluator computes (the plan, these structs); the
// printer (Emit*.cpp) then writes C++ from the plan. The plan holds every
// decision the printer needs beyond printing an expression: which columns
// each dataset parses, which aggregate lives in which slot, which metrics
// are computed, the windows, and the remedy, cap, holdback and condition
// specifications as values, field for field as the runtime's specs.
// `tenorc emit plan` prints it (DumpPlan.cpp).
//
// Formulas stay IR expressions: the printer prints them; the plan only says
// where each one goes.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CODEGEN_PLAN_H
#define TENOR_CODEGEN_PLAN_H

#include "ir/Ir.h"

#include "llvm/Support/raw_ostream.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenor {

/// What first made a column worth parsing.
enum class ReadFor { TimeKey, DerivedField, Exclusion, Aggregate, Obligation, ItemId };

/// What the evaluator needs to know about one dataset.
struct DatasetPlan {
  const ir::Dataset *dataset = nullptr;
  std::string id;                      ///< C++ name suffix
  std::vector<const ir::Field *> read; ///< fields parsed from the data
  std::vector<ReadFor> readFor;        ///< why, for each of `read`
  std::vector<const ir::AggregateExpr *> aggregates;
  std::vector<const ir::Obligation *> obligations; ///< with `each` this dataset
  bool keyIsInterval = false;                      ///< rows are kept, not bucketed
  /// Sampled data (LANGUAGE.md 11.2): one row expected every step; 0: events.
  int64_t stepMicros = 0;
  /// `during` sets (indices into Plan::excludedTime) this dataset's rows
  /// build, and those that take time from its rows (ir::Dataset::excludedTime).
  std::vector<unsigned> builds, cutBy;
};

/// Where an aggregate's state lives: slot `index` of a dataset's state.
struct AggregateSlot {
  const DatasetPlan *dataset = nullptr;
  unsigned index = 0;
};

/// An rt::WindowSpec: calendar periods of `count` units, or a rolling
/// window of `rollingSeconds` stepping a day.
struct WindowPlan {
  const ir::Window *source = nullptr;
  std::string owner; ///< the objective or obligation evaluated over it
  ir::WindowUnit unit = ir::WindowUnit::Month;
  unsigned count = 1;
  bool rolling = false;
  std::string rollingSeconds; ///< exact decimal
};

/// An rt::ConditionSpec.
struct ConditionPlan {
  ir::ConditionSubject subject = ir::ConditionSubject::Named;
  std::string name; ///< Named: the objective or obligation
  bool breached = true;
  ir::Condition::Form form = ir::Condition::Form::OverTerm;
  unsigned count = 0, outOf = 0;
  std::string text; ///< as written
};

/// An rt::TierSpec; threshold and amount are formulas of the period.
struct TierPlan {
  std::optional<ir::Bound> lower, upper; ///< the range the line pays for (ir::Tier::values)
  const ir::Expr *threshold = nullptr;   ///< as written, for the report's label
  /// A range line's second threshold, for the label too.
  const ir::Expr *andThreshold = nullptr;
  const ir::Expr *amount = nullptr;
  bool amountIsPercent = false;
  std::string label; ///< as the report shows it: "below 99.99%"
};

/// How a tier's threshold reads in the report: as written for a literal,
/// else the name it refers to.
std::string spellingOf(const ir::Expr &e);

/// An rt::RemedySpec, with what its evaluation reads.
struct RemedyPlan {
  const ir::Remedy *remedy = nullptr;
  std::string name, title;
  ir::Remedy::Kind kind = ir::Remedy::Kind::Credit;
  std::string currency;
  std::string subject; ///< the objective or obligation; empty: never owed
  std::vector<TierPlan> tiers;
  const ir::Expr *flatAmount = nullptr;
  bool flatIsPercent = false;
  const ir::Expr *cap = nullptr;
  bool capIsPercent = false;
  const ir::Expr *minimum = nullptr;
  const ir::Expr *measure = nullptr; ///< the tiers' `by`
  const ir::Expr *base = nullptr;
};

/// An rt::TotalCapSpec; `amount` and `of` are formulas of no period.
struct TotalCapPlan {
  std::vector<ir::Remedy::Kind> kinds;
  const ir::Expr *amount = nullptr;
  bool isPercent = false;
  const ir::Expr *of = nullptr;
  ir::WindowUnit per = ir::WindowUnit::Month;
  std::vector<std::string> reduceFirst; ///< ir::TotalCap::reduceFirst, by name
};

/// A termination right with a condition.
struct TerminationPlan {
  std::string party; ///< a party name or "either"
  ConditionPlan condition;
};

/// A holdback: its amount is `amount`, or `amount` times `base` when a
/// percent.
struct HoldbackPlan {
  std::string name, title;
  const ir::Expr *base = nullptr;
  const ir::Expr *amount = nullptr;
  bool amountIsPercent = false;
  ConditionPlan releasedIf;
};

struct Plan {
  std::string agreement;
  std::vector<DatasetPlan> datasets; ///< declaration order
  /// Every `during` set, in the order of the exclusions: `excluded<i>`.
  std::vector<const ir::IntervalSet *> excludedTime;
  std::map<const ir::AggregateExpr *, AggregateSlot> aggregateSlots;
  /// Metrics some target, remedy or other metric reads, declaration order.
  std::vector<const ir::Metric *> metricsUsed;
  /// Every objective's window, then every obligation's with `each`.
  std::vector<WindowPlan> windows;
  std::vector<RemedyPlan> remedies; ///< declaration order
  std::vector<TotalCapPlan> totalCaps;
  std::vector<TerminationPlan> terminations;
  std::vector<HoldbackPlan> holdbacks;

  const DatasetPlan &datasetOf(const ir::Dataset *ds) const;
  bool uses(const ir::Metric *m) const;
  const WindowPlan &windowOf(const ir::Window &w) const;
};

/// The plan of `agreement`'s evaluator (BuildPlan.cpp).
Plan buildPlan(const ir::Agreement &agreement);

/// `tenorc emit plan`: one fact a line, in the plan's order (DumpPlan.cpp).
void dumpPlan(const Plan &plan, llvm::raw_ostream &os);

} // namespace tenor

#endif
