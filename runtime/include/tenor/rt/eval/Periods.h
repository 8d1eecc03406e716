//===- Periods.h - The evaluated range and its periods ----------*- C++ -*-===//
//
// What every evaluator works out the same way about its periods: the time
// keys the data holds (for the default range), the range evaluated, whether
// a period is complete in the data (a partial one is reported as such), and
// accumulator state kept per local day and merged into periods of any
// window on demand.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_PERIODS_H
#define TENOR_RT_EVAL_PERIODS_H

#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Windows.h"
#include "tenor/rt/base/Zone.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <vector>

namespace tenor::rt {

/// The earliest and latest time keys seen.
struct KeyRange {
  std::optional<Timestamp> min, max;
  void add(Timestamp t) {
    if (!min || t < *min)
      min = t;
    if (!max || *max < t)
      max = t;
  }
  /// An interval key holds data from its start to just before its end.
  void add(Interval iv) {
    add(iv.start);
    add(iv.start < iv.end ? iv.end - Duration{1} : iv.start);
  }
};

/// What is evaluated: the range, the cut-off for pending items, the end of
/// the term (for holdbacks), and the date periods are aligned to (the
/// agreement's effective date, if any).
struct EvalSpan {
  Interval range;
  Timestamp asOf, termEnd;
  std::optional<Date> anchor;
};

/// The part of `p` inside the evaluated range: where data counts.
inline Interval clip(const Period &p, const Interval &range) {
  return {std::max(p.start, range.start), std::min(p.end, range.end)};
}

/// Whether period `p` is incomplete (LANGUAGE.md 11.2): it reaches outside
/// the evaluated range, ends after the as-of time (events are complete up
/// to it), or overlaps a gap of a sampled dataset it reads (`gaps`: one
/// list per such dataset, from SampleKeys::gaps).
bool isPartial(const Period &p, const EvalSpan &span,
               std::initializer_list<const std::vector<Interval> *> gaps);

/// Accumulator state per local day, merged into periods on demand.
template <typename State> class DayBuckets {
public:
  explicit DayBuckets(const TimeZone &zone) : zone(zone) {}
  State &at(Timestamp t) {
    if (current && t >= dayStart && t < dayEnd)
      return *current;
    Date d = zone.localDate(t);
    dayStart = zone.startOfDay(d);
    dayEnd = zone.startOfDay(addDays(d, 1));
    current = &days[dayStart.micros];
    return *current;
  }
  /// Calls `fn` with the state of each day that starts inside `p`.
  template <typename Fn> void forEachDay(const Interval &p, Fn fn) const {
    for (auto it = days.lower_bound(p.start.micros); it != days.end() && it->first < p.end.micros;
         ++it)
      fn(it->second);
  }

private:
  const TimeZone &zone;
  std::map<int64_t, State> days;
  State *current = nullptr;
  Timestamp dayStart, dayEnd;
};

} // namespace tenor::rt

#endif
