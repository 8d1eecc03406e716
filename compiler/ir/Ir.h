//===- Ir.h - The typed intermediate representation -------------*- C++ -*-===//
//
// What sema produces and every back end (evaluator code generation, contract
// documents) reads. Unlike the AST, every name here points at its
// declaration, every expression has a Type, quantities are normalized to base
// units (seconds, bytes, currency units, fractions for percents) as exact
// decimal text, windows and tiers are normalized, and inherited parts of a
// master agreement are already merged in. The IR is owned by an ir::Program;
// nodes point at each other with plain pointers into it.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_IR_H
#define TENOR_IR_IR_H

#include "ir/Type.h"
#include "tenor/core/Conditions.h"
#include "tenor/core/RemedyKinds.h"
#include "tenor/core/TierKinds.h"
#include "tenor/core/WindowUnits.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/SMLoc.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tenor::ir {

struct Field;
struct Dataset;
struct IntervalSet;
struct Param;
struct Const;
struct Metric;
struct Function;
struct Objective;
struct Obligation;
struct Calendar;
struct Party;

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

class Expr {
public:
  enum class Kind {
    Number, ///< exact decimal in base units (`15 min` is 900 s; 99.9% is 0.999)
    Bool,
    String,
    Timestamp, ///< RFC 3339 text
    Date,      ///< YYYY-MM-DD
    EnumValue, ///< a member of an enum
    FieldRef,  ///< a field of the row being filtered or aggregated
    ParamRef,
    ConstRef,
    MetricRef,
    FnParamRef,     ///< a parameter inside a function body
    PeriodAttr,     ///< period.start, period.end, period.length
    ObligationStat, ///< name.items, .breaches, .pending, .compliance
    DatasetRef,     ///< a dataset as an aggregate argument
    Unary,
    Binary,
    InSet,
    IsMissing,
    If,
    Call,    ///< a user function
    Builtin, ///< min(a, b), max(a, b), abs(x)
    Aggregate,
  };
  Kind kind() const { return exprKind; }
  Type type;
  llvm::SMRange range;
  virtual ~Expr() = default;

protected:
  Expr(Kind k, Type t, llvm::SMRange r) : type(std::move(t)), range(r), exprKind(k) {}

private:
  Kind exprKind;
};
using ExprPtr = std::unique_ptr<Expr>;

template <Expr::Kind K> struct ExprOf : Expr {
  ExprOf(Type t, llvm::SMRange r) : Expr(K, std::move(t), r) {}
  static bool classof(const Expr *e) { return e->kind() == K; }
};

/// Number, String, Timestamp, Date literals.
struct LiteralExpr : Expr {
  LiteralExpr(Kind k, Type t, llvm::SMRange r, std::string value)
      : Expr(k, std::move(t), r), value(std::move(value)) {}
  std::string value;    ///< numbers: exact decimal in base units
  std::string spelling; ///< as written (`15 min`, `99.99%`), for documents
  static bool classof(const Expr *e) {
    auto k = e->kind();
    return k == Kind::Number || k == Kind::String || k == Kind::Timestamp || k == Kind::Date;
  }
};

struct BoolExpr : ExprOf<Expr::Kind::Bool> {
  BoolExpr(llvm::SMRange r, bool v) : ExprOf(Type::boolean(), r), value(v) {}
  bool value;
};

struct EnumValueExpr : ExprOf<Expr::Kind::EnumValue> {
  using ExprOf::ExprOf;
  unsigned index = 0; ///< into type.enumType->members
};

struct FieldRefExpr : ExprOf<Expr::Kind::FieldRef> {
  using ExprOf::ExprOf;
  const Field *field = nullptr;
};
struct ParamRefExpr : ExprOf<Expr::Kind::ParamRef> {
  using ExprOf::ExprOf;
  const Param *param = nullptr;
};
struct ConstRefExpr : ExprOf<Expr::Kind::ConstRef> {
  using ExprOf::ExprOf;
  const Const *constant = nullptr;
};
struct MetricRefExpr : ExprOf<Expr::Kind::MetricRef> {
  using ExprOf::ExprOf;
  const Metric *metric = nullptr;
};
struct FnParamRefExpr : ExprOf<Expr::Kind::FnParamRef> {
  using ExprOf::ExprOf;
  unsigned index = 0;
  std::string name;
};
struct PeriodAttrExpr : ExprOf<Expr::Kind::PeriodAttr> {
  using ExprOf::ExprOf;
  enum class Attr { Start, End, Length } attr = Attr::Length;
};
struct ObligationStatExpr : ExprOf<Expr::Kind::ObligationStat> {
  using ExprOf::ExprOf;
  const Obligation *obligation = nullptr;
  enum class Stat { Items, Breaches, Pending, Compliance } stat = Stat::Items;
};
struct DatasetRefExpr : ExprOf<Expr::Kind::DatasetRef> {
  using ExprOf::ExprOf;
  const Dataset *dataset = nullptr;
};

