//===- ExplainExprs.cpp - Expressions as noun phrases and clauses ---------===//
//
// Reads an expression tree aloud. A value becomes a noun phrase ("the
// Monthly Charges", "15 minutes", "the length of the period"); a boolean
// becomes a clause ("the Error Rate is at most 0.5%"). Operands that are
// themselves operations are put in parentheses, since "A minus B divided by
// C" is ambiguous in English. Function calls are read by reading the
// function's body with the arguments in place of its parameters. Aggregates
// and row filters are in ExplainRows.cpp.
//
//===----------------------------------------------------------------------===//

#include "doc/Explain.h"
#include "doc/Words.h"

#include "llvm/Support/Casting.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace tenor::doc {

using namespace ir;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

namespace {

bool isLiteral(const Expr &e, std::string_view value) {
  const auto *lit = dyn_cast<LiteralExpr>(&e);
  return lit && e.kind() == Expr::Kind::Number && lit->value == value;
}

bool isPeriodLength(const Expr &e) {
  const auto *p = dyn_cast<PeriodAttrExpr>(&e);
  return p && p->attr == PeriodAttrExpr::Attr::Length;
}

bool isComparison(BinaryOp op) {
  return op == BinaryOp::Eq || op == BinaryOp::Ne || op == BinaryOp::Lt || op == BinaryOp::Le ||
         op == BinaryOp::Gt || op == BinaryOp::Ge;
}

BinaryOp inverse(BinaryOp op) {
  switch (op) {
  case BinaryOp::Eq:
    return BinaryOp::Ne;
  case BinaryOp::Ne:
    return BinaryOp::Eq;
  case BinaryOp::Lt:
    return BinaryOp::Ge;
  case BinaryOp::Le:
    return BinaryOp::Gt;
  case BinaryOp::Gt:
    return BinaryOp::Le;
  case BinaryOp::Ge:
    return BinaryOp::Lt;
  default:
    return op;
  }
}

/// "is at least", "is less than", "is", "is not"; of dates and times,
/// "is before", "is not after".
std::string comparisonWords(BinaryOp op, const Type &of) {
  if (of.kind == Type::Kind::Date || of.kind == Type::Kind::Timestamp)
    switch (op) {
    case BinaryOp::Lt:
      return "is before";
    case BinaryOp::Le:
      return "is not after";
    case BinaryOp::Gt:
      return "is after";
    case BinaryOp::Ge:
      return "is not before";
    default:
      break;
    }
  switch (op) {
  case BinaryOp::Eq:
    return "is";
  case BinaryOp::Ne:
    return "is not";
  case BinaryOp::Lt:
    return "is less than";
  case BinaryOp::Le:
    return "is at most";
  case BinaryOp::Gt:
    return "is more than";
  case BinaryOp::Ge:
    return "is at least";
  default:
    return spelling(op);
  }
}

} // namespace

bool isShareLike(const Expr &e) {
  if (e.type.percent)
    return true;
  if (const auto *a = dyn_cast<AggregateExpr>(&e))
    return a->fn == AggregateExpr::Fn::Share;
  if (const auto *s = dyn_cast<ObligationStatExpr>(&e))
    return s->stat == ObligationStatExpr::Stat::Compliance;
  // `a / b` of one dimension, or of two counts: a share of something.
  if (const auto *b = dyn_cast<BinaryExpr>(&e)) {
    if (b->op != BinaryOp::Div || !b->lhs || !b->rhs || !b->lhs->type.isNumber())
      return false;
    // Money over money is a count ("the revenue goal over the average
    // deal"), not a share.
    const Type &l = b->lhs->type, &r = b->rhs->type;
    return l.dim == r.dim && l.dim.money == 0 && (!l.dim.isNone() || (l.integer && r.integer));
  }
  return false;
}

std::vector<std::string> Explainer::takeNotes() {
  std::vector<std::string> out;
  out.swap(notes);
  return out;
}

