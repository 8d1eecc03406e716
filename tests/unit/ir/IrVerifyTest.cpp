//===- IrVerifyTest.cpp - ir::verify fires on each broken invariant -------===//
//
// Sema cannot be made to build a broken IR (that is what the verifier is
// for), so these tests build a small good program by hand (one agreement
// with a party, a dataset, a metric, an objective, an obligation and a
// tiered credit), check that it passes, then break one invariant a test and
// check that the verifier names it.
//
//===----------------------------------------------------------------------===//

#include "ir/IrVerify.h"

#include <gtest/gtest.h>

using namespace tenor::ir;

namespace {

// Any valid range will do: the verifier only asks whether one is there.
const char Source[] = "agreement a {}";
llvm::SMRange at() {
  return {llvm::SMLoc::getFromPointer(Source), llvm::SMLoc::getFromPointer(Source + 1)};
}

ExprPtr number(const std::string &value, Type t = Type::number()) {
  return std::make_unique<LiteralExpr>(Expr::Kind::Number, t, at(), value);
}
ExprPtr money(const std::string &value) { return number(value, Type::money("USD")); }
ExprPtr percent(const std::string &value) { return number(value, Type::percentType()); }
Amount share(const std::string &value) { return {Amount::Kind::ShareOfBase, percent(value)}; }
Amount cash(const std::string &value) { return {Amount::Kind::Money, money(value)}; }

ExprPtr compare(BinaryOp op, ExprPtr lhs, ExprPtr rhs) {
  auto b = std::make_unique<BinaryExpr>(Type::boolean(), at());
  b->op = op;
  b->lhs = std::move(lhs);
  b->rhs = std::move(rhs);
  return b;
}

template <typename T> T *add(std::vector<std::unique_ptr<T>> &list, const std::string &name) {
  list.push_back(std::make_unique<T>());
  list.back()->name = name;
  list.back()->range = at();
  return list.back().get();
}

/// A good program, and the parts the tests break.
struct Fixture {
  Program program;
  Agreement *agreement = nullptr;
  Party *provider = nullptr, *customer = nullptr;
  Calendar *office = nullptr;
  Dataset *tickets = nullptr;
  Metric *uptime = nullptr;
  Objective *objective = nullptr;
  Obligation *obligation = nullptr;
  Remedy *credit = nullptr;

  Fixture() {
    agreement = add(program.agreements, "a");
    agreement->currency = "USD";
    provider = add(agreement->parties, "cloud");
    customer = add(agreement->parties, "acme");
    customer->role = Party::Role::Customer;
    agreement->provider = provider;
    agreement->customer = customer;
    office = add(program.calendars, "office");
    office->timezone = "UTC";
    agreement->calendars.push_back(office);
    tickets = add(agreement->datasets, "tickets");
    Field *opened = add(tickets->fields, "opened");
    opened->type = Type::timestamp();
    Field *id = add(tickets->fields, "id");
    id->type = Type::text();
    id->index = 1;
    tickets->timeKey = opened;
    Param *fee = add(agreement->params, "fee");
    fee->type = Type::money("USD");

    uptime = add(agreement->metrics, "uptime");
    uptime->type = Type::percentType();
    uptime->formula = percent("0.999");
    objective = add(agreement->objectives, "availability");
    objective->by = provider;
    objective->target = compare(BinaryOp::Ge, metricRef(), percent("0.999"));

    obligation = add(agreement->obligations, "respond");
    obligation->by = provider;
    obligation->each = tickets;
    obligation->itemId = id;
    auto bt = std::make_unique<BoolExpr>(at(), true);
    obligation->condition = std::move(bt);

    credit = add(agreement->remedies, "credit");
    credit->forObjective = objective;
    credit->payer = provider;
    credit->payee = customer;
    auto base = std::make_unique<ParamRefExpr>(Type::money("USD"), at());
    base->param = fee;
    credit->base = std::move(base);
    credit->measure = metricRef();
    credit->tiers.push_back({TierKind::Below, percent("0.999"), share("0.1"), {}, "", at()});
    credit->tiers.push_back({TierKind::Below, percent("0.99"), share("0.25"), {}, "", at()});
    // Below 99.9% and not below 99%: [99%, 99.9%); below 99%: (-inf, 99%).
    Tier &first = credit->tiers[0], &second = credit->tiers[1];
    first.values = {Bound{second.threshold.get(), true}, Bound{first.threshold.get(), false}};
    second.values = {std::nullopt, Bound{second.threshold.get(), false}};
    credit->ascending = {1, 0};
  }

