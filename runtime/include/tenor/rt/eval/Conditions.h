//===- Conditions.h - Termination and holdback conditions -------*- C++ -*-===//
//
// LANGUAGE.md section 6.9: when a condition over sequences of periods
// (`SUBJECT breached|met N consecutive PERIODS`, `... N of last M PERIODS`,
// `... over term`) first held, given each subject's outcome per period.
// Termination rights and holdbacks are both decided with it.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_CONDITIONS_H
#define TENOR_RT_EVAL_CONDITIONS_H

#include "tenor/core/Conditions.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Windows.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenor::rt {

/// One objective's or obligation's outcome per period, in time order.
struct Outcomes {
  std::string name;
  std::vector<std::pair<Period, std::optional<bool>>> met;
};

struct ConditionSpec {
  using Subject = core::ConditionSubject; ///< core/Conditions.def
  Subject subject = Subject::Named;
  std::string name;     ///< Named: the objective or obligation
  bool breached = true; ///< `breached` or `met`
  using Form = core::ConditionForm;
  Form form = Form::OverTerm;
  int count = 0, outOf = 0;
  std::string text; ///< as written, for the report
};

/// The end of the first period that completed the condition, or nothing.
/// An unknown outcome is neither met nor breached. OverTerm conditions hold
/// at the end of the last period when every (met) or some (breached) period
/// with a result satisfies them: periods whose outcome is unknown are left
/// out (LANGUAGE.md 11.8), and without any period with a result the
/// condition does not hold.
///
/// Named subjects are looked up by name in `subjects`. For `all objectives`
/// and `any objective` every element of `subjects` takes part, so pass the
/// objectives' outcomes only (not the obligations'). `any objective` holds
/// when the condition holds for one objective on its own (the same
/// objective throughout); `all objectives breached|met` combines the periods
/// that end at the same instant and needs every one of them to have that
/// outcome (see Conditions.cpp).
std::optional<Timestamp> conditionArose(const ConditionSpec &c,
                                        const std::vector<Outcomes> &subjects);

} // namespace tenor::rt

#endif
