//===- DiagArgs.cpp - Spellings of the diagnostics' typed arguments -------===//
//
// The words these enums and structs stand for in messages; no call site
// spells them.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagArgs.h"

#include <fmt/format.h>

namespace tenor::diag {

std::string_view spelling(ItemKind kind) {
  switch (kind) {
  case ItemKind::Agreement:
    return "agreement";
  case ItemKind::Bonus:
    return "bonus";
  case ItemKind::Calendar:
    return "calendar";
  case ItemKind::Constant:
    return "constant";
  case ItemKind::Credit:
    return "credit";
  case ItemKind::Data:
    return "data";
  case ItemKind::Declaration:
    return "declaration";
  case ItemKind::Enum:
    return "enum";
  case ItemKind::Field:
    return "field";
  case ItemKind::Function:
    return "function";
  case ItemKind::Holdback:
    return "holdback";
  case ItemKind::Metric:
    return "metric";
  case ItemKind::Module:
    return "module";
  case ItemKind::Name:
    return "name";
  case ItemKind::Objective:
    return "objective";
  case ItemKind::Obligation:
    return "obligation";
  case ItemKind::Parameter:
    return "parameter";
  case ItemKind::Penalty:
    return "penalty";
  case ItemKind::Report:
    return "report";
  case ItemKind::Schema:
    return "schema";
  case ItemKind::TotalCap:
    return "total cap";
  case ItemKind::Type:
    return "type";
  }
  return "";
}

std::string spelling(const Named &n) {
  if (n.kind == ItemKind::TotalCap)
    return fmt::format("`cap total {}`", n.name.str());
  std::string out = fmt::format("{} `{}`", spelling(n.kind), n.name.str());
  if (!n.of.empty())
    out += fmt::format(" of `{}`", n.of.str());
  return out;
}

std::string_view spelling(Clause clause) {
  switch (clause) {
  case Clause::For:
    return "`for`";
  case Clause::TiersOrAmount:
    return "`by` tiers or `amount`";
  case Clause::Base:
    return "`base`";
  case Clause::OfMoney:
    return "`of` with an amount of money";
  case Clause::Amount:
    return "`amount`";
  case Clause::ReleasedIf:
    return "`released if`";
  case Clause::EveryWindow:
    return "`every` window";
  case Clause::Target:
    return "`target`";
  case Clause::Each:
    return "`each`";
  case Clause::Must:
    return "`must`";
  }
  return "";
}

std::string_view spelling(AmountRole role) {
  switch (role) {
  case AmountRole::Amount:
    return "the amount";
  case AmountRole::TierAmount:
    return "a tier's amount";
  case AmountRole::Cap:
    return "the cap";
  case AmountRole::Minimum:
    return "the minimum";
  }
  return "";
}

std::string_view spelling(DurationRole role) {
  switch (role) {
  case DurationRole::ClaimPeriod:
    return "a claim period";
  case DurationRole::Deadline:
    return "a deadline";
  case DurationRole::Due:
    return "`due`";
  case DurationRole::NoticePeriod:
    return "a notice period";
  }
  return "";
}

std::string_view spelling(DeadlineEnd end) {
  switch (end) {
  case DeadlineEnd::Completion:
    return "completion";
  case DeadlineEnd::Start:
    return "start";
  case DeadlineEnd::After:
    return "`after`";
  }
  return "";
}

std::string spelling(const MemberOwner &owner) {
  using K = MemberOwner::Kind;
  switch (owner.kind) {
  case K::Period:
    return "`period`";
  case K::Obligation:
    return spelling(Named{ItemKind::Obligation, owner.name});
  case K::Enum:
    return spelling(Named{ItemKind::Enum, owner.name});
  case K::Declaration:
    return fmt::format("`{}`", owner.name.str());
  case K::Value:
    return owner.name.str();
  }
  return "";
}

std::string spelling(const Members &members) {
  const std::vector<std::string> &names = members.names;
  if (names.empty())
    return "no members";
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i)
      out += i + 1 == names.size() ? " or " : ", ";
    out += "`" + names[i] + "`";
  }
  return out;
}

std::string spelling(const NameOrExpr &e) {
  return e.name.empty() ? "this expression" : fmt::format("`{}`", e.name.str());
}

std::string spelling(ConditionCount c) {
  if (c.count == 0)
    return "count at least one period";
  return fmt::format("the last {} cannot hold {}", c.outOf, c.count);
}

} // namespace tenor::diag
