//===- SemaOperators.cpp - Binary operators and their dimensions ----------===//
//
// LANGUAGE.md section 4: `+`, `-` and comparisons need operands of one
// dimension (and one currency); `*` and `/` combine dimensions; `/` never
// truncates; timestamps subtract to durations and move by durations; `??`
// gives an optional value a default; `and`/`or` take conditions.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

namespace tenor {

using ir::Type;

static ir::BinaryOp irOp(ast::BinaryOp op) { return static_cast<ir::BinaryOp>(op); }

static ir::ExprPtr binary(Type t, const ast::BinaryExpr &e, ir::ExprPtr lhs, ir::ExprPtr rhs) {
  auto out = std::make_unique<ir::BinaryExpr>(std::move(t), e.range);
  out->op = irOp(e.op);
  out->lhs = std::move(lhs);
  out->rhs = std::move(rhs);
  return out;
}

ir::ExprPtr Sema::checkBinary(const ast::BinaryExpr &e, ExprContext &ctx) {
  using Op = ast::BinaryOp;
  if (e.op == Op::And || e.op == Op::Or) {
    ir::ExprPtr lhs = checkBoolExpr(*e.lhs, ctx, e.op == Op::And ? "`and`" : "`or`");
    // `x is not missing and x > 0`: x is present on the right of `and`.
    std::string narrowed;
    if (auto *m = llvm::dyn_cast<ast::IsMissingExpr>(e.lhs.get()))
      if (auto *n = llvm::dyn_cast<ast::NameExpr>(m->value.get()))
        if (m->negated == (e.op == Op::And))
          narrowed = n->name;
    bool added = !narrowed.empty() && ctx.presentFields.insert(narrowed).second;
    ir::ExprPtr rhs = checkBoolExpr(*e.rhs, ctx, e.op == Op::And ? "`and`" : "`or`");
    if (added)
      ctx.presentFields.erase(narrowed);
    if (!lhs || !rhs)
      return nullptr;
    return binary(Type::boolean(), e, std::move(lhs), std::move(rhs));
  }

  ir::ExprPtr lhs = checkExpr(*e.lhs, ctx);
  ExprContext rhsCtx = ctx;
  if (lhs)
    rhsCtx.expected = &lhs->type;
  ir::ExprPtr rhs = checkExpr(*e.rhs, rhsCtx);
  if (!lhs || !rhs)
    return nullptr;

  if (e.op == Op::Coalesce) {
    if (!lhs->type.optional)
      diags.report(e.lhs->range, DiagID::NeverMissing, lhs->type.str());
    if (!lhs->type.sameShape(rhs->type)) {
      diags.report(e.range, DiagID::CoalesceTypes, lhs->type.required().str(), rhs->type.str())
          .range(e.lhs->range)
          .range(e.rhs->range);
      return nullptr;
    }
    Type t = lhs->type.required();
    t.optional = rhs->type.optional;
    return binary(t, e, std::move(lhs), std::move(rhs));
  }
  if (!requirePresent(*lhs, ctx) || !requirePresent(*rhs, ctx))
    return nullptr;
  switch (e.op) {
  case Op::Eq:
  case Op::Ne:
  case Op::Lt:
  case Op::Le:
  case Op::Gt:
  case Op::Ge:
    return checkComparison(e, std::move(lhs), std::move(rhs));
  default:
    return checkArithmetic(e, std::move(lhs), std::move(rhs));
  }
}

ir::ExprPtr Sema::checkComparison(const ast::BinaryExpr &e, ir::ExprPtr lhs, ir::ExprPtr rhs) {
  const Type &a = lhs->type, &b = rhs->type;
  bool ordered = e.op != ast::BinaryOp::Eq && e.op != ast::BinaryOp::Ne;
  auto mismatch = [&](DiagDesc<diag::Str, diag::Str> id) {
    diags.report(e.opLoc, id, a.str(), b.str()).range(e.lhs->range).range(e.rhs->range);
    return nullptr;
  };
  if (a.isNumber() && b.isNumber() && a.dim != b.dim)
    return mismatch(a.dim.money && b.dim.money && a.dim.time == b.dim.time &&
                            a.dim.data == b.dim.data
                        ? DiagID::CurrencyMismatch
                        : DiagID::CompareDimensions);
  if (!a.sameShape(b))
    return mismatch(DiagID::CompareTypes);
  bool orderable = a.isNumber() || a.kind == Type::Kind::Timestamp || a.kind == Type::Kind::Date;
  if (ordered && !orderable) {
    diags.report(e.opLoc, DiagID::NotOrdered, a.str()).range(e.lhs->range);
    return nullptr;
  }
  return binary(Type::boolean(), e, std::move(lhs), std::move(rhs));
}

ir::ExprPtr Sema::checkArithmetic(const ast::BinaryExpr &e, ir::ExprPtr lhs, ir::ExprPtr rhs) {
  using Op = ast::BinaryOp;
  using K = Type::Kind;
  const Type &a = lhs->type, &b = rhs->type;
  const char *op = ast::spelling(e.op).data();
  auto fail = [&](DiagDesc<diag::Str, diag::Str, diag::Str> id) {
    diags.report(e.opLoc, id, op, a.str(), b.str()).range(e.lhs->range).range(e.rhs->range);
    return nullptr;
  };
  // Timestamps: t - t is a duration, t ± d a timestamp; nothing else.
  if (a.kind == K::Timestamp || b.kind == K::Timestamp) {
    bool duration = b.isNumber() && b.dim == ir::Dimension::timeDim();
    if (a.kind == K::Timestamp && b.kind == K::Timestamp && e.op == Op::Sub)
      return binary(Type::duration(), e, std::move(lhs), std::move(rhs));
    if (a.kind == K::Timestamp && duration && (e.op == Op::Add || e.op == Op::Sub))
      return binary(Type::timestamp(), e, std::move(lhs), std::move(rhs));
    if (b.kind == K::Timestamp && a.isNumber() && a.dim == ir::Dimension::timeDim() &&
        e.op == Op::Add)
      return binary(Type::timestamp(), e, std::move(lhs), std::move(rhs));
    return fail(DiagID::TimestampArithmetic);
  }
  if (!a.isNumber() || !b.isNumber())
    return fail(DiagID::ArithmeticOnNonNumber);
  Type t = Type::number();
  switch (e.op) {
  case Op::Add:
  case Op::Sub:
    if (a.dim != b.dim)
      return fail(a.dim.money && b.dim.money && a.dim.time == b.dim.time && a.dim.data == b.dim.data
                      ? DiagID::CurrencyMismatchArith
                      : DiagID::AddDimensions);
    t.dim = a.dim;
    t.integer = a.integer && b.integer;
    t.percent = a.percent || b.percent;
    break;
  case Op::Mul:
    if (a.dim.money && b.dim.money)
      return fail(DiagID::MoneyTimesMoney);
    t.dim = a.dim.times(b.dim);
    t.integer = a.integer && b.integer;
    t.percent = (a.percent && b.dim.isNone()) || (b.percent && a.dim.isNone());
    break;
  default:
    if (a.dim.money && b.dim.money && a.dim.currency != b.dim.currency)
      return fail(DiagID::CurrencyMismatchArith);
    t.dim = a.dim.dividedBy(b.dim);
    // `/` never truncates: int / int is an exact number.
    t.integer = false;
    break;
  }
  return binary(t, e, std::move(lhs), std::move(rhs));
}

} // namespace tenor