void Explainer::note(std::string text) {
  if (std::find(notes.begin(), notes.end(), text) == notes.end())
    notes.push_back(std::move(text));
}

//===----------------------------------------------------------------------===//
// Literals
//===----------------------------------------------------------------------===//

std::string Explainer::quantity(const LiteralExpr &lit, bool asPercent) const {
  const Type &t = lit.type;
  const Dimension &d = t.dim;
  if (d.isMoney())
    return formatMoney(lit.value, d.currency.empty() ? agreement.currency : d.currency);
  if (d == Dimension::timeDim())
    return formatDuration(lit.value, lit.spelling);
  if (d == Dimension::dataDim())
    return formatDataSize(lit.value, lit.spelling);
  bool percentSpelled = !lit.spelling.empty() && lit.spelling.back() == '%';
  if (d.isNone())
    return t.percent || percentSpelled || asPercent ? formatPercent(lit.value)
                                                    : groupDigits(lit.value);
  return lit.spelling.empty() ? lit.value + " (" + t.str() + ")" : lit.spelling;
}

/// A literal of any kind, as the value it stands for.
std::string Explainer::literalText(const Expr &e, bool asPercent) {
  const auto &lit = cast<LiteralExpr>(e);
  switch (e.kind()) {
  case Expr::Kind::Number:
    return quantity(lit, asPercent);
  case Expr::Kind::String:
    return quoted(lit.value);
  case Expr::Kind::Date:
    return formatDate(lit.value);
  default:
    return formatTimestamp(lit.value);
  }
}

//===----------------------------------------------------------------------===//
// Noun phrases
//===----------------------------------------------------------------------===//

std::string Explainer::noun(const Expr &e) { return phrase(e).text; }

/// A phrase as an operand: in parentheses when it is an operation itself.
std::string Explainer::operand(const Expr &e) {
  Phrase p = phrase(e);
  return p.compound ? "(" + p.text + ")" : p.text;
}

Explainer::Phrase Explainer::phrase(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Unary: {
    const auto &u = cast<UnaryExpr>(e);
    if (u.op == UnaryOp::Not)
      return {"whether " + negated(*u.operand), true};
    return {"minus " + operand(*u.operand), true};
  }
  case Expr::Kind::Binary: {
    const auto &b = cast<BinaryExpr>(e);
    if (b.op == BinaryOp::And || b.op == BinaryOp::Or || isComparison(b.op))
      return {"whether " + clause(e), true};
    return arithmetic(b);
  }
  case Expr::Kind::InSet:
  case Expr::Kind::IsMissing:
    return {"whether " + clause(e), true};
  case Expr::Kind::If:
    return ifChain(cast<IfExpr>(e));
  case Expr::Kind::Call:
    return call(cast<CallExpr>(e));
  case Expr::Kind::Builtin:
    return builtin(cast<BuiltinExpr>(e));
  case Expr::Kind::Aggregate:
    return aggregate(cast<AggregateExpr>(e));
  case Expr::Kind::FnParamRef:
    return fnParam(cast<FnParamRefExpr>(e), false);
  case Expr::Kind::ObligationStat:
    return obligationStat(cast<ObligationStatExpr>(e));
  default:
    return leaf(e);
  }
}

