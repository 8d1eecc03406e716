//===- IrDump.cpp - A textual dump of the typed IR ------------------------===//
//
// The format behind `tenorc check --dump-ir`, which FileCheck tests match
// line by line. It follows the `--dump-ast` printer (ast/AstDump.cpp): each
// node on its own line, indented two spaces a level, the kind first, then the
// name, the title and the attributes. Declarations end with `<line:col>`;
// expressions instead end with ` : type` and carry no location, so that a test
// pins down what sema understood rather than where it was written. Pieces
// without a node of their own (a target, a base, the amount of a tier) get a
// label line with the expression as its child. References print the name of
// what they point at; a null part left by an error prints as `<error>` when
// it is required and not at all when it is optional. This file prints the
// declarations; IrDumpExprs.cpp prints the expressions.
//
//===----------------------------------------------------------------------===//

#include "ir/IrDump.h"
#include "tenor/core/Units.h"
#include "tenor/core/Weekdays.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <string>

namespace tenor {
namespace {

using namespace ir;
using detail::dumpQuoted;

const char *const errorText = "<error>";

//===----------------------------------------------------------------------===//
// Text of the attributes
//===----------------------------------------------------------------------===//

/// Code points in `text`, a byte that starts no valid UTF-8 sequence counting
/// as one: the same count the diagnostics use for their columns.
unsigned countCodePoints(llvm::StringRef text) {
  unsigned count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    auto *begin = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
    unsigned n = llvm::getNumBytesForUTF8(*begin);
    bool valid = n > 1 && n <= text.size() - i && llvm::isLegalUTF8Sequence(begin, begin + n);
    i += valid ? n : 1;
  }
  return count;
}

/// `kind name "title"`, leaving out what is empty.
std::string head(llvm::StringRef kind, const Named &d) {
  std::string out = kind.str();
  if (!d.name.empty())
    out += " " + d.name;
  if (!d.title.empty())
    out += " " + dumpQuoted(d.title);
  return out;
}

/// The name of what a reference points at.
std::string nameOf(const Named *d) { return d ? d->name : errorText; }

template <typename T> std::string nameList(const std::vector<const T *> &items) {
  std::string out;
  for (const T *item : items)
    out += (out.empty() ? "" : ", ") + nameOf(item);
  return out;
}

/// `0.9999 (99.99%)`: the value, then the spelling when it says it otherwise.
std::string valueAndSpelling(const std::string &value, const std::string &spelling) {
  if (spelling.empty() || spelling == value)
    return value;
  return value + " (" + spelling + ")";
}

/// `every 3 month`, `every rolling 2592000 s`.
std::string windowText(const Window &w) {
  if (w.rolling)
    return "every rolling " + (w.rollingSeconds.empty() ? errorText : w.rollingSeconds + " s");
  return "every " + std::to_string(w.count) + " " + spelling(w.unit);
}

/// `2 month` for a calendar span, `1209600 s` for a duration.
std::string spanText(const Span &s) {
  if (s.calendarUnit)
    return std::to_string(s.count) + " " + spelling(*s.calendarUnit);
  return s.seconds.empty() ? errorText : s.seconds + " s";
}

std::string conditionText(const Condition &c) {
  return c.spelling.empty() ? errorText : c.spelling;
}

/// `09:00` from minutes since midnight (1440 is `24:00`).
std::string clockText(unsigned minutes) {
  char buf[16];
  snprintf(buf, sizeof buf, "%02u:%02u", minutes / 60, minutes % 60);
  return buf;
}

const char *weekdayName(unsigned day) {
  return day < std::size(core::weekdays) ? core::weekdays[day].spelling : errorText;
}

/// ` in ms` for a duration field whose data is not written in seconds.
std::string unitText(const Field &f) {
  auto unit = core::durationUnitOfMicros(f.unitMicros);
  if (unit == core::DurationUnit::Seconds)
    return "";
  if (unit)
    return " in " + std::string(core::unitInfo(*unit).symbol);
  return " in " + std::to_string(f.unitMicros) + " us";
}

const char *roleName(Party::Role r) {
  switch (r) {
  case Party::Role::Provider:
    return "provider";
  case Party::Role::Customer:
    return "customer";
  case Party::Role::Team:
    return "team";
  }
  llvm_unreachable("unknown party role");
}

const char *noDataName(NoDataOutcome o) {
  switch (o) {
  case NoDataOutcome::Met:
    return "met";
  case NoDataOutcome::Breached:
    return "breached";
  case NoDataOutcome::Unknown:
    return "unknown";
  }
  llvm_unreachable("unknown no-data outcome");
}

const char *incompleteName(IncompleteOutcome o) {
  switch (o) {
  case IncompleteOutcome::Measured:
    return "measured";
  case IncompleteOutcome::Met:
    return "met";
  case IncompleteOutcome::Breached:
    return "breached";
  case IncompleteOutcome::Unknown:
    return "unknown";
  }
  llvm_unreachable("unknown incomplete outcome");
}

/// `Reads a, b`: the datasets a subject or remedy reads; `Reads (none)`.
std::string readsText(const std::vector<const Dataset *> &reads) {
  std::string text;
  for (const Dataset *d : reads)
    text += (text.empty() ? "" : ", ") + d->name;
  return "Reads " + (text.empty() ? std::string("(none)") : text);
}

/// `credit`, or `credits` for a total cap over all remedies of a kind.
std::string remedyKindName(Remedy::Kind k, bool plural) {
  const core::RemedyKindInfo &info = core::remedyKindInfo(k);
  return plural ? info.plural : info.singular;
}

/// The party of a duty or a termination right; null means either party.
std::string partyOrEither(const Party *p) { return p ? p->name : "either"; }

/// A tier bound's threshold: its value when a literal, else what it names.
std::string boundText(const Expr *e) {
  if (auto *lit = llvm::dyn_cast_or_null<LiteralExpr>(e))
    return lit->value;
  if (auto *p = llvm::dyn_cast_or_null<ParamRefExpr>(e))
    return p->param ? p->param->name : errorText;
  if (auto *c = llvm::dyn_cast_or_null<ConstRefExpr>(e))
    return c->constant ? c->constant->name : errorText;
  if (auto *u = llvm::dyn_cast_or_null<UnaryExpr>(e); u && u->op == UnaryOp::Neg)
    return "-" + boundText(u->operand.get());
  return e ? "(formula)" : errorText;
}

/// `[0.95, 0.9999)`, `(-inf, 0.95)`: the measure values a tier pays for.
std::string rangeText(const TierRange &r) {
  std::string lower =
      r.lower ? (r.lower->inclusive ? "[" : "(") + boundText(r.lower->value) : std::string("(-inf");
  std::string upper =
      r.upper ? boundText(r.upper->value) + (r.upper->inclusive ? "]" : ")") : std::string("+inf)");
  return lower + ", " + upper;
}

//===----------------------------------------------------------------------===//
// The dumper
//===----------------------------------------------------------------------===//

class IrDumper {
public:
  IrDumper(const llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}
  void program(const Program &p);

private:
  /// Makes the lines written during its lifetime children of the last one.
  class Nested {
  public:
    explicit Nested(unsigned &depth) : depth(depth) { ++depth; }
    ~Nested() { --depth; }
    Nested(const Nested &) = delete;
    Nested &operator=(const Nested &) = delete;

