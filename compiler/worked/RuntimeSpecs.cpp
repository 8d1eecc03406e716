//===- RuntimeSpecs.cpp - The runtime's specs of IR remedies, calendars, caps -===//
//
// Mirrors what codegen prints into the evaluator (EmitMain.cpp's
// emitRemedySpec and emitTotalCaps, the calendars of Emitter::run), for
// literal figures only: the contract cannot know a parameter's value.
//
//===----------------------------------------------------------------------===//

#include "worked/RuntimeSpecs.h"

#include "llvm/Support/Casting.h"

namespace tenor::worked {

using namespace ir;

std::optional<rt::Rational> literalValue(const Expr *e) {
  if (!e)
    return std::nullopt;
  if (const auto *lit = llvm::dyn_cast<LiteralExpr>(e))
    return lit->kind() == Expr::Kind::Number ? rt::Rational::parseDecimal(lit->value)
                                             : std::nullopt;
  if (const auto *c = llvm::dyn_cast<ConstRefExpr>(e))
    return literalValue(c->constant->value.get());
  return std::nullopt;
}

namespace {

/// A figure that may be absent: ok unless present and not a literal.
bool optionalLiteral(const Expr *e, std::optional<rt::Rational> &out) {
  out = literalValue(e);
  return !e || out;
}

std::optional<rt::TierBound> boundOf(const std::optional<Bound> &b, bool &ok) {
  if (!b)
    return std::nullopt;
  std::optional<rt::Rational> v = literalValue(b->value);
  ok = ok && v;
  return rt::TierBound{v.value_or(rt::Rational(0)), b->inclusive};
}

} // namespace

std::optional<rt::RemedySpec> remedySpecOf(const Remedy &r, const std::string &currency) {
  rt::RemedySpec spec;
  spec.name = r.name;
  spec.title = r.title;
  spec.kind = r.kind;
  spec.currency = currency;
  bool ok = true;
  for (const Tier &t : r.tiers) {
    rt::TierSpec tier;
    tier.lower = boundOf(t.values.lower, ok);
    tier.upper = boundOf(t.values.upper, ok);
    std::optional<rt::Rational> amount = literalValue(t.amount.value.get());
    ok = ok && amount;
    tier.amount = amount.value_or(rt::Rational(0));
    tier.amountIsPercent = t.amount.kind == Amount::Kind::ShareOfBase;
    spec.tiers.push_back(std::move(tier));
  }
  ok = ok && optionalLiteral(valueOf(r.amount), spec.flatAmount) &&
       optionalLiteral(valueOf(r.cap), spec.cap) &&
       optionalLiteral(valueOf(r.minimum), spec.minimum);
  spec.flatIsPercent = r.amount && r.amount->kind == Amount::Kind::ShareOfBase;
  spec.capIsPercent = r.cap && r.cap->kind == Amount::Kind::ShareOfBase;
  if (!ok)
    return std::nullopt;
  return spec;
}

rt::BusinessCalendar calendarOf(const Calendar &c) {
  rt::BusinessCalendar cal(rt::TimeZone::byName(c.timezone));
  for (const Calendar::Hours &h : c.hours)
    cal.addHours(rt::Weekday(h.weekday), int(h.fromMinute), int(h.toMinute));
  for (const Calendar::Closed &x : c.except)
    cal.addExceptions(rt::parseDate(x.first).value(), rt::parseDate(x.last).value());
  return cal;
}

std::optional<rt::TotalCapSpec> totalCapSpecOf(const TotalCap &c, std::optional<rt::Rational> of) {
  std::optional<rt::Rational> amount = literalValue(valueOf(c.amount));
  if (!amount)
    return std::nullopt;
  bool percent = c.amount->kind == Amount::Kind::ShareOfBase;
  std::vector<std::string> order;
  for (const Remedy *r : c.reduceFirst)
    order.push_back(r->name);
  return rt::TotalCapSpec{c.kinds, *amount, percent, of, c.per, std::move(order)};
}

} // namespace tenor::worked