/// Literals and references.
Explainer::Phrase Explainer::leaf(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Number:
  case Expr::Kind::String:
  case Expr::Kind::Date:
  case Expr::Kind::Timestamp:
    return {literalText(e, false)};
  case Expr::Kind::Bool:
    return {cast<BoolExpr>(e).value ? "yes" : "no"};
  case Expr::Kind::EnumValue: {
    const auto &v = cast<EnumValueExpr>(e);
    const EnumType *type = e.type.enumType;
    if (!type || v.index >= type->members.size())
      return {"?"};
    const EnumMember &m = type->members[v.index];
    return {memberLabel(m)};
  }
  case Expr::Kind::FieldRef: {
    const Field *f = cast<FieldRefExpr>(e).field;
    return {(itemContext ? "its " : "the ") + (f ? field(*f) : std::string("value"))};
  }
  case Expr::Kind::ParamRef: {
    const Param *p = cast<ParamRefExpr>(e).param;
    return {"the " + (p ? term(*p) : std::string("parameter"))};
  }
  case Expr::Kind::ConstRef: {
    const Const *c = cast<ConstRefExpr>(e).constant;
    if (!c || !c->value)
      return {"the constant"};
    return phrase(*c->value);
  }
  case Expr::Kind::MetricRef: {
    const Metric *m = cast<MetricRefExpr>(e).metric;
    std::string text = "the " + (m ? term(*m) : std::string("metric"));
    if (metricSuffix.empty())
      return {text};
    // Only the first reference, the one the sentence is about, gets it.
    std::string suffix = std::exchange(metricSuffix, std::string());
    return {text + " of " + suffix};
  }
  case Expr::Kind::PeriodAttr: {
    static const char *const words[] = {"the start of the period", "the end of the period",
                                        "the length of the period"};
    return {words[static_cast<int>(cast<PeriodAttrExpr>(e).attr)]};
  }
  case Expr::Kind::DatasetRef: {
    const Dataset *d = cast<DatasetRefExpr>(e).dataset;
    return {"the " + (d ? rows(*d) : std::string("records"))};
  }
  default:
    return {"the value"};
  }
}

/// Whether `inner`, the left operand of `outer`, reads without parentheses:
/// "A minus B minus C", "A times B times C", "A, or B when it is missing, or
/// C when it is missing".
static bool readsAsChain(BinaryOp outer, BinaryOp inner) {
  auto additive = [](BinaryOp op) { return op == BinaryOp::Add || op == BinaryOp::Sub; };
  return (additive(outer) && additive(inner)) || (outer == inner && outer != BinaryOp::Div);
}

static bool isArithmetic(BinaryOp op) {
  return op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul || op == BinaryOp::Div ||
         op == BinaryOp::Coalesce;
}

/// `+ - * / ??`, with the idioms first. Operations nest to the left (`a + b
/// + c` is `(a + b) + c`), so the left spine is walked as a loop and each
/// operand read once: a formula of n terms reads in time linear in n, where
/// reading the left operand by recursion copied the text at each level.
/// What an arithmetic operator reads as between its operands.
static std::string operatorWords(BinaryOp op) {
  switch (op) {
  case BinaryOp::Add:
    return " plus ";
  case BinaryOp::Sub:
    return " minus ";
  case BinaryOp::Mul:
    return " times ";
  case BinaryOp::Div:
    return " divided by ";
  case BinaryOp::Coalesce:
    return ", or ";
  default:
    return std::string(" ") + spelling(op) + " ";
  }
}

