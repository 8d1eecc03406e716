//===- Obligations.h - Items, deadlines and compliance ----------*- C++ -*-===//
//
// An obligation (LANGUAGE.md section 6.6) is checked item by item: each row
// the generated evaluator keeps is an item with a time key, maybe a deadline
// and a completion, or a condition it must meet. Per period the items are
// counted as on time, breached or pending, and compliance is the share on
// time of those decided.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_OBLIGATIONS_H
#define TENOR_RT_EVAL_OBLIGATIONS_H

#include "tenor/rt/base/Deadline.h"
#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

struct ObligationItem {
  Timestamp key;
  bool hasDeadline = false;
  Deadline deadline; ///< base/Deadline.h: due, and the last on-time completion
  std::optional<Timestamp> done;
  bool ok = true; ///< for `must <condition>`
  std::string id;
};

struct ObligationStats {
  int64_t items = 0, breaches = 0, pending = 0;
  Rational compliance = Rational(1);
  std::vector<std::string> breachedIds;
};

/// Why an item that completed at `done`, before `from` (named `fromName`,
/// such as "`opened_at`"), is bad data; for fieldError().
std::string completionBefore(Timestamp done, std::string_view fromName, Timestamp from);

/// The items whose time key lies in `p`: on time, breached, or pending
/// (no completion yet, and a completion at `asOf`, the cut-off, would
/// still be on time).
ObligationStats obligationStats(const std::vector<ObligationItem> &items, const Interval &p,
                                Timestamp asOf);

} // namespace tenor::rt

#endif
