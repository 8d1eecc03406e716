//===- Samples.h - The time keys of sampled data and their gaps -*- C++ -*-===//
//
// LANGUAGE.md 11.2: a sampled dataset (`every D`) expects one row at every
// multiple of D from the start of each local day. Reading checks each row's
// time key against that grid (off the grid, or a second row for a key, is a
// data error); after reading, the expected keys without a row are the gaps,
// merged into spans, that make the periods overlapping them partial.
//
// Keys are kept per dataset; a per-resource dataset (LANGUAGE.md 11.1) would
// keep one SampleKeys per resource value.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_SAMPLES_H
#define TENOR_RT_EVAL_SAMPLES_H

#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Zone.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace tenor::rt {

class SampleKeys {
public:
  /// `step` divides 24 hours (the compiler checked it).
  explicit SampleKeys(Duration step) : step(step) {}
  Duration stepLength() const { return step; }
  /// Records the time key of a row; on an off-grid or repeated key records
  /// nothing and returns why (the row is a data error).
  std::string add(Timestamp t, const TimeZone &zone);
  /// The expected keys in [range.start, min(range.end, asOf)) that have no
  /// row, each standing for [t, t + step) cut at the end of its local day,
  /// merged into spans in time order.
  std::vector<Interval> gaps(Interval range, Timestamp asOf, const TimeZone &zone) const;

private:
  Duration step;
  std::unordered_set<int64_t> seen;
  Timestamp dayStart, dayEnd; ///< the local day of the last key added (empty at first)
};

/// Whether any of `gaps` (in time order, disjoint) overlaps `span`.
bool overlapsAny(const std::vector<Interval> &gaps, Interval span);

} // namespace tenor::rt

#endif
