//===- ExplainNames.cpp - Declarations, windows and calendars in words ----===//
//
// The names of things as a contract uses them: defined terms, references to
// objectives and responsibilities, datasets as nouns, windows as periods,
// calendars as opening hours, and the conditions of termination rights and
// holdbacks. Titles are preferred over names wherever the author wrote one.
//
//===----------------------------------------------------------------------===//

#include "doc/Explain.h"
#include "doc/Words.h"

#include "llvm/Support/Casting.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace tenor::doc {

using namespace ir;

namespace {

const char *unitWord(WindowUnit u) { return spelling(u); }

std::string unitPlural(WindowUnit u) { return core::windowUnitInfo(u).plural; }

/// A calendar's name inside a sentence: "Business hours" reads "business
/// hours", but a name that starts with a proper noun ("Harbor business
/// hours") keeps its capital.
std::string lowerFirst(std::string text) {
  static const char *const common[] = {"business", "office",  "support", "working", "extended",
                                       "core",     "service", "opening", "weekend", "night"};
  std::string first = text.substr(0, text.find(' '));
  for (char &c : first)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char *word : common)
    if (first == word)
      text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

/// Whether a calendar's name, without a trailing "(…)", ends in "hours".
bool namesHours(const std::string &name) {
  std::string core = name.substr(0, name.find(" ("));
  return core.size() >= 5 && core.compare(core.size() - 5, 5, "hours") == 0;
}

/// "rolling 30-day", or "rolling 36-hour"; none when neither is whole.
std::optional<std::string> rollingAdjective(const Window &w) {
  if (std::optional<std::string> hours = wholeHours(w.rollingSeconds)) {
    std::string h = *hours;
    h.erase(std::remove(h.begin(), h.end(), ','), h.end());
    long n = std::stol(h);
    if (n % 24 == 0)
      return "rolling " + std::to_string(n / 24) + "-day";
    return "rolling " + std::to_string(n) + "-hour";
  }
  return std::nullopt;
}

/// "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday".
std::string dayList(const std::vector<unsigned> &days) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < days.size();) {
    size_t j = i;
    while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
      ++j;
    if (j - i >= 2) {
      parts.push_back(std::string(weekdayName(days[i])) + " to " + weekdayName(days[j]));
    } else {
      for (size_t k = i; k <= j; ++k)
        parts.push_back(weekdayName(days[k]));
    }
    i = j + 1;
  }
  return joinList(parts);
}

} // namespace

//===----------------------------------------------------------------------===//
// Declarations
//===----------------------------------------------------------------------===//

std::string Explainer::term(const Metric &m) const {
  return m.title.empty() ? titleCase(m.name) : m.title;
}

std::string Explainer::term(const Param &p) const { return titleCase(p.name); }

std::string Explainer::objective(const Objective &o) const {
  return "the " + (o.title.empty() ? humanize(o.name) : o.title) + " objective";
}

std::string Explainer::obligation(const Obligation &o) const {
  std::string name = o.title.empty() ? capitalize(humanize(o.name)) : o.title;
  return "the " + quoted(name) + " responsibility";
}

std::string Explainer::party(const Party *p) const {
  if (!p)
    return "each party";
  return p->legalName.empty() ? humanize(p->name) : p->legalName;
}

std::string Explainer::role(const Party &p) {
  switch (p.role) {
  case Party::Role::Provider:
    return "Provider";
  case Party::Role::Customer:
    return "Customer";
  case Party::Role::Team:
    return "Team";
  }
  return "Party";
}

std::string Explainer::rows(const Dataset &d) const {
  // "One row per minute in which …" names the rows: minutes.
  std::string doc = d.doc;
  for (char &c : doc)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char *lead : {"one row per ", "one record per "}) {
    if (doc.rfind(lead, 0) != 0)
      continue;
    std::string noun = doc.substr(std::string(lead).size());
    for (const char *end : {" in which", " where", " when", " that", " of ", " for ", " from "})
      noun = noun.substr(0, noun.find(end));
    noun = noun.substr(0, noun.find_first_of(".,;:("));
    if (!noun.empty() && std::count(noun.begin(), noun.end(), ' ') < 3)
      return pluralize(noun);
  }
  std::string title = d.title;
  // "per-minute health checks" names the rows after its first word.
  if (title.rfind("per-", 0) == 0) {
    size_t space = title.find(' ');
    title = space == std::string::npos ? "" : title.substr(space + 1);
  }
  if (!title.empty() && looksPlural(title))
    return title;
  return humanize(d.name);
}