enum class UnaryOp { Neg, Not };
enum class BinaryOp { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Coalesce, Add, Sub, Mul, Div };
const char *spelling(UnaryOp op);
const char *spelling(BinaryOp op);

struct UnaryExpr : ExprOf<Expr::Kind::Unary> {
  using ExprOf::ExprOf;
  UnaryOp op = UnaryOp::Neg;
  ExprPtr operand;
};
struct BinaryExpr : ExprOf<Expr::Kind::Binary> {
  using ExprOf::ExprOf;
  BinaryOp op = BinaryOp::Add;
  ExprPtr lhs, rhs;
};
struct InSetExpr : ExprOf<Expr::Kind::InSet> {
  using ExprOf::ExprOf;
  ExprPtr value;
  std::vector<ExprPtr> members;
};
struct IsMissingExpr : ExprOf<Expr::Kind::IsMissing> {
  using ExprOf::ExprOf;
  ExprPtr value;
  bool negated = false;
};
struct IfExpr : ExprOf<Expr::Kind::If> {
  using ExprOf::ExprOf;
  ExprPtr cond, thenExpr, elseExpr;
};
struct CallExpr : ExprOf<Expr::Kind::Call> {
  using ExprOf::ExprOf;
  const Function *fn = nullptr;
  std::vector<ExprPtr> args;
};
struct BuiltinExpr : ExprOf<Expr::Kind::Builtin> {
  using ExprOf::ExprOf;
  enum class Fn { Min, Max, Abs, IntervalStart, IntervalEnd, IntervalLength } fn = Fn::Min;
  std::vector<ExprPtr> args;
};

/// count, sum, avg, min, max, share, percentile, covered over one dataset.
struct AggregateExpr : ExprOf<Expr::Kind::Aggregate> {
  using ExprOf::ExprOf;
  enum class Fn { Count, Sum, Avg, Min, Max, Share, Percentile, Covered } fn = Fn::Count;
  const Dataset *dataset = nullptr;
  ExprPtr value;     ///< per-row value (a field expression); null for count/share
  ExprPtr filter;    ///< per-row condition (`where`); null when none
  ExprPtr condition; ///< share: the condition counted
  ExprPtr rank;      ///< percentile: p as a fraction
};
const char *spelling(AggregateExpr::Fn fn);

/// Calls `visit` on each direct child expression of `e`, in source order.
void forEachChild(const Expr &e, const std::function<void(const Expr &)> &visit);

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

/// What every named declaration has.
struct Named {
  std::string name, title, doc;
  llvm::SMRange range;
  /// The title when written, else the name.
  const std::string &displayName() const { return title.empty() ? name : title; }
};

struct EnumMember {
  std::string name, title, doc;
};
struct EnumType : Named {
  std::vector<EnumMember> members;
};

struct Field : Named {
  Type type;
  unsigned index = 0;             ///< position in its dataset
  int64_t unitMicros = 1'000'000; ///< duration fields: the unit the data is written in
  ExprPtr derived;                ///< computed from other fields of the row
};

struct Dataset : Named {
  std::vector<std::unique_ptr<Field>> fields;
  const Field *timeKey = nullptr;
  /// Exclusions: rows matching any of these are removed before metrics.
  std::vector<const Expr *> exclusions;
  /// Sampled data (LANGUAGE.md 11.2): one row is expected every
  /// `stepSeconds` (exact decimal seconds that divide 24 h) from each local
  /// midnight, and an expected row that is missing is a gap. Empty: events,
  /// complete up to the as-of time.
  std::string stepSeconds;
  std::string stepSpelling; ///< as written ("1 min"), for the contract
  bool sampled() const { return !stepSeconds.empty(); }
  /// `during` exclusions that remove time from this dataset (sema decides
  /// which datasets: LANGUAGE.md 11.7, docs/language.md).
  std::vector<const IntervalSet *> excludedTime;
  const Field *field(const std::string &name) const;
};

