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
// `all objectives` and `any objective` quantify over the objectives period
// by period. Their outcomes are combined per period start: the objectives
// that have a period starting at that instant take part (an objective with
// another window has no period there and is left out, so `all objectives met
// over term` asks every objective to be met in every one of its periods).
//  - `all objectives breached|met`: every objective taking part has that
//    outcome (known, not unknown) in the period;
//  - `any objective breached|met`: at least one objective taking part has
//    that outcome in the period; unknown outcomes of the others don't matter.
// So `any objective breached 3 consecutive months` holds after three months
// in a row in each of which some objective (not necessarily the same one)
// was breached, and `all objectives breached` needs all of them breached.
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

std::vector<Step> namedSteps(const ConditionSpec &c, const std::vector<Outcomes> &subjects) {
  std::vector<Step> steps;
  auto it = std::find_if(subjects.begin(), subjects.end(),
                         [&](const Outcomes &o) { return o.name == c.name; });
  if (it == subjects.end())
    return steps;
  for (const auto &[period, met] : it->met)
    steps.push_back({period.end, hasOutcome(met, !c.breached), met.has_value()});
  return steps;
}

/// The outcomes of all subjects' periods that start at one instant.
struct Slot {
  Timestamp end = Timestamp::min(); ///< the latest end among them
  size_t count = 0, withOutcome = 0, unknown = 0;
};

std::vector<Step> combinedSteps(const ConditionSpec &c, const std::vector<Outcomes> &subjects) {
  std::map<Timestamp, Slot> slots;
  for (const Outcomes &subject : subjects) {
    for (const auto &[period, met] : subject.met) {
      Slot &slot = slots[period.start];
      slot.end = std::max(slot.end, period.end);
      ++slot.count;
      slot.withOutcome += hasOutcome(met, !c.breached) ? 1 : 0;
      slot.unknown += met.has_value() ? 0 : 1;
    }
  }
  bool all = c.subject == ConditionSpec::Subject::AllObjectives;
  std::vector<Step> steps;
  for (const auto &[start, slot] : slots) {
    // `all`: settled by every subject having the outcome, or one known
    // not to; `any`: by one having it, or every subject known not to.
    bool holds = all ? slot.withOutcome == slot.count : slot.withOutcome > 0;
    bool known =
        all ? holds || slot.withOutcome + slot.unknown < slot.count : holds || slot.unknown == 0;
    steps.push_back({slot.end, holds, known});
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

std::optional<Timestamp> tenor::rt::conditionArose(const ConditionSpec &c,
                                                   const std::vector<Outcomes> &subjects) {
  std::vector<Step> steps = c.subject == ConditionSpec::Subject::Named ? namedSteps(c, subjects)
                                                                       : combinedSteps(c, subjects);
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
