//===- IrVerify.cpp - The invariants of IR declarations -------------------===//
//
// README.md, one section a node kind: every declaration named and located,
// every pointer to a declaration the program owns (a party or dataset of the
// same agreement), windows, conditions and tier tables well formed, the item
// id of an obligation the field the README says. Expressions are checked by
// IrVerifyExprs.cpp.
//
//===----------------------------------------------------------------------===//

#include "ir/IrVerifyImpl.h"

#include "tenor/core/TimeZones.h"
#include "tenor/core/Weekdays.h"

#include "llvm/ADT/STLExtras.h"

#include <set>

namespace tenor::ir {

std::vector<Violation> verify(const Program &p) { return Verifier(p).run(); }

void Verifier::fail(llvm::SMRange at, std::string invariant) {
  out.push_back({at, std::move(invariant)});
}

void Verifier::collect(const Agreement &a) {
  owned.insert(&a);
  auto add = [&](const auto &list) {
    for (auto &item : list)
      owned.insert(item.get());
  };
  add(a.parties), add(a.services), add(a.datasets), add(a.params), add(a.metrics);
  add(a.objectives), add(a.obligations), add(a.remedies), add(a.holdbacks);
}

std::vector<Violation> Verifier::run() {
  for (auto *list : {&program.enums})
    for (auto &e : *list)
      owned.insert(e.get());
  for (auto &c : program.calendars)
    owned.insert(c.get());
  for (auto &c : program.consts)
    owned.insert(c.get());
  for (auto &f : program.functions)
    owned.insert(f.get());
  for (auto &a : program.agreements)
    collect(*a);
  for (auto &a : program.importedAgreements)
    collect(*a);
  topLevel();
  for (auto &a : program.agreements)
    agreementDecls(*a);
  for (auto &a : program.importedAgreements)
    agreementDecls(*a);
  return std::move(out);
}

void Verifier::named(const Named &n, const char *kind) {
  if (n.name.empty())
    fail(n.range, std::string("every ") + kind + " has a name");
  if (!n.range.isValid())
    fail(n.range, std::string("every ") + kind + " has a source range");
}

void Verifier::topLevel() {
  for (auto &e : program.enums) {
    named(*e, "enum");
    std::set<std::string> names;
    for (auto &m : e->members)
      if (!names.insert(m.name).second)
        fail(e->range, "the members of an enum have distinct names");
    if (e->members.empty())
      fail(e->range, "an enum has members");
  }
  for (auto &c : program.calendars) {
    named(*c, "calendar");
    if (c->timezone.empty() || !core::lookUpTimeZone(c->timezone))
      fail(c->range, "a calendar's time zone is a known zone, never empty");
    for (auto &h : c->hours)
      if (h.weekday >= std::size(core::weekdays) || h.fromMinute >= h.toMinute ||
          h.toMinute > 24 * 60)
        fail(c->range, "a calendar's hours are a weekday 0-6 and minutes from < to <= 1440");
    for (auto &x : c->except)
      if (!isDate(x.first) || !isDate(x.last) || x.last < x.first)
        fail(c->range, "a calendar's closed days are dates, the first not after the last");
  }
  for (auto &c : program.consts) {
    named(*c, "constant");
    Scope s{nullptr, nullptr, c->range};
    expr(c->value.get(), s, "a constant's value");
    if (c->value && !c->value->type.sameShape(c->type))
      fail(c->range, "a constant's value has its type");
  }
  for (auto &f : program.functions) {
    named(*f, "function");
    Scope s{nullptr, f.get(), f->range};
    expr(f->body.get(), s, "a function's body");
    if (f->body && f->body->type.kind != f->result.kind)
      fail(f->range, "a function's body has its result type");
  }
}

void Verifier::agreementDecls(const Agreement &a) {
  agreement = &a;
  named(a, "agreement");
  if (a.master && !isOwned(a.master))
    fail(a.range, "an agreement's master is an agreement of the program");
  for (auto &c : a.clauses) {
    bool replacesMasters =
        c->replaces && a.master &&
        llvm::any_of(a.master->clauses, [&](auto &mc) { return mc.get() == c->replaces; }) &&
        c->replaces->name == c->name;
    if (c->replaces && !replacesMasters)
      fail(c->range, "a clause replaces the master's clause of the same name");
    if (c->carried && (!a.master || c->replaces))
      fail(c->range, "a carried clause comes from the agreement's master");
  }
  if (a.timezone.empty())
    fail(a.range, "an agreement has a time zone");
  bool from = a.effectiveFrom.empty() || isDate(a.effectiveFrom);
  bool until = a.effectiveUntil.empty() || isDate(a.effectiveUntil);
  if (!from || !until ||
      (!a.effectiveFrom.empty() && !a.effectiveUntil.empty() && a.effectiveUntil < a.effectiveFrom))
    fail(a.range, "an agreement's effective dates are dates, the first not after the last");
  partiesAndCalendars(a);
  for (auto &d : a.datasets)
    dataset(*d);
  for (auto &p : a.params) {
    named(*p, "parameter");
    if (p->defaultValue) {
      expr(p->defaultValue.get(), {nullptr, nullptr, p->range}, "a parameter's default");
      if (!p->defaultValue->type.sameShape(p->type))
        fail(p->range, "a parameter's default has its type");
    }
  }
  for (auto &m : a.metrics) {
    named(*m, "metric");
    expr(m->formula.get(), {nullptr, nullptr, m->range}, "a metric's formula");
    if (m->formula && !m->formula->type.sameShape(m->type))
      fail(m->range, "a metric's formula has its type");
  }
  for (auto &o : a.objectives)
    objective(*o);
  for (auto &o : a.obligations)
    obligation(*o);
  for (auto &d : a.duties) {
    party(d.party, false, d.range, "a duty");
    if (d.text.empty() || !d.range.isValid())
      fail(d.range, "a duty has its text and a source range");
  }
  for (auto &r : a.remedies)
    remedy(*r);
  for (auto &o : a.objectives)
    reads(o->reads, o->range, "an objective");
  for (auto &o : a.obligations)
    reads(o->reads, o->range, "an obligation");
  for (auto &r : a.remedies)
    reads(r->reads, r->range, "a remedy");
  holdbacksAndCaps(a);
  reportsAndTermination(a);
  if (a.review)
    window(*a.review, a.range, "the review");
}

void Verifier::partiesAndCalendars(const Agreement &a) {
  std::set<std::string> parties;
  for (auto &p : a.parties) {
    named(*p, "party");
    if (!parties.insert(p->name).second)
      fail(p->range, "the parties of an agreement have distinct names");
  }
  party(a.provider, false, a.range, "an agreement's provider");
  party(a.customer, false, a.range, "an agreement's customer");
  if (a.customer && a.customer == a.provider)
    fail(a.range, "an agreement's customer is not its provider");
  for (const Calendar *c : a.calendars)
    if (!in(c, program.calendars))
      fail(a.range, "an agreement's calendars are calendars of the program");
  for (auto &s : a.services) {
    named(*s, "service");
    if (s->hours && !llvm::is_contained(a.calendars, s->hours))
      fail(s->range, "a service's hours are one of its agreement's calendars");
  }
}

void Verifier::dataset(const Dataset &d) {
  named(d, "dataset");
  std::set<std::string> names;
  for (size_t i = 0; i < d.fields.size(); ++i) {
    const Field &f = *d.fields[i];
    named(f, "field");
    if (!names.insert(f.name).second)
      fail(f.range, "the fields of a dataset have distinct names");
    if (f.index != i)
      fail(f.range, "a field's index is its position in its dataset");
    if (f.type.isError())
      fail(f.range, "a field has a type");
    if (f.unitMicros <= 0)
      fail(f.range, "a duration field's unit is a positive number of microseconds");
    if (f.derived) {
      expr(f.derived.get(), {&d, nullptr, f.range}, "a derived field's formula");
      if (!f.derived->type.sameShape(f.type))
        fail(f.range, "a derived field's formula has the field's type");
    }
  }
  if (d.timeKey &&
      (d.timeKey->index >= d.fields.size() || d.fields[d.timeKey->index].get() != d.timeKey ||
       (d.timeKey->type.kind != Type::Kind::Timestamp &&
        d.timeKey->type.kind != Type::Kind::Interval)))
    fail(d.range, "a dataset's time key is one of its timestamp or interval fields");
  if (d.sampled() &&
      (!dividesDay(d.stepSeconds) || !d.timeKey || d.timeKey->type.kind != Type::Kind::Timestamp))
    fail(d.range, "a sampled dataset's step divides 24 hours and its time key is a timestamp");
  for (const Expr *x : d.exclusions)
    boolExpr(x, {&d, nullptr, d.range}, "an exclusion's condition");
}

void Verifier::reads(const std::vector<const Dataset *> &list, llvm::SMRange owner,
                     const char *what) {
  for (size_t i = 0; i < list.size(); ++i)
    if (!in(list[i], agreement->datasets) || (i > 0 && list[i] == list[i - 1]))
      fail(owner, std::string("the datasets ") + what +
                      " reads are datasets of its agreement, "
                      "each once");
}

void Verifier::party(const Party *p, bool required, llvm::SMRange owner, const char *what) {
  if (!p ? required : !in(p, agreement->parties))
    fail(owner, std::string(what) + (required ? " names" : " names no party or") +
                    " a party of its agreement");
}

void Verifier::window(const Window &w, llvm::SMRange owner, const char *what) {
  if (w.count == 0)
    fail(owner, std::string(what) + "'s window counts at least one period");
  if (w.rolling && (!isDecimal(w.rollingSeconds) || compareDecimal(w.rollingSeconds, "0") <= 0))
    fail(owner, std::string(what) + "'s rolling window is a positive number of seconds");
  if (!w.rolling && !w.rollingSeconds.empty())
    fail(owner, std::string(what) + "'s calendar window has no rolling length");
}

void Verifier::objective(const Objective &o) {
  named(o, "objective");
  party(o.by, true, o.range, "an objective");
  for (const Service *s : o.services)
    if (!in(s, agreement->services))
      fail(o.range, "an objective's services are services of its agreement");
  boolExpr(o.target.get(), {nullptr, nullptr, o.range}, "an objective's target");
  window(o.window, o.range, "an objective");
}

} // namespace tenor::ir
