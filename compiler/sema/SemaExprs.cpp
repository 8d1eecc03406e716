//===- SemaExprs.cpp - Names, operators and literals ----------------------===//
//
// LANGUAGE.md sections 2 and 4: what a name means where it stands, and the
// dimension rules of every operator. An operand whose type is already an
// error produces no further diagnostic, so one mistake is reported once.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

#include "tenor/core/Currencies.h"
#include "tenor/core/Units.h"

namespace tenor {

using ir::Type;

template <typename T, typename... Args> static std::unique_ptr<T> make(Args &&...args) {
  return std::make_unique<T>(std::forward<Args>(args)...);
}

ir::ExprPtr Sema::checkExpr(const ast::Expr &e, ExprContext &ctx) {
  ir::ExprPtr out = checkExprKind(e, ctx);
  // A reference to something whose type was already reported as wrong
  // (`x: tmestamp`) has no type to check: like an expression with an error,
  // it produces no further diagnostic.
  if (out && out->type.isError())
    return nullptr;
  return out;
}

ir::ExprPtr Sema::checkExprKind(const ast::Expr &e, ExprContext &ctx) {
  using K = ast::Expr::Kind;
  switch (e.kind()) {
  case K::Number:
  case K::Percent:
  case K::String:
  case K::Date:
  case K::Timestamp:
    return checkLiteral(e);
  case K::Quantity:
    return checkQuantity(llvm::cast<ast::QuantityExpr>(e));
  case K::Bool:
    return make<ir::BoolExpr>(e.range, llvm::cast<ast::BoolExpr>(e).value);
  case K::Name:
    return checkName(llvm::cast<ast::NameExpr>(e), ctx);
  case K::Member:
    return checkMember(llvm::cast<ast::MemberExpr>(e), ctx);
  case K::Call:
    return checkCall(llvm::cast<ast::CallExpr>(e), ctx);
  case K::Unary:
    return checkUnary(llvm::cast<ast::UnaryExpr>(e), ctx);
  case K::Binary:
    return checkBinary(llvm::cast<ast::BinaryExpr>(e), ctx);
  case K::InSet:
    return checkInSet(llvm::cast<ast::InSetExpr>(e), ctx);
  case K::If:
    return checkIf(llvm::cast<ast::IfExpr>(e), ctx);
  case K::IsMissing: {
    auto &m = llvm::cast<ast::IsMissingExpr>(e);
    ir::ExprPtr value = checkExpr(*m.value, ctx);
    if (!value)
      return nullptr;
    if (!value->type.optional)
      diags.report(m.value->range, DiagID::NeverMissing, value->type.str());
    auto out = make<ir::IsMissingExpr>(Type::boolean(), e.range);
    out->value = std::move(value);
    out->negated = m.negated;
    return out;
  }
  case K::Filter:
    diags.report(e.range, DiagID::FilterOutsideAggregate);
    // What is filtered is still checked: its own mistakes are reported, and
    // the names it uses are not then reported as unused.
    checkExpr(*llvm::cast<ast::FilterExpr>(e).source, ctx);
    return nullptr;
  }
  return nullptr;
}

ir::ExprPtr Sema::checkBoolExpr(const ast::Expr &e, ExprContext &ctx, const char *what) {
  ir::ExprPtr out = checkExpr(e, ctx);
  if (!out)
    return nullptr;
  if (out->type.kind != Type::Kind::Bool) {
    diags.report(e.range, DiagID::ExpectedCondition, what, out->type.str());
    return nullptr;
  }
  if (out->type.optional && !requirePresent(*out, ctx))
    return nullptr;
  return out;
}

bool Sema::requirePresent(const ir::Expr &e, const ExprContext &ctx) {
  if (!e.type.optional)
    return true;
  if (auto *f = llvm::dyn_cast<ir::FieldRefExpr>(&e))
    if (ctx.presentFields.count(f->field->name))
      return true;
  diags.report(e.range, DiagID::OptionalNotHandled, e.type.str());
  return false;
}

ir::ExprPtr Sema::checkLiteral(const ast::Expr &e) {
  auto &lit = llvm::cast<ast::LiteralExpr>(e);
  using K = ast::Expr::Kind;
  switch (e.kind()) {
  case K::Number: {
    Type t = lit.text.find('.') == std::string::npos ? Type::integerType() : Type::number();
    auto out =
        make<ir::LiteralExpr>(ir::Expr::Kind::Number, t, e.range, normalizeDecimal(lit.text));
    out->spelling = lit.text;
    return out;
  }
  case K::Percent: {
    auto out = make<ir::LiteralExpr>(ir::Expr::Kind::Number, Type::percentType(), e.range,
                                     scaleDecimal(lit.text, 1, 2));
    out->spelling = lit.text + "%";
    return out;
  }
  case K::String:
    return make<ir::LiteralExpr>(ir::Expr::Kind::String, Type::text(), e.range, lit.text);
  case K::Date:
    return make<ir::LiteralExpr>(ir::Expr::Kind::Date, Type::date(), e.range, lit.text);
  default:
    return make<ir::LiteralExpr>(ir::Expr::Kind::Timestamp, Type::timestamp(), e.range, lit.text);
  }
}

ir::ExprPtr Sema::checkQuantity(const ast::QuantityExpr &q) {
  // Durations are held in seconds, data sizes in bytes (core/Units.def).
  Type type = Type::money(q.unit);
  int64_t factor = 1;
  unsigned divPow10 = 0;
  if (auto u = core::durationUnitNamed(q.unit)) {
    type = Type::duration();
    factor = core::unitInfo(*u).size;
    divPow10 = 6; // microseconds
  } else if (auto u = core::dataUnitNamed(q.unit)) {
    type = Type::datasize();
    factor = core::unitInfo(*u).size;
  } else if (!core::currencyNamed(q.unit)) {
    diags.report(q.range, DiagID::UnknownCurrency, q.unit);
    return nullptr;
  }
  // `1 min` is 60 s, not 60000000e-6 s: the decimal keeps no needless digits.
  for (; divPow10 > 0 && factor % 10 == 0; --divPow10)
    factor /= 10;
  type.integer = false;
  auto out = make<ir::LiteralExpr>(ir::Expr::Kind::Number, type, q.range,
                                   scaleDecimal(q.number, factor, divPow10));
  out->spelling = q.number + " " + q.unit;
  return out;
}

ir::ExprPtr Sema::enumMember(llvm::StringRef name, llvm::SMRange range, const Type *expected,
                             bool *ambiguous) {
  auto find = [&](const ir::EnumType *e) -> ir::ExprPtr {
    for (unsigned i = 0; i < e->members.size(); ++i)
      if (e->members[i].name == name) {
        auto out = make<ir::EnumValueExpr>(Type::enumOf(e), range);
        out->index = i;
        return out;
      }
    return nullptr;
  };
  if (expected && expected->kind == Type::Kind::Enum && expected->enumType)
    return find(expected->enumType);
  // Otherwise: the one enum visible from here that has this member.
  std::vector<std::pair<const ast::EnumDecl *, ir::ExprPtr>> found;
  for (auto &[decl, scope] : declScope) {
    auto *e = llvm::dyn_cast<ast::EnumDecl>(decl);
    // A copy, not the binding: clang 14 (the fuzz build) cannot capture one.
    const ModuleScope *in = scope;
    if (!e || (in != currentModule &&
               !llvm::any_of(currentModule->imports, [&](auto &imp) { return imp.scope == in; })))
      continue;
    if (ir::ExprPtr m = find(resolveEnum(*e)))
      found.emplace_back(e, std::move(m));
  }
  if (found.size() == 1)
    return std::move(found.front().second);
  if (found.empty())
    return nullptr;
  // Candidates in a stable order: by module, then by position in it.
  llvm::sort(found, [&](auto &a, auto &b) {
    return std::make_pair(scopeOf(a.first)->path, a.first->name.range.Start.getPointer()) <
           std::make_pair(scopeOf(b.first)->path, b.first->name.range.Start.getPointer());
  });
  if (ambiguous)
    *ambiguous = true;
  auto diag = diags.report(range, DiagID::AmbiguousEnumMember, name);
  for (auto &[e, m] : found)
    diag.note(e->name.range.Start, DiagID::CandidateHere, e->name.text + "." + name.str());
  return nullptr;
}

ir::ExprPtr Sema::checkUnary(const ast::UnaryExpr &e, ExprContext &ctx) {
  if (e.op == ast::UnaryOp::Not) {
    ir::ExprPtr operand = checkBoolExpr(*e.operand, ctx, "`not`");
    if (!operand)
      return nullptr;
    auto out = make<ir::UnaryExpr>(Type::boolean(), e.range);
    out->op = ir::UnaryOp::Not;
    out->operand = std::move(operand);
    return out;
  }
  ir::ExprPtr operand = checkExpr(*e.operand, ctx);
  if (!operand || !requirePresent(*operand, ctx))
    return nullptr;
  if (!operand->type.isNumber()) {
    diags.report(e.range, DiagID::OperatorTypeMismatch, "-", operand->type.str());
    return nullptr;
  }
  auto out = make<ir::UnaryExpr>(operand->type, e.range);
  out->op = ir::UnaryOp::Neg;
  out->operand = std::move(operand);
  return out;
}

ir::ExprPtr Sema::checkIf(const ast::IfExpr &e, ExprContext &ctx) {
  ir::ExprPtr cond = checkBoolExpr(*e.cond, ctx, "`if`");
  // `if x is missing then … else x`: x is known to be present in the else
  // branch (and in the then branch of `is not missing`).
  std::string narrowed;
  bool inThen = false;
  if (auto *m = llvm::dyn_cast<ast::IsMissingExpr>(e.cond.get()))
    if (auto *n = llvm::dyn_cast<ast::NameExpr>(m->value.get())) {
      narrowed = n->name;
      inThen = m->negated;
    }
  auto branch = [&](const ast::Expr &b, bool present) {
    bool added = present && !narrowed.empty() && ctx.presentFields.insert(narrowed).second;
    ir::ExprPtr out = checkExpr(b, ctx);
    if (added)
      ctx.presentFields.erase(narrowed);
    return out;
  };
  ir::ExprPtr thenExpr = branch(*e.thenExpr, inThen);
  ir::ExprPtr elseExpr = branch(*e.elseExpr, !inThen);
  if (!cond || !thenExpr || !elseExpr)
    return nullptr;
  Type t = thenExpr->type;
  if (!t.sameShape(elseExpr->type)) {
    diags.report(e.range, DiagID::BranchTypeMismatch, t.str(), elseExpr->type.str())
        .range(e.thenExpr->range)
        .range(e.elseExpr->range);
    return nullptr;
  }
  t.integer = t.integer && elseExpr->type.integer;
  t.percent = t.percent || elseExpr->type.percent;
  t.optional = t.optional || elseExpr->type.optional;
  auto out = make<ir::IfExpr>(t, e.range);
  out->cond = std::move(cond);
  out->thenExpr = std::move(thenExpr);
  out->elseExpr = std::move(elseExpr);
  return out;
}

ir::ExprPtr Sema::checkInSet(const ast::InSetExpr &e, ExprContext &ctx) {
  ir::ExprPtr value = checkExpr(*e.value, ctx);
  if (!value || !requirePresent(*value, ctx))
    return nullptr;
  auto out = make<ir::InSetExpr>(Type::boolean(), e.range);
  bool ok = true;
  for (const ast::ExprPtr &m : e.members) {
    ExprContext memberCtx = ctx;
    memberCtx.expected = &value->type;
    ir::ExprPtr member = checkExpr(*m, memberCtx);
    if (!member) {
      ok = false;
      continue;
    }
    if (!member->type.sameShape(value->type)) {
      diags.report(m->range, DiagID::CompareTypes, value->type.str(), member->type.str());
      ok = false;
    }
    out->members.push_back(std::move(member));
  }
  out->value = std::move(value);
  return ok ? std::move(out) : nullptr;
}

std::optional<std::pair<std::string, std::string>> signedNumberLiteral(const ir::Expr &e) {
  if (auto *neg = llvm::dyn_cast<ir::UnaryExpr>(&e); neg && neg->op == ir::UnaryOp::Neg) {
    auto inner = neg->operand ? signedNumberLiteral(*neg->operand) : std::nullopt;
    if (!inner || inner->first == "0")
      return inner;
    bool negative = inner->first.front() == '-';
    return std::make_pair(negative ? inner->first.substr(1) : "-" + inner->first,
                          "-" + inner->second);
  }
  auto *lit = llvm::dyn_cast<ir::LiteralExpr>(&e);
  if (!lit || lit->kind() != ir::Expr::Kind::Number)
    return std::nullopt;
  return std::make_pair(lit->value, lit->spelling.empty() ? lit->value : lit->spelling);
}

} // namespace tenor
