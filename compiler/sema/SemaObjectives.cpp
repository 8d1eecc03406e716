//===- SemaObjectives.cpp - Objectives, obligations and exclusions --------===//
//
// LANGUAGE.md sections 6.5 to 6.7: who is bound (`by`, defaulting to the
// only provider), what is measured and over which window, and which rows
// count at all.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

#include <llvm/Support/Regex.h>
#include <set>

namespace tenor {

using ir::Type;

template <typename IR> static void fillNamed(IR &out, const ast::Decl &d) {
  out.name = d.name.text;
  out.title = d.title;
  out.doc = d.doc;
  out.range = d.range;
}

/// `by` left out: the agreement's provider, when it is the only provider or
/// team (it is then the first provider, else the first team).
const ir::Party *Sema::defaultProvider(llvm::SMRange at, diag::ItemKind what) {
  const ir::Agreement &a = *agreement->agreement;
  auto providers =
      llvm::count_if(a.parties, [](auto &p) { return p->role != ir::Party::Role::Customer; });
  if (providers == 1) {
    noteUse(a.provider);
    return a.provider;
  }
  diags.report(at, DiagID::NoDefaultParty, what, static_cast<unsigned>(providers));
  return nullptr;
}

void Sema::chooseProviderAndCustomer() {
  ir::Agreement &a = *agreement->agreement;
  auto first = [&](ir::Party::Role role) -> const ir::Party * {
    for (auto &p : a.parties)
      if (p->role == role)
        return p.get();
    return nullptr;
  };
  a.provider = first(ir::Party::Role::Provider);
  if (!a.provider)
    a.provider = first(ir::Party::Role::Team);
  a.customer = counterpartyOf(a.provider);
}

const ir::Party *Sema::counterpartyOf(const ir::Party *of) const {
  const ir::Agreement &a = *agreement->agreement;
  for (auto &p : a.parties)
    if (p.get() != of && p->role == ir::Party::Role::Customer)
      return p.get();
  for (auto &p : a.parties)
    if (p.get() != of)
      return p.get();
  return nullptr;
}

/// Warns about a percent target above 100% and rejects one below 0%, in each
/// comparison of the target (`uptime >= 99.9% and p99 < 300 ms`), with the
/// literal on either side.
static void checkTargetRange(DiagEngine &diags, const ir::Expr &target) {
  auto *cmp = llvm::dyn_cast<ir::BinaryExpr>(&target);
  if (!cmp)
    return;
  if (cmp->op == ir::BinaryOp::And || cmp->op == ir::BinaryOp::Or) {
    checkTargetRange(diags, *cmp->lhs);
    checkTargetRange(diags, *cmp->rhs);
    return;
  }
  if (cmp->op < ir::BinaryOp::Eq || cmp->op > ir::BinaryOp::Ge)
    return;
  using Op = ir::BinaryOp;
  for (bool onRight : {true, false}) {
    const ir::Expr *lit = onRight ? cmp->rhs.get() : cmp->lhs.get();
    const ir::Expr *other = onRight ? cmp->lhs.get() : cmp->rhs.get();
    auto value = signedNumberLiteral(*lit);
    if (!value || !lit->type.percent)
      continue;
    // `x >= 101%` (or `101% <= x`) asks for more than all of something.
    bool atLeast = cmp->op == Op::Eq || cmp->op == (onRight ? Op::Ge : Op::Le) ||
                   cmp->op == (onRight ? Op::Gt : Op::Lt);
    if (value->first.front() == '-')
      diags.report(lit->range, DiagID::NegativePercentTarget, value->second);
    else if (atLeast && compareDecimal(value->first, "1") > 0 && other->type.percent)
      diags.report(lit->range, DiagID::TargetAbove100, value->second);
    return;
  }
}

ir::Objective *Sema::resolveObjective(const ast::ObjectiveDecl &d) {
  auto o = std::make_unique<ir::Objective>();
  fillNamed(*o, d);
  o->by =
      d.by ? partyNamed(*d.by, false) : defaultProvider(d.name.range, diag::ItemKind::Objective);
  for (const ast::Ident &s : d.services) {
    auto it = agreement->decls.find(s.text);
    if (it == agreement->decls.end() || !llvm::isa<ast::ServiceDecl>(it->second)) {
      diags.report(s.range, DiagID::UnknownService, s.text);
      continue;
    }
    // Services are made before anything else resolves (checkAgreement).
    auto *svc = static_cast<const ir::Service *>(agreement->resolved[it->second]);
    if (svc) {
      noteUse(svc);
      o->services.push_back(svc);
    }
  }
  if (d.target) {
    ExprContext ctx;
    ctx.periodAllowed = true;
    o->target = checkBoolExpr(*d.target, ctx, "an objective's `target`");
    if (o->target)
      checkTargetRange(diags, *o->target);
  } else {
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Objective, d.name.text,
                 diag::Clause::Target);
  }
  if (d.window)
    o->window = checkWindow(*d.window);
  else
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Objective, d.name.text,
                 diag::Clause::EveryWindow);
  if (d.ifNoData)
    o->ifNoData = d.ifNoData->text == "met"        ? ir::NoDataOutcome::Met
                  : d.ifNoData->text == "breached" ? ir::NoDataOutcome::Breached
                                                   : ir::NoDataOutcome::Unknown;
  if (d.ifIncomplete)
    o->ifIncomplete = d.ifIncomplete->text == "met"        ? ir::IncompleteOutcome::Met
                      : d.ifIncomplete->text == "breached" ? ir::IncompleteOutcome::Breached
                      : d.ifIncomplete->text == "unknown"  ? ir::IncompleteOutcome::Unknown
                                                           : ir::IncompleteOutcome::Measured;
  agreement->agreement->objectives.push_back(std::move(o));
  return agreement->agreement->objectives.back().get();
}

