//===- RuntimeSpecs.h - The runtime's specs of IR remedies, calendars, caps -*- C++ -*-===//
//
// The worked examples are computed by the runtime's functions, which take
// the runtime's specs; these build them from the IR the way the generated
// evaluator builds its own, for figures that are literals (or constants
// with a literal value). The evaluator's check of the examples is what
// shows that both ways agree.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_WORKED_RUNTIMESPECS_H
#define TENOR_WORKED_RUNTIMESPECS_H

#include "ir/Ir.h"
#include "tenor/rt/base/BusinessCalendar.h"
#include "tenor/rt/eval/Remedies.h"

#include <optional>

namespace tenor::worked {

/// The value of a number literal, or of a constant that is one.
std::optional<rt::Rational> literalValue(const ir::Expr *e);

/// `r`'s spec; none when one of its figures is not a literal.
std::optional<rt::RemedySpec> remedySpecOf(const ir::Remedy &r, const std::string &currency);

/// `c` in its time zone; throws rt::UnknownTimeZone for a zone the host lacks.
rt::BusinessCalendar calendarOf(const ir::Calendar &c);

/// The spec of total cap `c` with base `of`; none unless its amount is a literal.
std::optional<rt::TotalCapSpec> totalCapSpecOf(const ir::TotalCap &c,
                                               std::optional<rt::Rational> of);

} // namespace tenor::worked

#endif
