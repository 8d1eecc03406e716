//===- IrVerifyExprs.cpp - The invariants of IR expressions ---------------===//
//
// README.md, "Expressions": every expression has a type, a source range and
// its operands; references point at declarations the program owns and read
// only what is in scope; operand types and dimensions agree with the
// operator, so a back end never meets `1 s + 1 USD` or a field of another
// dataset.
//
//===----------------------------------------------------------------------===//

#include "ir/IrVerifyImpl.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace tenor::ir {

using K = Type::Kind;

bool isDecimal(const std::string &s) {
  llvm::StringRef r(s);
  r.consume_front("-");
  auto [whole, frac] = r.split('.');
  bool digits = !whole.empty() && llvm::all_of(whole, llvm::isDigit);
  bool fraction = r.contains('.') ? !frac.empty() && llvm::all_of(frac, llvm::isDigit) : true;
  return digits && fraction;
}

bool isDate(const std::string &s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (i == 4 || i == 7 ? s[i] != '-' : !llvm::isDigit(s[i]))
      return false;
  return s.size() == 10;
}

void Verifier::expr(const Expr *e, const Scope &s, const char *what) {
  if (!e)
    return fail(s.owner, std::string(what) + " is set");
  exprNode(*e, s);
}

void Verifier::boolExpr(const Expr *e, const Scope &s, const char *what) {
  expr(e, s, what);
  if (e && e->type.kind != K::Bool)
    fail(e->range, std::string(what) + " is a bool, not " + e->type.str());
}

void Verifier::numberExpr(const Expr *e, const Scope &s, const Dimension &d, const char *what) {
  expr(e, s, what);
  if (e && (!e->type.isNumber() || e->type.dim != d))
    fail(e->range,
         std::string(what) + " is a number of dimension " + d.str() + ", not " + e->type.str());
}

void Verifier::shape(const Expr &e, const Type &want, const char *what) {
  if (!e.type.sameShape(want))
    fail(e.range, std::string(what) + " has the type of what it refers to (" + want.str() +
                      "), not " + e.type.str());
}

void Verifier::exprNode(const Expr &e, const Scope &s) {
  if (!e.range.isValid())
    fail(s.owner, "every expression has a source range");
  if (e.type.isError())
    fail(e.range, "every expression has a type");
  if (e.type.isNumber() && (e.type.dim.money != 0) == e.type.dim.currency.empty() &&
      !(s.fn && e.type.dim.currency.empty()))
    fail(e.range, "money carries its currency, and only money does: " + e.type.str());
  reference(e, s);
  operation(e);
  if (auto *a = llvm::dyn_cast<AggregateExpr>(&e))
    return aggregate(*a, s); // its operands have the aggregate's row in scope
  forEachChild(e, [&](const Expr &child) { exprNode(child, s); });
}

void Verifier::reference(const Expr &e, const Scope &s) {
  switch (e.kind()) {
  case Expr::Kind::FieldRef: {
    const Field *f = llvm::cast<FieldRefExpr>(e).field;
    if (!f || !s.row || f->index >= s.row->fields.size() || s.row->fields[f->index].get() != f)
      return fail(e.range, "a field reference names a field of the row in scope");
    return shape(e, f->type, "a field reference");
  }
  case Expr::Kind::ParamRef: {
    const Param *p = llvm::cast<ParamRefExpr>(e).param;
    if (!p || !isOwned(p))
      return fail(e.range, "a parameter reference names a parameter of the agreement");
    return shape(e, p->type, "a parameter reference");
  }
  case Expr::Kind::ConstRef: {
    const Const *c = llvm::cast<ConstRefExpr>(e).constant;
    if (!c || !isOwned(c))
      return fail(e.range, "a constant reference names a constant of the program");
    return shape(e, c->type, "a constant reference");
  }
  case Expr::Kind::MetricRef: {
    const Metric *m = llvm::cast<MetricRefExpr>(e).metric;
    if (!m || !isOwned(m))
      return fail(e.range, "a metric reference names a metric of the agreement");
    return shape(e, m->type, "a metric reference");
  }
  case Expr::Kind::FnParamRef: {
    auto &p = llvm::cast<FnParamRefExpr>(e);
    if (!s.fn || p.index >= s.fn->params.size() || s.fn->params[p.index].first != p.name)
      fail(e.range, "a function parameter reference names a parameter of its function");
    return;
  }
  case Expr::Kind::ObligationStat:
    if (!isOwned(llvm::cast<ObligationStatExpr>(e).obligation))
      fail(e.range, "an obligation statistic names an obligation of the agreement");
    return;
  case Expr::Kind::DatasetRef: {
    const Dataset *d = llvm::cast<DatasetRefExpr>(e).dataset;
    if (!d || !isOwned(d) || e.type.kind != K::Dataset || e.type.dataset != d)
      fail(e.range, "a dataset reference names a dataset of the agreement, and has its type");
    return;
  }
  case Expr::Kind::EnumValue: {
    auto &v = llvm::cast<EnumValueExpr>(e);
    if (e.type.kind != K::Enum || !e.type.enumType || v.index >= e.type.enumType->members.size())
      fail(e.range, "an enum value is a member of its enum type");
    return;
  }
  default:
    return;
  }
}

