//===- RemedyGroups.cpp - Remedies by name and totals by kind -------------===//
//
// Shared by the JSON and the text report, so that both list the remedies in
// the same order and add them up the same way.
//
//===----------------------------------------------------------------------===//

#include "RemedyGroups.h"

#include <algorithm>

using namespace tenor::rt;
using namespace tenor::rt::detail;

std::string_view tenor::rt::detail::remedyKindName(RemedyKind kind) {
  return core::remedyKindInfo(kind).singular;
}

std::vector<RemedyGroup> tenor::rt::detail::groupRemedies(const Report &r) {
  std::vector<RemedyGroup> groups;
  std::map<std::string, size_t> index;
  auto groupOf = [&](const std::string &name) -> RemedyGroup & {
    auto [it, added] = index.try_emplace(name, groups.size());
    if (added)
      groups.push_back({name, {}});
    return groups[it->second];
  };
  for (const std::string &name : r.remedyNames)
    groupOf(name);
  for (const RemedyAmount &a : r.remedies)
    groupOf(a.remedy).second.push_back(&a);
  for (RemedyGroup &group : groups)
    std::stable_sort(group.second.begin(), group.second.end(),
                     [](const RemedyAmount *a, const RemedyAmount *b) {
                       return a->period.start < b->period.start;
                     });
  return groups;
}

RemedyTotals tenor::rt::detail::totalRemedies(const Report &r) {
  RemedyTotals totals;
  for (const RemedyAmount &a : r.remedies) {
    std::map<std::string, Rational> &sums = a.kind == RemedyKind::Credit    ? totals.credits
                                            : a.kind == RemedyKind::Penalty ? totals.penalties
                                                                            : totals.bonuses;
    if (a.amount)
      sums[a.currency] += *a.amount;
  }
  return totals;
}