Explainer::Phrase Explainer::arithmetic(const BinaryExpr &b) {
  Phrase special = idiom(b);
  if (!special.text.empty()) {
    special.idiom = true;
    return special;
  }
  // spine[0] is `b`; each next one is the left operand of the one before.
  std::vector<const BinaryExpr *> spine{&b};
  Phrase leftmostIdiom;
  while (const auto *inner = dyn_cast_or_null<BinaryExpr>(spine.back()->lhs.get())) {
    if (!isArithmetic(inner->op))
      break;
    leftmostIdiom = idiom(*inner);
    if (!leftmostIdiom.text.empty())
      break;
    spine.push_back(inner);
  }
  // `1 - share` reads "100% minus the share".
  auto side = [&](const BinaryExpr &node, bool left) {
    const ExprPtr &e = left ? node.lhs : node.rhs;
    const ExprPtr &other = left ? node.rhs : node.lhs;
    if (!e)
      return std::string("?");
    bool additive = node.op == BinaryOp::Add || node.op == BinaryOp::Sub;
    bool percent = other && isShareLike(*other) && !e->type.percent;
    if (additive && percent && e->kind() == Expr::Kind::Number)
      return literalText(*e, true);
    return operand(*e);
  };
  // The parentheses around inner operations that do not read as a chain
  // all open before the leftmost operand.
  std::string text;
  for (size_t i = 0; i + 1 < spine.size(); ++i)
    if (!readsAsChain(spine[i]->op, spine[i + 1]->op))
      text += '(';
  const BinaryExpr &innermost = *spine.back();
  if (!leftmostIdiom.text.empty())
    text += leftmostIdiom.compound ? "(" + leftmostIdiom.text + ")" : leftmostIdiom.text;
  else
    text += side(innermost, true);
  for (size_t i = spine.size(); i-- > 0;) {
    const BinaryExpr &node = *spine[i];
    text += operatorWords(node.op);
    text += side(node, false);
    if (node.op == BinaryOp::Coalesce)
      text += " when it is missing";
    if (i > 0 && !readsAsChain(spine[i - 1]->op, node.op))
      text += ')';
  }
  return {std::move(text), true};
}

/// Shapes with a reading of their own; an empty phrase when `b` has none.
Explainer::Phrase Explainer::idiom(const BinaryExpr &b) {
  if (!b.lhs || !b.rhs)
    return {};
  // 1 - X / period.length: the share of the period not taken up by X.
  if (b.op == BinaryOp::Sub && isLiteral(*b.lhs, "1"))
    if (const auto *div = dyn_cast<BinaryExpr>(b.rhs.get()))
      if (div->op == BinaryOp::Div && div->rhs && isPeriodLength(*div->rhs) && div->lhs)
        return {"the share of the period that is not taken up by " + timeSpan(*div->lhs)};
  if (b.op == BinaryOp::Div && isPeriodLength(*b.rhs))
    return {"the share of the period taken up by " + timeSpan(*b.lhs)};
  if (b.op == BinaryOp::Mul)
    if (std::optional<std::string> counted = countedTime(b, false))
      return {*counted};
  if (b.op != BinaryOp::Div)
    return {};
  // X / 1 GB: X in GB.
  if (const auto *lit = dyn_cast<LiteralExpr>(b.rhs.get()))
    if (!lit->spelling.empty() && lit->spelling.rfind("1 ", 0) == 0 && !b.rhs->type.dim.isNone()) {
      std::string unit = quantity(*lit).substr(2);
      bool acronym = std::all_of(unit.begin(), unit.end(), [](char c) { return std::isupper(c); });
      return {operand(*b.lhs) + " in " + (acronym ? unit : pluralize(unit)), true};
    }
  if (isShareLike(b))
    return {operand(*b.lhs) + " as a share of " + operand(*b.rhs), true};
  return {};
}

/// `if c1 then a elif c2 then b else c`: "a if c1; b if c2; otherwise c".
Explainer::Phrase Explainer::ifChain(const IfExpr &e) {
  std::vector<std::string> cases;
  const Expr *rest = &e;
  while (const auto *i = dyn_cast<IfExpr>(rest)) {
    if (!i->cond || !i->thenExpr || !i->elseExpr)
      return {"a value that depends on a condition", true};
    cases.push_back(noun(*i->thenExpr) + " if " + clause(*i->cond));
    rest = i->elseExpr.get();
  }
  std::string out;
  for (const std::string &c : cases)
    out += c + (cases.size() > 1 ? "; " : ", ");
  return {out + "and otherwise " + noun(*rest), true};
}