void Verifier::literal(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Number:
    if (!e.type.isNumber() || !isDecimal(llvm::cast<LiteralExpr>(e).value))
      fail(e.range, "a number literal is a number written as exact decimal text");
    return;
  case Expr::Kind::String:
  case Expr::Kind::Timestamp:
  case Expr::Kind::Date: {
    K want = e.kind() == Expr::Kind::String      ? K::Text
             : e.kind() == Expr::Kind::Timestamp ? K::Timestamp
                                                 : K::Date;
    if (e.type.kind != want)
      fail(e.range, "a literal has the type of its kind");
    if (e.kind() == Expr::Kind::Date && !isDate(llvm::cast<LiteralExpr>(e).value))
      fail(e.range, "a date literal is written YYYY-MM-DD");
    return;
  }
  default:
    if (e.type.kind != K::Bool)
      fail(e.range, "a bool literal, `is missing` and `in` are bools");
    if (auto *in = llvm::dyn_cast<InSetExpr>(&e); in && in->value)
      for (auto &m : in->members)
        if (!m || !m->type.sameShape(in->value->type))
          fail(e.range, "the members of `in` have the type of the value tested");
    if (auto *m = llvm::dyn_cast<IsMissingExpr>(&e); m && !m->value)
      fail(e.range, "`is missing` has an operand");
    return;
  }
}

void Verifier::operation(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Number:
  case Expr::Kind::String:
  case Expr::Kind::Timestamp:
  case Expr::Kind::Date:
  case Expr::Kind::Bool:
  case Expr::Kind::IsMissing:
  case Expr::Kind::InSet:
    return literal(e);
  case Expr::Kind::PeriodAttr: {
    auto attr = llvm::cast<PeriodAttrExpr>(e).attr;
    bool ok = attr == PeriodAttrExpr::Attr::Length
                  ? e.type.isNumber() && e.type.dim == Dimension::timeDim()
                  : e.type.kind == K::Timestamp;
    if (!ok)
      fail(e.range, "period.start and period.end are timestamps, period.length a duration");
    return;
  }
  case Expr::Kind::Unary: {
    auto &u = llvm::cast<UnaryExpr>(e);
    if (!u.operand)
      return fail(e.range, "an operator has its operands");
    bool ok = u.op == UnaryOp::Not ? e.type.kind == K::Bool && u.operand->type.kind == K::Bool
                                   : e.type.isNumber() && u.operand->type.isNumber() &&
                                         e.type.dim == u.operand->type.dim;
    if (!ok)
      fail(e.range, "`not` takes and gives a bool, `-` keeps its operand's dimension");
    return;
  }
  case Expr::Kind::Binary:
    return binary(llvm::cast<BinaryExpr>(e));
  case Expr::Kind::If: {
    auto &i = llvm::cast<IfExpr>(e);
    if (!i.cond || !i.thenExpr || !i.elseExpr)
      return fail(e.range, "an operator has its operands");
    if (i.cond->type.kind != K::Bool || !i.thenExpr->type.sameShape(e.type) ||
        !i.elseExpr->type.sameShape(e.type))
      fail(e.range, "`if` tests a bool and both branches have its type");
    return;
  }
  case Expr::Kind::Call:
  case Expr::Kind::Builtin:
    return call(e);
  default:
    return;
  }
}

void Verifier::binary(const BinaryExpr &e) {
  if (!e.lhs || !e.rhs)
    return fail(e.range, "an operator has its operands");
  const Type &a = e.lhs->type, &b = e.rhs->type;
  switch (e.op) {
  case BinaryOp::Or:
  case BinaryOp::And:
    if (a.kind != K::Bool || b.kind != K::Bool || e.type.kind != K::Bool)
      fail(e.range, "`and` and `or` take and give bools");
    return;
  case BinaryOp::Eq:
  case BinaryOp::Ne:
  case BinaryOp::Lt:
  case BinaryOp::Le:
  case BinaryOp::Gt:
  case BinaryOp::Ge:
    if (!a.sameShape(b) || e.type.kind != K::Bool)
      fail(e.range, std::string("the operands of `") + spelling(e.op) +
                        "` have one type and dimension (money in one currency), not " + a.str() +
                        " and " + b.str());
    return;
  case BinaryOp::Coalesce:
    if (!a.sameShape(b) || !e.type.sameShape(a))
      fail(e.range, "the operands of `??` and its result have one type");
    return;
  default:
    return arithmetic(e);
  }
}

