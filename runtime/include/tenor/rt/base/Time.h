//===- Time.h - Instants and durations for evaluators -----------*- C++ -*-===//
//
// Instants are microseconds since the Unix epoch in UTC; durations are
// microseconds. Both are exact integers: data carries at most microsecond
// precision, and every ratio of durations is taken as a Rational. Dates are
// proleptic Gregorian and convert to day numbers arithmetically, so parsing a
// timestamp (on the hot path of reading millions of rows) never allocates,
// never consults a locale and never calls the C library.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_TIME_H
#define TENOR_RT_BASE_TIME_H

#include "tenor/core/Weekdays.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace tenor::rt {

inline constexpr int64_t microsPerSecond = 1'000'000;
inline constexpr int64_t microsPerMinute = 60 * microsPerSecond;
inline constexpr int64_t microsPerHour = 60 * microsPerMinute;
inline constexpr int64_t microsPerDay = 24 * microsPerHour;

/// Microseconds since 1970-01-01T00:00:00Z.
struct Timestamp {
  int64_t micros = 0;
  friend auto operator<=>(const Timestamp &, const Timestamp &) = default;

  /// The earliest and latest representable instants, used as "no bound".
  static constexpr Timestamp min() { return {std::numeric_limits<int64_t>::min()}; }
  static constexpr Timestamp max() { return {std::numeric_limits<int64_t>::max()}; }
};

/// Microseconds.
struct Duration {
  int64_t micros = 0;
  friend auto operator<=>(const Duration &, const Duration &) = default;

  static constexpr Duration seconds(int64_t n) { return {n * microsPerSecond}; }
  static constexpr Duration minutes(int64_t n) { return {n * microsPerMinute}; }
  static constexpr Duration hours(int64_t n) { return {n * microsPerHour}; }
  /// n times 24 hours (not calendar days: those depend on a time zone).
  static constexpr Duration days(int64_t n) { return {n * microsPerDay}; }
};

inline Timestamp operator+(Timestamp t, Duration d) { return {t.micros + d.micros}; }
inline Timestamp operator-(Timestamp t, Duration d) { return {t.micros - d.micros}; }
inline Duration operator-(Timestamp a, Timestamp b) { return {a.micros - b.micros}; }
inline Duration operator+(Duration a, Duration b) { return {a.micros + b.micros}; }
inline Duration operator-(Duration a, Duration b) { return {a.micros - b.micros}; }

/// A half-open span of time [start, end).
struct Interval {
  Timestamp start, end;
  friend bool operator==(const Interval &, const Interval &) = default;
};

/// A calendar date (proleptic Gregorian).
struct Date {
  int year = 1970;
  unsigned month = 1, day = 1;
  friend auto operator<=>(const Date &, const Date &) = default;
};

/// ISO weekday numbering minus one: Monday is 0, Sunday is 6.
using Weekday = core::Weekday; ///< core/Weekdays.def

/// True when `d` names a real day (month 1-12, day within the month).
bool isValidDate(Date d);
/// Days since 1970-01-01 of a valid date (negative before it).
int64_t daysFromCivil(Date d);
/// The date `days` days after 1970-01-01.
Date civilFromDays(int64_t days);
/// The date `n` days after `d` (before it for negative `n`).
Date addDays(Date d, int64_t n);
/// The first day of the month `n` months after the month of `d`.
Date addMonths(Date d, int64_t n);
/// The day of the week of `d`.
Weekday weekdayOf(Date d);
/// The day of the week of a day number (days since 1970-01-01).
Weekday weekdayOfDays(int64_t days);

/// Parses an RFC 3339 timestamp: `2026-01-01T09:30:00Z`,
/// `2026-01-01T09:30:00.123456+02:00`. `t`/`z` may be lower case and a space
/// may stand for the `T`; the offset is required. Digits past microseconds
/// are truncated. Leap seconds (`:60`), impossible dates and instants whose
/// UTC year is not 0000 to 9999 (isWritableYear) are rejected.
std::optional<Timestamp> parseTimestamp(std::string_view text);
/// Whether `t`'s UTC date has a four-digit year (0000 to 9999), the range
/// formatTimestamp writes and parseTimestamp reads back.
bool isWritableYear(Timestamp t);
/// RFC 3339 in UTC: `2026-01-01T00:00:00Z`; a fraction (without trailing
/// zeros) only when the microseconds are not zero.
std::string formatTimestamp(Timestamp t);
/// Parses `YYYY-MM-DD` (exactly four, two and two digits).
std::optional<Date> parseDate(std::string_view text);
/// `YYYY-MM-DD`.
std::string formatDate(Date d);
/// Parses an ISO 8601 interval `start/end` of two RFC 3339 timestamps with
/// end >= start.
std::optional<Interval> parseInterval(std::string_view text);

} // namespace tenor::rt

#endif
