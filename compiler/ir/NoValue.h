//===- NoValue.h - Whether a figure can have no value in a period -*- C++ -*-===//
//
// LANGUAGE.md 11.8: per period, a division by zero or an `avg`, `min`, `max`
// or `percentile` of no rows gives a figure no value. The evaluator finds
// out per period; the contract needs to know beforehand whether it can
// happen at all, so that it states the rule only where it applies. This is
// that question, asked of the IR alone.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_NOVALUE_H
#define TENOR_IR_NOVALUE_H

#include "ir/Ir.h"

namespace tenor::ir {

/// Whether `e`, evaluated for a period, may have no value: it reads (through
/// metrics and function calls) an `avg`, `min`, `max` or `percentile`, or
/// divides by something that may be zero. A divisor is known not to be zero
/// when it is a non-zero literal or constant, `period.length`, or the
/// `else` side of `if d == 0 then … else …` dividing by that same `d`.
/// Per-row formulas (an aggregate's value or `where`) are not periods' and
/// are left out: a division by zero there is a bad row.
bool mayHaveNoValue(const Expr &e);

/// Whether `o` can be reported unknown (not assessed) in a period because a
/// figure of its target has no value: its target may have none and its `if
/// no data` line is `unknown`.
bool mayBeUnknown(const Objective &o);

/// Whether a period of the subject of `c` can be unknown (mayBeUnknown of
/// its objective, or of any objective for `all objectives`/`any objective`).
bool mayBeUnknown(const Condition &c, const Agreement &a);

} // namespace tenor::ir

#endif
