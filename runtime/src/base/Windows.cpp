//===- Windows.cpp - Enumerating and locating evaluation periods ----------===//
//
// A grid is a sorted vector of slot boundaries computed once from the local
// calendar (one time zone lookup a boundary); locating a row is then a
// comparison with the slot found last, or a binary search when the data
// jumps. Calendar windows have one slot a period; rolling windows have one
// slot a day and a period spans N consecutive slots.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Windows.h"

#include <algorithm>
#include <stdexcept>

using namespace tenor::rt;

namespace {

int64_t floorDiv(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

int64_t monthIndex(Date d) { return int64_t(d.year) * 12 + (d.month - 1); }

/// The number of months in one window of `spec` (0 for days and weeks).
int64_t monthsPerWindow(const WindowSpec &spec) {
  return tenor::core::windowUnitInfo(spec.unit).months * int64_t(spec.count);
}

/// The first day of the window that contains local date `day`.
Date alignedStart(const WindowSpec &spec, Date day, Date anchor) {
  int64_t n = spec.count;
  if (spec.unit == WindowUnit::Day || spec.unit == WindowUnit::Week) {
    int64_t origin = daysFromCivil(anchor);
    if (spec.unit == WindowUnit::Week) {
      origin -= int64_t(weekdayOf(anchor));
      n *= tenor::core::windowUnitInfo(WindowUnit::Week).days;
    }
    int64_t k = floorDiv(daysFromCivil(day) - origin, n);
    return civilFromDays(origin + k * n);
  }
  int64_t months = monthsPerWindow(spec);
  // Years count from the anchor's year; months and quarters from its January.
  Date origin{anchor.year, 1, 1};
  int64_t k = floorDiv(monthIndex(day) - monthIndex(origin), months);
  return addMonths(origin, k * months);
}

/// The first day of the window after the one starting on `start`.
Date nextStart(const WindowSpec &spec, Date start) {
  if (int days = tenor::core::windowUnitInfo(spec.unit).days)
    return addDays(start, days * int64_t(spec.count));
  return addMonths(start, monthsPerWindow(spec));
}

/// The number of whole days in a rolling window's length.
int rollingDays(const WindowSpec &spec) {
  int64_t micros = spec.rollingLength.micros;
  if (micros <= 0 || micros % microsPerDay != 0 || micros / microsPerDay > 100'000)
    throw std::invalid_argument("a rolling window must last a positive whole number of days");
  return int(micros / microsPerDay);
}

} // namespace

PeriodGrid::PeriodGrid(const WindowSpec &spec, const TimeZone &zone, Interval range,
                       std::optional<Date> anchor)
    : windowSpec(spec) {
  if (spec.rolling) {
    int days = rollingDays(spec);
    if (range.start < range.end)
      buildRolling(zone, range, days);
    return;
  }
  if (spec.count < 1)
    throw std::invalid_argument("a window must count at least one unit");
  if (range.start < range.end)
    buildCalendar(zone, range, anchor ? *anchor : zone.localDate(range.start));
}

void PeriodGrid::buildCalendar(const TimeZone &zone, Interval range, Date anchor) {
  Date start = alignedStart(windowSpec, zone.localDate(range.start), anchor);
  bounds.push_back(zone.startOfDay(start));
  while (bounds.back() < range.end) {
    start = nextStart(windowSpec, start);
    bounds.push_back(zone.startOfDay(start));
  }
  slotsPerPeriod = 1;
  numPeriods = bounds.size() - 1;
}

void PeriodGrid::buildRolling(const TimeZone &zone, Interval range, int days) {
  Date firstDay = zone.localDate(range.start);
  Date lastDay = zone.localDate(range.end - Duration{1});
  int64_t first = daysFromCivil(firstDay) - (days - 1), last = daysFromCivil(lastDay);
  bounds.reserve(size_t(last - first + 2));
  for (int64_t d = first; d <= last + 1; ++d)
    bounds.push_back(zone.startOfDay(civilFromDays(d)));
  slotsPerPeriod = size_t(days);
  numPeriods = size_t(last - daysFromCivil(firstDay) + 1);
}

Interval PeriodGrid::span() const {
  if (empty())
    return {};
  return {bounds.front(), bounds.back()};
}

size_t PeriodGrid::slotOf(Timestamp t) const {
  if (bounds.size() < 2 || t < bounds.front() || t >= bounds.back())
    return npos;
  // Rows mostly arrive in time order: try the slot found last and the next.
  size_t slots = bounds.size() - 1;
  if (hint < slots && bounds[hint] <= t) {
    if (t < bounds[hint + 1])
      return hint;
    if (hint + 1 < slots && t < bounds[hint + 2])
      return ++hint;
  }
  hint = size_t(std::upper_bound(bounds.begin(), bounds.end(), t) - bounds.begin()) - 1;
  return hint;
}

PeriodRange PeriodGrid::periodsOfSlots(size_t firstSlot, size_t lastSlot) const {
  // Period i covers slots [i, i + slotsPerPeriod).
  size_t first = firstSlot + 1 >= slotsPerPeriod ? firstSlot + 1 - slotsPerPeriod : 0;
  size_t last = std::min(lastSlot + 1, numPeriods);
  return first < last ? PeriodRange{first, last} : PeriodRange{};
}

PeriodRange PeriodGrid::periodsContaining(Timestamp t) const {
  size_t slot = slotOf(t);
  if (slot == npos)
    return {};
  return periodsOfSlots(slot, slot);
}

size_t PeriodGrid::indexOf(Timestamp t) const {
  PeriodRange r = periodsContaining(t);
  return r.empty() ? npos : r.first;
}

PeriodRange PeriodGrid::periodsOverlapping(Interval iv) const {
  if (iv.end <= iv.start)
    return periodsContaining(iv.start);
  if (empty() || iv.end <= bounds.front() || iv.start >= bounds.back())
    return {};
  size_t firstSlot = slotOf(std::max(iv.start, bounds.front()));
  size_t lastSlot = slotOf(std::min(iv.end, bounds.back()) - Duration{1});
  return periodsOfSlots(firstSlot, lastSlot);
}

namespace {

/// The local days [from, to) that hold the clipped data, for rolling windows.
Interval wholeDays(const TimeZone &zone, Timestamp lo, Timestamp hi) {
  return {zone.startOfDay(zone.localDate(lo)), zone.startOfDay(addDays(zone.localDate(hi), 1))};
}

} // namespace

std::optional<Interval> tenor::rt::defaultRange(std::span<const WindowSpec> windows,
                                                const TimeZone &zone, Timestamp firstKey,
                                                Timestamp lastKey,
                                                std::optional<Date> effectiveFrom,
                                                std::optional<Date> effectiveUntil) {
  Timestamp effStart = effectiveFrom ? zone.startOfDay(*effectiveFrom) : Timestamp::min();
  Timestamp effEnd =
      effectiveUntil ? zone.startOfDay(addDays(*effectiveUntil, 1)) : Timestamp::max();
  Timestamp lo = std::max(firstKey, effStart);
  Timestamp hi = std::min(lastKey, effEnd - Duration{1});
  if (hi < lo)
    return std::nullopt;
  // Rolling windows (and an agreement without windows) need whole days.
  Interval days = wholeDays(zone, lo, hi);
  Interval hull = days;
  for (size_t i = 0; i < windows.size(); ++i) {
    const WindowSpec &w = windows[i];
    Interval span =
        w.rolling ? days : PeriodGrid(w, zone, {lo, hi + Duration{1}}, effectiveFrom).span();
    hull = i == 0 ? span : Interval{std::min(hull.start, span.start), std::max(hull.end, span.end)};
  }
  return Interval{std::max(hull.start, effStart), std::min(hull.end, effEnd)};
}

std::optional<Interval> tenor::rt::defaultRange(const WindowSpec &window, const TimeZone &zone,
                                                Timestamp firstKey, Timestamp lastKey,
                                                std::optional<Date> effectiveFrom,
                                                std::optional<Date> effectiveUntil) {
  return defaultRange(std::span<const WindowSpec>(&window, 1), zone, firstKey, lastKey,
                      effectiveFrom, effectiveUntil);
}
