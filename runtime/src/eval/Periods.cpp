//===- Periods.cpp - The evaluated range and its periods ------------------===//
//
// A period is complete when the data covers it (LANGUAGE.md 11.2): events
// are complete up to the as-of time, sampled data wherever no expected row
// is missing. This replaces v0.1's rule (partial before the first or after
// the last day with data), which missed a gap in the middle of the data.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Periods.h"
#include "tenor/rt/eval/Samples.h"

namespace tenor::rt {

bool isPartial(const Period &p, const EvalSpan &span,
               std::initializer_list<const std::vector<Interval> *> gaps) {
  if (p.start < span.range.start || span.range.end < p.end || span.asOf < p.end)
    return true;
  for (const std::vector<Interval> *g : gaps)
    if (overlapsAny(*g, clip(p, span.range)))
      return true;
  return false;
}

} // namespace tenor::rt
