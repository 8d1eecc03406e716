//===- Aggregates.cpp - Results of the per-period accumulators ------------===//
//
// The parts of the accumulators that run once per period rather than once
// per row: exact averages and shares, the nearest rank of a percentile, and
// the length of a union of intervals.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Aggregates.h"

using namespace tenor::rt;

std::optional<Rational> AvgAcc::value() const {
  if (n == 0)
    return std::nullopt;
  return sum.value() / Rational(n);
}

Rational ShareAcc::value() const {
  if (total == 0)
    return Rational(1);
  return Rational::fraction(hits, total);
}

int64_t tenor::rt::nearestRank(const Rational &p, int64_t n) {
  if (n <= 0)
    return 0;
  Int128 rank = (p * Rational(n)).ceil();
  return int64_t(std::clamp<Int128>(rank, 1, n));
}

void CoveredAcc::add(Interval iv) {
  if (iv.end <= iv.start)
    return;
  if (!intervals.empty()) {
    Interval &last = intervals.back();
    if (iv.start <= last.end && last.start <= iv.end) {
      last.start = std::min(last.start, iv.start);
      last.end = std::max(last.end, iv.end);
      return;
    }
  }
  intervals.push_back(iv);
}

Duration CoveredAcc::value(Interval clip) {
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval &a, const Interval &b) { return a.start < b.start; });
  int64_t total = 0;
  Timestamp reached = clip.start; // everything before is counted already
  for (const Interval &iv : intervals) {
    Timestamp from = std::max(iv.start, reached);
    Timestamp to = std::min(iv.end, clip.end);
    if (from < to) {
      total += (to - from).micros;
      reached = to;
    }
  }
  return Duration{total};
}
