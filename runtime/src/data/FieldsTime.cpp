//===- FieldsTime.cpp - Typing timestamps, dates, intervals, durations ----===//
//
// Parsing itself is Time.h's (RFC 3339, ISO 8601); this file adds what a
// user needs when a value is rejected: it guesses the usual mistakes (no UTC
// offset, a date that does not exist, a Unix time, an interval whose end
// comes first) and says so after the "expected ..., found ..." part.
//
//===----------------------------------------------------------------------===//

#include "FieldsSupport.h"

#include <array>
#include <cstdint>
#include <string>

using namespace tenor::rt;
using namespace tenor::rt::detail;

static constexpr std::string_view timestampWhat = "a timestamp such as 2026-01-01T00:00:00Z";

static bool allDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

static const char *const monthNames[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};

/// Why a text starting with YYYY-MM-DD names no real day, or empty.
static std::string impossibleDateHint(std::string_view text) {
  if (text.size() < 10 || !allDigits(text.substr(0, 4)) || text[4] != '-' ||
      !allDigits(text.substr(5, 2)) || text[7] != '-' || !allDigits(text.substr(8, 2)))
    return {};
  int year = std::stoi(std::string(text.substr(0, 4)));
  unsigned month = unsigned(std::stoi(std::string(text.substr(5, 2))));
  unsigned day = unsigned(std::stoi(std::string(text.substr(8, 2))));
  if (month < 1 || month > 12)
    return "; there is no month " + std::to_string(month);
  if (isValidDate(Date{year, month, day}))
    return {};
  unsigned last = 31;
  while (last > 28 && !isValidDate(Date{year, month, last}))
    --last;
  return "; " + std::string(monthNames[month - 1]) + " " + std::to_string(year) + " has " +
         std::to_string(last) + " days";
}

static std::string timestampHint(std::string_view text) {
  std::string dateHint = impossibleDateHint(text);
  if (!dateHint.empty())
    return dateHint;
  if (allDigits(text) && text.size() >= 9)
    return "; write the time as RFC 3339 text, not as a Unix time";
  // `23:59:60Z`: a leap second, which UTC instants here cannot hold.
  if (text.size() >= 20 && text.substr(17, 2) == "60") {
    std::string asSecond59(text);
    asSecond59.replace(17, 2, "59");
    if (parseTimestamp(asSecond59))
      return "; second 60 is a leap second, and leap seconds are not supported";
  }
  if (parseTimestamp(std::string(text) + "Z"))
    return "; add the offset from UTC, such as `Z` or `+02:00`";
  if (text.size() >= 20 && (text.substr(0, 4) == "0000" || text.substr(0, 4) == "9999") &&
      parseTimestamp(std::string(text.substr(0, 19)) + "Z"))
    return "; with its offset it falls outside the years 0000 to 9999 in UTC";
  if (parseDate(text))
    return "; add a time of day and an offset, such as `T00:00:00Z`";
  return {};
}

FieldResult<Timestamp> tenor::rt::parseTimestampField(const RawValue &raw) {
  std::string_view text;
  if (auto done = prologue<Timestamp>(raw, AcceptString, timestampWhat, text))
    return *done;
  if (std::optional<Timestamp> t = parseTimestamp(text))
    return *t;
  return FieldResult<Timestamp>::bad(expectedFound(timestampWhat, text, timestampHint(text)));
}

FieldResult<Date> tenor::rt::parseDateField(const RawValue &raw) {
  constexpr std::string_view what = "a date such as 2026-01-01";
  std::string_view text;
  if (auto done = prologue<Date>(raw, AcceptString, what, text))
    return *done;
  if (std::optional<Date> d = parseDate(text))
    return *d;
  return FieldResult<Date>::bad(expectedFound(what, text, impossibleDateHint(text)));
}

/// Says which end of a rejected interval is wrong.
static std::string intervalHint(std::string_view text) {
  size_t slash = text.find('/');
  if (slash == std::string_view::npos)
    return "; write the start and the end separated by `/`";
  std::string_view start = text.substr(0, slash), end = text.substr(slash + 1);
  std::optional<Timestamp> from = parseTimestamp(start), to = parseTimestamp(end);
  if (from && to && *to < *from)
    return "; the interval ends before it starts";
  if (!from)
    return "; the start " + quoteForMessage(start) + " is not a timestamp" + timestampHint(start);
  if (!end.empty() && (end[0] == 'P' || end[0] == 'p'))
    return "; write the end as a timestamp, not as a duration";
  if (!to)
    return "; the end " + quoteForMessage(end) + " is not a timestamp" + timestampHint(end);
  return {};
}

