//===- TierRanges.h - Comparing the ranges of tier lines --------*- C++ -*-===//
//
// The ranges of measure values that tier lines pay for (ir::TierRange), as
// far as they can be compared before the evaluator runs: between literal
// thresholds. Sema uses them to reject overlapping range lines, warn about
// gaps and order the lines for the contract (LANGUAGE.md 11.6); ir::verify
// uses them to check that the ranges of a table are disjoint.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_TIERRANGES_H
#define TENOR_IR_TIERRANGES_H

#include "ir/Ir.h"

#include <optional>
#include <string>

namespace tenor::ir {

/// Whether every bound of `r` is a literal (or absent, open on that side).
bool comparable(const TierRange &r);

/// Order of two comparable ranges by where they start (-1, 0, 1); an open
/// lower end starts first, an inclusive bound before an exclusive one.
int compareStarts(const TierRange &a, const TierRange &b);

/// Whether a comparable range holds at least one value.
bool holdsValue(const TierRange &r);

/// The values two comparable ranges share; none when they are disjoint.
std::optional<TierRange> overlap(const TierRange &a, const TierRange &b);

/// The values between two comparable disjoint ranges, `first` starting
/// before `second`, that neither holds; none when they meet.
std::optional<TierRange> gapBetween(const TierRange &first, const TierRange &second);

/// A comparable range in Tenor's words for diagnostics: "99.0%", "at least
/// 99.0% and below 99.5%", "below 95.0%".
std::string rangeSpelling(const TierRange &r);

} // namespace tenor::ir

#endif
