//===- Ast.h - The syntax tree of a Tenor module ----------------*- C++ -*-===//
//
// What the parse stage hands to later stages: a faithful, unresolved picture
// of the source. Names are plain strings, literals keep their source text
// (numbers stay exact decimals), and every node has the source range it came
// from. Nodes own their children through unique_ptr; the kinds support
// llvm::isa / dyn_cast through `classof`.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_AST_AST_H
#define TENOR_AST_AST_H

#include "tenor/core/TierKinds.h"
#include "tenor/core/WindowUnits.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tenor::ast {

/// A name as written, with where it was written.
struct Ident {
  std::string text;
  llvm::SMRange range;
  bool empty() const { return text.empty(); }
};

/// `a.b.c`
struct QualifiedName {
  std::vector<Ident> parts;
  llvm::SMRange range;
  std::string str() const;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

class Expr {
public:
  enum class Kind {
    Number,    ///< 42, 3.25, 1_000 (text without underscores)
    Percent,   ///< 99.95% (text of the number part)
    Quantity,  ///< 15 min, 1_000 USD
    String,    ///< "text" (escapes resolved)
    Bool,      ///< true, false
    Date,      ///< 2026-01-01
    Timestamp, ///< 2026-01-01T09:30:00Z
    Name,      ///< uptime
    Member,    ///< a.b
    Call,      ///< f(x, ds where c)
    Unary,     ///< -x, not x
    Binary,    ///< a + b, a and b, a ?? b, a < b
    InSet,     ///< x in {A, B}
    IsMissing, ///< x is missing, x is not missing
    If,        ///< if c then a else b
    Filter,    ///< ds where c (aggregate arguments, `each`, `from`)
  };
  Kind kind() const { return exprKind; }
  llvm::SMRange range;
  /// The height of the tree below and including this node (a leaf is 1).
  /// The parser bounds it (E0124), so that every later stage may recurse.
  unsigned depth = 1;
  virtual ~Expr() = default;

protected:
  Expr(Kind k, llvm::SMRange r) : range(r), exprKind(k) {}
  /// Sets `depth` from the children's.
  template <typename... Ptrs> void setDepth(const Ptrs &...children) {
    ((depth = std::max(depth, children ? children->depth + 1 : 1u)), ...);
  }
  template <typename Ptr> void setDepthOfAll(const std::vector<Ptr> &children) {
    for (const Ptr &c : children)
      setDepth(c);
  }

private:
  Kind exprKind;
};
using ExprPtr = std::unique_ptr<Expr>;

/// Number, Percent, Date, Timestamp and String literals: the kind says which.
class LiteralExpr : public Expr {
public:
  LiteralExpr(Kind k, llvm::SMRange r, std::string text) : Expr(k, r), text(std::move(text)) {}
  /// Normalized text: digits without `_` for numbers, the value for strings.
  std::string text;
  static bool classof(const Expr *e) {
    auto k = e->kind();
    return k == Kind::Number || k == Kind::Percent || k == Kind::String || k == Kind::Date ||
           k == Kind::Timestamp;
  }
};

class QuantityExpr : public Expr {
public:
  QuantityExpr(llvm::SMRange r, std::string number, std::string unit)
      : Expr(Kind::Quantity, r), number(std::move(number)), unit(std::move(unit)) {}
  std::string number; ///< exact decimal text, without `_`
  std::string unit;   ///< as written: min, USD, GB
  static bool classof(const Expr *e) { return e->kind() == Kind::Quantity; }
};

class BoolExpr : public Expr {
public:
  BoolExpr(llvm::SMRange r, bool value) : Expr(Kind::Bool, r), value(value) {}
  bool value;
  static bool classof(const Expr *e) { return e->kind() == Kind::Bool; }
};

class NameExpr : public Expr {
public:
  NameExpr(llvm::SMRange r, std::string name) : Expr(Kind::Name, r), name(std::move(name)) {}
  std::string name;
  static bool classof(const Expr *e) { return e->kind() == Kind::Name; }
};

class MemberExpr : public Expr {
public:
  MemberExpr(llvm::SMRange r, ExprPtr base, Ident member)
      : Expr(Kind::Member, r), base(std::move(base)), member(std::move(member)) {
    setDepth(this->base);
  }
  ExprPtr base;
  Ident member;
  static bool classof(const Expr *e) { return e->kind() == Kind::Member; }
};

class CallExpr : public Expr {
public:
  CallExpr(llvm::SMRange r, ExprPtr callee, std::vector<ExprPtr> args)
      : Expr(Kind::Call, r), callee(std::move(callee)), args(std::move(args)) {
    setDepth(this->callee);
    setDepthOfAll(this->args);
  }
  ExprPtr callee;
  std::vector<ExprPtr> args;
  static bool classof(const Expr *e) { return e->kind() == Kind::Call; }
};

enum class UnaryOp { Neg, Not };
enum class BinaryOp { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Coalesce, Add, Sub, Mul, Div };
llvm::StringRef spelling(UnaryOp op);
llvm::StringRef spelling(BinaryOp op);

class UnaryExpr : public Expr {
public:
  UnaryExpr(llvm::SMRange r, UnaryOp op, ExprPtr operand)
      : Expr(Kind::Unary, r), op(op), operand(std::move(operand)) {
    setDepth(this->operand);
  }
  UnaryOp op;
  ExprPtr operand;
  static bool classof(const Expr *e) { return e->kind() == Kind::Unary; }
};

class BinaryExpr : public Expr {
public:
  BinaryExpr(llvm::SMRange r, BinaryOp op, llvm::SMLoc opLoc, ExprPtr lhs, ExprPtr rhs)
      : Expr(Kind::Binary, r), op(op), opLoc(opLoc), lhs(std::move(lhs)), rhs(std::move(rhs)) {
    setDepth(this->lhs, this->rhs);
  }
  BinaryOp op;
  llvm::SMLoc opLoc;
  ExprPtr lhs, rhs;
  static bool classof(const Expr *e) { return e->kind() == Kind::Binary; }
};

class InSetExpr : public Expr {
public:
  InSetExpr(llvm::SMRange r, ExprPtr value, std::vector<ExprPtr> members)
      : Expr(Kind::InSet, r), value(std::move(value)), members(std::move(members)) {
    setDepth(this->value);
    setDepthOfAll(this->members);
  }
  ExprPtr value;
  std::vector<ExprPtr> members;
  static bool classof(const Expr *e) { return e->kind() == Kind::InSet; }
};

class IsMissingExpr : public Expr {
public:
  IsMissingExpr(llvm::SMRange r, ExprPtr value, bool negated)
      : Expr(Kind::IsMissing, r), value(std::move(value)), negated(negated) {
    setDepth(this->value);
  }
  ExprPtr value;
  bool negated; ///< `is not missing`
  static bool classof(const Expr *e) { return e->kind() == Kind::IsMissing; }
};

class IfExpr : public Expr {
public:
  IfExpr(llvm::SMRange r, ExprPtr cond, ExprPtr thenExpr, ExprPtr elseExpr)
      : Expr(Kind::If, r), cond(std::move(cond)), thenExpr(std::move(thenExpr)),
        elseExpr(std::move(elseExpr)) {
    setDepth(this->cond, this->thenExpr, this->elseExpr);
  }
  ExprPtr cond, thenExpr, elseExpr;
  static bool classof(const Expr *e) { return e->kind() == Kind::If; }
};

/// `source where condition`
class FilterExpr : public Expr {
public:
  FilterExpr(llvm::SMRange r, ExprPtr source, ExprPtr condition)
      : Expr(Kind::Filter, r), source(std::move(source)), condition(std::move(condition)) {
    setDepth(this->source, this->condition);
  }
  ExprPtr source, condition;
  static bool classof(const Expr *e) { return e->kind() == Kind::Filter; }
};

//===----------------------------------------------------------------------===//
// Pieces shared by declarations
//===----------------------------------------------------------------------===//

/// `T`, `T?`, `duration in ms`
struct TypeRef {
  QualifiedName name;
  bool optional = false;
  std::optional<Ident> unit; ///< `in ms`
  llvm::SMRange range;
};

/// `name ["title"]: type [in unit] [= expr]` in a schema or data block.
struct Field {
  Ident name;
  std::string title;
  TypeRef type;
  ExprPtr derived; ///< null for fields read from the data
  std::string doc;
  llvm::SMRange range;
};

/// core/WindowUnits.def
using WindowUnit = core::WindowUnit;
llvm::StringRef spelling(WindowUnit u);

/// `every [N] month`, `every rolling 30 d`
struct Window {
  bool rolling = false;
  std::string count = "1"; ///< N of a calendar window
  WindowUnit unit = WindowUnit::Month;
  ExprPtr rollingLength; ///< the duration of a rolling window
  llvm::SMRange range;
};

/// `2 months` (a calendar span) or a duration expression (`30 d`).
struct Span {
  std::optional<WindowUnit> calendarUnit;
  std::string count = "1";
  ExprPtr duration;
  llvm::SMRange range;
};

/// core/TierKinds.def
using TierKind = core::TierKind;
llvm::StringRef spelling(TierKind k);

struct Tier {
  TierKind kind;
  ExprPtr threshold;
  /// The second condition of a range line (`at most 99.9% and at least
  /// 99.0%`, LANGUAGE.md 11.6); no threshold: a one-condition line.
  TierKind andKind = TierKind::Below;
  ExprPtr andThreshold;
  ExprPtr amount;
  std::string doc;
  llvm::SMRange range;
};

/// `SUBJECT breached|met N consecutive months | N of last M months | over term`
struct Condition {
  enum class Subject { Named, AllObjectives, AnyObjective } subject = Subject::Named;
  Ident name; ///< when Named
  bool breached = true;
  enum class Form { Consecutive, OfLast, OverTerm } form = Form::OverTerm;
  std::string count, outOf; ///< N, and M of `N of last M`
  WindowUnit unit = WindowUnit::Month;
  llvm::SMRange range;
};

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

class Decl {
public:
  enum class Kind {
    // top level
    Agreement,
    Schema,
    Enum,
    Calendar,
    Fn,
    Const,
    // agreement items
    Setting,
    Parties,
    Service,
    Data,
    Param,
    Metric,
    Objective,
    Obligation,
    Duty,
    Exclude,
    Remedy,
    Holdback,
    TotalCap,
    Report,
    Termination,
    Clause,
    Review,
  };
  Kind kind() const { return declKind; }
  Ident name;        ///< empty for items without a name (settings, termination)
  std::string title; ///< the optional `"title"` after the name
  std::string doc;   ///< `///` comments before it, joined by newlines
  llvm::SMRange range;
  virtual ~Decl() = default;

protected:
  explicit Decl(Kind k) : declKind(k) {}

private:
  Kind declKind;
};
using DeclPtr = std::unique_ptr<Decl>;

template <Decl::Kind K> class DeclOf : public Decl {
public:
  DeclOf() : Decl(K) {}
  static bool classof(const Decl *d) { return d->kind() == K; }
};

struct EnumMember {
  Ident name;
  std::string title, doc;
  llvm::SMRange range;
};
class EnumDecl : public DeclOf<Decl::Kind::Enum> {
public:
  std::vector<EnumMember> members;
};

class SchemaDecl : public DeclOf<Decl::Kind::Schema> {
public:
  std::vector<Field> fields;
};

struct CalendarHours {
  std::vector<Ident> days; ///< a comma list, or the two ends of a range
  bool dayRange = false;   ///< `monday..friday`
  std::string from, to;    ///< HH:MM
  llvm::SMRange range;
};
struct DateRange {
  std::string first, last; ///< equal for a single date
  llvm::SMRange range;
};
class CalendarDecl : public DeclOf<Decl::Kind::Calendar> {
public:
  std::optional<std::string> timezone;
  std::vector<CalendarHours> hours;
  std::vector<DateRange> except;
};

struct FnParam {
  Ident name;
  TypeRef type;
  llvm::SMRange range;
};
class FnDecl : public DeclOf<Decl::Kind::Fn> {
public:
  std::vector<FnParam> params;
  TypeRef result;
  ExprPtr body;
};

class ConstDecl : public DeclOf<Decl::Kind::Const> {
public:
  std::optional<TypeRef> type;
  ExprPtr value;
};

/// version, kind, effective, timezone, currency, incorporates: one-line settings.
class SettingDecl : public DeclOf<Decl::Kind::Setting> {
public:
  enum class Which { Version, Kind, Effective, Timezone, Currency, Incorporates } which;
  std::string value;    ///< version/timezone text, kind/currency name, first date
  std::string until;    ///< effective: the last day, if written
  QualifiedName master; ///< incorporates
  llvm::SMRange valueRange;
};

struct Party {
  Ident role; ///< provider | customer | team
  Ident name;
  std::string legalName, doc;
  llvm::SMRange range;
};
class PartiesDecl : public DeclOf<Decl::Kind::Parties> {
public:
  std::vector<Party> parties;
};

class ServiceDecl : public DeclOf<Decl::Kind::Service> {
public:
  std::vector<std::string> description;
  bool roundTheClock = false;
  std::optional<QualifiedName> hoursCalendar;
};

class DataDecl : public DeclOf<Decl::Kind::Data> {
public:
  std::optional<QualifiedName> schema; ///< `data x: schema`
  std::vector<Field> fields;
  std::optional<Ident> timeKey; ///< `time field`
  std::optional<Span> every;    ///< `every D`: sampled (LANGUAGE.md 11.2)
};

class ParamDecl : public DeclOf<Decl::Kind::Param> {
public:
  TypeRef type;
  ExprPtr defaultValue;
};

class MetricDecl : public DeclOf<Decl::Kind::Metric> {
public:
  TypeRef type;
  ExprPtr formula;
};

class ObjectiveDecl : public DeclOf<Decl::Kind::Objective> {
public:
  std::optional<Ident> by;
  std::vector<Ident> services;
  ExprPtr target;
  std::optional<Window> window;
  std::optional<Ident> ifNoData;     ///< met | breached | unknown
  std::optional<Ident> ifIncomplete; ///< measured | met | breached | unknown
};

/// The `must` line of an obligation, in one of its three forms.
struct MustClause {
  enum class Form { Condition, Within, Deliver } form = Form::Condition;
  ExprPtr condition; ///< Condition; the completion time for Within
  ExprPtr deadline;  ///< Within, Deliver: the allowed duration
  /// `within N business days`: `deadline` is N.
  bool businessDays = false;
  std::optional<Ident> calendar;
  ExprPtr anchor;          ///< Within: the start time
  std::string deliverable; ///< Deliver
  llvm::SMRange range;
};
class ObligationDecl : public DeclOf<Decl::Kind::Obligation> {
public:
  std::optional<Ident> by;
  ExprPtr each; ///< a dataset, usually a FilterExpr
  std::optional<MustClause> must;
  ExprPtr target;
  std::optional<Window> window;
  std::optional<Ident> onBreachOf;
};

class DutyDecl : public DeclOf<Decl::Kind::Duty> {
public:
  Ident party; ///< in `name`
  std::string text;
};

class ExcludeDecl : public DeclOf<Decl::Kind::Exclude> {
public:
  std::vector<ExprPtr> from;   ///< `from ds where c`
  std::vector<ExprPtr> during; ///< `during S`: an interval set (LANGUAGE.md 11.7)
  std::vector<std::string> description;
};

class RemedyDecl : public DeclOf<Decl::Kind::Remedy> {
public:
  enum class Which { Credit, Penalty, Bonus } which = Which::Credit;
  std::optional<Ident> forName;
  ExprPtr base;
  ExprPtr tierMeasure; ///< `by EXPR { tiers }`
  std::vector<Tier> tiers;
  ExprPtr amount, cap, minimum;
  std::optional<Span> claimWithin;
};

class HoldbackDecl : public DeclOf<Decl::Kind::Holdback> {
public:
  ExprPtr base, amount;
  std::optional<Condition> releasedIf;
};

/// `cap total credits, penalties 15% of monthly_fee per month`
class TotalCapDecl : public DeclOf<Decl::Kind::TotalCap> {
public:
  std::vector<Ident> kinds; ///< credits | penalties | bonuses, as written
  ExprPtr amount;
  ExprPtr of;
  WindowUnit per = WindowUnit::Month;
};

class ReportDecl : public DeclOf<Decl::Kind::Report> {
public:
  std::optional<Ident> by;
  std::vector<Ident> to;
  std::optional<Window> window;
  ExprPtr due, dueAfter;
  std::vector<Ident> include;
};

struct TerminationRight {
  Ident party;                        ///< a party name or `either`
  std::optional<Condition> condition; ///< none: for convenience
  ExprPtr notice;
  llvm::SMRange range;
};
class TerminationDecl : public DeclOf<Decl::Kind::Termination> {
public:
  ExprPtr notice;
  std::vector<TerminationRight> rights;
};

class ClauseDecl : public DeclOf<Decl::Kind::Clause> {
public:
  std::string text;
};

class ReviewDecl : public DeclOf<Decl::Kind::Review> {
public:
  Window window;
};

class AgreementDecl : public DeclOf<Decl::Kind::Agreement> {
public:
  std::vector<DeclPtr> items;
  llvm::SMLoc openBrace;
};

struct Import {
  bool isFile = false;  ///< `import "./x.tenor"` rather than `import std.x`
  QualifiedName module; ///< std.x
  std::string path;     ///< ./x.tenor
  std::optional<Ident> alias;
  llvm::SMRange range;
};

/// One source file.
struct Module {
  std::string doc; ///< `//!` lines
  std::vector<Import> imports;
  std::vector<DeclPtr> decls;
};

} // namespace tenor::ast

#endif