/// `each ds` or `each ds where c`: the dataset and the filter.
static const ast::Expr *splitFilter(const ast::Expr &e, const ast::Expr *&filter) {
  if (auto *f = llvm::dyn_cast<ast::FilterExpr>(&e)) {
    filter = f->condition.get();
    return f->source.get();
  }
  filter = nullptr;
  return &e;
}

static bool isTimestamp(const ir::ExprPtr &e) { return e && e->type.kind == Type::Kind::Timestamp; }
static bool isDuration(const ir::ExprPtr &e) {
  return e && e->type.isNumber() && e->type.dim == ir::Dimension::timeDim();
}

/// The field that names an item of an obligation in the report: the first
/// text field that every row has. An optional one may be missing, and two
/// items would then read alike; with none, the time key names the item.
static const ir::Field *itemIdField(const ir::Dataset &d) {
  for (const auto &f : d.fields)
    if (f->type.kind == Type::Kind::Text && !f->type.optional)
      return f.get();
  return nullptr;
}

void Sema::checkTrigger(const ast::Ident &onBreachOf, ir::Obligation &ob) {
  auto it = agreement->decls.find(onBreachOf.text);
  const ast::Decl *target = it == agreement->decls.end() ? nullptr : it->second;
  if (auto *obj = llvm::dyn_cast_or_null<ast::ObjectiveDecl>(target))
    ob.onBreachOf = static_cast<ir::Objective *>(resolveAgreementDecl(obj));
  else if (auto *obl = llvm::dyn_cast_or_null<ast::ObligationDecl>(target))
    ob.onBreachOfObligation = static_cast<ir::Obligation *>(resolveAgreementDecl(obl));
  else
    diags.report(onBreachOf.range, DiagID::UnknownObjective, onBreachOf.text);
}