Explainer::Phrase Explainer::builtin(const BuiltinExpr &b) {
  auto arg = [&](size_t i) { return i < b.args.size() && b.args[i] ? operand(*b.args[i]) : "?"; };
  switch (b.fn) {
  case BuiltinExpr::Fn::Min:
    return {"the smaller of " + arg(0) + " and " + arg(1), true};
  case BuiltinExpr::Fn::Max:
    return {"the larger of " + arg(0) + " and " + arg(1), true};
  case BuiltinExpr::Fn::Abs:
    if (!b.args.empty() && b.args[0])
      if (const auto *sub = dyn_cast<BinaryExpr>(b.args[0].get()))
        if (sub->op == BinaryOp::Sub && sub->lhs && sub->rhs)
          return {"the difference between " + operand(*sub->lhs) + " and " + operand(*sub->rhs) +
                      ", taken as a positive amount",
                  true};
    return {"the absolute value of " + arg(0)};
  case BuiltinExpr::Fn::IntervalStart:
    return {"the start of " + arg(0)};
  case BuiltinExpr::Fn::IntervalEnd:
    return {"the end of " + arg(0)};
  case BuiltinExpr::Fn::IntervalLength:
    return {"the length of " + arg(0)};
  }
  return {"?"};
}

/// How often the body of a function reads each of its parameters.
static std::vector<unsigned> parameterUses(const Function &fn) {
  std::vector<unsigned> uses(fn.params.size(), 0);
  std::vector<const Expr *> work{fn.body.get()};
  auto push = [&](const ExprPtr &e) {
    if (e)
      work.push_back(e.get());
  };
  while (!work.empty()) {
    const Expr *e = work.back();
    work.pop_back();
    switch (e->kind()) {
    case Expr::Kind::FnParamRef:
      if (unsigned i = cast<FnParamRefExpr>(e)->index; i < uses.size())
        ++uses[i];
      break;
    case Expr::Kind::Unary:
      push(cast<UnaryExpr>(e)->operand);
      break;
    case Expr::Kind::Binary:
      push(cast<BinaryExpr>(e)->lhs);
      push(cast<BinaryExpr>(e)->rhs);
      break;
    case Expr::Kind::InSet:
      push(cast<InSetExpr>(e)->value);
      for (const ExprPtr &m : cast<InSetExpr>(e)->members)
        push(m);
      break;
    case Expr::Kind::IsMissing:
      push(cast<IsMissingExpr>(e)->value);
      break;
    case Expr::Kind::If:
      push(cast<IfExpr>(e)->cond);
      push(cast<IfExpr>(e)->thenExpr);
      push(cast<IfExpr>(e)->elseExpr);
      break;
    case Expr::Kind::Call:
      for (const ExprPtr &a : cast<CallExpr>(e)->args)
        push(a);
      break;
    case Expr::Kind::Builtin:
      for (const ExprPtr &a : cast<BuiltinExpr>(e)->args)
        push(a);
      break;
    default:
      break;
    }
  }
  return uses;
}

/// A call reads as the function's body with the arguments in place, except
/// when that would read an argument that is itself an operation or a call
/// more than once: `f(f(f(x)))` with `fn f(x) = x + x` would double the text
/// at each level. Such a call reads "the F of A and B", each argument once.
Explainer::Phrase Explainer::call(const CallExpr &c) {
  if (!c.fn || !c.fn->body)
    return {"the result of a function"};
  std::vector<unsigned> uses = parameterUses(*c.fn);
  bool repeats = false;
  for (size_t i = 0; i < c.args.size() && i < uses.size(); ++i) {
    const Expr *a = c.args[i].get();
    bool simple = a && (a->kind() != Expr::Kind::Call && a->kind() != Expr::Kind::Binary &&
                        a->kind() != Expr::Kind::Unary && a->kind() != Expr::Kind::If &&
                        a->kind() != Expr::Kind::Builtin && a->kind() != Expr::Kind::Aggregate);
    repeats = repeats || (uses[i] > 1 && !simple);
  }
  if (repeats) {
    std::vector<std::string> args;
    for (const ExprPtr &a : c.args)
      args.push_back(a ? operand(*a) : "?");
    std::string name = c.fn->title.empty() ? humanize(c.fn->name) : c.fn->title;
    return {"the " + name + " of " + joinList(args, "and"), true};
  }
  callArgs.push_back(&c.args);
  Phrase p = phrase(*c.fn->body);
  callArgs.pop_back();
  return p;
}

