//===- ExplainRows.cpp - Aggregates and row filters in words --------------===//
//
// Metrics are mostly aggregates over the rows of a dataset, so this is where
// most of a definition's words come from: the rows as a noun ("HTTP
// requests"), the filter as a relative clause ("whose status is at least
// 500"), and the aggregate around them ("the 99th percentile of the latency
// of the HTTP requests"). A yes/no field reads "marked unavailable", or,
// when the dataset's doc comment says what a row is about ("One row per
// minute in which the region was observed."), "in which the region was
// unavailable". What an aggregate does with no rows becomes a note.
//
//===----------------------------------------------------------------------===//

#include "doc/Explain.h"
#include "doc/Words.h"

#include "llvm/Support/Casting.h"

#include <algorithm>

namespace tenor::doc {

using namespace ir;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

namespace {

/// The field a row-level operand refers to: `f` or `f ?? default`.
const FieldRefExpr *fieldOf(const Expr *e) {
  if (const auto *f = dyn_cast_or_null<FieldRefExpr>(e))
    return f;
  if (const auto *b = dyn_cast_or_null<BinaryExpr>(e))
    if (b->op == BinaryOp::Coalesce)
      return dyn_cast_or_null<FieldRefExpr>(b->lhs.get());
  return nullptr;
}

/// "the region was" from "One row per minute in which the region was
/// observed."; none when the doc comment does not say what a row is so.
std::optional<std::string> docSubject(const std::string &doc) {
  if (doc.rfind("One row per ", 0) != 0 && doc.rfind("One record per ", 0) != 0)
    return std::nullopt;
  for (const char *marker : {"in which ", "where "}) {
    size_t at = doc.find(marker);
    if (at == std::string::npos)
      continue;
    std::string rest = doc.substr(at + std::string(marker).size());
    for (const char *verb : {" was ", " were ", " is ", " are "}) {
      size_t v = rest.find(verb);
      std::string subject = rest.substr(0, v);
      if (v == std::string::npos || subject.empty() || subject.find(',') != std::string::npos ||
          std::count(subject.begin(), subject.end(), ' ') > 4)
        continue;
      return subject + verb;
    }
  }
  return std::nullopt;
}

bool isCount(const Expr *e) {
  const auto *a = dyn_cast_or_null<AggregateExpr>(e);
  return a && a->fn == AggregateExpr::Fn::Count && a->dataset;
}

} // namespace

//===----------------------------------------------------------------------===//
// Relative clauses
//===----------------------------------------------------------------------===//

/// A yes/no field as a relative clause.
std::string Explainer::flag(const Dataset &d, const Field &f, bool negate) const {
  if (std::optional<std::string> subject = docSubject(d.doc))
    return "in which " + *subject + (negate ? "not " : "") + field(f);
  return (negate ? "not marked " : "marked ") + field(f);
}

/// "whose region, or “unknown” when it is missing," for a condition on a
/// field; none when the condition is not about one field.
std::optional<std::string> Explainer::fieldRelative(const Expr &e) {
  const FieldRefExpr *ref = fieldOf(&e);
  if (!ref || !ref->field)
    return std::nullopt;
  std::string out = "whose " + field(*ref->field);
  if (ref != &e)
    out += " (or " + noun(*cast<BinaryExpr>(e).rhs) + " when it is missing)";
  return out;
}

std::string Explainer::relative(const Dataset &d, const Expr &cond) {
  switch (cond.kind()) {
  case Expr::Kind::FieldRef:
    if (const Field *f = cast<FieldRefExpr>(cond).field)
      return flag(d, *f, false);
    break;
  case Expr::Kind::Unary: {
    const auto &u = cast<UnaryExpr>(cond);
    if (const auto *f = dyn_cast_or_null<FieldRefExpr>(u.operand.get()); f && f->field)
      return flag(d, *f->field, true);
    break;
  }
  case Expr::Kind::Binary: {
    const auto &b = cast<BinaryExpr>(cond);
    if ((b.op == BinaryOp::And || b.op == BinaryOp::Or) && b.lhs && b.rhs) {
      // `a and b and c` nests to the left: read as a loop, in linear time.
      std::vector<const BinaryExpr *> spine{&b};
      while (const auto *inner = dyn_cast<BinaryExpr>(spine.back()->lhs.get())) {
        if ((inner->op != BinaryOp::And && inner->op != BinaryOp::Or) || !inner->lhs || !inner->rhs)
          break;
        spine.push_back(inner);
      }
      std::string text = relative(d, *spine.back()->lhs);
      for (size_t i = spine.size(); i-- > 0;) {
        text += spine[i]->op == BinaryOp::And ? " and " : " or ";
        text += relative(d, *spine[i]->rhs);
      }
      return text;
    }
    if (b.rhs && b.rhs->kind() == Expr::Kind::Bool)
      break;
    if (b.lhs && b.op != BinaryOp::Coalesce)
      if (std::optional<std::string> whose = fieldRelative(*b.lhs))
        return *whose + " " + predicate(b, false);
    break;
  }
  case Expr::Kind::InSet: {
    const auto &s = cast<InSetExpr>(cond);
    std::vector<std::string> members;
    for (const ExprPtr &m : s.members)
      members.push_back(m ? noun(*m) : "?");
    if (s.value)
      if (std::optional<std::string> whose = fieldRelative(*s.value))
        return *whose + " is " + joinList(members, "or");
    break;
  }
  case Expr::Kind::IsMissing: {
    const auto &m = cast<IsMissingExpr>(cond);
    if (const auto *f = dyn_cast_or_null<FieldRefExpr>(m.value.get()); f && f->field) {
      std::string name = field(*f->field);
      return m.negated ? "with " + indefinite(name) + " " + name + " recorded"
                       : "with no " + name + " recorded";
    }
    break;
  }
  default:
    break;
  }
  return "for which " + clause(cond);
}

std::string Explainer::items(const Dataset &d, const Expr *filter, bool plural) {
  std::string noun = plural ? rows(d) : row(d);
  return filter ? noun + " " + relative(d, *filter) : noun;
}

//===----------------------------------------------------------------------===//
// Aggregates
//===----------------------------------------------------------------------===//

/// The per-row value of sum, avg, min, max and percentile as a noun
/// without its article: "latency", or "the total of (…)" for an expression.
std::string Explainer::aggregateValue(const AggregateExpr &a) {
  if (const auto *f = dyn_cast_or_null<FieldRefExpr>(a.value.get()); f && f->field)
    return field(*f->field);
  return a.value ? "value of " + operand(*a.value) : "value";
}

Explainer::Phrase Explainer::aggregate(const AggregateExpr &a) {
  if (!a.dataset)
    return {"a total over the data"};
  const Dataset &d = *a.dataset;
  std::string rowsText = items(d, a.filter.get(), true);
  std::string none = "If a period has no " + rowsText + ", ";
  const Dimension &dim = a.type.dim;
  bool time = dim == Dimension::timeDim(), data = dim == Dimension::dataDim();
  switch (a.fn) {
  case AggregateExpr::Fn::Count:
    return {"the number of " + rowsText};
  case AggregateExpr::Fn::Sum:
    return {"the total " + aggregateValue(a) + " of the " + rowsText};
  case AggregateExpr::Fn::Avg:
    note(none + "there is no average for that period.");
    return {"the average " + aggregateValue(a) + " of the " + rowsText};
  case AggregateExpr::Fn::Min:
  case AggregateExpr::Fn::Max: {
    bool max = a.fn == AggregateExpr::Fn::Max;
    std::string adjective = time   ? (max ? "longest" : "shortest")
                            : data ? (max ? "largest" : "smallest")
                                   : (max ? "highest" : "lowest");
    note(none + "there is no " + adjective + " value for that period.");
    return {"the " + adjective + " " + aggregateValue(a) + " of the " + rowsText};
  }
  case AggregateExpr::Fn::Share: {
    note(none + "the share is 100%.");
    std::string counted = a.condition ? " " + relative(d, *a.condition) : "";
    return {"the share of " + rowsText + counted};
  }
  case AggregateExpr::Fn::Percentile: {
    const auto *rank = dyn_cast_or_null<LiteralExpr>(a.rank.get());
    std::string which = rank ? ordinal(shiftDecimal(rank->value, 2))
                             : "percentile given by " + (a.rank ? noun(*a.rank) : "?") + ",";
    note("The " + which + " percentile is the smallest value that is at least as large as " +
         (rank ? formatPercent(rank->value) : std::string("that share")) + " of the values.");
    note(none + "there is no percentile for that period.");
    return {"the " + which + " percentile of the " + aggregateValue(a) + " of the " + rowsText};
  }
  case AggregateExpr::Fn::Covered:
    note("Where " + rows(d) + " overlap, the time is counted once.");
    return {"the total time covered by the " + rowsText};
  }
  return {"a total over the " + rowsText};
}

/// `count(ds) * 1 min`: "the minutes … (counted as 1 minute each)" as a span
/// of time, "1 minute for each minute …" as a value; none for other shapes.
std::optional<std::string> Explainer::countedTime(const BinaryExpr &b, bool asTimeSpan) {
  const Expr *count = isCount(b.lhs.get()) ? b.lhs.get() : b.rhs.get();
  const Expr *each = count == b.lhs.get() ? b.rhs.get() : b.lhs.get();
  const auto *lit = dyn_cast_or_null<LiteralExpr>(each);
  if (!isCount(count) || !lit || lit->type.dim != Dimension::timeDim())
    return std::nullopt;
  const auto &a = cast<AggregateExpr>(*count);
  if (asTimeSpan)
    return "the " + items(*a.dataset, a.filter.get(), true) + " (counted as " + quantity(*lit) +
           " each)";
  return quantity(*lit) + " for each " + items(*a.dataset, a.filter.get(), false);
}

std::string Explainer::timeSpan(const Expr &e) {
  if (const auto *b = dyn_cast<BinaryExpr>(&e); b && b->op == BinaryOp::Mul)
    if (std::optional<std::string> counted = countedTime(*b, true))
      return *counted;
  if (const auto *p = dyn_cast<FnParamRefExpr>(&e))
    return fnParam(*p, true).text;
  const auto *a = dyn_cast<AggregateExpr>(&e);
  if (!a || !a->dataset)
    return noun(e);
  std::string rowsText = items(*a->dataset, a->filter.get(), true);
  if (a->fn == AggregateExpr::Fn::Covered) {
    note("Where " + rows(*a->dataset) + " overlap, the time is counted once.");
    unsigned intervals = 0;
    for (const auto &f : a->dataset->fields)
      intervals += f->type.kind == Type::Kind::Interval ? 1 : 0;
    const auto *f = dyn_cast_or_null<FieldRefExpr>(a->value.get());
    if (intervals > 1 && f && f->field)
      return "the " + field(*f->field) + " of the " + rowsText;
    return "the " + rowsText;
  }
  if (a->fn == AggregateExpr::Fn::Sum)
    return "the " + aggregateValue(*a) + " of all " + rowsText;
  return noun(e);
}

} // namespace tenor::doc
