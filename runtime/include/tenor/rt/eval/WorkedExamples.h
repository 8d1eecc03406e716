//===- WorkedExamples.h - One point of a tier table, deadline or cap -*- C++ -*-===//
//
// The worked examples of a contract (LANGUAGE.md section 12.2) are single
// points put through the code a period's evaluation runs: computeRemedy for
// a tier table with its rounding, minimum and cap, dueAfter and
// obligationStats for a deadline, applyTotalCap for a total cap. The
// compiler calls these functions to write the examples into the contract,
// and a generated evaluator calls them again, with its own generated specs,
// to check the contract (`--worked-examples`); so neither side has a copy of
// a rule.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_WORKEDEXAMPLES_H
#define TENOR_RT_EVAL_WORKEDEXAMPLES_H

#include "tenor/rt/base/BusinessCalendar.h"
#include "tenor/rt/base/Deadline.h"
#include "tenor/rt/eval/Remedies.h"

#include <optional>
#include <string>
#include <vector>

namespace tenor::rt {

/// What an item's deadline is: `within` of calendar time in `calendar`, or
/// of elapsed time when there is none; with `businessDays` above 0, the
/// closing time of that many business days of `calendar` (LANGUAGE.md 11.5).
struct DeadlineSpec {
  const BusinessCalendar *calendar = nullptr;
  Duration within;
  int64_t businessDays = 0;
};

/// What a remedy owes in one period with this measure and base; nothing
/// when nothing is owed (no tier holds, below the minimum, no value).
std::optional<Rational> remedyExample(const RemedySpec &spec,
                                      const std::optional<Rational> &measure,
                                      const std::optional<Rational> &base);

/// The deadline of an item that starts at `opened` (base/Deadline.h).
Deadline deadlineOf(const DeadlineSpec &deadline, Timestamp opened);

/// Whether an item that starts at `opened` and completes at `done` is late.
bool deadlineExampleLate(const DeadlineSpec &deadline, Timestamp opened, Timestamp done);

/// One remedy's amount in a period, before a total cap.
struct CapShare {
  std::string remedy;
  RemedyKind kind = RemedyKind::Credit;
  Rational amount;
};

/// The amounts of `shares`, all owed for the same month, after `cap`
/// (nothing left of a share: 0).
std::vector<Rational> totalCapExample(const TotalCapSpec &cap, const std::string &currency,
                                      const std::vector<CapShare> &shares);

/// An example's amount as written in the examples file: rounded to the
/// currency's minor unit ("1000.00"), or "none".
std::string exampleAmount(const std::optional<Rational> &amount, const std::string &currency);

} // namespace tenor::rt

#endif