/// A parameter reads as its argument, read where the call is.
Explainer::Phrase Explainer::fnParam(const FnParamRefExpr &p, bool asTimeSpan) {
  if (callArgs.empty() || p.index >= callArgs.back()->size() || !(*callArgs.back())[p.index])
    return {humanize(p.name)};
  const std::vector<ExprPtr> *args = callArgs.back();
  callArgs.pop_back();
  const Expr &arg = *(*args)[p.index];
  Phrase out = asTimeSpan ? Phrase{timeSpan(arg)} : phrase(arg);
  callArgs.push_back(args);
  return out;
}

Explainer::Phrase Explainer::obligationStat(const ObligationStatExpr &s) {
  if (!s.obligation)
    return {"a statistic of a responsibility"};
  const Obligation &o = *s.obligation;
  std::string things = o.each ? rows(*o.each) : "items";
  switch (s.stat) {
  case ObligationStatExpr::Stat::Items:
    return {"the number of " + things + " under " + obligation(o)};
  case ObligationStatExpr::Stat::Breaches:
    return {"the number of breaches of " + obligation(o)};
  case ObligationStatExpr::Stat::Pending:
    return {"the number of " + things + " still pending under " + obligation(o)};
  case ObligationStatExpr::Stat::Compliance:
    return {"the share of " + things + " handled on time under " + obligation(o)};
  }
  return {"?"};
}

//===----------------------------------------------------------------------===//
// Clauses
//===----------------------------------------------------------------------===//

std::string Explainer::clause(const Expr &e) {
  switch (e.kind()) {
  case Expr::Kind::Binary: {
    const auto &b = cast<BinaryExpr>(e);
    if (b.op == BinaryOp::And || b.op == BinaryOp::Or)
      return logical(b);
    if (isComparison(b.op))
      return comparison(b, false);
    if (b.op == BinaryOp::Coalesce && b.lhs && b.rhs)
      return coalescedClause(b);
    return noun(e) + " is not zero";
  }
  case Expr::Kind::Unary:
    if (cast<UnaryExpr>(e).op == UnaryOp::Not && cast<UnaryExpr>(e).operand)
      return negated(*cast<UnaryExpr>(e).operand);
    break;
  case Expr::Kind::InSet: {
    const auto &s = cast<InSetExpr>(e);
    std::vector<std::string> members;
    for (const ExprPtr &m : s.members)
      members.push_back(m ? noun(*m) : "?");
    return (s.value ? noun(*s.value) : "?") + " is " + joinList(members, "or");
  }
  case Expr::Kind::IsMissing: {
    const auto &m = cast<IsMissingExpr>(e);
    return (m.value ? noun(*m.value) : "?") + (m.negated ? " is recorded" : " is missing");
  }
  case Expr::Kind::Bool:
    return cast<BoolExpr>(e).value ? "this always holds" : "this never holds";
  case Expr::Kind::FieldRef:
    if (itemContext)
      return "it is marked " + noun(e).substr(4);
    break;
  case Expr::Kind::Call: {
    const auto &c = cast<CallExpr>(e);
    if (!c.fn || !c.fn->body)
      break;
    callArgs.push_back(&c.args);
    std::string out = clause(*c.fn->body);
    callArgs.pop_back();
    return out;
  }
  default:
    break;
  }
  return noun(e) + " holds";
}