  Holdback *holdback() {
    Holdback *h = add(agreement->holdbacks, "retainer");
    h->payer = customer;
    h->payee = provider;
    h->base = money("100");
    h->amount = share("0.1");
    h->releasedIf = {ConditionSubject::AllObjectives,
                     nullptr,
                     nullptr,
                     false,
                     Condition::Form::OverTerm,
                     0,
                     0,
                     WindowUnit::Month,
                     "over the term"};
    return h;
  }

  Obligation *correctiveAction() {
    Obligation *review = add(agreement->obligations, "review");
    review->kind = Obligation::Kind::CorrectiveAction;
    review->by = provider;
    review->form = Obligation::Form::Deliver;
    review->deliverable = "a review";
    review->onBreachOf = objective;
    return review;
  }

  ExprPtr metricRef() {
    auto m = std::make_unique<MetricRefExpr>(Type::percentType(), at());
    m->metric = uptime;
    return m;
  }

  /// The invariants broken, one a line.
  std::string broken() const {
    std::string out;
    for (const Violation &v : verify(program))
      out += v.invariant + "\n";
    return out;
  }
};

#define EXPECT_BROKEN(f, text) EXPECT_NE((f).broken().find(text), std::string::npos) << (f).broken()

TEST(IrVerify, GoodProgramPasses) { EXPECT_EQ(Fixture().broken(), ""); }

TEST(IrVerify, ExpressionWithoutType) {
  Fixture f;
  f.uptime->formula->type = Type::error();
  EXPECT_BROKEN(f, "every expression has a type");
}

TEST(IrVerify, ExpressionWithoutRange) {
  Fixture f;
  f.uptime->formula->range = {};
  EXPECT_BROKEN(f, "every expression has a source range");
}

TEST(IrVerify, DeclarationWithoutRange) {
  Fixture f;
  f.uptime->range = {};
  EXPECT_BROKEN(f, "every metric has a source range");
}

TEST(IrVerify, UnresolvedMetric) {
  Fixture f;
  llvm::cast<MetricRefExpr>(f.credit->measure.get())->metric = nullptr;
  EXPECT_BROKEN(f, "a metric reference names a metric of the agreement");
}

TEST(IrVerify, MissingTarget) {
  Fixture f;
  f.objective->target = nullptr;
  EXPECT_BROKEN(f, "an objective's target is set");
}

TEST(IrVerify, ComparisonOfTwoDimensions) {
  Fixture f;
  auto *cmp = llvm::cast<BinaryExpr>(f.objective->target.get());
  cmp->rhs = number("900", Type::duration());
  EXPECT_BROKEN(f, "the operands of `>=` have one type and dimension");
}

TEST(IrVerify, MoneyInTwoCurrencies) {
  Fixture f;
  f.objective->target = compare(BinaryOp::Lt, money("1"), number("1", Type::money("EUR")));
  EXPECT_BROKEN(f, "money in one currency");
}

TEST(IrVerify, MoneyWithoutCurrency) {
  Fixture f;
  f.uptime->formula = number("1", Type::number(Dimension{0, 0, 1, ""}));
  EXPECT_BROKEN(f, "money carries its currency");
}

TEST(IrVerify, ArithmeticDimension) {
  Fixture f;
  auto sum = std::make_unique<BinaryExpr>(Type::duration(), at());
  sum->op = BinaryOp::Add;
  sum->lhs = number("1", Type::duration());
  sum->rhs = number("1", Type::datasize());
  f.uptime->formula = std::move(sum);
  EXPECT_BROKEN(f, "has the dimension the operator gives");
}

TEST(IrVerify, NumberLiteralNotDecimal) {
  Fixture f;
  f.uptime->formula = percent("99.9%");
  EXPECT_BROKEN(f, "exact decimal text");
}

TEST(IrVerify, ObjectiveWithoutParty) {
  Fixture f;
  f.objective->by = nullptr;
  EXPECT_BROKEN(f, "an objective names a party of its agreement");
}

TEST(IrVerify, PartyOfAnotherAgreement) {
  Fixture f;
  Party stranger;
  stranger.name = "stranger";
  f.obligation->by = &stranger;
  EXPECT_BROKEN(f, "an obligation names a party of its agreement");
}

TEST(IrVerify, RemedyForNothing) {
  Fixture f;
  f.credit->forObjective = nullptr;
  EXPECT_BROKEN(f, "a remedy is for one objective or obligation of its agreement");
}

TEST(IrVerify, WindowWithoutPeriods) {
  Fixture f;
  f.objective->window.count = 0;
  EXPECT_BROKEN(f, "an objective's window counts at least one period");
}

TEST(IrVerify, RollingWindowWithoutLength) {
  Fixture f;
  f.objective->window.rolling = true;
  EXPECT_BROKEN(f, "rolling window is a positive number of seconds");
}

TEST(IrVerify, TierRangeEmpty) {
  Fixture f;
  // Below 99.9% after below 99.99%: the first line pays for [99.99%, 99.9%).
  llvm::cast<LiteralExpr>(*f.credit->tiers[1].threshold).value = "0.9999";
  EXPECT_BROKEN(f, "a tier's range between literal thresholds holds a value");
}

TEST(IrVerify, TierOwnBoundInclusive) {
  Fixture f;
  f.credit->tiers[0].values.upper->inclusive = true; // `below` excludes its threshold
  EXPECT_BROKEN(f, "a tier's range is bounded by its own threshold on the side it names");
}

TEST(IrVerify, TierOwnBoundOnOtherSide) {
  Fixture f;
  std::swap(f.credit->tiers[1].values.lower, f.credit->tiers[1].values.upper);
  EXPECT_BROKEN(f, "a tier's range is bounded by its own threshold on the side it names");
}

TEST(IrVerify, TierOtherBoundSameInclusivity) {
  Fixture f;
  f.credit->tiers[0].values.lower->inclusive = false; // not `below 99%` includes 99%
  EXPECT_BROKEN(f, "a tier's range is bounded on its other side by the next line's threshold");
}

TEST(IrVerify, TierOtherBoundMissing) {
  Fixture f;
  f.credit->tiers[0].values.lower.reset();
  EXPECT_BROKEN(f, "a tier's range is bounded on its other side by the next line's threshold");
}

TEST(IrVerify, LastTierBoundedTwice) {
  Fixture f;
  f.credit->tiers[1].values.lower = Bound{f.credit->tiers[0].threshold.get(), true};
  EXPECT_BROKEN(f, "and open on the last line");
}

TEST(IrVerify, TierBoundOfAnotherRemedy) {
  Fixture f;
  ExprPtr elsewhere = percent("0.99");
  f.credit->tiers[0].values.lower->value = elsewhere.get();
  EXPECT_BROKEN(f, "a tier's range is bounded on its other side by the next line's threshold");
}

TEST(IrVerify, TiersBothWays) {
  Fixture f;
  f.credit->tiers[1].kind = TierKind::Above;
  EXPECT_BROKEN(f, "the lines of a tier table go one way");
}

TEST(IrVerify, TierAmountInOtherCurrency) {
  Fixture f;
  f.credit->tiers[0].amount = {Amount::Kind::Money, number("5", Type::money("EUR"))};
  EXPECT_BROKEN(f, "a tier's amount is money in the agreement's currency (USD)");
}

TEST(IrVerify, ShareWithoutBase) {
  Fixture f;
  f.credit->base = nullptr;
  EXPECT_BROKEN(f, "a remedy with an amount that is a share of a base has a base");
}

TEST(IrVerify, AmountWithoutValue) {
  Fixture f;
  f.credit->cap = Amount{Amount::Kind::Money, nullptr};
  EXPECT_BROKEN(f, "a remedy's cap is set");
}

TEST(IrVerify, AmountKindMoneyOfShare) {
  Fixture f;
  f.credit->tiers[0].amount.kind = Amount::Kind::Money;
  EXPECT_BROKEN(f, "a tier's amount is of kind money exactly when its value is money");
}

TEST(IrVerify, AmountKindShareOfMoney) {
  Fixture f;
  f.credit->cap = Amount{Amount::Kind::ShareOfBase, money("500")};
  EXPECT_BROKEN(f, "a remedy's cap is of kind money exactly when its value is money");
}

TEST(IrVerify, ShareWithDimension) {
  Fixture f;
  f.credit->tiers[0].amount = {Amount::Kind::ShareOfBase, number("60", Type::duration())};
  EXPECT_BROKEN(f, "a tier's amount that is a share of a base is dimensionless");
}

TEST(IrVerify, MinimumShare) {
  Fixture f;
  f.credit->minimum = share("0.01");
  EXPECT_BROKEN(f, "a remedy's minimum is money");
}

TEST(IrVerify, MoneyAmountOutsideCurrency) {
  Fixture f;
  f.credit->cap = Amount{Amount::Kind::Money, number("5", Type::money("EUR"))};
  EXPECT_BROKEN(f, "a remedy's cap is money in the agreement's currency (USD)");
}

TEST(IrVerify, CreditPaidToItsParty) {
  Fixture f;
  std::swap(f.credit->payer, f.credit->payee);
  EXPECT_BROKEN(f, "a credit or penalty is paid by the party of its subject to its counterparty");
}

TEST(IrVerify, BonusPaidByItsParty) {
  Fixture f;
  f.credit->kind = Remedy::Kind::Bonus;
  EXPECT_BROKEN(f, "a credit or penalty is paid by the party of its subject to its counterparty");
}

TEST(IrVerify, CreditPaidToOtherThanCustomer) {
  Fixture f;
  f.credit->payee = nullptr;
  EXPECT_BROKEN(f, "a credit or penalty is paid by the party of its subject to its counterparty");
}

TEST(IrVerify, PayerIsPayee) {
  Fixture f;
  // A team's objective with no other party: nobody to pay, and not itself.
  Party *team = add(f.agreement->parties, "ops");
  team->role = Party::Role::Team;
  f.objective->by = team;
  f.credit->payer = f.credit->payee = team;
  EXPECT_BROKEN(f, "a remedy's payer and payee differ");
}

TEST(IrVerify, RemedyPayerOfAnotherAgreement) {
  Fixture f;
  Party stranger;
  f.objective->by = f.credit->payer = &stranger;
  EXPECT_BROKEN(f, "a remedy's payer names no party or a party of its agreement");
}

TEST(IrVerify, HoldbackPaidToCustomer) {
  Fixture f;
  Holdback *h = f.holdback();
  std::swap(h->payer, h->payee);
  EXPECT_BROKEN(f, "a holdback is paid by the agreement's customer to its provider");
}

TEST(IrVerify, HoldbackGoodPasses) {
  Fixture f;
  f.holdback();
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, ItemIdUnset) {
  Fixture f;
  f.obligation->itemId = nullptr;
  EXPECT_BROKEN(f, "an obligation's item id is the first non-optional text field of `each`");
}

TEST(IrVerify, ItemIdOfAnotherDataset) {
  Fixture f;
  Field other;
  other.name = "id";
  other.type = Type::text();
  f.obligation->itemId = &other;
  EXPECT_BROKEN(f, "an obligation's item id is the first non-optional text field of `each`");
}

TEST(IrVerify, ObligationOfNoDataset) {
  Fixture f;
  f.obligation->each = nullptr;
  f.obligation->itemId = nullptr;
  EXPECT_BROKEN(f, "an obligation is a corrective action exactly when it has no `each`");
}

TEST(IrVerify, CorrectiveActionWithDataset) {
  Fixture f;
  f.obligation->kind = Obligation::Kind::CorrectiveAction;
  EXPECT_BROKEN(f, "an obligation is a corrective action exactly when it has no `each`");
}

TEST(IrVerify, CorrectiveActionWithoutTrigger) {
  Fixture f;
  f.correctiveAction()->onBreachOf = nullptr;
  EXPECT_BROKEN(f, "a corrective action has a trigger");
}

TEST(IrVerify, CorrectiveActionGoodPasses) {
  Fixture f;
  f.correctiveAction();
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, ItemsWithoutTimeKey) {
  Fixture f;
  f.tickets->timeKey = nullptr;
  EXPECT_BROKEN(f, "an obligation's `each` has a time key");
}

TEST(IrVerify, ObligationWithoutParty) {
  Fixture f;
  f.obligation->by = nullptr;
  EXPECT_BROKEN(f, "an obligation names a party of its agreement");
}

TEST(IrVerify, ReportWithoutParty) {
  Fixture f;
  Report *r = add(f.agreement->reports, "monthly");
  r->to.push_back(f.customer);
  EXPECT_BROKEN(f, "a report names a party of its agreement");
}

TEST(IrVerify, ProviderOfAnotherAgreement) {
  Fixture f;
  Party stranger;
  f.agreement->provider = &stranger;
  EXPECT_BROKEN(f, "an agreement's provider names no party or a party of its agreement");
}

TEST(IrVerify, CustomerOfAnotherAgreement) {
  Fixture f;
  Party stranger;
  f.agreement->customer = &stranger;
  EXPECT_BROKEN(f, "an agreement's customer names no party or a party of its agreement");
}

TEST(IrVerify, CustomerIsProvider) {
  Fixture f;
  f.agreement->customer = f.provider;
  EXPECT_BROKEN(f, "an agreement's customer is not its provider");
}

TEST(IrVerify, NoProviderNoCustomerPasses) {
  Fixture f;
  f.agreement->provider = f.agreement->customer = nullptr;
  f.credit->payee = nullptr; // the objective's party is then nobody's provider
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, DuplicateField) {
  Fixture f;
  f.tickets->fields[1]->name = "opened";
  EXPECT_BROKEN(f, "the fields of a dataset have distinct names");
}

TEST(IrVerify, FieldIndex) {
  Fixture f;
  f.tickets->fields[1]->index = 0;
  EXPECT_BROKEN(f, "a field's index is its position in its dataset");
}

TEST(IrVerify, FieldOutsideItsRow) {
  Fixture f;
  auto ref = std::make_unique<FieldRefExpr>(Type::timestamp(), at());
  ref->field = f.tickets->fields[0].get();
  f.objective->target = compare(BinaryOp::Lt, std::move(ref), number("1", Type::timestamp()));
  EXPECT_BROKEN(f, "a field reference names a field of the row in scope");
}

TEST(IrVerify, TimeKeyNotTimestamp) {
  Fixture f;
  f.tickets->timeKey = f.tickets->fields[1].get();
  EXPECT_BROKEN(f, "a dataset's time key is one of its timestamp or interval fields");
}

TEST(IrVerify, ConditionOnNothing) {
  Fixture f;
  Holdback *h = f.holdback();
  h->releasedIf.subject = ConditionSubject::Named;
  EXPECT_BROKEN(f, "a condition on a name names one objective or obligation of its agreement");
}

TEST(IrVerify, ConditionCountOverWindow) {
  Fixture f;
  Holdback *h = f.holdback();
  h->releasedIf = {ConditionSubject::AllObjectives,
                   nullptr,
                   nullptr,
                   false,
                   Condition::Form::OfLast,
                   4,
                   3,
                   WindowUnit::Month,
                   "4 of last 3 months"};
  EXPECT_BROKEN(f, "a condition's `n of last m` has n <= m");
}

TEST(IrVerify, CalendarHours) {
  Fixture f;
  f.office->hours.push_back({0, 17 * 60, 9 * 60});
  EXPECT_BROKEN(f, "a calendar's hours are a weekday 0-6 and minutes from < to <= 1440");
}

std::unique_ptr<AggregateExpr> aggregate(Fixture &f, AggregateExpr::Fn fn, Type t) {
  auto a = std::make_unique<AggregateExpr>(t, at());
  a->fn = fn;
  a->dataset = f.tickets;
  return a;
}

TEST(IrVerify, AggregateWithoutField) {
  Fixture f;
  f.uptime->type = Type::duration();
  f.uptime->formula = aggregate(f, AggregateExpr::Fn::Sum, Type::duration());
  EXPECT_BROKEN(f, "an aggregate reads a field, except count and share");
}

TEST(IrVerify, ShareWithoutCondition) {
  Fixture f;
  f.uptime->formula = aggregate(f, AggregateExpr::Fn::Share, Type::percentType());
  EXPECT_BROKEN(f, "share, and only share, has the condition it counts");
}

TEST(IrVerify, AggregateOfAnotherDataset) {
  Fixture f;
  Dataset stranger;
  auto a = aggregate(f, AggregateExpr::Fn::Count, Type::integerType());
  a->dataset = &stranger;
  f.uptime->type = Type::integerType();
  f.uptime->formula = std::move(a);
  EXPECT_BROKEN(f, "an aggregate names a dataset of the agreement");
}

TEST(IrVerify, CallArity) {
  Fixture f;
  Function *fn = add(f.program.functions, "half");
  fn->params.push_back({"x", Type::percentType()});
  fn->result = Type::percentType();
  auto body = std::make_unique<FnParamRefExpr>(Type::percentType(), at());
  body->name = "x";
  fn->body = std::move(body);
  auto call = std::make_unique<CallExpr>(Type::percentType(), at());
  call->fn = fn;
  f.uptime->formula = std::move(call);
  EXPECT_BROKEN(f, "a call passes one argument a parameter of its function");
}

TEST(IrVerify, FunctionParameterOutsideItsFunction) {
  Fixture f;
  auto p = std::make_unique<FnParamRefExpr>(Type::percentType(), at());
  p->name = "x";
  f.uptime->formula = std::move(p);
  EXPECT_BROKEN(f, "a function parameter reference names a parameter of its function");
}

TEST(IrVerify, EnumValueOutOfRange) {
  Fixture f;
  EnumType *e = add(f.program.enums, "level");
  e->members.push_back({"low", "", ""});
  auto v = std::make_unique<EnumValueExpr>(Type::enumOf(e), at());
  v->index = 1;
  f.objective->target = compare(BinaryOp::Eq, std::move(v), nullptr);
  EXPECT_BROKEN(f, "an enum value is a member of its enum type");
  EXPECT_BROKEN(f, "an operator has its operands");
}

TEST(IrVerify, EnumMembersDistinct) {
  Fixture f;
  EnumType *e = add(f.program.enums, "level");
  e->members = {{"low", "", ""}, {"low", "", ""}};
  EXPECT_BROKEN(f, "the members of an enum have distinct names");
}

TEST(IrVerify, UnaryNotOnNumber) {
  Fixture f;
  auto u = std::make_unique<UnaryExpr>(Type::boolean(), at());
  u->op = UnaryOp::Not;
  u->operand = percent("0.5");
  f.objective->target = std::move(u);
  EXPECT_BROKEN(f, "`not` takes and gives a bool");
}

TEST(IrVerify, IfBranchesDisagree) {
  Fixture f;
  auto i = std::make_unique<IfExpr>(Type::percentType(), at());
  i->cond = std::make_unique<BoolExpr>(at(), true);
  i->thenExpr = percent("0.5");
  i->elseExpr = number("1", Type::duration());
  f.uptime->formula = std::move(i);
  EXPECT_BROKEN(f, "`if` tests a bool and both branches have its type");
}

TEST(IrVerify, BuiltinArity) {
  Fixture f;
  auto b = std::make_unique<BuiltinExpr>(Type::percentType(), at());
  b->fn = BuiltinExpr::Fn::Max;
  b->args.push_back(percent("0.5"));
  f.uptime->formula = std::move(b);
  EXPECT_BROKEN(f, "min and max take two arguments, the others one");
}

TEST(IrVerify, MasterOutsideProgram) {
  Fixture f;
  Agreement other;
  f.agreement->master = &other;
  EXPECT_BROKEN(f, "an agreement's master is an agreement of the program");
}

TEST(IrVerify, TwoTriggers) {
  Fixture f;
  f.correctiveAction()->onBreachOfObligation = f.obligation;
  EXPECT_BROKEN(f, "an obligation is triggered by at most one objective or obligation");
}

TEST(IrVerify, DeliverWithoutDeliverable) {
  Fixture f;
  f.correctiveAction()->deliverable.clear();
  EXPECT_BROKEN(f, "a `deliver` obligation names its deliverable");
}

TEST(IrVerify, WithinWithoutStart) {
  Fixture f;
  f.obligation->form = Obligation::Form::Within;
  f.obligation->condition = number("1", Type::timestamp());
  f.obligation->deadline = number("60", Type::duration());
  EXPECT_BROKEN(f, "a `within` obligation's start time is set");
}

TEST(IrVerify, ExclusionNotAmongItsDataset) {
  Fixture f;
  Exclusion *x = add(f.agreement->exclusions, "maintenance");
  x->from.push_back({f.tickets, std::make_unique<BoolExpr>(at(), true)});
  EXPECT_BROKEN(f, "an exclusion's condition is among its dataset's exclusions");
}

TEST(IrVerify, ReportWithoutRecipient) {
  Fixture f;
  Report *r = add(f.agreement->reports, "monthly");
  r->by = f.provider;
  r->to.push_back(nullptr);
  EXPECT_BROKEN(f, "a report's recipient names a party of its agreement");
}

TEST(IrVerify, TerminationNoticeNotDuration) {
  Fixture f;
  f.agreement->terminationNotice = money("30");
  EXPECT_BROKEN(f, "the termination notice is a number of dimension duration");
}

TEST(IrVerify, ClaimPeriodOfNothing) {
  Fixture f;
  f.credit->claimWithin = Span{std::nullopt, 0, ""};
  EXPECT_BROKEN(f, "a claim period is a count of calendar units or a number of seconds");
}

TEST(IrVerify, TotalCapShareWithoutOf) {
  Fixture f;
  f.agreement->totalCaps.push_back(
      {{Remedy::Kind::Credit}, share("0.5"), nullptr, WindowUnit::Month, at()});
  EXPECT_BROKEN(f, "a total cap that is a share of a base has its `of`");
}

TEST(IrVerify, TotalCapOfNoKind) {
  Fixture f;
  f.agreement->totalCaps.push_back({{}, cash("500"), nullptr, WindowUnit::Month, at()});
  EXPECT_BROKEN(f, "a total cap limits one or more kinds of remedy, each once");
}

TEST(IrVerify, TotalCapKindTwice) {
  Fixture f;
  f.agreement->totalCaps.push_back({{Remedy::Kind::Credit, Remedy::Kind::Credit},
                                    cash("500"),
                                    nullptr,
                                    WindowUnit::Month,
                                    at()});
  EXPECT_BROKEN(f, "a total cap limits one or more kinds of remedy, each once");
}

TEST(IrVerify, TotalCapGoodPasses) {
  Fixture f;
  f.agreement->totalCaps.push_back({{Remedy::Kind::Credit, Remedy::Kind::Penalty},
                                    share("0.5"),
                                    money("1000"),
                                    WindowUnit::Month,
                                    at()});
  f.agreement->totalCaps.back().reduceFirst = {f.credit};
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, TotalCapWithoutReductionOrder) {
  Fixture f;
  f.agreement->totalCaps.push_back(
      {{Remedy::Kind::Credit}, cash("500"), nullptr, WindowUnit::Month, at()});
  EXPECT_BROKEN(f, "a total cap reduces the remedies of its kinds, the one declared last first");
}

TEST(IrVerify, TierAscendingOrderNamesEachLineOnce) {
  Fixture f;
  f.credit->ascending = {0, 0};
  EXPECT_BROKEN(f, "a tier table's ascending order names each of its lines once");
}

TEST(IrVerify, RangeTableLinesOverlap) {
  Fixture f;
  // `at most 99.9% and at least 99%` and `below 99.9%` share [99%, 99.9%).
  Tier &first = f.credit->tiers[0], &second = f.credit->tiers[1];
  f.credit->rangeTable = true;
  first.kind = TierKind::AtMost;
  first.andKind = TierKind::AtLeast;
  first.andThreshold = percent("0.99");
  first.values = {Bound{first.andThreshold.get(), true}, Bound{first.threshold.get(), true}};
  second.threshold = percent("0.999");
  second.values = {std::nullopt, Bound{second.threshold.get(), false}};
  EXPECT_BROKEN(f, "the lines of a range table do not overlap");
}

TEST(IrVerify, DerivedFieldType) {
  Fixture f;
  Field *late = add(f.tickets->fields, "late");
  late->index = 2;
  late->type = Type::boolean();
  late->derived = percent("0.5");
  EXPECT_BROKEN(f, "a derived field's formula has the field's type");
}

TEST(IrVerify, ServiceHoursOutsideAgreement) {
  Fixture f;
  Calendar *other = add(f.program.calendars, "support");
  other->timezone = "UTC";
  Service *s = add(f.agreement->services, "api");
  s->hours = other;
  EXPECT_BROKEN(f, "a service's hours are one of its agreement's calendars");
}

TEST(IrVerify, ServiceHoursGoodPasses) {
  Fixture f;
  add(f.agreement->services, "api")->hours = f.office;
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, ObligationCalendarOutsideAgreement) {
  Fixture f;
  Calendar *other = add(f.program.calendars, "support");
  other->timezone = "UTC";
  f.obligation->form = Obligation::Form::Within;
  f.obligation->condition = number("1", Type::timestamp());
  f.obligation->anchor = number("0", Type::timestamp());
  f.obligation->deadline = number("60", Type::duration());
  f.obligation->calendar = other;
  EXPECT_BROKEN(f, "only a `within` deadline has a calendar, one of its agreement's calendars");
}

TEST(IrVerify, AgreementCalendarOutsideProgram) {
  Fixture f;
  Calendar stray;
  f.agreement->calendars.push_back(&stray);
  EXPECT_BROKEN(f, "an agreement's calendars are calendars of the program");
}

TEST(IrVerify, CalendarWithoutZone) {
  Fixture f;
  f.office->timezone.clear();
  EXPECT_BROKEN(f, "a calendar's time zone is a known zone, never empty");
}

TEST(IrVerify, CalendarUnknownZone) {
  Fixture f;
  f.office->timezone = "Nowhere/Atlantis";
  EXPECT_BROKEN(f, "a calendar's time zone is a known zone, never empty");
}

TEST(IrVerify, EffectiveDatesReversed) {
  Fixture f;
  f.agreement->effectiveFrom = "2026-12-31";
  f.agreement->effectiveUntil = "2026-01-01";
  EXPECT_BROKEN(f, "an agreement's effective dates are dates, the first not after the last");
}

TEST(IrVerify, DateLiteralFormat) {
  Fixture f;
  auto d = std::make_unique<LiteralExpr>(Expr::Kind::Date, Type::date(), at(), "2026-1-1");
  f.objective->target =
      compare(BinaryOp::Eq, std::move(d),
              std::make_unique<LiteralExpr>(Expr::Kind::Date, Type::date(), at(), "2026-01-01"));
  EXPECT_BROKEN(f, "a date literal is written YYYY-MM-DD");
}

TEST(IrVerify, EmptyExclusion) {
  Fixture f;
  add(f.agreement->exclusions, "nothing");
  EXPECT_BROKEN(f, "an exclusion removes rows or time, or describes what it excludes");
}

/// A `during` set over windows.span, cutting the tickets.
IntervalSet *addDuring(Fixture &f) {
  Dataset *windows = add(f.agreement->datasets, "windows");
  Field *span = add(windows->fields, "span");
  span->type = Type::interval();
  windows->timeKey = span;
  Exclusion *x = add(f.agreement->exclusions, "maintenance");
  x->during.push_back(std::make_unique<IntervalSet>());
  IntervalSet *set = x->during.back().get();
  set->dataset = windows;
  set->field = span;
  f.tickets->excludedTime.push_back(set);
  return set;
}

TEST(IrVerify, DuringSetIsGood) {
  Fixture f;
  addDuring(f);
  EXPECT_EQ(f.broken(), "");
}

TEST(IrVerify, DuringSetIsAnIntervalField) {
  Fixture f;
  IntervalSet *set = addDuring(f);
  set->field = f.tickets->fields[0].get();
  EXPECT_BROKEN(f, "a `during` set is an interval field of its dataset");
}

TEST(IrVerify, DuringSetDoesNotCutItsOwnDataset) {
  Fixture f;
  IntervalSet *set = addDuring(f);
  const_cast<Dataset *>(set->dataset)->excludedTime.push_back(set);
  EXPECT_BROKEN(f, "a dataset that loses excluded time has a time key and builds no set");
}

TEST(IrVerify, ExcludedTimeIsASetOfTheAgreement) {
  Fixture f;
  IntervalSet stray;
  f.tickets->excludedTime.push_back(&stray);
  EXPECT_BROKEN(f, "a dataset's excluded time is a `during` set of its agreement");
}

TEST(IrVerify, ViolationCarriesLocation) {
  Fixture f;
  f.objective->by = nullptr;
  std::vector<Violation> v = verify(f.program);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].range.Start.getPointer(), Source);
}

} // namespace
