//===- Explain.h - IR names and expressions in plain words ------*- C++ -*-===//
//
// The Explainer turns what the IR holds into the words of a contract: the
// defined terms of metrics and parameters, datasets as nouns ("support
// tickets"), windows ("each calendar month"), calendars ("Monday to Friday,
// 09:00 to 17:00 (America/New_York time)"), and expressions, as noun phrases
// ("the number of minutes in which the region was unavailable") or as
// clauses ("the Monthly Uptime Percentage is at least 99.99%").
//
// Words come from what the author wrote where there is something: titles and
// doc comments first, then names (`monthly_charges` reads "Monthly
// Charges"). A few shapes that formulas commonly take get an idiom of their
// own, e.g. `1 - X / period.length` reads "the share of the period that is
// not taken up by X"; everything else is read operator by operator, with
// parentheses where English would be ambiguous.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_EXPLAIN_H
#define TENOR_DOC_EXPLAIN_H

#include "ir/Ir.h"

#include <optional>
#include <string>
#include <vector>

namespace tenor::doc {

class Explainer {
public:
  explicit Explainer(const ir::Agreement &agreement) : agreement(agreement) {}

  //===--- Names (ExplainNames.cpp) ---===//

  /// The defined term of a metric: its title, else its name in title case.
  std::string term(const ir::Metric &m) const;
  /// The defined term of a parameter: its name in title case.
  std::string term(const ir::Param &p) const;
  /// "the Region availability objective".
  std::string objective(const ir::Objective &o) const;
  /// "the “Respond to Priority 1 tickets” responsibility".
  std::string obligation(const ir::Obligation &o) const;
  /// A party's legal name; "each party" for null (`either`).
  std::string party(const ir::Party *p) const;
  /// "Provider", "Customer", "Team".
  static std::string role(const ir::Party &p);
  /// The rows of a dataset as a plural noun ("support tickets").
  std::string rows(const ir::Dataset &d) const;
  /// One row of a dataset ("support ticket").
  std::string row(const ir::Dataset &d) const;
  /// A field as a noun ("latency", "time spent queued").
  std::string field(const ir::Field &f) const;
  /// "each calendar month", "each rolling 30-day period".
  std::string each(const ir::Window &w) const;
  /// "calendar month", "period of 3 calendar months".
  std::string period(const ir::Window &w) const;
  /// "calendar months", "rolling 30-day periods".
  std::string periods(const ir::Window &w) const;
  /// "calendar months" for a condition's unit.
  static std::string periods(ir::WindowUnit u);
  /// "2 months" for a calendar span or a duration.
  std::string span(const ir::Span &s) const;
  /// "Monday to Friday, 09:00 to 17:00 (America/New_York time), except …".
  std::string calendarHours(const ir::Calendar &c) const;
  /// "8 business hours" for a deadline counted in calendar time.
  std::string calendarDuration(const ir::Expr &deadline, const ir::Calendar &c);
  /// "3 business days in US business hours" (LANGUAGE.md 11.5).
  std::string businessDays(const ir::Expr &count, const ir::Calendar &c) const;
  /// "10 calendar days" for a deadline counted in days of the agreement's
  /// zone; a duration that is not whole days in its own words.
  std::string calendarDays(const ir::Expr &deadline);
  /// The condition of a termination right or holdback: "the X objective is
  /// not met in 3 consecutive calendar months".
  std::string condition(const ir::Condition &c) const;

  //===--- Expressions (ExplainExprs.cpp) ---===//

  /// A value as a noun phrase: "the Monthly Charges", "99.99%".
  std::string noun(const ir::Expr &e);
  /// A boolean as a clause: "the Error Rate is at most 0.5%".
  std::string clause(const ir::Expr &e);
  /// The text of a literal quantity in its unit: "15 minutes".
  std::string quantity(const ir::LiteralExpr &lit, bool asPercent = false) const;

  //===--- Rows (ExplainRows.cpp) ---===//

  /// A row filter as a relative clause: "whose priority is P1 (Critical)",
  /// "in which the region was unavailable".
  std::string relative(const ir::Dataset &d, const ir::Expr &condition);
  /// "support tickets whose priority is P1 (Critical)", or the singular.
  std::string items(const ir::Dataset &d, const ir::Expr *filter, bool plural);

  /// The next metric reference reads "the Term of SUFFIX" (the services an
  /// objective covers).
  void setMetricSuffix(std::string suffix) { metricSuffix = std::move(suffix); }
  /// While set, fields read "its X": the phrase is about one item.
  void setItemContext(bool on) { itemContext = on; }
  /// Sentences that qualify the phrases made since the last call ("If there
  /// are no HTTP requests in a period, the share is 100%."), in order, once.
  std::vector<std::string> takeNotes();

private:
  /// A phrase and whether it needs parentheses as an operand.
  struct Phrase {
    std::string text;
    bool compound = false;
    /// An idiom of arithmetic ("the share of the period taken up by X"):
    /// it keeps its parentheses inside a chain of the same operator.
    bool idiom = false;
  };

  Phrase phrase(const ir::Expr &e);
  Phrase leaf(const ir::Expr &e);
  std::string operand(const ir::Expr &e);
  Phrase arithmetic(const ir::BinaryExpr &b);
  Phrase idiom(const ir::BinaryExpr &b);
  Phrase ifChain(const ir::IfExpr &e);
  Phrase builtin(const ir::BuiltinExpr &b);
  Phrase call(const ir::CallExpr &c);
  Phrase fnParam(const ir::FnParamRefExpr &p, bool asTimeSpan);
  Phrase obligationStat(const ir::ObligationStatExpr &s);
  std::string comparison(const ir::BinaryExpr &b, bool negate);
  std::string predicate(const ir::BinaryExpr &b, bool negate);
  std::string negated(const ir::Expr &e);
  std::string logical(const ir::BinaryExpr &b);
  std::string coalescedClause(const ir::BinaryExpr &b);
  std::string literalText(const ir::Expr &e, bool asPercent);

  Phrase aggregate(const ir::AggregateExpr &a);
  std::string aggregateValue(const ir::AggregateExpr &a);
  std::string timeSpan(const ir::Expr &e);
  std::optional<std::string> countedTime(const ir::BinaryExpr &b, bool asTimeSpan);
  std::string flag(const ir::Dataset &d, const ir::Field &f, bool negate) const;
  std::optional<std::string> fieldRelative(const ir::Expr &cond);
  void note(std::string text);

  const ir::Agreement &agreement;
  std::string metricSuffix;
  bool itemContext = false;
  /// Arguments of the function calls being read, innermost last.
  std::vector<const std::vector<ir::ExprPtr> *> callArgs;
  std::vector<std::string> notes;
};

/// Whether a value reads as a share (a percent, `a / b` of one dimension).
bool isShareLike(const ir::Expr &e);

/// "Priority 1 (Critical)": an enum member wherever the contract names it,
/// by its title, never its source name (LANGUAGE.md 12.4).
std::string memberLabel(const ir::EnumMember &m);

} // namespace tenor::doc

#endif
