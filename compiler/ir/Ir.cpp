//===- Ir.cpp - Small helpers of the typed IR -----------------------------===//

#include "ir/Ir.h"

namespace tenor::ir {

const Field *Dataset::field(const std::string &n) const {
  for (auto &f : fields)
    if (f->name == n)
      return f.get();
  return nullptr;
}

int64_t stepMicros(llvm::StringRef seconds) {
  auto [whole, fraction] = seconds.split('.');
  uint64_t w = 0, f = 0;
  if (whole.empty() || whole.getAsInteger(10, w) || fraction.size() > 6 ||
      (!fraction.empty() && fraction.getAsInteger(10, f)) || w > 86400)
    return 0;
  for (size_t i = fraction.size(); i < 6; ++i)
    f *= 10;
  return static_cast<int64_t>(w * 1000000 + f);
}

bool dividesDay(llvm::StringRef seconds) {
  int64_t micros = stepMicros(seconds);
  return micros > 0 && microsPerDay % micros == 0;
}

const Window &Remedy::window() const {
  static const Window monthly;
  if (forObjective)
    return forObjective->window;
  if (forObligation)
    return forObligation->window;
  return monthly;
}

void forEachChild(const Expr &e, const std::function<void(const Expr &)> &visit) {
  auto each = [&](const ExprPtr &c) {
    if (c)
      visit(*c);
  };
  switch (e.kind()) {
  case Expr::Kind::Unary:
    each(llvm::cast<UnaryExpr>(e).operand);
    break;
  case Expr::Kind::Binary:
    each(llvm::cast<BinaryExpr>(e).lhs);
    each(llvm::cast<BinaryExpr>(e).rhs);
    break;
  case Expr::Kind::InSet:
    each(llvm::cast<InSetExpr>(e).value);
    for (const ExprPtr &m : llvm::cast<InSetExpr>(e).members)
      each(m);
    break;
  case Expr::Kind::IsMissing:
    each(llvm::cast<IsMissingExpr>(e).value);
    break;
  case Expr::Kind::If: {
    auto &i = llvm::cast<IfExpr>(e);
    each(i.cond);
    each(i.thenExpr);
    each(i.elseExpr);
    break;
  }
  case Expr::Kind::Call:
    for (const ExprPtr &a : llvm::cast<CallExpr>(e).args)
      each(a);
    break;
  case Expr::Kind::Builtin:
    for (const ExprPtr &a : llvm::cast<BuiltinExpr>(e).args)
      each(a);
    break;
  case Expr::Kind::Aggregate: {
    auto &a = llvm::cast<AggregateExpr>(e);
    each(a.value);
    each(a.filter);
    each(a.condition);
    each(a.rank);
    break;
  }
  default:
    break;
  }
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

const char *spelling(WindowUnit u) { return core::windowUnitInfo(u).singular; }

const char *spelling(Amount::Kind k) {
  return k == Amount::Kind::Money ? "money" : "share of base";
}

const char *spelling(TierKind k) { return core::tierKindInfo(k).spelling; }

const char *spelling(Obligation::Clock c) {
  switch (c) {
  case Obligation::Clock::Elapsed:
    return "elapsed";
  case Obligation::Clock::CalendarTime:
    return "calendar time";
  case Obligation::Clock::BusinessDays:
    return "business days";
  case Obligation::Clock::CalendarDays:
    return "calendar days";
  }
  return "elapsed";
}

} // namespace tenor::ir
