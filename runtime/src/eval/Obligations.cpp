//===- Obligations.cpp - Items, deadlines and compliance ------------------===//
//
// An item without a deadline is breached when its condition fails; one with
// a deadline when it completed late, or has not completed and a completion
// at --as-of (the cut-off) would be late; otherwise it is pending
// (LANGUAGE.md 11.5). Breached ids are sorted
// so that the report does not depend on the order of the rows.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Obligations.h"

#include <algorithm>
#include <fmt/format.h>

namespace tenor::rt {

std::string completionBefore(Timestamp done, std::string_view fromName, Timestamp from) {
  return fmt::format("completed at {}, before {} ({}); a completion cannot come before the time "
                     "its deadline counts from",
                     formatTimestamp(done), fromName, formatTimestamp(from));
}

ObligationStats obligationStats(const std::vector<ObligationItem> &items, const Interval &p,
                                Timestamp asOf) {
  ObligationStats s;
  int64_t onTime = 0;
  for (const ObligationItem &item : items) {
    if (item.key < p.start || !(item.key < p.end))
      continue;
    ++s.items;
    bool breached;
    if (!item.hasDeadline) {
      breached = !item.ok;
    } else if (item.done) {
      breached = !item.deadline.onTime(*item.done);
    } else if (item.deadline.onTime(asOf)) {
      ++s.pending;
      continue;
    } else {
      breached = true;
    }
    if (breached) {
      ++s.breaches;
      s.breachedIds.push_back(item.id);
    } else {
      ++onTime;
    }
  }
  std::sort(s.breachedIds.begin(), s.breachedIds.end());
  int64_t decided = s.items - s.pending;
  s.compliance = decided == 0 ? Rational(1) : Rational::fraction(onTime, decided);
  return s;
}

} // namespace tenor::rt
