//===- Conditions.cpp - Termination and holdback conditions ---------------===//
//
// LANGUAGE.md section 6.9: `SUBJECT breached|met N consecutive PERIODS`,
// `... N of last M PERIODS` and `... over term`. A condition is evaluated in
// two steps: the subject's outcomes become one sequence of steps, each
// saying whether the wanted outcome (breached or met) certainly held in that
// period; then the form scans that sequence. An unknown outcome (no data,
// reported as `"met": null`) is neither met nor breached: it never counts
// towards a condition and it breaks a run of consecutive periods; `over
// term` is decided over the periods that have a result (LANGUAGE.md 11.8).
//
// `any objective` is about one objective at a time: the condition holds as
// soon as it holds for some objective on its own periods, so `any objective
// breached 3 consecutive months` needs the same objective breached three
// months in a row (the contract says "the same objective"); a different
// objective failing in each month grants nothing (issue 14, defect 4).
//
// `all objectives` is about the same periods of every objective: the
// periods that end at the same instant are combined, and
//  - `all objectives breached|met`: every objective with a period ending at
//    that instant has that outcome (known, not unknown) in it.
// Periods are matched by their end, the instant at which they are decided:
// matching them by their start put a daily rolling window ending 12
// February (starting 13 January) beside nothing else and let it alone
// decide "none of the objectives is met" (issue 14, defect 14). Sema
// requires every objective of a counting form (`N consecutive`, `N of last
// M`) to be counted in the condition's unit, so their ends coincide; `over
// term` needs no unit, and `all objectives met over term` asks every
// objective to be met in every one of its periods.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Conditions.h"

#include <algorithm>
#include <map>
#include <stdexcept>

using namespace tenor::rt;

namespace {

/// One period of the subject: whether the wanted outcome held, and when the
/// period ended.
struct Step {
  Timestamp end;
  bool holds = false;
  /// Whether the period has a result: false when an unknown outcome leaves
  /// open whether the wanted outcome held (`over term` leaves it out).
  bool known = true;
};

bool hasOutcome(const std::optional<bool> &met, bool wantMet) {
  return met.has_value() && *met == wantMet;
}

std::vector<Step> stepsOf(const ConditionSpec &c, const Outcomes &subject) {
  std::vector<Step> steps;
  for (const auto &[period, met] : subject.met)
    steps.push_back({period.end, hasOutcome(met, !c.breached), met.has_value()});
  return steps;
}

/// The outcomes of all subjects' periods that end at one instant.
struct Slot {
  size_t count = 0, withOutcome = 0, unknown = 0;
};

/// `all objectives`: one step per period end, settled by every subject
/// having the outcome, or by one known not to have it.
std::vector<Step> allSteps(const ConditionSpec &c, const std::vector<Outcomes> &subjects) {
  std::map<Timestamp, Slot> slots;
  for (const Outcomes &subject : subjects) {
    for (const auto &[period, met] : subject.met) {
      Slot &slot = slots[period.end];
      ++slot.count;
      slot.withOutcome += hasOutcome(met, !c.breached) ? 1 : 0;
      slot.unknown += met.has_value() ? 0 : 1;
    }
  }
  std::vector<Step> steps;
  for (const auto &[end, slot] : slots) {
    bool holds = slot.withOutcome == slot.count;
    bool known = holds || slot.withOutcome + slot.unknown < slot.count;
    steps.push_back({end, holds, known});
  }
  return steps;
}

std::optional<Timestamp> firstConsecutive(const std::vector<Step> &steps, int count) {
  int run = 0;
  for (const Step &step : steps) {
    run = step.holds ? run + 1 : 0;
    if (run >= count)
      return step.end;
  }
  return std::nullopt;
}

/// The first step at which at least `count` of the last `outOf` steps
/// (itself included) hold. Before `outOf` steps have passed, the steps so
/// far are the last ones.
std::optional<Timestamp> firstOfLast(const std::vector<Step> &steps, int count, int outOf) {
  int holding = 0;
  for (size_t i = 0; i < steps.size(); ++i) {
    holding += steps[i].holds ? 1 : 0;
    if (i >= size_t(outOf) && steps[i - size_t(outOf)].holds)
      --holding; // that step left the window
    if (holding >= count)
      return steps[i].end;
  }
  return std::nullopt;
}

/// `met over term`: every period with a result met, and there was at least
/// one; `breached over term`: some period breached. Periods without a
/// result (unknown) are left out (LANGUAGE.md 11.8). Holds at the end of
/// the last period.
std::optional<Timestamp> overTerm(const std::vector<Step> &steps, bool breached) {
  auto known = [](const Step &s) { return s.known; };
  if (std::none_of(steps.begin(), steps.end(), known))
    return std::nullopt;
  auto holds = [](const Step &s) { return s.holds; };
  auto holdsOrUnknown = [](const Step &s) { return s.holds || !s.known; };
  bool held = breached ? std::any_of(steps.begin(), steps.end(), holds)
                       : std::all_of(steps.begin(), steps.end(), holdsOrUnknown);
  if (!held)
    return std::nullopt;
  Timestamp end = steps.front().end;
  for (const Step &step : steps)
    end = std::max(end, step.end);
  return end;
}

} // namespace

namespace {

std::optional<Timestamp> formArose(const ConditionSpec &c, const std::vector<Step> &steps) {
  switch (c.form) {
  case ConditionSpec::Form::Consecutive:
    if (c.count < 1)
      throw std::invalid_argument("a consecutive condition needs a count of at least 1");
    return firstConsecutive(steps, c.count);
  case ConditionSpec::Form::OfLast:
    if (c.count < 1 || c.outOf < c.count)
      throw std::invalid_argument("an `N of last M` condition needs 1 <= N <= M");
    return firstOfLast(steps, c.count, c.outOf);
  case ConditionSpec::Form::OverTerm:
    return overTerm(steps, c.breached);
  }
  return std::nullopt;
}

} // namespace

std::optional<Timestamp> tenor::rt::conditionArose(const ConditionSpec &c,
                                                   const std::vector<Outcomes> &subjects) {
  switch (c.subject) {
  case ConditionSpec::Subject::Named:
    for (const Outcomes &subject : subjects)
      if (subject.name == c.name)
        return formArose(c, stepsOf(c, subject));
    return std::nullopt;
  case ConditionSpec::Subject::AllObjectives:
    return formArose(c, allSteps(c, subjects));
  case ConditionSpec::Subject::AnyObjective:
    break;
  }
  // The first instant at which the condition held for one objective alone.
  std::optional<Timestamp> first;
  for (const Outcomes &subject : subjects)
    if (std::optional<Timestamp> t = formArose(c, stepsOf(c, subject)))
      first = first ? std::min(*first, *t) : *t;
  return first;
}