void Sema::checkMustComplete(const ast::MustClause &m, ir::Obligation &ob, ExprContext &rowCtx) {
  ob.condition = checkExpr(*m.condition, rowCtx);
  ob.anchor = checkExpr(*m.anchor, rowCtx);
  if (ob.condition && !isTimestamp(ob.condition))
    diags.report(m.condition->range, DiagID::ExpectedTimestamp, diag::DeadlineEnd::Completion,
                 ob.condition->type.str());
  if (ob.anchor && (!isTimestamp(ob.anchor) || !requirePresent(*ob.anchor, rowCtx)))
    if (!isTimestamp(ob.anchor))
      diags.report(m.anchor->range, DiagID::ExpectedTimestamp, diag::DeadlineEnd::Start,
                   ob.anchor->type.str());
  if (m.calendar) {
    const ast::Decl *found = lookupTop(*currentModule, m.calendar->text, m.calendar->range, true,
                                       diag::ItemKind::Calendar);
    auto *cal = llvm::dyn_cast_or_null<ast::CalendarDecl>(found);
    if (found && !cal)
      diags.report(m.calendar->range, DiagID::NotACalendar, m.calendar->text);
    ob.calendar = cal ? calendarInAgreement(*cal) : nullptr;
    noteUse(ob.calendar);
  }
}

void Sema::checkMust(const ast::ObligationDecl &d, ir::Obligation &ob, ExprContext &rowCtx) {
  const ast::MustClause &m = *d.must;
  using F = ast::MustClause::Form;
  ob.form = static_cast<ir::Obligation::Form>(m.form);
  if (m.form == F::Deliver) {
    ob.deliverable = m.deliverable;
    if (!d.onBreachOf)
      diags.report(m.range, DiagID::DeliverNeedsTrigger);
  } else if (!ob.each && (d.each || !d.onBreachOf)) {
    // The dataset is wrong or missing (reported): its fields cannot be
    // checked.
  } else if (m.form == F::Condition) {
    ob.condition = checkBoolExpr(*m.condition, rowCtx, "`must`");
  } else {
    checkMustComplete(m, ob, rowCtx);
  }
  if (m.deadline)
    checkDeadline(m, ob, rowCtx);
}

/// The deadline and how it is counted (LANGUAGE.md 11.5): business days
/// are a positive whole number with a calendar; a corrective action's
/// duration is calendar days; an item's is time in its calendar, if any,
/// else elapsed time.
void Sema::checkDeadline(const ast::MustClause &m, ir::Obligation &ob, ExprContext &rowCtx) {
  using C = ir::Obligation::Clock;
  ob.deadline = checkExpr(*m.deadline, rowCtx);
  if (m.businessDays) {
    ob.clock = C::BusinessDays;
    auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(ob.deadline.get());
    bool whole = lit && lit->kind() == ir::Expr::Kind::Number && lit->type.integer &&
                 lit->type.isDimensionless() && !lit->type.percent &&
                 compareDecimal(lit->value, "0") > 0;
    if (ob.deadline && !whole)
      diags.report(m.deadline->range, DiagID::BusinessDayCount,
                   lit ? lit->spelling : ob.deadline->type.str());
    if (!whole)
      ob.deadline = nullptr;
    if (!m.calendar) {
      diags.report(m.range, DiagID::BusinessDaysWithoutCalendar);
      ob.clock = C::Elapsed;
      ob.deadline = nullptr;
    }
    return;
  }
  if (ob.deadline && !isDuration(ob.deadline))
    diags.report(m.deadline->range, DiagID::ExpectedDuration, diag::DurationRole::Deadline,
                 ob.deadline->type.str());
  if (ob.calendar)
    ob.clock = C::CalendarTime;
  else if (ob.kind == ir::Obligation::Kind::CorrectiveAction)
    ob.clock = C::CalendarDays;
}

