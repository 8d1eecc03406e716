//===- RemedyGroups.h - Remedies by name and totals by kind -----*- C++ -*-===//
//
// Both report writers list the remedies by name in declaration order and
// add them up per kind and currency; this header keeps the two in step.
// Private to the report layer.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_SRC_REPORT_REMEDYGROUPS_H
#define TENOR_RT_SRC_REPORT_REMEDYGROUPS_H

#include "tenor/rt/report/ReportModel.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenor::rt::detail {

/// "credit", "penalty" or "bonus".
std::string_view remedyKindName(RemedyKind kind);

/// The amounts of one remedy, by period start.
using RemedyGroup = std::pair<std::string, std::vector<const RemedyAmount *>>;

/// One group per name of `r.remedyNames` (in that order, empty ones
/// included), then one per other name found in `r.remedies`, in order of
/// first appearance.
std::vector<RemedyGroup> groupRemedies(const Report &r);

/// Sums per currency (sorted by code) of each kind.
struct RemedyTotals {
  std::map<std::string, Rational> credits, penalties, bonuses;
};
RemedyTotals totalRemedies(const Report &r);

} // namespace tenor::rt::detail

#endif
