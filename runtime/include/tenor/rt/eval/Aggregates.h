//===- Aggregates.h - Per-period accumulators for metrics -------*- C++ -*-===//
//
// The aggregates of LANGUAGE.md section 6.4. An evaluator keeps one
// accumulator per aggregate and period and feeds it the rows that pass the
// filter. Counting, summing and min/max take constant space and never
// allocate; percentile and covered must keep their values. Results are
// exact: sums are Rational (with an int64 fast path), averages and shares are
// Rational, and "no value" is an empty optional.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_AGGREGATES_H
#define TENOR_RT_EVAL_AGGREGATES_H

#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/eval/KeptValues.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace tenor::rt {

/// `count(ds)`.
class CountAcc {
public:
  void add() { ++n; }
  /// Accumulators merge so that day buckets can be combined into periods.
  void merge(const CountAcc &o) { n += o.n; }
  int64_t value() const { return n; }

private:
  int64_t n = 0;
};

/// `sum(ds.f)`. Integer values (ints, durations in microseconds) go through
/// an int64 fast path that spills into the Rational sum on overflow.
class SumAcc {
public:
  void add(int64_t v) {
    int64_t r;
    if (__builtin_add_overflow(intSum, v, &r))
      ratSum += Rational(v);
    else
      intSum = r;
  }
  void add(const Rational &v) { ratSum += v; }
  void merge(const SumAcc &o) {
    add(o.intSum);
    ratSum += o.ratSum;
  }
  /// The sum; 0 when there were no rows.
  Rational value() const { return ratSum + Rational(intSum); }

private:
  int64_t intSum = 0;
  Rational ratSum;
};

/// `min(ds.f)` and `max(ds.f)` over any totally ordered value type.
template <typename T> class MinMaxAcc {
public:
  void add(const T &v) {
    if (!lo || v < *lo)
      lo = v;
    if (!hi || *hi < v)
      hi = v;
  }
  void merge(const MinMaxAcc &o) {
    if (o.lo)
      add(*o.lo);
    if (o.hi)
      add(*o.hi);
  }
  /// Nothing when there were no rows.
  const std::optional<T> &min() const { return lo; }
  const std::optional<T> &max() const { return hi; }

private:
  std::optional<T> lo, hi;
};

/// `avg(ds.f)`.
class AvgAcc {
public:
  void add(int64_t v) {
    sum.add(v);
    ++n;
  }
  void add(const Rational &v) {
    sum.add(v);
    ++n;
  }
  void merge(const AvgAcc &o) {
    sum.merge(o.sum);
    n += o.n;
  }
  int64_t count() const { return n; }
  /// The exact mean; nothing when there were no rows.
  std::optional<Rational> value() const;

private:
  SumAcc sum;
  int64_t n = 0;
};

/// `share(ds where c)`: the rows satisfying `c` among all rows.
class ShareAcc {
public:
  void add(bool hit) {
    ++total;
    hits += hit;
  }
  void merge(const ShareAcc &o) {
    hits += o.hits;
    total += o.total;
  }
  int64_t hitCount() const { return hits; }
  int64_t totalCount() const { return total; }
  /// hits / total; 1 (100%) when there were no rows.
  Rational value() const;

private:
  int64_t hits = 0, total = 0;
};

/// The 1-based rank of the nearest-rank percentile `p` among `n` values:
/// ceil(p * n), clamped to [1, n] (so p = 0 gives the smallest value and
/// p > 100% the largest).
int64_t nearestRank(const Rational &p, int64_t n);

/// `percentile(ds.f, p)`, nearest rank: the smallest value v such that at
/// least p of the rows are <= v.
template <typename T> class PercentileAcc {
public:
  void add(const T &v) { values.push_back(v); }
  void merge(const PercentileAcc &o) {
    values.insert(values.end(), o.values.begin(), o.values.end());
  }
  void reserve(size_t n) { values.reserve(n); }
  size_t count() const { return values.size(); }
  /// Nothing when there were no rows. Reorders the kept values (in linear
  /// time), so it is not const; asking several percentiles is fine.
  std::optional<T> value(const Rational &p) {
    if (values.empty())
      return std::nullopt;
    auto nth = values.begin() + (nearestRank(p, int64_t(values.size())) - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
  }

private:
  KeptVector<T> values;
};

/// `covered(ds.f)`: the time covered by at least one interval, inside a
/// period. Intervals that overlap or touch the previous one are merged as
/// they arrive, so time-ordered data keeps little memory.
class CoveredAcc {
public:
  void add(Interval iv);
  void merge(const CoveredAcc &o) {
    for (const Interval &iv : o.intervals)
      add(iv);
  }
  /// The length of the union of the intervals, clipped to `clip`.
  /// Reorders the kept intervals, so it is not const.
  Duration value(Interval clip);

private:
  KeptVector<Interval> intervals;
};

} // namespace tenor::rt

#endif
