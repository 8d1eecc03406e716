//===- BusinessCalendar.cpp - Counting time inside business hours ---------===//
//
// Both operations walk local days and turn each day's spans into instants
// with the zone, so a 09:00-17:00 day is 8 hours on the day clocks change
// and a span that contains the change (a 24x7 day) is 23 or 25 hours. Long
// durations skip whole weeks at once: between two exceptions and two offset
// changes every week holds exactly weeklyTime() of business time.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/BusinessCalendar.h"

#include <algorithm>
#include <stdexcept>

using namespace tenor::rt;

BusinessCalendar BusinessCalendar::allDay(TimeZone zone) {
  BusinessCalendar cal(zone);
  for (int d = 0; d < 7; ++d)
    cal.addHours(Weekday(d), 0, 1440);
  return cal;
}

void BusinessCalendar::addHours(Weekday day, int fromMinute, int toMinute) {
  if (fromMinute < 0 || fromMinute >= toMinute || toMinute > 1440)
    throw std::invalid_argument("business hours must satisfy 00:00 <= from < to <= 24:00");
  std::vector<DaySpan> &list = spans[size_t(day)];
  list.push_back({fromMinute, toMinute});
  std::sort(list.begin(), list.end(),
            [](const DaySpan &a, const DaySpan &b) { return a.fromMinute < b.fromMinute; });
  std::vector<DaySpan> merged;
  for (const DaySpan &s : list) {
    if (!merged.empty() && s.fromMinute <= merged.back().toMinute)
      merged.back().toMinute = std::max(merged.back().toMinute, s.toMinute);
    else
      merged.push_back(s);
  }
  list = std::move(merged);
  int64_t minutes = 0;
  for (const std::vector<DaySpan> &l : spans)
    for (const DaySpan &s : l)
      minutes += s.toMinute - s.fromMinute;
  weekly = Duration::minutes(minutes);
}

void BusinessCalendar::addException(Date d) {
  int64_t day = daysFromCivil(d);
  auto it = std::lower_bound(exceptions.begin(), exceptions.end(), day);
  if (it == exceptions.end() || *it != day)
    exceptions.insert(it, day);
}

void BusinessCalendar::addExceptions(Date from, Date to) {
  for (int64_t d = daysFromCivil(from), last = daysFromCivil(to); d <= last; ++d)
    addException(civilFromDays(d));
}

bool BusinessCalendar::isException(Date d) const {
  return std::binary_search(exceptions.begin(), exceptions.end(), daysFromCivil(d));
}

template <typename F> void BusinessCalendar::forEachSpan(int64_t day, F &&f) const {
  if (std::binary_search(exceptions.begin(), exceptions.end(), day))
    return;
  Date date = civilFromDays(day);
  for (const DaySpan &s : spans[size_t(weekdayOfDays(day))]) {
    Timestamp open = tz.atLocalTime(date, Duration::minutes(s.fromMinute));
    Timestamp close = tz.atLocalTime(date, Duration::minutes(s.toMinute));
    // Both ends inside one DST gap: the span does not exist that day.
    if (open < close)
      f(open, close);
  }
}

bool BusinessCalendar::isOpen(Timestamp t) const {
  bool open = false;
  forEachSpan(daysFromCivil(tz.localDate(t)),
              [&](Timestamp s, Timestamp e) { open = open || (s <= t && t < e); });
  return open;
}

int64_t BusinessCalendar::cleanWeeks(int64_t day, int64_t limit) const {
  if (limit <= 0)
    return 0;
  auto next = std::lower_bound(exceptions.begin(), exceptions.end(), day);
  if (next != exceptions.end())
    limit = std::min(limit, (*next - day) / 7);
  Timestamp change = tz.nextTransition(tz.startOfDay(civilFromDays(day)));
  if (change != Timestamp::max() && limit > 0) {
    // The day in which the offset changes is not clean; the ones before are.
    int64_t changeDay = daysFromCivil(tz.localDate(change));
    limit = std::min(limit, (changeDay - day) / 7);
  }
  return std::max<int64_t>(limit, 0);
}

Timestamp BusinessCalendar::addBusinessTime(Timestamp start, Duration d) const {
  if (d.micros <= 0)
    return start;
  if (weekly.micros == 0)
    throw std::domain_error("the calendar has no business hours");
  int64_t remaining = d.micros;
  int64_t day = daysFromCivil(tz.localDate(start));
  while (true) {
    std::optional<Timestamp> deadline;
    forEachSpan(day, [&](Timestamp open, Timestamp close) {
      open = std::max(open, start);
      if (deadline || open >= close)
        return;
      if (remaining <= (close - open).micros)
        deadline = open + Duration{remaining};
      else
        remaining -= (close - open).micros;
    });
    if (deadline)
      return *deadline;
    ++day;
    // Keep some time for the last week so the deadline is found in a span.
    int64_t weeks = cleanWeeks(day, (remaining - 1) / weekly.micros);
    day += 7 * weeks;
    remaining -= weeks * weekly.micros;
  }
}

Duration BusinessCalendar::businessTimeBetween(Timestamp a, Timestamp b) const {
  if (b < a)
    return Duration{-businessTimeBetween(b, a).micros};
  int64_t total = 0;
  int64_t firstDay = daysFromCivil(tz.localDate(a)), lastDay = daysFromCivil(tz.localDate(b));
  for (int64_t day = firstDay; day <= lastDay; ++day) {
    // Days strictly between the ends lie wholly inside [a, b).
    if (day > firstDay && weekly.micros > 0) {
      int64_t weeks = cleanWeeks(day, (lastDay - day) / 7);
      total += weeks * weekly.micros;
      day += 7 * weeks;
    }
    forEachSpan(day, [&](Timestamp open, Timestamp close) {
      open = std::max(open, a);
      close = std::min(close, b);
      if (open < close)
        total += (close - open).micros;
    });
  }
  return Duration{total};
}

Timestamp BusinessCalendar::nextOpening(Timestamp t) const {
  if (weekly.micros == 0)
    throw std::domain_error("the calendar has no business hours");
  // A week without exceptions has an opening, so the walk ends after the
  // exceptions run out.
  for (int64_t day = daysFromCivil(tz.localDate(t));; ++day) {
    std::optional<Timestamp> found;
    forEachSpan(day, [&](Timestamp open, Timestamp close) {
      if (!found && t < close)
        found = std::max(open, t);
    });
    if (found)
      return *found;
  }
}

std::optional<Timestamp> BusinessCalendar::closingTime(Date d) const {
  std::optional<Timestamp> last;
  forEachSpan(daysFromCivil(d), [&](Timestamp, Timestamp close) { last = close; });
  return last;
}