/// Whether the deadline a title names (`within 3 business days`: count 3,
/// `qualified`, unit seconds 86400) is the one the body counts.
static bool titleMatches(const ir::Obligation &ob, uint64_t count, bool qualified,
                         uint64_t unitSeconds) {
  using C = ir::Obligation::Clock;
  const auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(ob.deadline.get());
  if (qualified && unitSeconds == 86400)
    return ob.clock == C::BusinessDays && lit && lit->value == std::to_string(count);
  bool clock = qualified ? ob.clock == C::CalendarTime
                         : ob.clock == C::Elapsed || ob.clock == C::CalendarDays;
  return clock && lit && lit->value == std::to_string(count * unitSeconds);
}

/// W0450: a title is the heading of the clause in the contract; when it
/// names a deadline, it must be the body's (issue 14: "3 business days"
/// over 24 business hours).
void Sema::checkTitleDeadline(const ast::ObligationDecl &d, const ir::Obligation &ob) {
  if (ob.form != ir::Obligation::Form::Within || !ob.deadline)
    return;
  llvm::Regex phrase("within ([0-9]{1,6}) ((business|working|support|office) )?"
                     "(minute|hour|day)s?([^a-z]|$)",
                     llvm::Regex::IgnoreCase);
  llvm::SmallVector<llvm::StringRef, 6> m;
  if (!phrase.match(ob.title, &m))
    return;
  uint64_t count = 0;
  m[1].getAsInteger(10, count);
  std::string unit = m[4].lower();
  uint64_t unitSeconds = unit == "minute" ? 60 : unit == "hour" ? 3600 : 86400;
  if (!titleMatches(ob, count, !m[2].empty(), unitSeconds))
    diags.report(d.name.range, DiagID::TitleDeadline, ob.name, m[0].rtrim(" .,;:)").str());
}

void Sema::checkObligationTarget(const ast::Expr &target, ir::Obligation &ob) {
  ExprContext ctx;
  ir::ExprPtr t = checkExpr(target, ctx);
  auto *lit = llvm::dyn_cast_or_null<ir::LiteralExpr>(t.get());
  if (t && (!lit || !t->type.percent || lit->value.front() == '-' ||
            compareDecimal(lit->value, "1") > 0))
    diags.report(target.range, DiagID::ObligationTarget);
  else if (lit) {
    ob.targetFraction = lit->value;
    ob.targetSpelling = lit->spelling;
  }
}

ir::Obligation *Sema::resolveObligation(const ast::ObligationDecl &d) {
  auto o = std::make_unique<ir::Obligation>();
  ir::Obligation &ob = *o;
  fillNamed(ob, d);
  agreement->agreement->obligations.push_back(std::move(o));
  ob.by =
      d.by ? partyNamed(*d.by, false) : defaultProvider(d.name.range, diag::ItemKind::Obligation);
  if (d.onBreachOf)
    checkTrigger(*d.onBreachOf, ob);
  if (d.onBreachOf && d.each)
    diags.report(d.onBreachOf->range, DiagID::TriggerWithItems);
  // A corrective action (`on breach of`, or a deliverable, which needs one:
  // reported below) has no items and no window of its own.
  bool corrective = d.onBreachOf || (d.must && d.must->form == ast::MustClause::Form::Deliver);
  // With `each` it is measured per item (a trigger as well is E0424).
  if (corrective && !d.each)
    ob.kind = ir::Obligation::Kind::CorrectiveAction;
  ExprContext rowCtx;
  if (d.each) {
    const ast::Expr *filter = nullptr;
    const ast::Expr *source = splitFilter(*d.each, filter);
    ob.each = datasetNamed(*source, true);
    rowCtx.row = ob.each;
    if (ob.each)
      ob.itemId = itemIdField(*ob.each);
    if (ob.each && filter)
      ob.eachFilter = checkBoolExpr(*filter, rowCtx, "`where`");
  } else if (!corrective) {
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Obligation, d.name.text,
                 diag::Clause::Each);
  }
  if (d.must) {
    checkMust(d, ob, rowCtx);
    checkTitleDeadline(d, ob);
  } else
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Obligation, d.name.text,
                 diag::Clause::Must);
  if (d.target)
    checkObligationTarget(*d.target, ob);
  if (d.window)
    ob.window = checkWindow(*d.window);
  else if (!corrective)
    diags.report(d.name.range, DiagID::MissingItem, diag::ItemKind::Obligation, d.name.text,
                 diag::Clause::EveryWindow);
  return &ob;
}

