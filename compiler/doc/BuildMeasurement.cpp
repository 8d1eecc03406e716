//===- BuildMeasurement.cpp - Measurement, exclusions and reporting -------===//
//
// How the numbers of the contract are obtained: the time zone, how the
// periods of the service levels are formed, which data each measurement is
// based on and how a record is assigned to a period, what is excluded, and
// what happens when a period has no data. Then the reports a party must
// send, when, and what they hold.
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Words.h"
#include "ir/NoValue.h"
#include "tenor/core/Units.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Casting.h"

#include <algorithm>
#include <set>

namespace tenor::doc {

using namespace ir;

namespace {

std::string title(const Named &n) {
  return n.title.empty() ? capitalize(humanize(n.name)) : n.title;
}

/// How one kind of window is formed.
std::string windowRule(WindowUnit u) {
  switch (u) {
  case WindowUnit::Day:
    return "A calendar day starts at 00:00 and ends at 00:00 on the next day.";
  case WindowUnit::Week:
    return "A calendar week starts on Monday at 00:00 and lasts seven days.";
  case WindowUnit::Month:
    return "A calendar month starts at 00:00 on its first day and ends when the next month "
           "starts.";
  case WindowUnit::Quarter:
    return "Calendar quarters start on 1 January, 1 April, 1 July and 1 October.";
  case WindowUnit::Year:
    return "A calendar year starts on 1 January.";
  }
  return "";
}

/// "a date and time", "yes or no", "one of P1 (Critical), …".
std::string fieldType(const Type &t, const Field &f, const std::string &currency) {
  std::string out;
  switch (t.kind) {
  case Type::Kind::Bool:
    out = "yes or no";
    break;
  case Type::Kind::Timestamp:
    out = "a date and time";
    break;
  case Type::Kind::Date:
    out = "a date";
    break;
  case Type::Kind::Interval:
    out = "a span of time with a start and an end";
    break;
  case Type::Kind::Text:
    out = "text";
    break;
  case Type::Kind::Enum: {
    std::vector<std::string> members;
    if (t.enumType)
      for (const EnumMember &m : t.enumType->members)
        members.push_back(memberLabel(m));
    out = "one of " + joinList(members, "or");
    break;
  }
  case Type::Kind::Number: {
    const Dimension &d = t.dim;
    if (d == Dimension::timeDim())
      out = "a length of time in " +
            std::string(
                core::unitInfo(
                    core::durationUnitOfMicros(f.unitMicros).value_or(core::DurationUnit::Seconds))
                    .plural);
    else if (d == Dimension::dataDim())
      out = "an amount of data";
    else if (d.isMoney())
      out = "an amount in " + (d.currency.empty() ? currency : d.currency);
    else
      out = t.percent ? "a percentage" : t.integer ? "a whole number" : "a number";
    break;
  }
  default:
    out = "a value";
    break;
  }
  return t.optional ? out + ", which may be missing" : out;
}

bool objectiveMayLackValue(const Objective &o) { return o.target && mayHaveNoValue(*o.target); }

bool remedyMayLackValue(const Remedy &r) {
  if ((r.base && mayHaveNoValue(*r.base)) || (r.measure && mayHaveNoValue(*r.measure)))
    return true;
  for (const Tier &t : r.tiers)
    if (t.threshold && mayHaveNoValue(*t.threshold))
      return true;
  return false;
}

/// What happens when a figure has no value in a period (LANGUAGE.md 11.8),
/// each sentence only where the agreement has what it speaks of: the
/// figures of service levels or remedies that can lack a value, service
/// levels that are then not assessed, and conditions that count periods.
std::string noValueRule(const Agreement &a) {
  bool levels = false, unassessed = false, remedies = false;
  for (const auto &o : a.objectives) {
    levels = levels || objectiveMayLackValue(*o);
    unassessed = unassessed || mayBeUnknown(*o);
  }
  for (const auto &r : a.remedies)
    remedies = remedies || remedyMayLackValue(*r);
  if (!levels && !remedies)
    return "";
  std::string text = "Some figures have no value in a period: an average, a lowest or highest "
                     "value, or a percentile of no records, and any figure that would be divided "
                     "by zero.";
  if (levels)
    text += " A service level that uses such a figure is not assessed for that period, unless "
            "the service level says otherwise. No remedy applies to a service level that is not "
            "assessed.";
  if (remedies)
    text += " A remedy that is worked out from a figure with no value is not owed for that period.";
  bool holdbacks = !a.holdbacks.empty(), rights = false;
  for (const TerminationRight &t : a.terminationRights)
    rights = rights || t.condition.has_value();
  std::string counted = holdbacks && rights ? "holdbacks and termination rights"
                        : holdbacks         ? "holdbacks"
                                            : "termination rights";
  if (unassessed && (holdbacks || rights))
    text += " For " + counted +
            ", a period that is not assessed counts as neither met nor missed: it breaks a run "
            "of consecutive periods, and a condition over the whole term is decided on the "
            "periods that were assessed.";
  return text;
}

} // namespace

//===----------------------------------------------------------------------===//
// Measurement and exclusions
//===----------------------------------------------------------------------===//

Section ContractBuilder::measurement() {
  Section s{"", "Measurement and Exclusions", {}, {}};
  if (agreement.objectives.empty() && agreement.obligations.empty() && agreement.datasets.empty() &&
      agreement.exclusions.empty())
    return s;
  s.blocks.push_back(paragraph("All times in this agreement are in the " + agreement.timezone +
                               " time zone, unless a calendar states another time zone."));
  for (Block &b : periodBlocks())
    s.blocks.push_back(std::move(b));
  for (Block &b : dataBlocks())
    s.blocks.push_back(std::move(b));
  if (std::string text = noValueRule(agreement); !text.empty())
    s.blocks.push_back(paragraph(text));
  if (!agreement.objectives.empty())
    s.blocks.push_back(paragraph(
        "Unless a service level says otherwise, it is assessed in an incomplete period on the "
        "data there is, and remedies apply as in any other period; the results show that the "
        "period is incomplete."));
  for (Block &b : exclusionBlocks())
    s.blocks.push_back(std::move(b));
  return s;
}

/// How the periods of the service levels, responsibilities and reports are
/// formed, each kind once.
std::vector<Block> ContractBuilder::periodBlocks() {
  std::vector<const Window *> windows;
  for (const auto &o : agreement.objectives)
    windows.push_back(&o->window);
  for (const auto &o : agreement.obligations)
    if (o->each || o->form == Obligation::Form::Condition)
      windows.push_back(&o->window);
  for (const auto &r : agreement.reports)
    windows.push_back(&r->window);
  std::set<WindowUnit> units;
  std::set<std::string> rolling;
  bool multiDay = false, multiMonth = false;
  for (const Window *w : windows) {
    if (w->rolling) {
      rolling.insert(words.period(*w));
      continue;
    }
    units.insert(w->unit);
    multiDay = multiDay || (w->count > 1 && w->unit <= WindowUnit::Week);
    multiMonth = multiMonth || (w->count > 1 && w->unit > WindowUnit::Week);
  }
  std::string text;
  for (WindowUnit u : units)
    text += (text.empty() ? "" : " ") + windowRule(u);
  if (multiDay)
    text += " Periods of several days or weeks are counted from the day this agreement takes "
            "effect; periods of several weeks start on a Monday.";
  if (multiMonth)
    text += " Periods of several months, quarters or years are counted from 1 January of the "
            "year in which this agreement takes effect.";
  for (const std::string &r : rolling)
    text += " A " + r +
            " ends at the end of a day and covers the time just before it, that day "
            "included; one is assessed at the end of every day.";
  if (windows.empty())
    return {};
  text += " A period that ends after the time at which the results are worked out is "
          "incomplete.";
  return {paragraph(text.substr(text.front() == ' ' ? 1 : 0))};
}

/// The data each measurement is based on.
std::vector<Block> ContractBuilder::dataBlocks() {
  if (agreement.datasets.empty())
    return {};
  std::vector<Block> blocks{paragraph("Measurements are based on the following records:")};
  List list;
  bool optional = false;
  for (const auto &d : agreement.datasets) {
    Text item = Text::strong(capitalize(d->title.empty() ? humanize(d->name) : d->title));
    std::string text;
    std::vector<std::string> fields;
    for (const auto &f : d->fields) {
      std::string desc = words.field(*f) + " (" + fieldType(f->type, *f, agreement.currency);
      if (f->derived)
        desc += ", worked out as " + words.noun(*f->derived);
      fields.push_back(desc + ")");
      optional = optional || f->type.optional;
    }
    text += " Each record gives " + joinList(fields) + ".";
    if (const Field *key = d->timeKey)
      text += key->type.kind == Type::Kind::Interval
                  ? " A record counts in each period that its " + words.field(*key) +
                        " overlaps, for the part inside that period."
                  : " A record counts in the period that contains its " + words.field(*key) + ".";
    text += samplingRule(*d);
    item.append(":" + text);
    appendNote(item, d->doc);
    list.items.push_back(std::move(item));
  }
  words.takeNotes();
  blocks.push_back(std::move(list));
  if (optional)
    blocks.push_back(paragraph(missingValueSentence()));
  bool events = std::any_of(agreement.datasets.begin(), agreement.datasets.end(),
                            [](const auto &d) { return !d->sampled(); });
  if (events)
    blocks.push_back(paragraph(
        "Records that are not expected at regular times are made when something happens. They "
        "are taken to be complete up to the time at which the results are worked out, so a "
        "period without them had nothing to record."));
  return blocks;
}

/// Missing values are left out of figures, except a missing completion
/// time of an item with a deadline: that item is pending or late
/// (LANGUAGE.md 11.5), which the deadline's own clause words.
std::string ContractBuilder::missingValueSentence() const {
  std::string text = "A value that is missing from a record is left out of totals, averages and "
                     "other figures";
  for (const auto &o : agreement.obligations)
    if (o->form == Obligation::Form::Within && o->each)
      return text + ", except the time by which an item with a deadline is completed: an item "
                    "without it is pending or late, as its deadline says.";
  return text + ".";
}

/// LANGUAGE.md 11.2: which records sampled data expects, and what a missing
/// one means; empty for events.
std::string ContractBuilder::samplingRule(const Dataset &d) {
  if (!d.sampled())
    return "";
  std::string expected = d.stepSeconds == "86400"
                             ? " One record is expected for each day, at midnight."
                             : " One record is expected every " +
                                   formatDuration(d.stepSeconds, d.stepSpelling) +
                                   ", counted from midnight of each day.";
  return expected + " A missing record is a gap in the data, and a period with a gap is "
                    "incomplete. A second record for the same time, or one at another time, "
                    "is an error in the data.";
}

/// The exclusions the evaluator applies, each rule stated as exactly what
/// it removes and the author's words printed apart as a note; then the
/// text-only ones, as claims the parties decide (LANGUAGE.md 11.7, 12.4).
std::vector<Block> ContractBuilder::exclusionBlocks() {
  std::vector<Block> blocks;
  List applied, claims;
  for (const auto &x : agreement.exclusions) {
    Text item = Text::strong(title(*x));
    std::string note;
    for (const std::string &d : x->description)
      note += (note.empty() ? "" : " ") + capitalize(sentence(d));
    if (!x->doc.empty())
      note += (note.empty() ? "" : " ") + sentence(paragraphsOf(x->doc).front());
    if (x->textOnly()) {
      item.append(note.empty() ? "." : ": " + note);
      claims.items.push_back(std::move(item));
      continue;
    }
    item.append(":" + exclusionRule(*x));
    if (!note.empty()) {
      item.append(" ");
      item.append("Note: " + note, Span::Style::Emphasis);
    }
    applied.items.push_back(std::move(item));
  }
  words.takeNotes();
  bool also = !applied.items.empty();
  if (also) {
    blocks.push_back(paragraph("The following are excluded from all measurements:"));
    blocks.push_back(std::move(applied));
  }
  if (!claims.items.empty()) {
    blocks.push_back(paragraph(
        capitalize(words.party(agreement.provider)) + (also ? " may also" : " may") +
        " claim the following for a particular event. They are not applied to the "
        "measurements: the parties decide each claim, and a figure changes only as they agree."));
    blocks.push_back(std::move(claims));
  }
  return blocks;
}

/// What one exclusion removes: the records of `from`, the time of `during`.
std::string ContractBuilder::exclusionRule(const Exclusion &x) {
  std::string text;
  for (const Exclusion::From &from : x.from)
    if (from.dataset)
      text += " Only " + words.items(*from.dataset, from.filter.get(), true) +
              " are removed from the data before any figure is worked out.";
  for (const auto &set : x.during) {
    std::string cut;
    std::vector<std::string> kept; // money rows (charges) keep their time
    for (const auto &d : agreement.datasets)
      if (llvm::is_contained(d->excludedTime, set.get()))
        cut += " " + excludedTimeEffect(*d);
      else if (d.get() != set->dataset && d->timeKey)
        kept.push_back(words.rows(*d));
    if (!kept.empty())
      cut += " " + capitalize(joinList(kept)) + " are not affected.";
    // The field is named only when the records have more than one interval.
    bool oneInterval = llvm::count_if(set->dataset->fields, [](auto &f) {
                         return f->type.required().kind == Type::Kind::Interval;
                       }) == 1;
    std::string of = oneInterval ? "" : "the " + words.field(*set->field) + " of ";
    text += " The time of " + of + words.items(*set->dataset, set->filter.get(), true) +
            " is taken out of the measurements." + cut +
            " The excluded time still counts in the length of the period.";
  }
  return text;
}

/// What losing excluded time does to the records of one dataset: a record
/// in it is not counted; of an interval, only the part outside counts.
std::string ContractBuilder::excludedTimeEffect(const Dataset &d) {
  const Field &key = *d.timeKey;
  bool interval = key.type.kind == Type::Kind::Interval;
  std::string text = capitalize(words.rows(d)) + " whose " + words.field(key) +
                     (interval ? " lies wholly" : " falls") + " in that time are not counted.";
  std::vector<std::string> cut;
  for (const auto &f : d.fields)
    if (f->type.required().kind == Type::Kind::Interval)
      cut.push_back(words.field(*f));
  if (!cut.empty())
    text += " Of the " + joinList(cut) + " of any other " + words.row(d) +
            ", only the part outside that time counts as time covered.";
  return text;
}

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

Section ContractBuilder::reporting() {
  Section s{"", "Reporting", {}, {}};
  for (const auto &r : agreement.reports) {
    Subsection sub{"", title(*r), {}};
    appendNotes(sub.blocks, r->doc);
    std::vector<std::string> to;
    for (const Party *p : r->to)
      to.push_back(words.party(p));
    std::string name = definite(r->title.empty() ? humanize(r->name) : r->title);
    std::string text = subject(words, r->by) + " will send " + name +
                       (to.empty() ? "" : " to " + joinList(to)) + " for " + words.each(r->window);
    if (r->due) {
      const auto *after = llvm::dyn_cast_or_null<PeriodAttrExpr>(r->dueAfter.get());
      std::string from = !after ? (r->dueAfter ? words.noun(*r->dueAfter) : "the end of the period")
                         : after->attr == PeriodAttrExpr::Attr::Start
                             ? "the start of the " + words.period(r->window)
                             : "the end of the " + words.period(r->window);
      text += ", within " + words.calendarDays(*r->due) + " after " + from;
    }
    sub.blocks.push_back(paragraph(text + "."));
    if (!r->include.empty()) {
      List list;
      for (const std::string &n : r->include) {
        std::string item = humanize(n);
        for (const auto &m : agreement.metrics)
          if (m->name == n)
            item = "the " + words.term(*m);
        for (const auto &o : agreement.objectives)
          if (o->name == n)
            item = "whether " + words.objective(*o) + " was met";
        for (const auto &o : agreement.obligations)
          if (o->name == n)
            item = "whether " + words.obligation(*o) + " was met";
        for (const auto &m : agreement.remedies)
          if (m->name == n)
            item = "the " + (m->title.empty() ? humanize(m->name) : m->title) +
                   (m->kind == Remedy::Kind::Bonus ? " earned" : " owed");
        for (const auto &h : agreement.holdbacks)
          if (h->name == n)
            item = "the status of the " + title(*h);
        bool last = list.items.size() + 1 == r->include.size();
        list.items.push_back(item + (last ? "." : ";"));
      }
      sub.blocks.push_back(paragraph("The report includes:"));
      sub.blocks.push_back(std::move(list));
    }
    s.subsections.push_back(std::move(sub));
  }
  words.takeNotes();
  return s;
}

} // namespace tenor::doc
