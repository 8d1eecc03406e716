//===- WorkedExamples.h - The contract's worked examples, from the IR -*- C++ -*-===//
//
// LANGUAGE.md 12.2: every tier table, deadline rule and cap of the contract
// is followed by a short worked example. The points are chosen here, once,
// from the IR (the values at and just beside each tier boundary, one item
// across closed hours, one case where a cap bites), and their outcomes are
// computed by the runtime's own functions (rt/eval/WorkedExamples.h) on
// specs made from the IR (RuntimeSpecs.h). The contract prints them (doc/)
// and `tenorc emit examples` writes them for the generated evaluator to
// recompute with its own specs (`--worked-examples`).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_WORKED_WORKEDEXAMPLES_H
#define TENOR_WORKED_WORKEDEXAMPLES_H

#include "ir/Ir.h"
#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"

#include <optional>
#include <string>
#include <vector>

namespace tenor::worked {

/// One value of a tier table's measure and what it pays.
struct TierPoint {
  rt::Rational measure;
  std::optional<rt::Rational> owes; ///< none: nothing is owed
};

/// The examples of one remedy with a tier table.
struct RemedyExamples {
  const ir::Remedy *remedy = nullptr;
  std::optional<rt::Rational> base; ///< the base the amounts are taken of
  bool sampleBase = false;          ///< a value chosen for the example
  std::vector<TierPoint> points;    ///< at and beside each boundary
  /// A point where the remedy's cap bites, and what it would be without.
  std::optional<TierPoint> capBites;
  rt::Rational uncapped;
};

/// One item of a deadline rule: `late` at `elapsed` of counted time.
struct DeadlineExample {
  const ir::Obligation *obligation = nullptr;
  std::string zone; ///< the zone the times are shown in
  rt::Timestamp opened, done;
  rt::Duration elapsed; ///< business time, or elapsed time without a calendar
  bool late = false;
};

/// Amounts of one month that a total cap cuts.
struct TotalCapExample {
  size_t index = 0; ///< into the agreement's totalCaps
  std::optional<rt::Rational> of;
  bool sampleOf = false;
  rt::Rational limit;
  std::vector<const ir::Remedy *> remedies;
  std::vector<rt::Rational> amounts, left;
};

struct WorkedExamples {
  std::vector<RemedyExamples> remedies;
  std::vector<DeadlineExample> deadlines; ///< on time, then late, per obligation
  std::vector<TotalCapExample> totalCaps;

  const RemedyExamples *of(const ir::Remedy &r) const;
  std::vector<const DeadlineExample *> of(const ir::Obligation &o) const;
  const TotalCapExample *ofCap(size_t index) const;
};

/// The worked examples of `a`'s tier tables, deadlines and caps whose
/// figures are literals (a parameter's value is not known to the contract).
WorkedExamples chooseWorkedExamples(const ir::Agreement &a);

/// The deadline examples of `a` (WorkedDeadlines.cpp): per obligation with
/// a literal `within`, an item on time at its deadline and one a minute of
/// counted time late, both across closed hours when it has a calendar.
std::vector<DeadlineExample> chooseDeadlineExamples(const ir::Agreement &a);

/// A sample base for percent amounts: 10,000 of the agreement's currency.
rt::Rational sampleBase();

/// The examples as JSON Lines, one example a line, for `--worked-examples`
/// (rt/cli/CheckExamples.h reads them).
std::string examplesJsonLines(const ir::Agreement &a, const WorkedExamples &w);

} // namespace tenor::worked

#endif
