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
#include "tenor/core/Units.h"

#include "llvm/Support/Casting.h"

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
        members.push_back(m.title.empty() ? m.name : m.title + " (" + m.name + ")");
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
  if (!agreement.objectives.empty())
    s.blocks.push_back(paragraph(
        "Some figures have no value in a period, such as an average when there are no records. "
        "A service level that uses such a figure is not assessed for that period, and no remedy "
        "applies, unless the service level says otherwise."));
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
  text += " A period that the data does not fully cover is reported as incomplete.";
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
    std::string text = d->doc.empty() ? "" : " " + sentence(paragraphsOf(d->doc).front());
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
    item.append(":" + text);
    list.items.push_back(std::move(item));
  }
  words.takeNotes();
  blocks.push_back(std::move(list));
  if (optional)
    blocks.push_back(paragraph(missingValueSentence()));
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

std::vector<Block> ContractBuilder::exclusionBlocks() {
  if (agreement.exclusions.empty())
    return {};
  std::vector<Block> blocks{paragraph("The following are excluded from all measurements:")};
  List list;
  for (const auto &x : agreement.exclusions) {
    Text item = Text::strong(title(*x));
    std::string text;
    for (const Exclusion::From &from : x->from)
      if (from.dataset)
        text += " " + capitalize(words.items(*from.dataset, from.filter.get(), true)) +
                " are removed from the data before any figure is worked out.";
    for (const std::string &d : x->description)
      text += " " + capitalize(sentence(d));
    if (!x->doc.empty())
      text += " " + sentence(paragraphsOf(x->doc).front());
    item.append(text.empty() ? "." : ":" + text);
    list.items.push_back(std::move(item));
  }
  words.takeNotes();
  blocks.push_back(std::move(list));
  return blocks;
}

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

Section ContractBuilder::reporting() {
  Section s{"", "Reporting", {}, {}};
  for (const auto &r : agreement.reports) {
    Subsection sub{"", title(*r), {}};
    appendParagraphs(sub.blocks, r->doc);
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