void Sema::checkExclusion(const ast::ExcludeDecl &d) {
  auto x = std::make_unique<ir::Exclusion>();
  fillNamed(*x, d);
  x->description = d.description;
  for (const ast::ExprPtr &from : d.from) {
    const ast::Expr *filter = nullptr;
    const ast::Expr *source = splitFilter(*from, filter);
    const ir::Dataset *ds = datasetNamed(*source, true);
    if (!ds)
      continue;
    if (!filter) {
      diags.report(from->range, DiagID::ExclusionWithoutWhere, ds->name);
      continue;
    }
    ExprContext ctx;
    ctx.row = ds;
    ir::ExprPtr cond = checkBoolExpr(*filter, ctx, "`where`");
    if (!cond)
      continue;
    const_cast<ir::Dataset *>(ds)->exclusions.push_back(cond.get());
    x->from.push_back({ds, std::move(cond)});
  }
  for (const ast::ExprPtr &during : d.during)
    if (auto set = checkIntervalSet(*during))
      x->during.push_back(std::move(set));
  if (d.from.empty() && d.during.empty())
    diags.report(d.name.range, DiagID::TextOnlyExclusion, d.name.text);
  agreement->agreement->exclusions.push_back(std::move(x));
}

/// `ds.f` or `ds.f where c`, f an interval field of ds (LANGUAGE.md 11.3).
std::unique_ptr<ir::IntervalSet> Sema::checkIntervalSet(const ast::Expr &e) {
  const ast::Expr *filter = nullptr;
  const ast::Expr *source = splitFilter(e, filter);
  auto *member = llvm::dyn_cast<ast::MemberExpr>(source);
  const ir::Dataset *ds = member ? datasetNamed(*member->base, false) : nullptr;
  if (!ds) {
    diags.report(source->range, DiagID::DuringNotIntervalSet,
                 member ? "a member of something that is not a dataset"
                        : "an expression that is not a field of a dataset");
    return nullptr;
  }
  const ir::Field *field = ds->field(member->member.text);
  if (!field) {
    diags.report(member->member.range, DiagID::UnknownField, member->member.text, ds->name);
    return nullptr;
  }
  if (field->type.required().kind != Type::Kind::Interval) {
    diags.report(source->range, DiagID::DuringNotIntervalSet, "a " + field->type.str() + " field");
    return nullptr;
  }
  auto set = std::make_unique<ir::IntervalSet>();
  set->dataset = ds;
  set->field = field;
  if (filter) {
    ExprContext ctx;
    ctx.row = ds;
    set->filter = checkBoolExpr(*filter, ctx, "`where`");
    if (!set->filter)
      return nullptr;
  }
  return set;
}

/// Which datasets each `during` set takes time from (LANGUAGE.md 11.7):
/// every dataset with a time key, except the datasets the sets are built
/// from (so that no set depends on another and each is known before the
/// rows it cuts are read) and datasets with a money field (charges are
/// owed whatever the time).
void Sema::assignExcludedTime() {
  ir::Agreement &a = *agreement->agreement;
  std::set<const ir::Dataset *> sources;
  for (auto &x : a.exclusions)
    for (auto &set : x->during)
      sources.insert(set->dataset);
  for (auto &ds : a.datasets) {
    bool money = llvm::any_of(ds->fields, [](auto &f) { return f->type.dim.money; });
    if (!ds->timeKey || money || sources.count(ds.get()))
      continue;
    for (auto &x : a.exclusions)
      for (auto &set : x->during)
        ds->excludedTime.push_back(set.get());
  }
}

} // namespace tenor
