//===- ExcludedTime.cpp - The time a `during` exclusion removes ----------===//
//
// The union of S's intervals as a sorted list of disjoint intervals, so that
// a row's time is tested, and an interval cut, by a binary search.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/ExcludedTime.h"

#include <algorithm>

namespace tenor::rt {

void ExcludedTime::add(Interval iv) {
  if (iv.start < iv.end)
    merged.push_back(iv);
}

void ExcludedTime::finish() {
  std::sort(merged.begin(), merged.end(),
            [](const Interval &a, const Interval &b) { return a.start < b.start; });
  std::vector<Interval> out;
  for (const Interval &iv : merged) {
    if (!out.empty() && iv.start <= out.back().end)
      out.back().end = std::max(out.back().end, iv.end);
    else
      out.push_back(iv);
  }
  merged = std::move(out);
}

std::vector<Interval>::const_iterator ExcludedTime::firstEndingAfter(Timestamp t) const {
  return std::upper_bound(merged.begin(), merged.end(), t,
                          [](Timestamp v, const Interval &iv) { return v < iv.end; });
}

bool ExcludedTime::contains(Timestamp t) const {
  auto it = firstEndingAfter(t);
  return it != merged.end() && it->start <= t;
}

bool ExcludedTime::covers(Interval iv) const {
  auto it = firstEndingAfter(iv.start);
  return it != merged.end() && it->start <= iv.start && iv.end <= it->end;
}

} // namespace tenor::rt