/// A day of 24 hours, the span every sampling step divides.
constexpr int64_t microsPerDay = 86400LL * 1000000;
/// Decimal seconds as whole microseconds; 0 when negative, not a whole
/// number of microseconds, or longer than a day.
int64_t stepMicros(llvm::StringRef seconds);
/// Whether a sampling step of `seconds` divides 24 hours (LANGUAGE.md 11.2).
bool dividesDay(llvm::StringRef seconds);

struct Party : Named {
  enum class Role { Provider, Customer, Team } role = Role::Provider;
  std::string legalName;
};

/// A calendar as one agreement uses it: sema makes one per declaration and
/// time zone, so a calendar declared without `timezone` used by agreements
/// in two zones is two calendars here.
struct Calendar : Named {
  /// The zone its hours are in: as written, else the agreement's. Never empty.
  std::string timezone;
  struct Hours {
    unsigned weekday; ///< a row of core/Weekdays.def: 0 = Monday … 6 = Sunday
    unsigned fromMinute, toMinute;
  };
  std::vector<Hours> hours;
  struct Closed {
    std::string first, last; ///< inclusive dates
  };
  std::vector<Closed> except;
};

struct Service : Named {
  std::vector<std::string> description;
  bool roundTheClock = false;
  const Calendar *hours = nullptr;
};

struct Param : Named {
  Type type;
  ExprPtr defaultValue;
};

struct Const : Named {
  Type type;
  ExprPtr value;
};

struct Function : Named {
  std::vector<std::pair<std::string, Type>> params;
  Type result;
  ExprPtr body;
};

struct Metric : Named {
  Type type;
  ExprPtr formula;
};

/// core/WindowUnits.def
using WindowUnit = core::WindowUnit;
const char *spelling(WindowUnit u);

struct Window {
  WindowUnit unit = WindowUnit::Month;
  unsigned count = 1;
  bool rolling = false;
  std::string rollingSeconds; ///< exact decimal
  llvm::SMRange range;
};

enum class NoDataOutcome { Met, Breached, Unknown };
/// What an incomplete period of an objective is (`if incomplete`,
/// LANGUAGE.md 11.2): Measured evaluates the data there is.
enum class IncompleteOutcome { Measured, Met, Breached, Unknown };

struct Objective : Named {
  const Party *by = nullptr; ///< as written, else the agreement's provider
  std::vector<const Service *> services;
  ExprPtr target; ///< a bool over metrics of the period
  Window window;
  NoDataOutcome ifNoData = NoDataOutcome::Unknown;
  IncompleteOutcome ifIncomplete = IncompleteOutcome::Measured;
  /// The datasets its target reads, through metrics and obligations, in
  /// declaration order: a gap in a sampled one makes a period partial.
  std::vector<const Dataset *> reads;
};

struct Obligation : Named {
  /// Items: measured per item of `each`, per period of `window`.
  /// CorrectiveAction: no items; falls due after each period in which
  /// `onBreachOf` (or `onBreachOfObligation`) was not met.
  enum class Kind { Items, CorrectiveAction } kind = Kind::Items;
  const Party *by = nullptr;     ///< as written, else the agreement's provider
  const Dataset *each = nullptr; ///< null for corrective actions
  ExprPtr eachFilter;
  /// What names an item in `breached_items`: the first non-optional text
  /// field of `each`; null when it has none, and the item's time key (in
  /// RFC 3339) names it.
  const Field *itemId = nullptr;
  enum class Form { Condition, Within, Deliver } form = Form::Condition;
  ExprPtr condition; ///< Condition; Within: the completion time
  ExprPtr deadline;  ///< Within/Deliver: a duration; BusinessDays: a count
  /// How the deadline is counted (LANGUAGE.md 11.5). Elapsed: real time
  /// (`within 4 h`). CalendarTime: time inside `calendar`, paused while it
  /// is closed. BusinessDays: to the closing time of the N-th day with hours
  /// in `calendar`. CalendarDays: local days of the agreement's zone (the
  /// deadline of a corrective action).
  enum class Clock { Elapsed, CalendarTime, BusinessDays, CalendarDays } clock = Clock::Elapsed;
  /// The calendar of CalendarTime and BusinessDays.
  const Calendar *calendar = nullptr;
  ExprPtr anchor;                   ///< Within: the start time
  std::string deliverable;          ///< Deliver
  std::string targetFraction = "1"; ///< share of items on time
  std::string targetSpelling = "100%";
  Window window;
  const Objective *onBreachOf = nullptr;
  const Obligation *onBreachOfObligation = nullptr;
  /// The datasets its items and deadlines read (`each`), in declaration order.
  std::vector<const Dataset *> reads;
};

