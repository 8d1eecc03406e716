//===- BusinessCalendar.h - Business hours and deadlines --------*- C++ -*-===//
//
// A `calendar` declaration (LANGUAGE.md section 5): opening hours per weekday
// in a time zone, minus whole days of exception. Obligations written
// `within 8 h in business_hours after opened_at` count only the time inside
// the calendar; this class computes such deadlines and the business time
// between two instants, in real elapsed time, correct across DST changes.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_BUSINESSCALENDAR_H
#define TENOR_RT_BASE_BUSINESSCALENDAR_H

#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Zone.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace tenor::rt {

/// Open from `fromMinute` to `toMinute` (minutes since local midnight,
/// half-open; 1440 is 24:00).
struct DaySpan {
  int fromMinute = 0, toMinute = 0;
  friend bool operator==(const DaySpan &, const DaySpan &) = default;
};

class BusinessCalendar {
public:
  explicit BusinessCalendar(TimeZone zone = TimeZone()) : tz(zone) {}
  /// Open around the clock every day (`24x7`).
  static BusinessCalendar allDay(TimeZone zone = TimeZone());

  /// Opens [fromMinute, toMinute) on every `day`; overlapping and adjacent
  /// spans of a day merge. Throws std::invalid_argument unless
  /// 0 <= fromMinute < toMinute <= 1440.
  void addHours(Weekday day, int fromMinute, int toMinute);
  /// Closes local date `d` all day.
  void addException(Date d);
  /// Closes every local date from `from` to `to`, both included.
  void addExceptions(Date from, Date to);

  const TimeZone &zone() const { return tz; }
  std::span<const DaySpan> hours(Weekday day) const { return spans[size_t(day)]; }
  bool isException(Date d) const;
  /// Whether instant `t` lies inside business hours.
  bool isOpen(Timestamp t) const;
  /// The business time of seven consecutive days without exception or
  /// change of UTC offset.
  Duration weeklyTime() const { return weekly; }

  /// The deadline: the earliest instant at which `d` of business time has
  /// elapsed since `start` (a start outside business hours counts from the
  /// next opening). A duration <= 0 gives `start`. Throws std::domain_error
  /// when the calendar has no business hours at all.
  Timestamp addBusinessTime(Timestamp start, Duration d) const;
  /// The business time inside [a, b); negative when b < a.
  Duration businessTimeBetween(Timestamp a, Timestamp b) const;
  /// `t` when the calendar is open at `t`, else the next opening after it.
  /// Throws std::domain_error when the calendar has no business hours.
  Timestamp nextOpening(Timestamp t) const;
  /// The end of the last span of local date `d`; nothing when `d` has no
  /// hours (an exception, a closed weekday).
  std::optional<Timestamp> closingTime(Date d) const;

private:
  /// Calls f(open, close) for each span of day number `day`, in order.
  template <typename F> void forEachSpan(int64_t day, F &&f) const;
  /// How many whole weeks, at most `limit`, start at day number `day` and
  /// hold neither an exception nor a change of the zone's UTC offset.
  int64_t cleanWeeks(int64_t day, int64_t limit) const;

  TimeZone tz;
  std::array<std::vector<DaySpan>, 7> spans;
  /// Sorted, unique day numbers (days since 1970-01-01) of exceptions.
  std::vector<int64_t> exceptions;
  Duration weekly;
};

} // namespace tenor::rt

#endif
