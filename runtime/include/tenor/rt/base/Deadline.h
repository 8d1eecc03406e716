//===- Deadline.h - When an item falls due and until when on time -*- C++ -*-===//
//
// The deadline rules of LANGUAGE.md section 11.5, as pure functions that the
// generated evaluator and the contract generator (its worked examples) both
// call: elapsed time, time inside a calendar (the clock pauses while the
// calendar is closed), business days, and calendar days in a time zone.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_DEADLINE_H
#define TENOR_RT_BASE_DEADLINE_H

#include "tenor/rt/base/BusinessCalendar.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Zone.h"

#include <cstdint>

namespace tenor::rt {

/// An item's deadline. `due` is what the evidence reports; a completion is
/// on time up to `lastOnTime`, which is later than `due` only when the
/// clock is paused at `due` (a calendar that has just closed).
struct Deadline {
  Timestamp due;
  Timestamp lastOnTime;
  bool onTime(Timestamp done) const { return !(lastOnTime < done); }
};

/// `within D after T`: D of real elapsed time.
Deadline elapsedDeadline(Timestamp start, Duration d);
/// `within D in CAL after T`: on time while at most D of calendar time has
/// elapsed since `start`; a start outside the calendar counts from the next
/// opening. Throws std::domain_error when the calendar has no hours.
Deadline calendarDeadline(const BusinessCalendar &cal, Timestamp start, Duration d);
/// `within N business days in CAL after T`: the closing time of the N-th
/// day with hours in CAL after the local day of `start`. N must be positive;
/// throws std::domain_error when the calendar has no hours.
Deadline businessDaysDeadline(const BusinessCalendar &cal, Timestamp start, int64_t n);
/// `d` after `t` counted in calendar days of `zone`: the whole days of `d`
/// move the local date (same local time of day), the rest is elapsed time.
/// So `5 d` after 09:00 is 09:00 five local days later across a DST change.
Timestamp addCalendarDays(Timestamp t, Duration d, const TimeZone &zone);

} // namespace tenor::rt

#endif