/// `elapsed`, `calendar time`, `business days`, `calendar days`.
const char *spelling(Obligation::Clock c);

struct Duty {
  const Party *party = nullptr; ///< null: either party
  std::string text;
  llvm::SMRange range;
};

/// An interval set (LANGUAGE.md 11.3). So far one form: `ds.f where c`,
/// the union of the interval field f over the rows of ds that satisfy c;
/// the functions of 11.3 (spans, at_least, whole, ...) add kinds.
struct IntervalSet {
  enum class Kind { FieldUnion } kind = Kind::FieldUnion;
  const Dataset *dataset = nullptr;
  const Field *field = nullptr; ///< an interval field of `dataset`
  ExprPtr filter;               ///< null: every row
};

struct Exclusion : Named {
  struct From {
    const Dataset *dataset;
    ExprPtr filter; ///< rows matching it are excluded
  };
  std::vector<From> from; ///< empty for text-only exclusions
  /// `during S`: time removed from the datasets whose `excludedTime` names it.
  std::vector<std::unique_ptr<IntervalSet>> during;
  /// Neither `from` nor `during`: the evaluator cannot apply it; the
  /// contract offers it as a claim the parties decide.
  bool textOnly() const { return from.empty() && during.empty(); }
  std::vector<std::string> description;
};

/// An amount of a remedy, holdback or cap: money in the agreement's
/// currency, or a share (a fraction) of a base.
struct Amount {
  enum class Kind { Money, ShareOfBase } kind = Kind::Money;
  ExprPtr value;
};
const char *spelling(Amount::Kind k);
/// The expression of an amount that may be absent; null when it is.
inline const Expr *valueOf(const std::optional<Amount> &a) { return a ? a->value.get() : nullptr; }

/// core/TierKinds.def
using TierKind = core::TierKind;
const char *spelling(TierKind k);

/// One end of a tier's range: a threshold of the table (owned by one of
/// its tiers) and whether the range includes it.
struct Bound {
  const Expr *value = nullptr;
  bool inclusive = false;
};

/// The measure values a tier line pays for; no lower or upper bound: open
/// on that side. The ranges of a table are disjoint (sema checks literal
/// thresholds: nested lines, or range lines that do not overlap); the
/// evaluator pays the last range that holds the measure, which is then the
/// only one.
struct TierRange {
  std::optional<Bound> lower, upper;
};

struct Tier {
  TierKind kind; ///< the line as written: `below` …
  ExprPtr threshold;
  Amount amount;
  /// What the line pays for: in a nested table given the lines after it,
  /// in a range table (11.6) its own conditions only.
  TierRange values;
  std::string doc;
  llvm::SMRange range;
  /// The second condition of a range line, as written (`… and at least
  /// 99.0%`); null threshold: a line of one condition.
  TierKind andKind = TierKind::Below;
  ExprPtr andThreshold;
};

struct Span {
  std::optional<WindowUnit> calendarUnit;
  unsigned count = 1;
  std::string seconds; ///< when a duration
};

struct Remedy : Named {
  using Kind = core::RemedyKind; ///< core/RemedyKinds.def
  Kind kind = Kind::Credit;
  const Objective *forObjective = nullptr;
  const Obligation *forObligation = nullptr;
  /// Who pays whom: a credit or penalty is paid by the party of what it is
  /// for to its counterparty; a bonus the other way.
  const Party *payer = nullptr, *payee = nullptr;
  ExprPtr base;    ///< money
  ExprPtr measure; ///< the tiers' `by` expression
  std::vector<Tier> tiers;
  /// A range table (a line joins two conditions with `and`, LANGUAGE.md
  /// 11.6): its lines are disjoint and in any order. Otherwise nested.
  bool rangeTable = false;
  /// The indices of `tiers` from the lowest range of measure values to the
  /// highest, the order in which the contract lists them.
  std::vector<unsigned> ascending;
  std::optional<Amount> amount; ///< a flat amount instead of tiers
  std::optional<Amount> cap;
  std::optional<Amount> minimum; ///< always money
  std::optional<Span> claimWithin;
  /// The datasets it reads: its subject's and its own figures', in
  /// declaration order.
  std::vector<const Dataset *> reads;
  const Window &window() const;
};

