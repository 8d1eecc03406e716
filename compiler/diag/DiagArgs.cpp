//===- DiagArgs.cpp - Spellings of the diagnostics' enum arguments --------===//
//
// The words these enums stand for in messages; no call site spells them.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagArgs.h"

#include <fmt/format.h>

namespace tenor::diag {

std::string_view spelling(ItemKind kind) {
  switch (kind) {
  case ItemKind::Objective:
    return "objective";
  case ItemKind::Obligation:
    return "obligation";
  case ItemKind::Report:
    return "report";
  }
  return "";
}

std::string spelling(ConditionCount c) {
  if (c.count == 0)
    return "count at least one period";
  return fmt::format("the last {} cannot hold {}", c.outOf, c.count);
}

} // namespace tenor::diag