  private:
    unsigned &depth;
  };

  // Output.
  std::string locText(llvm::SMLoc loc) const;
  void line(llvm::StringRef text, llvm::SMLoc loc);
  void label(llvm::StringRef text);
  void doc(llvm::StringRef text);
  void labeled(llvm::StringRef text, const Expr *e);
  void named(llvm::StringRef text, const Named &d);

  // Declarations outside an agreement.
  void enumType(const EnumType &e);
  void calendar(const Calendar &c);
  void constant(const Const &c);
  void function(const Function &f);

  // The agreement and its items.
  void agreement(const Agreement &a);
  void settings(const Agreement &a);
  void party(const Party &p);
  void service(const Service &s);
  void dataset(const Dataset &d);
  void field(const Field &f);
  void param(const Param &p);
  void metric(const Metric &m);
  void objective(const Objective &o);
  void obligation(const Obligation &o);
  void must(const Obligation &o);
  void duty(const Duty &d);
  void exclusion(const Exclusion &x);
  void remedy(const Remedy &r);
  void tier(const Tier &t);
  void amount(llvm::StringRef text, const Amount &a);
  void amount(llvm::StringRef text, const std::optional<Amount> &a) {
    if (a)
      amount(text, *a);
  }
  void payerAndPayee(const Party *payer, const Party *payee);
  void holdback(const Holdback &h);
  void totalCap(const TotalCap &c);
  void report(const Report &r);
  void termination(const Agreement &a);
  void clause(const Clause &c);

