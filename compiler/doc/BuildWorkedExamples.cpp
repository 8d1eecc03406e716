//===- BuildWorkedExamples.cpp - Worked examples in the contract ---------===//
//
// LANGUAGE.md 12.2: a short example under each tier table, deadline rule
// and cap, in plain words. The points and their outcomes come from
// worked/ (computed by the runtime's own functions); this file only words
// them. When a figure is a parameter the contract cannot know, there is no
// example rather than a guess.
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Words.h"

#include "tenor/rt/base/Currency.h"
#include "tenor/rt/base/Zone.h"

namespace tenor::doc {

using namespace ir;

namespace {

/// "with the Monthly Fee at 10,000.00 EUR": the base the example chose.
std::string sampleOf(const std::string &noun, const std::string &amount) {
  return "with " + noun + " at " + amount;
}

/// "8 hours", "8 hours and 1 minute", "30 minutes"; seconds when there are some.
std::string hoursAndMinutes(rt::Duration d) {
  if (d.micros % rt::microsPerMinute != 0)
    return formatDuration(rt::Rational::fraction(d.micros, rt::microsPerSecond).toString());
  int64_t minutes = d.micros / rt::microsPerMinute;
  std::string hours = countOf(unsigned(minutes / 60), "hour", "hours");
  std::string rest = countOf(unsigned(minutes % 60), "minute", "minutes");
  if (minutes % 60 == 0)
    return hours;
  return minutes < 60 ? rest : hours + " and " + rest;
}

/// "Friday at 16:00", with the date when `t` is four or more days after
/// `from`, where a weekday alone could be read as the one before.
std::string when(const rt::TimeZone &zone, rt::Timestamp t, rt::Timestamp from) {
  rt::Date d = zone.localDate(t);
  unsigned minutes = unsigned((t - zone.startOfDay(d)).micros / rt::microsPerMinute);
  std::string day = weekdayName(unsigned(rt::weekdayOf(d)));
  if (t - from >= rt::Duration::days(4))
    day += " " + formatDate(rt::formatDate(d));
  return day + " at " + formatClock(minutes);
}

} // namespace

std::string ContractBuilder::money(const rt::Rational &amount) const {
  return formatMoney(amount.toDecimalString(rt::currencyMinorUnit(agreement.currency)),
                     agreement.currency);
}

std::optional<Block> ContractBuilder::tierExample(const Remedy &r) {
  const worked::RemedyExamples *ex = examples.of(r);
  if (!ex || ex->points.empty() || !r.measure)
    return std::nullopt;
  bool share = isShareLike(*r.measure);
  auto measure = [&](const rt::Rational &v) {
    std::string text = v.toString();
    if (share)
      return formatPercent(text);
    if (r.measure->type.dim.time == 1)
      return formatDuration(text);
    return groupDigits(text);
  };
  std::string text = "For example";
  if (ex->sampleBase && r.base)
    text += ", " + sampleOf(words.noun(*r.base), money(*ex->base));
  text += ":";
  for (size_t i = 0; i < ex->points.size(); ++i) {
    const worked::TierPoint &p = ex->points[i];
    text += std::string(i ? ";" : "") + " at " + measure(p.measure) + ", " +
            (p.owes ? money(*p.owes) : std::string("nothing"));
  }
  return paragraph(text + ".");
}

std::optional<Block> ContractBuilder::capExample(const Remedy &r) {
  const worked::RemedyExamples *ex = examples.of(r);
  if (!ex || !ex->capBites || !ex->capBites->owes || !r.measure)
    return std::nullopt;
  std::string text = "For example";
  if (ex->sampleBase && r.base)
    text += ", " + sampleOf(words.noun(*r.base), money(*ex->base));
  return paragraph(text + ": the table gives " + money(ex->uncapped) + ", and the cap makes it " +
                   money(*ex->capBites->owes) + ".");
}

std::optional<Block> ContractBuilder::deadlineExample(const Obligation &o) {
  std::vector<const worked::DeadlineExample *> items = examples.of(o);
  if (items.size() != 2 || !o.each)
    return std::nullopt;
  std::optional<std::string> start = participle(o.anchor.get());
  std::optional<std::string> done = participle(o.condition.get());
  rt::TimeZone zone;
  try {
    zone = rt::TimeZone::byName(items[0]->zone);
  } catch (const std::exception &) {
    return std::nullopt;
  }
  std::string item = words.row(*o.each);
  std::string counted = o.calendar ? " of counted time" : "";
  auto outcome = [&](const worked::DeadlineExample &ex) {
    return hoursAndMinutes(ex.elapsed) + counted + " and is " + (ex.late ? "late" : "on time");
  };
  const worked::DeadlineExample &onTime = *items[0], &late = *items[1];
  if (o.clock == Obligation::Clock::BusinessDays)
    return paragraph("For example, " + indefinite(item) + " " + item + " " +
                     start.value_or("started") + " on " + when(zone, onTime.opened, onTime.opened) +
                     " is due at the close of business on " +
                     when(zone, onTime.done, onTime.opened) + ": " + done.value_or("done") +
                     " then, it is on time; " + done.value_or("done") + " on " +
                     when(zone, late.done, late.opened) + ", it is late.");
  std::string text = "For example, " + indefinite(item) + " " + item + " " +
                     start.value_or("started") + " on " + when(zone, onTime.opened, onTime.opened) +
                     " and " + done.value_or("done") + " on " +
                     when(zone, onTime.done, onTime.opened) + " takes " + outcome(onTime) + ". " +
                     capitalize(done.value_or("done")) + " on " +
                     when(zone, late.done, late.opened) + ", it takes " + outcome(late) + ".";
  return paragraph(text);
}

std::optional<Block> ContractBuilder::totalCapExample(size_t index) {
  const worked::TotalCapExample *ex = examples.ofCap(index);
  if (!ex)
    return std::nullopt;
  const TotalCap &c = agreement.totalCaps[index];
  auto name = [](const Remedy &r) {
    return r.title.empty() ? capitalize(humanize(r.name)) : r.title;
  };
  std::string before, after;
  for (size_t i = 0; i < ex->remedies.size(); ++i) {
    std::string sep = i == 0 ? "" : i + 1 == ex->remedies.size() ? " and " : ", ";
    before += sep + money(ex->amounts[i]) + " (" + name(*ex->remedies[i]) + ")";
    after += sep + money(ex->left[i]);
  }
  std::string text = "For example";
  if (ex->sampleOf && c.of)
    text += ", " + sampleOf(words.noun(*c.of), money(*ex->of));
  text += ": if one " + std::string(spelling(c.per)) + " would give " + before + ", the limit is " +
          money(ex->limit) +
          (ex->remedies.size() > 1 ? " and the amounts are " : " and the amount is ") + after + ".";
  return paragraph(text);
}

} // namespace tenor::doc