void Verifier::arithmetic(const BinaryExpr &e) {
  const Type &a = e.lhs->type, &b = e.rhs->type;
  auto bad = [&] {
    fail(e.range, std::string("`") + spelling(e.op) + "` of " + a.str() + " and " + b.str() +
                      " has the dimension the operator gives, not " + e.type.str());
  };
  if (a.kind == K::Timestamp || b.kind == K::Timestamp) {
    bool both = a.kind == K::Timestamp && b.kind == K::Timestamp;
    Type want = both ? Type::duration() : Type::timestamp();
    if (!e.type.sameShape(want) || (both && e.op != BinaryOp::Sub) ||
        (e.op != BinaryOp::Add && e.op != BinaryOp::Sub))
      bad();
    return;
  }
  if (!a.isNumber() || !b.isNumber() || !e.type.isNumber())
    return bad();
  switch (e.op) {
  case BinaryOp::Add:
  case BinaryOp::Sub:
    if (a.dim != b.dim || e.type.dim != a.dim)
      bad();
    return;
  case BinaryOp::Mul:
    if (e.type.dim != a.dim.times(b.dim))
      bad();
    return;
  default:
    if (e.type.dim != a.dim.dividedBy(b.dim))
      bad();
    return;
  }
}

void Verifier::call(const Expr &e) {
  if (auto *c = llvm::dyn_cast<CallExpr>(&e)) {
    if (!c->fn || !isOwned(c->fn))
      return fail(e.range, "a call names a function of the program");
    if (c->args.size() != c->fn->params.size() || llvm::any_of(c->args, [](auto &a) { return !a; }))
      return fail(e.range, "a call passes one argument a parameter of its function");
    if (e.type.kind != c->fn->result.kind)
      fail(e.range, "a call has the type its function returns");
    return;
  }
  auto &b = llvm::cast<BuiltinExpr>(e);
  using Fn = BuiltinExpr::Fn;
  bool one = b.fn != Fn::Min && b.fn != Fn::Max;
  if (b.args.size() != (one ? 1u : 2u) || llvm::any_of(b.args, [](auto &a) { return !a; }))
    return fail(e.range, "min and max take two arguments, the others one");
  if (b.fn == Fn::Min || b.fn == Fn::Max || b.fn == Fn::Abs) {
    for (auto &a : b.args)
      if (!a->type.isNumber() || a->type.dim != e.type.dim || !e.type.isNumber())
        return fail(e.range, "min, max and abs take and give numbers of one dimension");
  } else if (b.args[0]->type.kind != K::Interval) {
    fail(e.range, "the interval functions take an interval");
  }
}

void Verifier::aggregate(const AggregateExpr &e, const Scope &s) {
  using Fn = AggregateExpr::Fn;
  if (!e.dataset || !isOwned(e.dataset))
    return fail(e.range, "an aggregate names a dataset of the agreement");
  Scope row = s;
  row.row = e.dataset;
  bool takesField = e.fn != Fn::Count && e.fn != Fn::Share;
  if (takesField != (e.value != nullptr))
    fail(e.range, "an aggregate reads a field, except count and share");
  if ((e.fn == Fn::Share) != (e.condition != nullptr))
    fail(e.range, "share, and only share, has the condition it counts");
  if ((e.fn == Fn::Percentile) != (e.rank != nullptr))
    fail(e.range, "percentile, and only percentile, has a rank");
  if (e.value)
    expr(e.value.get(), row, "the field an aggregate reads");
  if (e.filter)
    boolExpr(e.filter.get(), row, "an aggregate's `where`");
  if (e.condition)
    boolExpr(e.condition.get(), row, "share's condition");
  if (e.rank) {
    numberExpr(e.rank.get(), s, Dimension(), "percentile's rank");
    auto *lit = llvm::dyn_cast<LiteralExpr>(e.rank.get());
    if (!lit || compareDecimal(lit->value, "0") <= 0 || compareDecimal(lit->value, "1") > 0)
      fail(e.rank->range, "percentile's rank is a literal fraction in (0, 1]");
  }
  bool typed = e.fn == Fn::Count   ? e.type.isDimensionless()
               : e.fn == Fn::Share ? e.type.isDimensionless()
               : e.fn == Fn::Covered
                   ? e.type.isNumber() && e.type.dim == Dimension::timeDim()
                   : e.type.isNumber() && e.value && e.value->type.dim == e.type.dim;
  if (!typed)
    fail(e.range, std::string("`") + spelling(e.fn) + "` has the type its field gives");
}

} // namespace tenor::ir