std::string Explainer::row(const Dataset &d) const { return singularize(rows(d)); }

std::string Explainer::field(const Field &f) const {
  if (!f.title.empty())
    return f.title;
  // Names that are words of the language, not nouns: `at`, `during`.
  bool timestamp = f.type.kind == Type::Kind::Timestamp;
  if (timestamp && (f.name == "at" || f.name == "ts"))
    return "time";
  if (f.name == "during")
    return "time span";
  if (f.name.size() > 3 && f.name.compare(f.name.size() - 3, 3, "_at") == 0)
    return humanize(f.name.substr(0, f.name.size() - 3)) + " time";
  // A point in time named after an event reads "replied time", a day
  // "issued date".
  std::string words = humanize(f.name);
  bool named = words.find("time") != std::string::npos || words.find("date") != std::string::npos;
  if (named)
    return words;
  if (timestamp)
    return words + " time";
  return f.type.kind == Type::Kind::Date ? words + " date" : words;
}

//===----------------------------------------------------------------------===//
// Windows and spans
//===----------------------------------------------------------------------===//

std::string Explainer::period(const Window &w) const {
  if (w.rolling) {
    if (std::optional<std::string> adjective = rollingAdjective(w))
      return *adjective + " period";
    return "rolling period of " + formatDuration(w.rollingSeconds);
  }
  if (w.count == 1)
    return std::string("calendar ") + unitWord(w.unit);
  return "period of " + std::to_string(w.count) + " calendar " + unitPlural(w.unit);
}

std::string Explainer::each(const Window &w) const { return "each " + period(w); }

std::string Explainer::periods(const Window &w) const {
  if (w.rolling) {
    if (std::optional<std::string> adjective = rollingAdjective(w))
      return *adjective + " periods";
    return "rolling periods of " + formatDuration(w.rollingSeconds);
  }
  if (w.count == 1)
    return "calendar " + unitPlural(w.unit);
  return "periods of " + std::to_string(w.count) + " calendar " + unitPlural(w.unit);
}

std::string Explainer::periods(WindowUnit u) { return "calendar " + unitPlural(u); }

std::string Explainer::span(const Span &s) const {
  if (s.calendarUnit)
    return countOf(s.count, unitWord(*s.calendarUnit), unitPlural(*s.calendarUnit));
  return formatDuration(s.seconds);
}

//===----------------------------------------------------------------------===//
// Calendars
//===----------------------------------------------------------------------===//

std::string Explainer::calendarHours(const Calendar &c) const {
  // Days with the same hours form one group, in the order of their first day.
  std::map<unsigned, std::vector<std::pair<unsigned, unsigned>>> byDay;
  for (const Calendar::Hours &h : c.hours)
    byDay[h.weekday].push_back({h.fromMinute, h.toMinute});
  std::vector<std::pair<std::vector<std::pair<unsigned, unsigned>>, std::vector<unsigned>>> groups;
  for (auto &[day, spans] : byDay) {
    std::sort(spans.begin(), spans.end());
    // Through a reference, not the binding: clang 14 (the fuzz build)
    // cannot capture one.
    const auto &daySpans = spans;
    auto same = [&](const auto &g) { return g.first == daySpans; };
    auto it = std::find_if(groups.begin(), groups.end(), same);
    if (it == groups.end())
      groups.push_back({spans, {day}});
    else
      it->second.push_back(day);
  }
  std::vector<std::string> parts;
  for (const auto &[spans, days] : groups) {
    std::vector<std::string> times;
    for (auto [from, to] : spans)
      times.push_back(formatClock(from) + " to " + formatClock(to));
    parts.push_back(dayList(days) + ", " + joinList(times));
  }
  std::string out = parts.empty() ? "no hours" : parts[0];
  for (size_t i = 1; i < parts.size(); ++i)
    out += "; " + parts[i];
  out += " (" + c.timezone + " time)";
  std::vector<std::string> closed;
  for (const Calendar::Closed &r : c.except)
    closed.push_back(formatDateRange(r.first, r.last.empty() ? r.first : r.last));
  if (!closed.empty())
    out += ", except " + joinList(closed);
  return out;
}