using ConditionSubject = core::ConditionSubject; ///< core/Conditions.def
struct Condition {
  ConditionSubject subject = ConditionSubject::Named;
  const Objective *objective = nullptr;
  const Obligation *obligation = nullptr;
  bool breached = true;
  using Form = core::ConditionForm; ///< core/Conditions.def
  Form form = Form::OverTerm;
  unsigned count = 0, outOf = 0;
  WindowUnit unit = WindowUnit::Month;
  std::string spelling; ///< as written, for reports
};

struct Holdback : Named {
  /// The customer holds back from the provider, and pays when released.
  const Party *payer = nullptr, *payee = nullptr;
  ExprPtr base;
  std::optional<Amount> amount;
  Condition releasedIf;
};

struct TotalCap {
  std::vector<Remedy::Kind> kinds; ///< the kinds whose sum is limited
  std::optional<Amount> amount;    ///< a share of `of`, or money
  ExprPtr of;
  WindowUnit per = WindowUnit::Month;
  llvm::SMRange range;
  /// The remedies of those kinds in the order the cap reduces them within
  /// one period: the one declared last first (LANGUAGE.md 11.1, "the
  /// latest remedies first"; docs/language.md). Amounts of later periods are
  /// reduced before those of earlier ones.
  std::vector<const Remedy *> reduceFirst;
};

struct Report : Named {
  const Party *by = nullptr; ///< as written, else the agreement's provider
  std::vector<const Party *> to;
  Window window;
  ExprPtr due;      ///< a duration
  ExprPtr dueAfter; ///< a timestamp (period.end)
  std::vector<std::string> include;
};

struct TerminationRight {
  const Party *party = nullptr;       ///< null: either party
  std::optional<Condition> condition; ///< none: for convenience
  ExprPtr notice;
  llvm::SMRange range;
};

struct Clause : Named {
  std::string text;
  /// Under `incorporates`: the master's clause of the same name that this
  /// clause of the SLA replaces (the SLA's item wins), else null. The
  /// contract names the replaced clause (docs/language.md, "Incorporation").
  const Clause *replaces = nullptr;
  /// Under `incorporates`: a clause of the master carried unchanged.
  bool carried = false;
};

/// One agreement, with a master agreement's inherited parts merged in.
struct Agreement : Named {
  std::string version;
  bool internal = false;
  std::string effectiveFrom, effectiveUntil; ///< inclusive dates; may be empty
  std::string timezone = "UTC";
  std::string currency;
  const Agreement *master = nullptr;

  std::vector<std::unique_ptr<Party>> parties;
  /// Who provides the services and whom to: the first provider (else team)
  /// and its counterparty, the first other customer (else other party).
  /// Either may be null when the parties do not have one.
  const Party *provider = nullptr, *customer = nullptr;
  /// The calendars this agreement uses, each with its zone resolved.
  std::vector<const Calendar *> calendars;
  std::vector<std::unique_ptr<Service>> services;
  std::vector<std::unique_ptr<Dataset>> datasets;
  std::vector<std::unique_ptr<Param>> params;
  std::vector<std::unique_ptr<Metric>> metrics;
  std::vector<std::unique_ptr<Objective>> objectives;
  std::vector<std::unique_ptr<Obligation>> obligations;
  std::vector<Duty> duties;
  std::vector<std::unique_ptr<Exclusion>> exclusions;
  std::vector<std::unique_ptr<Remedy>> remedies;
  std::vector<std::unique_ptr<Holdback>> holdbacks;
  std::vector<TotalCap> totalCaps;
  std::vector<std::unique_ptr<Report>> reports;
  ExprPtr terminationNotice;
  std::vector<TerminationRight> terminationRights;
  std::vector<std::unique_ptr<Clause>> clauses;
  std::optional<Window> review;
};

/// Everything sema resolved for one checked file and its imports.
struct Program {
  std::string moduleDoc;
  std::vector<std::unique_ptr<EnumType>> enums;
  std::vector<std::unique_ptr<Calendar>> calendars;
  std::vector<std::unique_ptr<Const>> consts;
  std::vector<std::unique_ptr<Function>> functions;
  /// Agreements of the checked file (not those of imported modules).
  std::vector<std::unique_ptr<Agreement>> agreements;
  /// Agreements of imported modules, kept alive for `master` pointers.
  std::vector<std::unique_ptr<Agreement>> importedAgreements;
};

} // namespace tenor::ir

#endif