FieldResult<Interval> tenor::rt::parseIntervalField(const RawValue &raw) {
  constexpr std::string_view what = "an interval such as 2026-01-01T00:00:00Z/2026-01-01T01:00:00Z";
  std::string_view text;
  if (auto done = prologue<Interval>(raw, AcceptString, what, text))
    return *done;
  if (std::optional<Interval> i = parseInterval(text); i && i->start <= i->end)
    return *i;
  return FieldResult<Interval>::bad(expectedFound(what, text, intervalHint(text)));
}

//===----------------------------------------------------------------------===//
// Durations
//===----------------------------------------------------------------------===//

int64_t tenor::rt::microsPer(DurationUnit unit) { return tenor::core::unitInfo(unit).size; }

std::string_view tenor::rt::unitName(DurationUnit unit) {
  return tenor::core::unitInfo(unit).symbol;
}

/// "a number of minutes such as 15", made once per unit of core/Units.def.
static std::string_view durationWhat(DurationUnit unit) {
  static const auto whats = [] {
    std::array<std::string, std::size(tenor::core::durationUnits)> out;
    for (size_t i = 0; i < out.size(); ++i)
      out[i] = "a number of " + std::string(tenor::core::durationUnits[i].plural) + " such as " +
               std::string(tenor::core::durationUnits[i].example);
    return out;
  }();
  return whats[static_cast<size_t>(unit)];
}

/// The fast path of scaleDuration: an unsigned decimal of at most 18 digits
/// whose value in microseconds is a whole int64. False means "use the slow
/// path", which also explains what is wrong.
static bool fixedPointMicros(std::string_view s, int64_t micros, int64_t &out) {
  static constexpr int64_t pow10[] = {1,
                                      10,
                                      100,
                                      1000,
                                      10000,
                                      100000,
                                      1000000,
                                      10000000,
                                      100000000,
                                      1000000000,
                                      10000000000,
                                      100000000000,
                                      1000000000000,
                                      10000000000000,
                                      100000000000000,
                                      1000000000000000,
                                      10000000000000000,
                                      100000000000000000,
                                      1000000000000000000};
  uint64_t mantissa = 0;
  int digits = 0, scale = 0;
  bool fraction = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (++digits > 18)
        return false;
      mantissa = mantissa * 10 + unsigned(c - '0');
      scale += fraction;
    } else if (c == '.' && !fraction && digits > 0) {
      fraction = true;
    } else {
      return false;
    }
  }
  if (digits == 0 || (fraction && scale == 0))
    return false;
  Int128 total = Int128(mantissa) * micros;
  if (total % pow10[scale] != 0 || total / pow10[scale] > INT64_MAX)
    return false;
  out = int64_t(total / pow10[scale]);
  return true;
}

/// `number` (already split from its unit) times the unit, exactly.
static FieldResult<Duration> scaleDuration(std::string_view number, int64_t micros,
                                           std::string_view what, std::string_view text) {
  int64_t fast = 0;
  if (fixedPointMicros(number, micros, fast))
    return Duration{fast};
  std::optional<Rational> value = parseDecimalText(number);
  if (!value) {
    std::string hint = isDecimalSyntax(number) ? "; the duration is too long" : numberHint(number);
    return FieldResult<Duration>::bad(expectedFound(what, text, hint));
  }
  if (value->sign() < 0)
    return FieldResult<Duration>::bad(expectedFound(what, text, "; a duration cannot be negative"));
  try {
    Rational scaled = *value * Rational(micros);
    if (!scaled.isInteger())
      return FieldResult<Duration>::bad(
          expectedFound(what, text, "; durations are kept in whole microseconds"));
    if (fitsInt64(scaled))
      return Duration{int64_t(scaled.numerator())};
  } catch (const ArithmeticOverflow &) {
  }
  return FieldResult<Duration>::bad(expectedFound(what, text, "; the duration is too long"));
}

FieldResult<Duration> tenor::rt::parseDurationField(const RawValue &raw, DurationUnit unit) {
  std::string_view what = durationWhat(unit);
  std::string_view text, number, unitText;
  if (auto done = prologue<Duration>(raw, AcceptNumber, what, text))
    return *done;
  splitUnit(text, number, unitText);
  if (number.empty())
    return FieldResult<Duration>::bad(expectedFound(what, text));
  if (!unitText.empty()) {
    std::optional<DurationUnit> written = tenor::core::durationUnitNamed(unitText);
    if (!written)
      return FieldResult<Duration>::bad(
          expectedFound(what, text,
                        "; the units of time are " +
                            tenor::core::unitSymbolList(tenor::core::durationUnits, "and")));
    unit = *written;
  }
  return scaleDuration(number, microsPer(unit), what, text);
}