std::string Explainer::calendarDuration(const Expr &deadline, const Calendar &c) {
  std::string name = lowerFirst(c.title.empty() ? humanize(c.name) : c.title);
  const auto *lit = llvm::dyn_cast<LiteralExpr>(&deadline);
  bool hoursCalendar = namesHours(name);
  if (lit && hoursCalendar)
    if (std::optional<std::string> hours = wholeHours(lit->value)) {
      // "1 business hour", "8 business hours", "1 support hour (London)".
      if (*hours == "1")
        name.erase(name.find(" (") == std::string::npos ? name.size() - 1 : name.find(" (") - 1, 1);
      return *hours + " " + name;
    }
  std::string amount = lit ? quantity(*lit) : noun(deadline);
  return amount + " of " + name + (hoursCalendar ? "" : " time");
}

std::string Explainer::businessDays(const Expr &count, const Calendar &c) const {
  const auto *lit = llvm::dyn_cast<LiteralExpr>(&count);
  std::string n = lit ? lit->spelling : "the agreed number of";
  std::string name = lowerFirst(c.title.empty() ? humanize(c.name) : c.title);
  return n + (n == "1" ? " business day" : " business days") + " in " + name;
}

std::string Explainer::calendarDays(const Expr &deadline) {
  const auto *lit = llvm::dyn_cast<LiteralExpr>(&deadline);
  if (lit)
    if (std::optional<std::string> days = wholeDays(lit->value))
      return *days + (*days == "1" ? " calendar day" : " calendar days");
  // Less than a day, or days and hours: the local date does not move by the
  // hours, and "36 hours" says it plainly.
  return noun(deadline);
}

//===----------------------------------------------------------------------===//
// Conditions
//===----------------------------------------------------------------------===//

std::string Explainer::condition(const Condition &c) const {
  std::string subject;
  const Window *window = nullptr;
  switch (c.subject) {
  case ConditionSubject::Named:
    if (c.objective) {
      subject = objective(*c.objective) + (c.breached ? " is not met" : " is met");
      window = &c.objective->window;
    } else if (c.obligation) {
      subject = obligation(*c.obligation) + (c.breached ? " is not met" : " is met");
      window = &c.obligation->window;
    }
    break;
  case ConditionSubject::AllObjectives:
    subject = c.breached ? "none of the objectives is met" : "all objectives are met";
    break;
  case ConditionSubject::AnyObjective: {
    // The evaluator asks one objective at a time (runtime Conditions.cpp):
    // a different objective failing in each month is not "3 consecutive".
    bool sameOne = c.form == Condition::Form::OfLast ||
                   (c.form == Condition::Form::Consecutive && c.count > 1);
    bool oneThroughout = c.form == Condition::Form::OverTerm && !c.breached;
    subject = std::string(sameOne         ? "the same objective is "
                          : oneThroughout ? "one of the objectives is "
                                          : "at least one objective is ") +
              (c.breached ? "not met" : "met");
    break;
  }
  }
  std::string one = window ? period(*window) : std::string("calendar ") + unitWord(c.unit);
  std::string many = window ? periods(*window) : periods(c.unit);
  switch (c.form) {
  case Condition::Form::Consecutive:
    if (c.count <= 1)
      return subject + " in any " + one;
    return subject + " in " + std::to_string(c.count) + " consecutive " + many;
  case Condition::Form::OfLast:
    return subject + " in " + std::to_string(c.count) + " or more of any " +
           std::to_string(c.outOf) + " consecutive " + many;
  case Condition::Form::OverTerm:
    if (!window)
      return subject + (c.breached ? " in any period of the term" : " in every period of the term");
    return subject + (c.breached ? " in any " : " in every ") + one + " of the term";
  }
  return subject;
}

} // namespace tenor::doc
