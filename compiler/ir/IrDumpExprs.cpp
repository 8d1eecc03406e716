//===- IrDumpExprs.cpp - A textual dump of IR expressions -----------------===//
//
// The expression half of `tenorc check --dump-ir` (IrDump.cpp has the
// declarations). An expression line reads `Kind attributes : type`: the
// operator, the literal in base units with its spelling in parentheses, or
// the name of what a reference points at, then the type as a user reads it.
// Operands follow as children in source order; the parts of an aggregate
// get labels (`Filter`, `Value`, `Condition`, `Rank`) since most are optional.
// No location is printed, so tests pin down meaning rather than spacing.
//
//===----------------------------------------------------------------------===//

#include "ir/IrDump.h"

#include "llvm/Support/Casting.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace tenor {

std::string detail::dumpQuoted(llvm::StringRef s) {
  static const char hexDigits[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : s) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += "\\x";
      out += hexDigits[byte >> 4];
      out += hexDigits[byte & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

namespace {

using namespace ir;
using detail::dumpQuoted;
using llvm::cast;

const char *const errorText = "<error>";

/// The name of what a reference points at.
std::string nameOf(const Named *d) { return d ? d->name : errorText; }

//===----------------------------------------------------------------------===//
// Text of an expression line
//===----------------------------------------------------------------------===//

llvm::StringRef exprKindName(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Number:
    return "Number";
  case Expr::Kind::Bool:
    return "Bool";
  case Expr::Kind::String:
    return "String";
  case Expr::Kind::Timestamp:
    return "Timestamp";
  case Expr::Kind::Date:
    return "Date";
  case Expr::Kind::EnumValue:
    return "EnumValue";
  case Expr::Kind::FieldRef:
    return "FieldRef";
  case Expr::Kind::ParamRef:
    return "ParamRef";
  case Expr::Kind::ConstRef:
    return "ConstRef";
  case Expr::Kind::MetricRef:
    return "MetricRef";
  case Expr::Kind::FnParamRef:
    return "FnParamRef";
  case Expr::Kind::PeriodAttr:
    return "PeriodAttr";
  case Expr::Kind::ObligationStat:
    return "ObligationStat";
  case Expr::Kind::DatasetRef:
    return "DatasetRef";
  case Expr::Kind::Unary:
    return "Unary";
  case Expr::Kind::Binary:
    return "Binary";
  case Expr::Kind::InSet:
    return "InSet";
  case Expr::Kind::IsMissing:
    return cast<IsMissingExpr>(e).negated ? "IsNotMissing" : "IsMissing";
  case Expr::Kind::If:
    return "If";
  case Expr::Kind::Call:
    return "Call";
  case Expr::Kind::Builtin:
    return "Builtin";
  case Expr::Kind::Aggregate:
    return "Aggregate";
  }
  llvm_unreachable("unknown expression kind");
}

const char *periodAttrName(PeriodAttrExpr::Attr a) {
  switch (a) {
  case PeriodAttrExpr::Attr::Start:
    return "start";
  case PeriodAttrExpr::Attr::End:
    return "end";
  case PeriodAttrExpr::Attr::Length:
    return "length";
  }
  llvm_unreachable("unknown period attribute");
}

const char *statName(ObligationStatExpr::Stat s) {
  switch (s) {
  case ObligationStatExpr::Stat::Items:
    return "items";
  case ObligationStatExpr::Stat::Breaches:
    return "breaches";
  case ObligationStatExpr::Stat::Pending:
    return "pending";
  case ObligationStatExpr::Stat::Compliance:
    return "compliance";
  }
  llvm_unreachable("unknown obligation statistic");
}

/// `min`, `max`, `abs`; `start`, `end`, `length` of an interval.
const char *builtinName(BuiltinExpr::Fn fn) {
  switch (fn) {
  case BuiltinExpr::Fn::Min:
    return "min";
  case BuiltinExpr::Fn::Max:
    return "max";
  case BuiltinExpr::Fn::Abs:
    return "abs";
  case BuiltinExpr::Fn::IntervalStart:
    return "start";
  case BuiltinExpr::Fn::IntervalEnd:
    return "end";
  case BuiltinExpr::Fn::IntervalLength:
    return "length";
  }
  llvm_unreachable("unknown built-in");
}

/// `priority.P1`: the enum, then the member.
std::string enumValueText(const EnumValueExpr &e) {
  const EnumType *type = e.type.enumType;
  if (!type || e.index >= type->members.size())
    return errorText;
  return type->name + "." + type->members[e.index].name;
}

/// What follows the kind of a literal or a reference.
std::string leafAttributes(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Number: {
    // The value in base units, then the spelling when it says it otherwise.
    const auto &lit = cast<LiteralExpr>(e);
    bool same = lit.spelling.empty() || lit.spelling == lit.value;
    return same ? lit.value : lit.value + " (" + lit.spelling + ")";
  }
  case Expr::Kind::String:
    return dumpQuoted(cast<LiteralExpr>(e).value);
  case Expr::Kind::Timestamp:
  case Expr::Kind::Date:
    return cast<LiteralExpr>(e).value;
  case Expr::Kind::Bool:
    return cast<BoolExpr>(e).value ? "true" : "false";
  case Expr::Kind::EnumValue:
    return enumValueText(cast<EnumValueExpr>(e));
  case Expr::Kind::FieldRef:
    return nameOf(cast<FieldRefExpr>(e).field);
  case Expr::Kind::ParamRef:
    return nameOf(cast<ParamRefExpr>(e).param);
  case Expr::Kind::ConstRef:
    return nameOf(cast<ConstRefExpr>(e).constant);
  case Expr::Kind::MetricRef:
    return nameOf(cast<MetricRefExpr>(e).metric);
  case Expr::Kind::DatasetRef:
    return nameOf(cast<DatasetRefExpr>(e).dataset);
  case Expr::Kind::FnParamRef: {
    const auto &p = cast<FnParamRefExpr>(e);
    return p.name.empty() ? errorText : p.name;
  }
  case Expr::Kind::PeriodAttr:
    return periodAttrName(cast<PeriodAttrExpr>(e).attr);
  case Expr::Kind::ObligationStat: {
    const auto &s = cast<ObligationStatExpr>(e);
    return nameOf(s.obligation) + "." + statName(s.stat);
  }
  default:
    return "";
  }
}

/// What follows the kind of an operator, a call or an aggregate.
std::string operatorAttributes(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Unary:
    return spelling(cast<UnaryExpr>(e).op);
  case Expr::Kind::Binary:
    return spelling(cast<BinaryExpr>(e).op);
  case Expr::Kind::Call:
    return nameOf(cast<CallExpr>(e).fn);
  case Expr::Kind::Builtin:
    return builtinName(cast<BuiltinExpr>(e).fn);
  case Expr::Kind::Aggregate: {
    const auto &a = cast<AggregateExpr>(e);
    return std::string(spelling(a.fn)) + " " + nameOf(a.dataset);
  }
  default:
    return leafAttributes(e);
  }
}

