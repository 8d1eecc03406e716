//===- Periods.cpp - The evaluated range and its periods ------------------===//
//
// A period is complete when the data covers it: the data covers the whole
// local days around its first and last time keys, in the agreement's zone.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Periods.h"

namespace tenor::rt {

bool isPartial(const Period &p, const EvalSpan &span, const KeyRange &keys, const TimeZone &zone) {
  if (!keys.min || !keys.max)
    return true;
  // Keys are instants; the data covers the whole local days around them.
  Timestamp first = zone.startOfDay(zone.localDate(*keys.min));
  Timestamp last = zone.startOfDay(addDays(zone.localDate(*keys.max), 1));
  return p.start < span.range.start || span.range.end < p.end || p.start < first || last < p.end ||
         span.asOf < p.end;
}

} // namespace tenor::rt
