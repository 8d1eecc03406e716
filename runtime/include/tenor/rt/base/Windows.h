//===- Windows.h - Calendar-aligned evaluation periods ----------*- C++ -*-===//
//
// An objective is evaluated per window (`every month`, `every 2 weeks`,
// `every rolling 30 d`). Windows are aligned to the calendar of the
// agreement's time zone, so a period is a pair of UTC instants whose length
// varies: March 2026 in New York is 743 hours. A PeriodGrid enumerates the
// periods of one window over the evaluated range and maps each row's time
// key to its period in O(1) for nearly sorted data.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_WINDOWS_H
#define TENOR_RT_BASE_WINDOWS_H

#include "tenor/core/WindowUnits.h"
#include "tenor/rt/base/Time.h"
#include "tenor/rt/base/Zone.h"

#include <cstddef>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace tenor::rt {

using WindowUnit = core::WindowUnit; ///< core/WindowUnits.def

/// `every [count] unit`, or `every rolling N d` (rolling, N days in
/// rollingLength; unit and count are then ignored).
struct WindowSpec {
  WindowUnit unit = WindowUnit::Month;
  int count = 1;
  bool rolling = false;
  Duration rollingLength;
};

/// One evaluation window [start, end).
struct Period {
  Timestamp start, end;
  friend bool operator==(const Period &, const Period &) = default;
};

/// end - start: the real elapsed time (23 h for a local day that loses an
/// hour to daylight saving time).
inline Duration length(const Period &p) { return p.end - p.start; }

/// A range [first, last) of period indices; empty when first == last.
struct PeriodRange {
  size_t first = 0, last = 0;
  bool empty() const { return first == last; }
  size_t size() const { return last - first; }
};

/// The periods of one window that overlap an evaluated range.
///
/// Alignment, in the zone's local calendar: days start at local midnight;
/// weeks on Monday; months, quarters and years on the first of the month.
/// Windows of several units count from the anchor date (the agreement's
/// effective date; by default the local date of the range start):
/// `every 3 days` from the anchor itself, `every 2 weeks` from the Monday of
/// the anchor's week, `every N months|quarters` from January of the
/// anchor's year (so `every 3 months` are the calendar quarters and
/// `every 6 months` the half years), and `every N years` from the anchor's
/// year. Rolling windows of N days end at the end of every local day that
/// overlaps the range and cover that day and the N - 1 days before it, so
/// the first ones start before the range does.
///
/// The first and last periods may extend beyond the range; the evaluator
/// reports those as partial. Lookups remember the last slot found, so a
/// grid must not be shared between threads.
class PeriodGrid {
public:
  static constexpr size_t npos = static_cast<size_t>(-1);

  /// Throws std::invalid_argument for a count below 1 or a rolling length
  /// that is not a positive whole number of days.
  PeriodGrid(const WindowSpec &spec, const TimeZone &zone, Interval range,
             std::optional<Date> anchor = std::nullopt);

  const WindowSpec &spec() const { return windowSpec; }
  size_t size() const { return numPeriods; }
  bool empty() const { return numPeriods == 0; }
  Period period(size_t i) const { return {bounds[i], bounds[i + slotsPerPeriod]}; }
  /// The start of the first period and the end of the last one.
  Interval span() const;

  /// The periods that contain instant `t` (one, except for rolling windows,
  /// where up to N do).
  PeriodRange periodsContaining(Timestamp t) const;
  /// The period containing `t` or npos; for rolling windows the earliest
  /// period containing it.
  size_t indexOf(Timestamp t) const;
  /// The periods that overlap [iv.start, iv.end); an empty interval belongs
  /// to the periods that contain its start.
  PeriodRange periodsOverlapping(Interval iv) const;

private:
  void buildCalendar(const TimeZone &zone, Interval range, Date anchor);
  void buildRolling(const TimeZone &zone, Interval range, int days);
  size_t slotOf(Timestamp t) const;
  PeriodRange periodsOfSlots(size_t firstSlot, size_t lastSlot) const;

  WindowSpec windowSpec;
  /// Slot j is [bounds[j], bounds[j + 1]); a period is slotsPerPeriod slots
  /// (1, or N days for a rolling window).
  std::vector<Timestamp> bounds;
  size_t slotsPerPeriod = 1;
  size_t numPeriods = 0;
  mutable size_t hint = 0;
};

/// The range evaluated when none is given: from the start of the period
/// holding the earliest data to the end of the period holding the latest,
/// clipped to the effective dates (both days included, in `zone`). The data
/// keys are first clipped to the effective dates, and periods are aligned
/// with `effectiveFrom` as anchor. `lastKey` is the last instant that holds
/// data (for interval keys: the largest end minus one microsecond). Returns
/// nothing when no data lies within the effective dates. With several
/// windows the range spans the periods of all of them.
std::optional<Interval> defaultRange(std::span<const WindowSpec> windows, const TimeZone &zone,
                                     Timestamp firstKey, Timestamp lastKey,
                                     std::optional<Date> effectiveFrom,
                                     std::optional<Date> effectiveUntil);
std::optional<Interval> defaultRange(const WindowSpec &window, const TimeZone &zone,
                                     Timestamp firstKey, Timestamp lastKey,
                                     std::optional<Date> effectiveFrom,
                                     std::optional<Date> effectiveUntil);

} // namespace tenor::rt

#endif
