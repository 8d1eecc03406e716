//===- ExcludedTime.h - The time a `during` exclusion removes ----*- C++ -*-===//
//
// `exclude … { during S }` (LANGUAGE.md 11.7): the union of the intervals of
// S, built from the rows of S's dataset before any row it cuts is read. A
// row whose time falls inside it is dropped; an interval that a measurement
// covers is cut by it. The period's length is not changed.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_EXCLUDEDTIME_H
#define TENOR_RT_EVAL_EXCLUDEDTIME_H

#include "tenor/rt/base/Time.h"

#include <vector>

namespace tenor::rt {

class ExcludedTime {
public:
  /// Adds one interval of S (in any order, before finish()).
  void add(Interval iv);
  /// Sorts and merges the intervals; call once, after the last add().
  void finish();
  /// True when `t` is inside one of the intervals.
  bool contains(Timestamp t) const;
  /// True when all of `iv` is inside S (an empty `iv` when its start is).
  bool covers(Interval iv) const;
  /// Calls `f` with each non-empty part of `iv` outside S, in order.
  template <typename F> void forEachPartOutside(Interval iv, F &&f) const {
    Timestamp from = iv.start;
    for (auto it = firstEndingAfter(iv.start); it != merged.end() && it->start < iv.end; ++it) {
      if (from < it->start)
        f(Interval{from, it->start});
      if (it->end > from)
        from = it->end;
    }
    if (from < iv.end)
      f(Interval{from, iv.end});
  }

private:
  std::vector<Interval> merged; ///< sorted by start, disjoint, not touching
  std::vector<Interval>::const_iterator firstEndingAfter(Timestamp t) const;
};

} // namespace tenor::rt

#endif