/// `c ?? d ?? true`: "c, or, if that is missing, d (a missing value counts
/// as yes)". The chain nests to the left and is read as a loop.
std::string Explainer::coalescedClause(const BinaryExpr &b) {
  std::vector<const BinaryExpr *> spine{&b};
  while (const auto *inner = dyn_cast_or_null<BinaryExpr>(spine.back()->lhs.get())) {
    if (inner->op != BinaryOp::Coalesce || !inner->lhs || !inner->rhs)
      break;
    spine.push_back(inner);
  }
  std::string text = clause(*spine.back()->lhs);
  for (size_t i = spine.size(); i-- > 0;) {
    const Expr &rhs = *spine[i]->rhs;
    if (const auto *v = dyn_cast<BoolExpr>(&rhs))
      text += std::string(" (a missing value counts as ") + (v->value ? "yes)" : "no)");
    else
      text += ", or, if that is missing, " + clause(rhs);
  }
  return text;
}

/// `A and B`, `A or B`; a nested operation of the other kind gets "either"
/// or "both" so that the grouping stays clear. A chain `A and B and C` nests
/// to the left and is read as a loop, in time linear in its length.
std::string Explainer::logical(const BinaryExpr &b) {
  auto part = [&](const ExprPtr &e) {
    if (!e)
      return std::string("?");
    const auto *inner = dyn_cast<BinaryExpr>(e.get());
    bool other =
        inner && inner->op != b.op && (inner->op == BinaryOp::And || inner->op == BinaryOp::Or);
    if (!other)
      return clause(*e);
    return std::string(inner->op == BinaryOp::Or ? "either " : "both ") + clause(*e);
  };
  std::vector<const BinaryExpr *> spine{&b};
  while (const auto *inner = dyn_cast_or_null<BinaryExpr>(spine.back()->lhs.get())) {
    if (inner->op != b.op)
      break;
    spine.push_back(inner);
  }
  std::string text = part(spine.back()->lhs);
  for (size_t i = spine.size(); i-- > 0;) {
    text += b.op == BinaryOp::And ? " and " : " or ";
    text += part(spine[i]->rhs);
  }
  return text;
}

std::string Explainer::comparison(const BinaryExpr &b, bool negate) {
  if (!b.lhs || !b.rhs)
    return "a condition holds";
  // `flag == true` is the flag itself.
  if (const auto *v = dyn_cast<BoolExpr>(b.rhs.get()))
    if (b.op == BinaryOp::Eq || b.op == BinaryOp::Ne) {
      bool holds = (v->value == (b.op == BinaryOp::Eq)) != negate;
      return holds ? clause(*b.lhs) : negated(*b.lhs);
    }
  return noun(*b.lhs) + " " + predicate(b, negate);
}

/// What a comparison says of its left side: "is at least 99.99%".
std::string Explainer::predicate(const BinaryExpr &b, bool negate) {
  BinaryOp op = negate ? inverse(b.op) : b.op;
  if (!b.lhs || !b.rhs)
    return "holds";
  bool percent = isShareLike(*b.lhs) && b.rhs->kind() == Expr::Kind::Number;
  std::string rhs = percent ? literalText(*b.rhs, true) : noun(*b.rhs);
  return comparisonWords(op, b.lhs->type) + " " + rhs;
}

/// The clause of `not e`, with comparisons turned around.
std::string Explainer::negated(const Expr &e) {
  if (const auto *b = dyn_cast<BinaryExpr>(&e)) {
    if (isComparison(b->op))
      return comparison(*b, true);
  }
  if (const auto *m = dyn_cast<IsMissingExpr>(&e))
    return (m->value ? noun(*m->value) : "?") + (m->negated ? " is missing" : " is recorded");
  if (const auto *u = dyn_cast<UnaryExpr>(&e))
    if (u->op == UnaryOp::Not && u->operand)
      return clause(*u->operand);
  if (e.kind() == Expr::Kind::FieldRef && itemContext)
    return "it is not marked " + noun(e).substr(4);
  return "it is not the case that " + clause(e);
}

std::string memberLabel(const EnumMember &m) { return m.title.empty() ? m.name : m.title; }

} // namespace tenor::doc
