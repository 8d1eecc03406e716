//===- EmitExprs.cpp - Expressions as C++ ---------------------------------===//
//
// Every number is an exact rt::Rational (durations in seconds, money in
// currency units, percents as fractions); literals become constants built
// once. Per period, a metric or an aggregate that has no value (an `avg` of
// no rows) is hoisted into a local that makes the enclosing function return
// "no value", which is how `if no data` reaches objectives.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"

namespace tenor {

using ir::Type;

std::string quoted(const std::string &text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
  return out + "\"";
}

std::string Emitter::cppType(const Type &t) {
  std::string base;
  switch (t.kind) {
  case Type::Kind::Bool:
    base = "bool";
    break;
  case Type::Kind::Number:
    base = "rt::Rational";
    break;
  case Type::Kind::Text:
    base = "std::string_view";
    break;
  case Type::Kind::Timestamp:
    base = "rt::Timestamp";
    break;
  case Type::Kind::Date:
    base = "rt::Date";
    break;
  case Type::Kind::Interval:
    base = "rt::Interval";
    break;
  case Type::Kind::Enum:
    base = "int";
    break;
  default:
    base = "bool";
    break;
  }
  return t.optional ? "std::optional<" + base + ">" : base;
}

std::string Emitter::storageType(const ir::Field &f, bool ownText) {
  const Type &t = f.derived ? f.derived->type : f.type;
  std::string base;
  if (t.kind == Type::Kind::Text) {
    base = ownText ? "std::string" : "std::string_view";
  } else if (f.derived) {
    base = cppType(t.required()); // computed values are Rationals
  } else if (t.kind == Type::Kind::Number) {
    if (t.dim == ir::Dimension::timeDim())
      base = "rt::Duration";
    else if (t.integer || t.dim == ir::Dimension::dataDim())
      base = "int64_t";
    else
      base = "rt::Rational";
  } else {
    base = cppType(t.required());
  }
  return t.optional ? "std::optional<" + base + ">" : base;
}

std::string Emitter::constant(const std::string &initializer, const char *type) {
  std::string key = std::string(type) + " = " + initializer;
  auto it = constantNames.find(key);
  if (it != constantNames.end())
    return it->second;
  std::string name = "k" + std::to_string(constantNames.size());
  constants.push_back(fmt::format("static const {} {} = {};", type, name, initializer));
  constantNames[key] = name;
  return name;
}

std::string Emitter::literal(const ir::LiteralExpr &e) {
  switch (e.kind()) {
  case ir::Expr::Kind::Number:
    return constant("rt::literal(" + quoted(e.value) + ")", "rt::Rational");
  case ir::Expr::Kind::String:
    return "std::string_view(" + quoted(e.value) + ")";
  case ir::Expr::Kind::Timestamp:
    return constant("rt::parseTimestamp(" + quoted(e.value) + ").value()", "rt::Timestamp");
  default:
    return constant("rt::parseDate(" + quoted(e.value) + ").value()", "rt::Date");
  }
}

std::string Emitter::fieldRef(const ir::FieldRefExpr &e) { return fieldValue(*e.field, e.type); }

std::string Emitter::fieldValue(const ir::Field &f, const ir::Type &asType) {
  std::string member = "r." + ident("f", f.name);
  if (asType.optional)
    return "rt::lift(" + member + ")";
  if (f.type.optional)
    return "rt::val(*" + member + ")";
  return "rt::val(" + member + ")";
}

std::string Emitter::aggregate(const ir::AggregateExpr &e, std::vector<std::string> &hoisted) {
  auto [owner, index] = plan.aggregateSlots.at(&e);
  std::string acc = owner->keyIsInterval
                        ? fmt::format("c.{}.a{}", ident("d", owner->id), index)
                        : fmt::format("c.{}({}).a{}", ident("state", owner->id), index, index);
  using F = ir::AggregateExpr::Fn;
  std::string maybe;
  switch (e.fn) {
  case F::Count:
    return "rt::Rational(" + acc + ".value())";
  case F::Sum:
  case F::Share:
    return acc + ".value()";
  case F::Covered:
    return "rt::seconds(" + acc + ".value(c.clip))";
  case F::Avg:
    maybe = acc + ".value()";
    break;
  case F::Min:
    maybe = acc + ".min()";
    break;
  case F::Max:
    maybe = acc + ".max()";
    break;
  case F::Percentile: {
    auto *rank = llvm::cast<ir::LiteralExpr>(e.rank.get());
    maybe = acc + ".value(" + literal(*rank) + ")";
    break;
  }
  }
  // min, max and percentile may keep int64_t or rt::Duration values
  // (EmitData.cpp, keptValueType); rt::val turns the result into a Rational
  // and leaves a Rational as it is.
  if (e.fn == F::Min || e.fn == F::Max || e.fn == F::Percentile)
    return "rt::val(" + hoist(maybe, hoisted) + ")";
  return hoist(maybe, hoisted);
}

std::string Emitter::hoist(const std::string &maybe, std::vector<std::string> &hoisted) {
  std::string local = "v" + std::to_string(localCount++);
  hoisted.push_back(fmt::format("auto {} = {};", local, maybe));
  hoisted.push_back(fmt::format("if (!{}) return std::nullopt;", local));
  return "(*" + local + ")";
}

std::string Emitter::ifExpr(const ir::IfExpr &e, ExprMode mode, std::vector<std::string> &hoisted) {
  std::string cond = expr(*e.cond, mode, hoisted);
  std::vector<std::string> thenHoisted, elseHoisted;
  std::string a = expr(*e.thenExpr, mode, thenHoisted);
  std::string b = expr(*e.elseExpr, mode, elseHoisted);
  std::string type = cppType(e.type);
  if (thenHoisted.empty() && elseHoisted.empty())
    return "(" + cond + " ? " + type + "(" + a + ") : " + type + "(" + b + "))";
  // A branch that may have no value (an `avg` of no rows) makes the `if`
  // have none only when that branch is taken.
  std::string optional = "std::optional<" + cppType(e.type.required()) + ">";
  auto branch = [&](const std::vector<std::string> &inner, const std::string &value) {
    if (inner.empty())
      return optional + "(" + value + ")";
    std::string body;
    for (const std::string &h : inner)
      body += h + " ";
    return "[&]() -> " + optional + " { " + body + "return " + value + "; }()";
  };
  return hoist("(" + cond + ") ? " + branch(thenHoisted, a) + " : " + branch(elseHoisted, b),
               hoisted);
}

std::string Emitter::binary(const ir::BinaryExpr &e, ExprMode mode,
                            std::vector<std::string> &hoisted) {
  std::string a = expr(*e.lhs, mode, hoisted), b = expr(*e.rhs, mode, hoisted);
  bool tsLeft = e.lhs->type.kind == Type::Kind::Timestamp;
  bool tsRight = e.rhs->type.kind == Type::Kind::Timestamp;
  using Op = ir::BinaryOp;
  switch (e.op) {
  case Op::Coalesce:
    return "rt::orElse(" + a + ", " + b + ")";
  case Op::Sub:
    if (tsLeft && tsRight)
      return "rt::seconds(" + a + " - " + b + ")";
    if (tsLeft)
      return "rt::addSeconds(" + a + ", -(" + b + "))";
    break;
  case Op::Add:
    if (tsLeft)
      return "rt::addSeconds(" + a + ", " + b + ")";
    if (tsRight)
      return "rt::addSeconds(" + b + ", " + a + ")";
    break;
  case Op::And:
    return "(" + a + " && " + b + ")";
  case Op::Or:
    return "(" + a + " || " + b + ")";
  default:
    break;
  }
  return "(" + a + " " + ir::spelling(e.op) + " " + b + ")";
}

/// `period.start`, `period.end`, `period.length` of the period evaluated.
static std::string periodAttr(const ir::PeriodAttrExpr &e, ExprMode mode) {
  std::string p = mode == ExprMode::Fn ? "c->p" : "c.p";
  switch (e.attr) {
  case ir::PeriodAttrExpr::Attr::Start:
    return p + ".start";
  case ir::PeriodAttrExpr::Attr::End:
    return p + ".end";
  case ir::PeriodAttrExpr::Attr::Length:
    return "rt::seconds(" + p + ".end - " + p + ".start)";
  }
  return p + ".start";
}

/// `o.compliance`, `o.items`, `o.breaches`, `o.pending` of an obligation.
std::string Emitter::obligationStat(const ir::ObligationStatExpr &s) {
  std::string stat = "c." + ident("obligation", s.obligation->name) + "()";
  using S = ir::ObligationStatExpr::Stat;
  if (s.stat == S::Compliance)
    return stat + ".compliance";
  return "rt::Rational(" + stat +
         (s.stat == S::Items      ? ".items"
          : s.stat == S::Breaches ? ".breaches"
                                  : ".pending") +
         ")";
}

/// A call of a user function: the context first (none for a row formula).
std::string Emitter::call(const ir::CallExpr &call, ExprMode mode,
                          std::vector<std::string> &hoisted) {
  std::string args = mode == ExprMode::Row ? "nullptr" : mode == ExprMode::Fn ? "c" : "&c";
  for (const ir::ExprPtr &a : call.args)
    args += ", " + expr(*a, mode, hoisted);
  return ident("fn", call.fn->name) + "(" + args + ")";
}

std::string Emitter::builtin(const ir::BuiltinExpr &b, ExprMode mode,
                             std::vector<std::string> &hoisted) {
  auto arg = [&](size_t i) { return expr(*b.args[i], mode, hoisted); };
  using F = ir::BuiltinExpr::Fn;
  switch (b.fn) {
  case F::Min:
    return "std::min(" + arg(0) + ", " + arg(1) + ")";
  case F::Max:
    return "std::max(" + arg(0) + ", " + arg(1) + ")";
  case F::Abs:
    return "rt::abs(" + arg(0) + ")";
  case F::IntervalStart:
    return "(" + arg(0) + ").start";
  case F::IntervalEnd:
    return "(" + arg(0) + ").end";
  case F::IntervalLength: {
    std::string iv = arg(0);
    return "rt::seconds((" + iv + ").end - (" + iv + ").start)";
  }
  }
  return "false";
}

std::string Emitter::expr(const ir::Expr &e, ExprMode mode, std::vector<std::string> &hoisted) {
  using K = ir::Expr::Kind;
  auto sub = [&](const ir::ExprPtr &x) { return expr(*x, mode, hoisted); };
  switch (e.kind()) {
  case K::Number:
  case K::String:
  case K::Timestamp:
  case K::Date:
    return literal(llvm::cast<ir::LiteralExpr>(e));
  case K::Bool:
    return llvm::cast<ir::BoolExpr>(e).value ? "true" : "false";
  case K::EnumValue:
    return std::to_string(llvm::cast<ir::EnumValueExpr>(e).index);
  case K::FieldRef:
    return fieldRef(llvm::cast<ir::FieldRefExpr>(e));
  case K::ParamRef:
    return "P." + ident("p", llvm::cast<ir::ParamRefExpr>(e).param->name);
  case K::ConstRef:
    return ident("const", llvm::cast<ir::ConstRefExpr>(e).constant->name) + "()";
  case K::FnParamRef:
    return ident("a", llvm::cast<ir::FnParamRefExpr>(e).name);
  case K::MetricRef:
    return hoist(ident("metric", llvm::cast<ir::MetricRefExpr>(e).metric->name) + "(c)", hoisted);
  case K::PeriodAttr:
    return periodAttr(llvm::cast<ir::PeriodAttrExpr>(e), mode);
  case K::ObligationStat:
    return obligationStat(llvm::cast<ir::ObligationStatExpr>(e));
  case K::DatasetRef:
    return "/* dataset */";
  case K::Unary: {
    auto &u = llvm::cast<ir::UnaryExpr>(e);
    return std::string(u.op == ir::UnaryOp::Neg ? "-" : "!") + "(" + sub(u.operand) + ")";
  }
  case K::Binary:
    return binary(llvm::cast<ir::BinaryExpr>(e), mode, hoisted);
  case K::InSet: {
    auto &s = llvm::cast<ir::InSetExpr>(e);
    std::string members;
    for (const ir::ExprPtr &m : s.members)
      members += (members.empty() ? "" : ", ") + sub(m);
    return "rt::inSet(" + sub(s.value) + ", {" + members + "})";
  }
  case K::IsMissing: {
    auto &m = llvm::cast<ir::IsMissingExpr>(e);
    return std::string(m.negated ? "" : "!") + "(" + sub(m.value) + ").has_value()";
  }
  case K::If:
    return ifExpr(llvm::cast<ir::IfExpr>(e), mode, hoisted);
  case K::Call:
    return call(llvm::cast<ir::CallExpr>(e), mode, hoisted);
  case K::Builtin:
    return builtin(llvm::cast<ir::BuiltinExpr>(e), mode, hoisted);
  case K::Aggregate:
    return aggregate(llvm::cast<ir::AggregateExpr>(e), hoisted);
  }
  return "false";
}

} // namespace tenor
