//===- Samples.cpp - The time keys of sampled data and their gaps ---------===//
//
// The grid restarts at each local midnight, so that a day that daylight
// saving time makes 23 or 25 hours long still expects its rows at the same
// times of day; the last slot of such a day ends at the next midnight.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Samples.h"

#include <algorithm>
#include <fmt/format.h>

namespace tenor::rt {

std::string SampleKeys::add(Timestamp t, const TimeZone &zone) {
  // Rows come in time order mostly: the local day of the last row is kept,
  // so the time zone is asked once a day, not once a row.
  if (!(dayStart <= t && t < dayEnd)) {
    Date d = zone.localDate(t);
    dayStart = zone.startOfDay(d);
    dayEnd = zone.startOfDay(addDays(d, 1));
  }
  int64_t offset = (t - dayStart).micros;
  if (offset % step.micros != 0)
    return fmt::format("the time key is off the dataset's grid of one row every {} from local "
                       "midnight",
                       step.micros % microsPerSecond == 0
                           ? fmt::format("{} s", step.micros / microsPerSecond)
                           : fmt::format("{} us", step.micros));
  if (!seen.insert(t.micros).second)
    return "a second row for the same time key; sampled data has one row per time key";
  return {};
}

std::vector<Interval> SampleKeys::gaps(Interval range, Timestamp asOf, const TimeZone &zone) const {
  std::vector<Interval> out;
  Timestamp end = std::min(range.end, asOf);
  if (!(range.start < end))
    return out;
  for (Date d = zone.localDate(range.start);; d = addDays(d, 1)) {
    Timestamp dayStart = zone.startOfDay(d), dayEnd = zone.startOfDay(addDays(d, 1));
    if (!(dayStart < end))
      break;
    for (Timestamp t = dayStart; t < dayEnd && t < end; t = t + step) {
      if (t < range.start || seen.count(t.micros))
        continue;
      Timestamp slotEnd = std::min(t + step, dayEnd);
      if (!out.empty() && out.back().end == t)
        out.back().end = slotEnd;
      else
        out.push_back({t, slotEnd});
    }
  }
  return out;
}

bool overlapsAny(const std::vector<Interval> &gaps, Interval span) {
  auto it = std::upper_bound(gaps.begin(), gaps.end(), span.start,
                             [](Timestamp t, const Interval &g) { return t < g.end; });
  return it != gaps.end() && it->start < span.end;
}

} // namespace tenor::rt