/// `Binary >= : bool`, `Number 900 : duration (15 min)`.
std::string exprText(const Expr &e) {
  std::string out = exprKindName(e).str();
  std::string attributes = operatorAttributes(e);
  if (!attributes.empty())
    out += " " + attributes;
  return out + " : " + e.type.str();
}

//===----------------------------------------------------------------------===//
// The dumper
//===----------------------------------------------------------------------===//

class ExprDumper {
public:
  ExprDumper(llvm::raw_ostream &os, unsigned depth) : os(os), depth(depth) {}
  void expr(const Expr *e);

private:
  void label(llvm::StringRef text) { os.indent(2 * depth) << text << '\n'; }
  void labeled(llvm::StringRef text, const Expr *e);
  void children(const Expr &e);

  llvm::raw_ostream &os;
  unsigned depth;
};

/// A label line with the expression as its child; nothing when `e` is null.
void ExprDumper::labeled(llvm::StringRef text, const Expr *e) {
  if (!e)
    return;
  label(text);
  ++depth;
  expr(e);
  --depth;
}

/// The expression and its operands; `<error>` where one is missing.
void ExprDumper::expr(const Expr *e) {
  if (!e) {
    label(errorText);
    return;
  }
  label(exprText(*e));
  ++depth;
  children(*e);
  --depth;
}

/// The operands in source order; the parts of an aggregate labeled.
void ExprDumper::children(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Unary:
    return expr(cast<UnaryExpr>(e).operand.get());
  case Expr::Kind::Binary:
    expr(cast<BinaryExpr>(e).lhs.get());
    return expr(cast<BinaryExpr>(e).rhs.get());
  case Expr::Kind::InSet:
    expr(cast<InSetExpr>(e).value.get());
    for (const ExprPtr &member : cast<InSetExpr>(e).members)
      expr(member.get());
    return;
  case Expr::Kind::IsMissing:
    return expr(cast<IsMissingExpr>(e).value.get());
  case Expr::Kind::If:
    expr(cast<IfExpr>(e).cond.get());
    expr(cast<IfExpr>(e).thenExpr.get());
    return expr(cast<IfExpr>(e).elseExpr.get());
  case Expr::Kind::Call:
    for (const ExprPtr &arg : cast<CallExpr>(e).args)
      expr(arg.get());
    return;
  case Expr::Kind::Builtin:
    for (const ExprPtr &arg : cast<BuiltinExpr>(e).args)
      expr(arg.get());
    return;
  case Expr::Kind::Aggregate: {
    const auto &a = cast<AggregateExpr>(e);
    labeled("Filter", a.filter.get());
    labeled("Value", a.value.get());
    labeled("Condition", a.condition.get());
    return labeled("Rank", a.rank.get());
  }
  default:
    return;
  }
}

} // namespace

void dumpExpr(const ir::Expr *e, llvm::raw_ostream &os, unsigned depth) {
  ExprDumper(os, depth).expr(e);
}

} // namespace tenor
