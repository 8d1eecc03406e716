//===- BuildLevels.cpp - Services, service levels, responsibilities -------===//
//
// The promises of a contract. Services are listed with their description and
// hours; each objective becomes one sentence ("Example Cloud, Inc. will
// ensure that the Monthly Uptime Percentage of Compute (Region-Level) is at
// least 99.99% in each calendar month."); each obligation becomes what a
// party must do, with its deadline and target in words, and each duty a
// sentence of its own. A deadline named after a past participle
// (`responded_at within 15 min after opened_at`) reads in the active voice:
// "must respond to each support ticket … within 15 minutes after it is
// opened".
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Words.h"
#include "ir/NoValue.h"

#include "llvm/Support/Casting.h"

#include <map>

namespace tenor::doc {

using namespace ir;
using llvm::dyn_cast_or_null;

std::optional<std::string> participle(const Expr *e) {
  const auto *ref = dyn_cast_or_null<FieldRefExpr>(e);
  if (!ref || !ref->field)
    return std::nullopt;
  const std::string &n = ref->field->name;
  if (n.size() <= 3 || n.compare(n.size() - 3, 3, "_at") != 0)
    return std::nullopt;
  return humanize(n.substr(0, n.size() - 3));
}

namespace {

/// The participles of a completion: "accepted" for `accepted_at`, and
/// "accepted", "rejected" for `accepted_at ?? rejected_at` (the evaluator
/// takes the first that is recorded); empty for other expressions.
std::vector<std::string> participles(const Expr *e) {
  if (const auto *b = dyn_cast_or_null<BinaryExpr>(e); b && b->op == BinaryOp::Coalesce) {
    std::vector<std::string> all = participles(b->lhs.get()), rhs = participles(b->rhs.get());
    if (all.empty() || rhs.empty())
      return {};
    all.insert(all.end(), rhs.begin(), rhs.end());
    return all;
  }
  if (std::optional<std::string> done = participle(e))
    return {*done};
  return {};
}

/// "accepted or rejected", "accepted or rejected to" as passiveVerb has it.
std::string passiveVerbs(const std::vector<std::string> &done) {
  std::vector<std::string> out;
  for (const std::string &d : done)
    out.push_back(passiveVerb(d));
  return joinList(out, "or");
}

/// "accept or reject"; none when one of them has no active verb.
std::optional<std::string> activeVerbs(const std::vector<std::string> &done) {
  std::vector<std::string> out;
  for (const std::string &d : done) {
    std::optional<std::string> verb = activeVerb(d);
    if (!verb)
      return std::nullopt;
    out.push_back(*verb);
  }
  return joinList(out, "or");
}

std::string title(const Named &n) {
  return n.title.empty() ? capitalize(humanize(n.name)) : n.title;
}

} // namespace

//===----------------------------------------------------------------------===//
// Services
//===----------------------------------------------------------------------===//

Section ContractBuilder::services() {
  Section s{"", "Services", {}, {}};
  if (agreement.services.empty())
    return s;
  const Party *p = agreement.provider;
  const Party *c = agreement.customer;
  std::string to = c ? " to " + words.party(c) : "";
  s.blocks.push_back(
      paragraph(subject(words, p) + " will provide the following services" + to + ":"));
  List list;
  for (const auto &svc : agreement.services) {
    Text item = Text::strong(title(*svc));
    std::string text;
    for (const std::string &d : svc->description)
      text += " " + sentence(d);
    if (svc->roundTheClock)
      text += " Service hours: 24 hours a day, 7 days a week.";
    else if (svc->hours)
      text += " Service hours: " + calendarReference(*svc->hours) + ".";
    item.append(text.empty() ? "." : ":" + text);
    appendNote(item, svc->doc);
    list.items.push_back(std::move(item));
  }
  s.blocks.push_back(std::move(list));
  return s;
}

//===----------------------------------------------------------------------===//
// Service levels
//===----------------------------------------------------------------------===//

Section ContractBuilder::serviceLevels() {
  Section s{"", "Service Levels", {}, {}};
  for (const auto &o : agreement.objectives) {
    Subsection sub{"", title(*o), {}};
    appendNotes(sub.blocks, o->doc);
    std::vector<std::string> names;
    for (const Service *svc : o->services)
      names.push_back(title(*svc));
    // "the Monthly Uptime Percentage of Compute" when the target is about
    // one metric; "For Compute, …" before a compound target.
    const auto *cmp = llvm::dyn_cast_or_null<BinaryExpr>(o->target.get());
    bool single = cmp && cmp->lhs && cmp->lhs->kind() == Expr::Kind::MetricRef;
    words.setMetricSuffix(single ? joinList(names) : "");
    std::string target = o->target ? words.clause(*o->target) : "the objective is met";
    words.setMetricSuffix("");
    words.takeNotes();
    std::string by = subject(words, o->by);
    std::string lead =
        single || names.empty() ? by : "For " + joinList(names) + ", " + words.party(o->by);
    sub.blocks.push_back(
        paragraph(lead + " will ensure that " + target + " in " + words.each(o->window) + "."));
    // Only where a figure of the target can have no value (LANGUAGE.md
    // 11.8): elsewhere the line never applies, and stating it would promise
    // what the evaluator never does (a share of no records is 100%).
    if (o->ifNoData != NoDataOutcome::Unknown && o->target && mayHaveNoValue(*o->target))
      sub.blocks.push_back(
          paragraph("If there is no data to measure this in a " + words.period(o->window) +
                    ", the objective counts as " +
                    (o->ifNoData == NoDataOutcome::Met ? "met." : "not met for that period.")));
    if (o->ifIncomplete != IncompleteOutcome::Measured)
      sub.blocks.push_back(paragraph(incompleteRule(*o)));
    s.subsections.push_back(std::move(sub));
  }
  return s;
}

/// What an incomplete period of `o` is, when its `if incomplete` is not the
/// default (LANGUAGE.md 11.2; the Measurement section states the default).
std::string ContractBuilder::incompleteRule(const Objective &o) {
  std::string period = words.period(o.window);
  std::string lead = "If the data for a " + period + " is incomplete, the objective ";
  switch (o.ifIncomplete) {
  case IncompleteOutcome::Met:
    return lead + "counts as met for that " + period + ".";
  case IncompleteOutcome::Breached:
    return lead + "counts as not met for that " + period + ", whatever the data there is shows.";
  case IncompleteOutcome::Unknown:
  case IncompleteOutcome::Measured:
    break;
  }
  return lead + "is not assessed for that " + period + ", and no remedy applies.";
}

//===----------------------------------------------------------------------===//
// Responsibilities
//===----------------------------------------------------------------------===//

/// "Business hours, as defined in section 1" when Definitions has the
/// calendar; else its hours in full.
std::string ContractBuilder::calendarReference(const Calendar &c) {
  std::string defined = definitionsNumber();
  return defined.empty() ? words.calendarHours(c) : title(c) + ", as defined in section " + defined;
}

/// "1" when the contract has a Definitions section (it defines every
/// calendar of a service or a deadline), else empty.
std::string ContractBuilder::definitionsNumber() const {
  for (const Section &s : contract.sections)
    if (s.title == "Definitions")
      return s.number.substr(0, s.number.size() - 1);
  return "";
}

Section ContractBuilder::responsibilities() {
  Section s{"", "Responsibilities", {}, {}};
  // The subsections are numbered when the section is added; this is its number.
  std::string number = std::to_string(contract.sections.size() + 1) + ".";
  std::map<const Calendar *, std::string> spelledOut;
  if (std::optional<Block> pending = pendingRule())
    s.blocks.push_back(std::move(*pending));
  for (const auto &o : agreement.obligations) {
    std::string here = number + std::to_string(s.subsections.size() + 1);
    std::string hours;
    if (o->form == Obligation::Form::Within && o->calendar) {
      // Definitions spells out the hours of every calendar a deadline
      // counts in; without it, they are spelled out here the first time.
      auto [at, first] = spelledOut.insert({o->calendar, here});
      std::string which = !definitionsNumber().empty() ? calendarReference(*o->calendar) + ","
                          : first
                              ? title(*o->calendar) + " (" + words.calendarHours(*o->calendar) + ")"
                              : title(*o->calendar) + " (see " + at->second + ")";
      hours = clockSentence(*o, which);
    } else if (o->form == Obligation::Form::Within && hasServiceHours()) {
      hours = "This deadline is counted in elapsed time, around the clock, including nights, "
              "weekends and holidays.";
    }
    s.subsections.push_back({"", title(*o), obligationBlocks(*o, hours)});
  }
  if (agreement.duties.empty())
    return s;
  List duties;
  for (const Duty &d : agreement.duties)
    duties.items.push_back(subject(words, d.party) + " must " + sentence(d.text));
  std::string heading = s.subsections.empty() ? "Duties of the parties" : "Other responsibilities";
  s.subsections.push_back({"", heading, {std::move(duties)}});
  return s;
}

/// How a deadline in a calendar is counted (LANGUAGE.md 11.5); `which`
/// names the calendar and where its hours are.
std::string ContractBuilder::clockSentence(const Obligation &o, const std::string &which) {
  if (o.clock == Obligation::Clock::BusinessDays)
    return "A business day is a day with hours in " + which +
           " and the deadline is the closing time of the last of these days, counted from the "
           "day after the start. Completion at or before that time is on time.";
  std::optional<std::string> done = participle(o.condition.get());
  std::string item = o.each ? indefinite(words.row(*o.each)) + " " + words.row(*o.each) : "one";
  return "Only time within " + which +
         " counts: the clock stops when these hours close and starts again when they open. " +
         capitalize(item) + " " + (done ? passiveVerb(*done) : "completed") +
         " while they are closed is on time if it was on time when they closed.";
}

/// Whether a service's hours are a calendar rather than around the clock:
/// then a deadline without a calendar must say that it runs around the clock.
bool ContractBuilder::hasServiceHours() const {
  for (const auto &svc : agreement.services)
    if (svc->hours && !svc->roundTheClock)
      return true;
  return false;
}

std::vector<Block> ContractBuilder::obligationBlocks(const Obligation &o,
                                                     const std::string &hours) {
  std::vector<Block> blocks;
  appendNotes(blocks, o.doc);
  switch (o.form) {
  case Obligation::Form::Within:
    blocks.push_back(paragraph(withinSentence(o)));
    break;
  case Obligation::Form::Deliver:
    blocks.push_back(paragraph(deliverSentence(o)));
    break;
  case Obligation::Form::Condition:
    blocks.push_back(paragraph(conditionSentence(o)));
    break;
  }
  if (!hours.empty())
    blocks.push_back(paragraph(hours));
  if (o.form == Obligation::Form::Within && o.each)
    if (std::vector<std::string> done = participles(o.condition.get()); !done.empty())
      blocks.push_back(paragraph("If " + indefinite(words.row(*o.each)) + " " + words.row(*o.each) +
                                 " is not " + passiveVerbs(done) +
                                 " by its deadline, it counts as late."));
  if (std::optional<Block> example = deadlineExample(o))
    blocks.push_back(std::move(*example));
  words.takeNotes();
  return blocks;
}

/// The pending rule and the cut-off (LANGUAGE.md 11.5), once for all the
/// deadlines of items: an item without a completion is pending while its
/// deadline has not passed, late after; a missing completion is not simply
/// left out.
std::optional<Block> ContractBuilder::pendingRule() const {
  for (const auto &o : agreement.obligations)
    if (o->form == Obligation::Form::Within && o->each)
      return paragraph(
          "Deadlines are judged at a cut-off: the time as of which performance is assessed, "
          "which is the end of the last period assessed unless the parties name another time. "
          "An item that is not completed by the cut-off is pending while its deadline has not "
          "passed: it counts neither as on time nor as late, and is left out of the share on "
          "time. Once its deadline has passed, it counts as late.");
  return std::nullopt;
}

/// "after it is opened", "after its reply due time", and for `a ?? b`
/// "after it is acknowledged (or, if it is not, after it is opened)".
std::string ContractBuilder::after(const Expr &anchor) {
  if (std::optional<std::string> done = participle(&anchor))
    return "after it is " + *done;
  if (const auto *ref = dyn_cast_or_null<FieldRefExpr>(&anchor); ref && ref->field)
    return "after its " + words.field(*ref->field);
  if (const auto *b = dyn_cast_or_null<BinaryExpr>(&anchor);
      b && b->op == BinaryOp::Coalesce && b->lhs && b->rhs)
    return after(*b->lhs) + " (or, if it is not, " + after(*b->rhs) + ")";
  return "after " + words.noun(anchor);
}

/// ", for at least 95% of these support tickets in each calendar month."
static std::string targetTail(const Explainer &words, const Obligation &o) {
  std::string each = words.each(o.window);
  if (o.targetFraction == "1" || !o.each)
    return ", in " + each + ".";
  return ", for at least " + formatPercent(o.targetFraction) + " of these " + words.rows(*o.each) +
         " in " + each + ".";
}

std::string ContractBuilder::withinSentence(const Obligation &o) {
  std::string by = subject(words, o.by);
  std::string deadline = !o.deadline   ? "the deadline"
                         : !o.calendar ? words.noun(*o.deadline)
                         : o.clock == Obligation::Clock::BusinessDays
                             ? words.businessDays(*o.deadline, *o.calendar)
                             : words.calendarDuration(*o.deadline, *o.calendar);
  words.setItemContext(true);
  std::string anchor = o.anchor ? after(*o.anchor) : "after the start";
  std::string completion = o.condition ? words.noun(*o.condition) : "it";
  words.setItemContext(false);
  if (!o.each)
    return by + " must make sure that " + completion + " is within " + deadline + " " + anchor +
           ", in " + words.each(o.window) + ".";
  std::string item = "each " + words.items(*o.each, o.eachFilter.get(), false);
  std::string when = " within " + deadline + " " + anchor + targetTail(words, o);
  std::vector<std::string> done = participles(o.condition.get());
  if (!done.empty()) {
    if (std::optional<std::string> verb = activeVerbs(done))
      return by + " must " + *verb + " " + item + when;
    return by + " must make sure that " + item + " is " + passiveVerbs(done) + when;
  }
  return by + " must make sure that, for " + item + ", " + completion + " is" + when;
}

/// The deadline comes first and the deliverable last, so that the deadline
/// cannot be read as part of what is delivered ("…to prevent a recurrence
/// within 5 days").
std::string ContractBuilder::deliverSentence(const Obligation &o) {
  std::string deadline = o.deadline ? words.calendarDays(*o.deadline) : "the agreed time";
  std::string when = "Within " + deadline + " after the end of ";
  if (o.onBreachOf)
    when += "any " + words.period(o.onBreachOf->window) + " in which " +
            words.objective(*o.onBreachOf) + " was not met";
  else if (o.onBreachOfObligation)
    when += "any " + words.period(o.onBreachOfObligation->window) + " in which " +
            words.obligation(*o.onBreachOfObligation) + " was not met";
  else
    when += words.each(o.window);
  return when + ", " + subject(words, o.by) + " must deliver " + sentence(o.deliverable);
}

std::string ContractBuilder::conditionSentence(const Obligation &o) {
  std::string by = subject(words, o.by);
  std::string in = "In " + words.each(o.window) + ", " + by + " must make sure that ";
  if (!o.each)
    return in + (o.condition ? words.clause(*o.condition) : "the condition holds") + ".";
  words.setItemContext(true);
  std::string condition = o.condition ? words.clause(*o.condition) : "it is handled";
  words.setItemContext(false);
  if (o.targetFraction == "1")
    return in + "each " + words.items(*o.each, o.eachFilter.get(), false) +
           " meets this condition: " + condition + ".";
  return in + "at least " + formatPercent(o.targetFraction) + " of the " +
         words.items(*o.each, o.eachFilter.get(), true) + " meet this condition: " + condition +
         ".";
}

} // namespace tenor::doc
