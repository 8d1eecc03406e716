//===- Ir.cpp - Small helpers of the typed IR -----------------------------===//

#include "ir/Ir.h"

namespace tenor::ir {

const Field *Dataset::field(const std::string &n) const {
  for (auto &f : fields)
    if (f->name == n)
      return f.get();
  return nullptr;
}

const Window &Remedy::window() const {
  static const Window monthly;
  if (forObjective)
    return forObjective->window;
  if (forObligation)
    return forObligation->window;
  return monthly;
}

const char *spelling(UnaryOp op) { return op == UnaryOp::Neg ? "-" : "not"; }

const char *spelling(BinaryOp op) {
  static const char *const names[] = {"or", "and", "==", "!=", "<", "<=", ">",
                                      ">=", "??",  "+",  "-",  "*", "/"};
  return names[static_cast<int>(op)];
}

const char *spelling(AggregateExpr::Fn fn) {
  static const char *const names[] = {"count", "sum",   "avg",        "min",
                                      "max",   "share", "percentile", "covered"};
  return names[static_cast<int>(fn)];
}

const char *spelling(WindowUnit u) {
  static const char *const names[] = {"day", "week", "month", "quarter", "year"};
  return names[static_cast<int>(u)];
}

const char *spelling(TierKind k) {
  static const char *const names[] = {"below", "above", "at least", "at most"};
  return names[static_cast<int>(k)];
}

} // namespace tenor::ir
