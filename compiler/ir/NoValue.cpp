//===- NoValue.cpp - Whether a figure can have no value in a period -------===//
//
// A conservative walk of a period's expression: "no" only when no division
// can be by zero and no aggregate can lack rows. A guard `if d == 0 then …
// else x / d` is recognised for a divisor that is a parameter, constant,
// metric or function parameter, the form the standard library uses.
//
//===----------------------------------------------------------------------===//

#include "ir/NoValue.h"

#include "ir/Decimal.h"

#include <vector>

namespace tenor::ir {

namespace {

/// The same simple reference (what a guard can name), else false.
bool sameRef(const Expr &a, const Expr &b) {
  if (a.kind() != b.kind())
    return false;
  switch (a.kind()) {
  case Expr::Kind::ParamRef:
    return llvm::cast<ParamRefExpr>(a).param == llvm::cast<ParamRefExpr>(b).param;
  case Expr::Kind::ConstRef:
    return llvm::cast<ConstRefExpr>(a).constant == llvm::cast<ConstRefExpr>(b).constant;
  case Expr::Kind::MetricRef:
    return llvm::cast<MetricRefExpr>(a).metric == llvm::cast<MetricRefExpr>(b).metric;
  case Expr::Kind::FnParamRef:
    return llvm::cast<FnParamRefExpr>(a).index == llvm::cast<FnParamRefExpr>(b).index;
  default:
    return false;
  }
}

bool isNonZeroLiteral(const Expr &e) {
  const auto *lit = llvm::dyn_cast<LiteralExpr>(&e);
  return lit && e.kind() == Expr::Kind::Number && compareDecimal(lit->value, "0") != 0;
}

bool isZeroLiteral(const Expr &e) {
  const auto *lit = llvm::dyn_cast<LiteralExpr>(&e);
  return lit && e.kind() == Expr::Kind::Number && compareDecimal(lit->value, "0") == 0;
}

class Walk {
public:
  bool visit(const Expr &e);

private:
  /// Divisors known not to be zero where the walk is (guards around it).
  std::vector<const Expr *> nonZero;

  bool divisorNonZero(const Expr &d) const;
  bool visitIf(const IfExpr &e);
};

bool Walk::divisorNonZero(const Expr &d) const {
  if (isNonZeroLiteral(d))
    return true;
  if (const auto *p = llvm::dyn_cast<PeriodAttrExpr>(&d))
    return p->attr == PeriodAttrExpr::Attr::Length;
  if (const auto *c = llvm::dyn_cast<ConstRefExpr>(&d))
    if (c->constant && c->constant->value && isNonZeroLiteral(*c->constant->value))
      return true;
  for (const Expr *guarded : nonZero)
    if (sameRef(*guarded, d))
      return true;
  return false;
}

/// `if d == 0 then a else b`: in `b`, `d` is not zero.
bool Walk::visitIf(const IfExpr &e) {
  if (visit(*e.cond) || visit(*e.thenExpr))
    return true;
  const auto *cmp = llvm::dyn_cast<BinaryExpr>(e.cond.get());
  const Expr *guarded = nullptr;
  if (cmp && cmp->op == BinaryOp::Eq && isZeroLiteral(*cmp->rhs))
    guarded = cmp->lhs.get();
  if (guarded)
    nonZero.push_back(guarded);
  bool result = visit(*e.elseExpr);
  if (guarded)
    nonZero.pop_back();
  return result;
}

bool Walk::visit(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Aggregate: {
    using F = AggregateExpr::Fn;
    F fn = llvm::cast<AggregateExpr>(e).fn;
    return fn == F::Avg || fn == F::Min || fn == F::Max || fn == F::Percentile;
  }
  case Expr::Kind::MetricRef: {
    const Metric *m = llvm::cast<MetricRefExpr>(e).metric;
    return m && m->formula && Walk().visit(*m->formula);
  }
  case Expr::Kind::Call: {
    const auto &call = llvm::cast<CallExpr>(e);
    for (const ExprPtr &a : call.args)
      if (a && visit(*a))
        return true;
    // The body's guards name its own parameters; it starts afresh.
    return call.fn && call.fn->body && Walk().visit(*call.fn->body);
  }
  case Expr::Kind::If:
    return visitIf(llvm::cast<IfExpr>(e));
  case Expr::Kind::Binary: {
    const auto &b = llvm::cast<BinaryExpr>(e);
    if (b.op == BinaryOp::Div && b.rhs && !divisorNonZero(*b.rhs))
      return true;
    break;
  }
  default:
    break;
  }
  bool found = false;
  forEachChild(e, [&](const Expr &c) { found = found || visit(c); });
  return found;
}

} // namespace

bool mayHaveNoValue(const Expr &e) { return Walk().visit(e); }

bool mayBeUnknown(const Objective &o) {
  if (o.ifIncomplete == IncompleteOutcome::Unknown)
    return true;
  return o.ifNoData == NoDataOutcome::Unknown && o.target && mayHaveNoValue(*o.target);
}

bool mayBeUnknown(const Condition &c, const Agreement &a) {
  if (c.subject == ConditionSubject::Named)
    return c.objective && mayBeUnknown(*c.objective);
  for (const auto &o : a.objectives)
    if (mayBeUnknown(*o))
      return true;
  return false;
}

} // namespace tenor::ir