  /// An expression at the current depth (IrDumpExprs.cpp).
  void expr(const Expr *e) { dumpExpr(e, os, depth); }

  const llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
  unsigned depth = 0;
};

/// `<line:col>`, the column counted in characters; `<>` when unknown.
std::string IrDumper::locText(llvm::SMLoc loc) const {
  // getLineAndColumn asserts on a location outside every buffer.
  unsigned id = loc.isValid() ? sm.FindBufferContainingLoc(loc) : 0;
  if (id == 0)
    return "<>";
  auto [lineNo, byteColumn] = sm.getLineAndColumn(loc, id);
  llvm::StringRef before(loc.getPointer() - (byteColumn - 1), byteColumn - 1);
  unsigned column = countCodePoints(before) + 1;
  return "<" + std::to_string(lineNo) + ":" + std::to_string(column) + ">";
}

void IrDumper::line(llvm::StringRef text, llvm::SMLoc loc) {
  os.indent(2 * depth) << text << ' ' << locText(loc) << '\n';
}

void IrDumper::label(llvm::StringRef text) { os.indent(2 * depth) << text << '\n'; }

void IrDumper::doc(llvm::StringRef text) {
  if (!text.empty())
    label("Doc " + dumpQuoted(text));
}

/// A label line with the expression as its child; nothing when `e` is null.
void IrDumper::labeled(llvm::StringRef text, const Expr *e) {
  if (!e)
    return;
  label(text);
  Nested in(depth);
  expr(e);
}

/// The line of a named declaration; its doc comment follows as a child.
void IrDumper::named(llvm::StringRef text, const Named &d) {
  line(text, d.range.Start);
  Nested in(depth);
  doc(d.doc);
}

//===----------------------------------------------------------------------===//
// Program, declarations outside an agreement
//===----------------------------------------------------------------------===//

void IrDumper::program(const Program &p) {
  label("Program");
  Nested in(depth);
  doc(p.moduleDoc);
  for (const auto &e : p.enums)
    if (e)
      enumType(*e);
  for (const auto &c : p.calendars)
    if (c)
      calendar(*c);
  for (const auto &c : p.consts)
    if (c)
      constant(*c);
  for (const auto &f : p.functions)
    if (f)
      function(*f);
  for (const auto &a : p.agreements)
    if (a)
      agreement(*a);
}

void IrDumper::enumType(const EnumType &e) {
  named(head("Enum", e), e);
  Nested in(depth);
  for (const EnumMember &m : e.members) {
    label("EnumMember " + m.name + (m.title.empty() ? "" : " " + dumpQuoted(m.title)));
    Nested memberIn(depth);
    doc(m.doc);
  }
}

/// `Hours monday 09:00-17:00`, one line a weekday; `Closed first..last`.
void IrDumper::calendar(const Calendar &c) {
  named(head("Calendar", c), c);
  Nested in(depth);
  label("Timezone " + dumpQuoted(c.timezone));
  for (const Calendar::Hours &h : c.hours)
    label(std::string("Hours ") + weekdayName(h.weekday) + " " + clockText(h.fromMinute) + "-" +
          clockText(h.toMinute));
  for (const Calendar::Closed &r : c.except) {
    bool single = r.last.empty() || r.last == r.first;
    label("Closed " + r.first + (single ? "" : ".." + r.last));
  }
}

void IrDumper::constant(const Const &c) {
  named(head("Const", c) + ": " + c.type.str(), c);
  Nested in(depth);
  expr(c.value.get());
}

/// `Function name -> type`, then one `FnParam` a parameter and the body.
void IrDumper::function(const Function &f) {
  named(head("Function", f) + " -> " + f.result.str(), f);
  Nested in(depth);
  for (const auto &[name, type] : f.params)
    label("FnParam " + name + ": " + type.str());
  expr(f.body.get());
}

//===----------------------------------------------------------------------===//
// The agreement
//===----------------------------------------------------------------------===//

void IrDumper::agreement(const Agreement &a) {
  named(head("Agreement", a), a);
  Nested in(depth);
  settings(a);
  for (const auto &p : a.parties)
    party(*p);
  label("Provider " + (a.provider ? a.provider->name : "(none)"));
  label("Customer " + (a.customer ? a.customer->name : "(none)"));
  if (!a.calendars.empty())
    label("Calendars " + nameList(a.calendars));
  for (const auto &s : a.services)
    service(*s);
  for (const auto &d : a.datasets)
    dataset(*d);
  for (const auto &p : a.params)
    param(*p);
  for (const auto &m : a.metrics)
    metric(*m);
  for (const auto &o : a.objectives)
    objective(*o);
  for (const auto &o : a.obligations)
    obligation(*o);
  for (const Duty &d : a.duties)
    duty(d);
  for (const auto &x : a.exclusions)
    exclusion(*x);
  for (const auto &r : a.remedies)
    remedy(*r);
  for (const auto &h : a.holdbacks)
    holdback(*h);
  for (const TotalCap &c : a.totalCaps)
    totalCap(c);
  for (const auto &r : a.reports)
    report(*r);
  termination(a);
  for (const auto &c : a.clauses)
    clause(*c);
  if (a.review)
    line("Review " + windowText(*a.review), a.review->range.Start);
}

/// One line a setting, after what `incorporates` merged in.
void IrDumper::settings(const Agreement &a) {
  if (!a.version.empty())
    label("Version " + dumpQuoted(a.version));
  label(a.internal ? "Kind internal" : "Kind customer");
  if (!a.effectiveFrom.empty())
    label("Effective " + a.effectiveFrom +
          (a.effectiveUntil.empty() ? "" : " until " + a.effectiveUntil));
  label("Timezone " + dumpQuoted(a.timezone));
  if (!a.currency.empty())
    label("Currency " + a.currency);
  if (a.master)
    label("Master " + a.master->name);
}

/// `Party provider acme "Acme Cloud GmbH"`, as in the `parties` block.
void IrDumper::party(const Party &p) {
  named(std::string("Party ") + roleName(p.role) + " " + p.name + " " + dumpQuoted(p.legalName), p);
}

void IrDumper::service(const Service &s) {
  named(head("Service", s), s);
  Nested in(depth);
  for (const std::string &text : s.description)
    label("Description " + dumpQuoted(text));
  if (s.roundTheClock)
    label("Hours 24x7");
  if (s.hours)
    label("Hours " + s.hours->name);
}

/// Fields, the time key, then the filters of the exclusions that apply and
/// the `during` sets that take time from it.
void IrDumper::dataset(const Dataset &d) {
  named(head("Dataset", d), d);
  Nested in(depth);
  for (const auto &f : d.fields)
    field(*f);
  label("TimeKey " + nameOf(d.timeKey));
  // Sampled data only: events have no step.
  if (d.sampled())
    label("Every " + d.stepSeconds + " s");
  for (const Expr *x : d.exclusions)
    labeled("Exclusion", x);
  for (const IntervalSet *s : d.excludedTime)
    label("ExcludedTime " + nameOf(s->dataset) + "." + nameOf(s->field));
}

/// `Field name "title": type [in ms] [=]`, the derived expression as child.
void IrDumper::field(const Field &f) {
  std::string text = head("Field", f) + ": " + f.type.str() + unitText(f);
  named(f.derived ? text + " =" : text, f);
  Nested in(depth);
  if (f.derived)
    expr(f.derived.get());
}

/// `Param name "title": type [=]`, the default as child.
void IrDumper::param(const Param &p) {
  std::string text = head("Param", p) + ": " + p.type.str();
  named(p.defaultValue ? text + " =" : text, p);
  Nested in(depth);
  if (p.defaultValue)
    expr(p.defaultValue.get());
}

void IrDumper::metric(const Metric &m) {
  named(head("Metric", m) + ": " + m.type.str(), m);
  Nested in(depth);
  expr(m.formula.get());
}

void IrDumper::objective(const Objective &o) {
  named(head("Objective", o), o);
  Nested in(depth);
  label("By " + nameOf(o.by));
  if (!o.services.empty())
    label("For " + nameList(o.services));
  if (o.target)
    labeled("Target", o.target.get());
  else
    label(std::string("Target ") + errorText);
  label("Window " + windowText(o.window));
  label(std::string("IfNoData ") + noDataName(o.ifNoData));
  label(std::string("IfIncomplete ") + incompleteName(o.ifIncomplete));
  label(readsText(o.reads));
}

void IrDumper::obligation(const Obligation &o) {
  named(head("Obligation", o), o);
  Nested in(depth);
  label(o.kind == Obligation::Kind::CorrectiveAction ? "Kind corrective action" : "Kind items");
  label("By " + nameOf(o.by));
  if (o.each) {
    label("Each " + o.each->name);
    Nested eachIn(depth);
    labeled("Filter", o.eachFilter.get());
    label("ItemId " + (o.itemId ? o.itemId->name : std::string("(time key)")));
  }
  must(o);
  label("Target " + valueAndSpelling(o.targetFraction, o.targetSpelling));
  label("Window " + windowText(o.window));
  if (o.onBreachOf)
    label("OnBreachOf " + o.onBreachOf->name);
  if (o.onBreachOfObligation)
    label("OnBreachOf " + o.onBreachOfObligation->name);
  if (o.kind == Obligation::Kind::Items)
    label(readsText(o.reads));
}

/// `Must` with the condition as child; `Must within` and `Must deliver "…"`
/// with labeled parts.
void IrDumper::must(const Obligation &o) {
  switch (o.form) {
  case Obligation::Form::Condition:
    label("Must");
    break;
  case Obligation::Form::Within:
    label("Must within");
    break;
  case Obligation::Form::Deliver:
    label("Must deliver " + dumpQuoted(o.deliverable));
    break;
  }
  Nested in(depth);
  if (o.form == Obligation::Form::Condition)
    expr(o.condition.get());
  else
    labeled("Completion", o.condition.get());
  labeled("Deadline", o.deadline.get());
  if (o.deadline)
    label(std::string("Clock ") + spelling(o.clock));
  if (o.calendar)
    label("In " + o.calendar->name);
  labeled("After", o.anchor.get());
}

/// `Duty PARTY "text"`, `either` when both parties owe it.
void IrDumper::duty(const Duty &d) {
  line("Duty " + partyOrEither(d.party) + " " + dumpQuoted(d.text), d.range.Start);
}

void IrDumper::exclusion(const Exclusion &x) {
  named(head("Exclusion", x), x);
  Nested in(depth);
  for (const Exclusion::From &from : x.from) {
    label("From " + nameOf(from.dataset));
    Nested fromIn(depth);
    expr(from.filter.get());
  }
  for (const auto &set : x.during) {
    label("During " + nameOf(set->dataset) + "." + nameOf(set->field));
    Nested duringIn(depth);
    expr(set->filter.get());
  }
  for (const std::string &text : x.description)
    label("Description " + dumpQuoted(text));
}

//===----------------------------------------------------------------------===//
// Remedies, reporting, termination
//===----------------------------------------------------------------------===//

/// `Remedy credit|penalty|bonus name "title"` and its parts.
void IrDumper::remedy(const Remedy &r) {
  named(head("Remedy " + remedyKindName(r.kind, false), r), r);
  Nested in(depth);
  if (r.forObjective || r.forObligation)
    label("For " + (r.forObjective ? r.forObjective->name : r.forObligation->name));
  else
    label(std::string("For ") + errorText);
  payerAndPayee(r.payer, r.payee);
  labeled("Base", r.base.get());
  labeled("Measure", r.measure.get());
  if (!r.tiers.empty()) {
    std::string order;
    for (unsigned i : r.ascending)
      order += " " + std::to_string(i);
    label(std::string("Tiers ") + (r.rangeTable ? "ranges" : "nested") + ", ascending" + order);
  }
  for (const Tier &t : r.tiers)
    tier(t);
  amount("Amount", r.amount);
  amount("Cap", r.cap);
  amount("Minimum", r.minimum);
  if (r.claimWithin)
    label("ClaimWithin " + spanText(*r.claimWithin));
  label(readsText(r.reads));
}

void IrDumper::tier(const Tier &t) {
  line(std::string("Tier ") + spelling(t.kind), t.range.Start);
  Nested in(depth);
  doc(t.doc);
  labeled("Threshold", t.threshold.get());
  if (t.andThreshold)
    labeled(std::string("And ") + spelling(t.andKind), t.andThreshold.get());
  amount("Amount", t.amount);
  label("Range " + rangeText(t.values));
}

/// `Amount money` or `Amount share of base`, the expression as child.
void IrDumper::amount(llvm::StringRef text, const Amount &a) {
  labeled(text.str() + " " + spelling(a.kind), a.value.get());
}

void IrDumper::payerAndPayee(const Party *payer, const Party *payee) {
  label("Payer " + nameOf(payer));
  label("Payee " + nameOf(payee));
}

void IrDumper::holdback(const Holdback &h) {
  named(head("Holdback", h), h);
  Nested in(depth);
  payerAndPayee(h.payer, h.payee);
  labeled("Base", h.base.get());
  amount("Amount", h.amount);
  label("ReleasedIf " + conditionText(h.releasedIf));
}

/// `TotalCap credits, penalties per month`, then the amount and what it is a
/// share of.
void IrDumper::totalCap(const TotalCap &c) {
  std::string kinds;
  for (Remedy::Kind k : c.kinds)
    kinds += (kinds.empty() ? "" : ", ") + remedyKindName(k, true);
  line("TotalCap " + (kinds.empty() ? errorText : kinds) + " per " + spelling(c.per),
       c.range.Start);
  Nested in(depth);
  amount("Amount", c.amount);
  labeled("Of", c.of.get());
  std::string order;
  for (const Remedy *r : c.reduceFirst)
    order += (order.empty() ? "" : ", ") + r->name;
  if (!order.empty())
    label("ReduceFirst " + order);
}

void IrDumper::report(const Report &r) {
  named(head("Report", r), r);
  Nested in(depth);
  label("By " + nameOf(r.by));
  if (!r.to.empty())
    label("To " + nameList(r.to));
  label("Window " + windowText(r.window));
  labeled("Due", r.due.get());
  labeled("DueAfter", r.dueAfter.get());
  if (!r.include.empty()) {
    std::string names;
    for (const std::string &name : r.include)
      names += (names.empty() ? "" : ", ") + name;
    label("Include " + names);
  }
}

/// `Termination`, its notice, then `Right PARTY if CONDITION` or
/// `Right PARTY for convenience`, each with its own notice as child. The IR
/// keeps no location for the block itself, only for each right.
void IrDumper::termination(const Agreement &a) {
  if (!a.terminationNotice && a.terminationRights.empty())
    return;
  label("Termination");
  Nested in(depth);
  labeled("Notice", a.terminationNotice.get());
  for (const TerminationRight &r : a.terminationRights) {
    std::string text = "Right " + partyOrEither(r.party);
    text += r.condition ? " if " + conditionText(*r.condition) : " for convenience";
    line(text, r.range.Start);
    Nested rightIn(depth);
    labeled("Notice", r.notice.get());
  }
}

/// `Clause name "title"`, the text as a `Text "…"` child.
void IrDumper::clause(const Clause &c) {
  named(head("Clause", c), c);
  Nested in(depth);
  if (c.replaces)
    label("Replaces " + c.replaces->name);
  if (c.carried)
    label("Carried");
  label("Text " + dumpQuoted(c.text));
}

} // namespace

void dumpProgram(const ir::Program &p, const llvm::SourceMgr &sm, llvm::raw_ostream &os) {
  IrDumper(sm, os).program(p);
}

} // namespace tenor
