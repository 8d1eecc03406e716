//===- Deadline.cpp - When an item falls due, and until when it is on time ===//
//
// LANGUAGE.md section 11.5. A calendar deadline is paused while the calendar
// is closed: the due instant is where the D-th calendar hour ends, and a
// completion before the calendar opens again has still used only D.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Deadline.h"

#include <stdexcept>

using namespace tenor::rt;

Deadline tenor::rt::elapsedDeadline(Timestamp start, Duration d) { return {start + d, start + d}; }

Deadline tenor::rt::calendarDeadline(const BusinessCalendar &cal, Timestamp start, Duration d) {
  Timestamp due = cal.addBusinessTime(start, d);
  // Open at `due`: any later completion uses more than D. Closed (the span
  // has just ended, or D is zero outside hours): the clock stands still
  // until the next opening, and a completion at that instant is on time.
  return {due, cal.nextOpening(due)};
}

Deadline tenor::rt::businessDaysDeadline(const BusinessCalendar &cal, Timestamp start, int64_t n) {
  if (n <= 0)
    throw std::domain_error("a number of business days must be positive");
  if (cal.weeklyTime().micros == 0)
    throw std::domain_error("the calendar has no business hours");
  Date day = cal.zone().localDate(start);
  for (int64_t seen = 0;;) {
    day = addDays(day, 1);
    std::optional<Timestamp> close = cal.closingTime(day);
    if (close && ++seen == n)
      return {*close, *close};
  }
}

Timestamp tenor::rt::addCalendarDays(Timestamp t, Duration d, const TimeZone &zone) {
  int64_t days = d.micros / microsPerDay;
  Duration rest{d.micros % microsPerDay};
  Date local = zone.localDate(t);
  // The wall-clock time of day, not the time elapsed since midnight: they
  // differ on the day the clocks change.
  int64_t wall = (t.micros + zone.utcOffset(t).micros) % microsPerDay;
  Duration sinceMidnight{wall < 0 ? wall + microsPerDay : wall};
  return zone.atLocalTime(addDays(local, days), sinceMidnight) + rest;
}
