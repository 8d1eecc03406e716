//===- FastFields.h - Common spellings of fields, parsed inline -*- C++ -*-===//
//
// Generated row parsers try these before the general parsers of Fields.h,
// which accept more (spaces, units, fractions, offsets, other spellings) and
// explain what they reject. Each fast parser accepts only a subset of what
// its general parser accepts and gives the same value for it; anything else
// returns false and goes the general way. On ten million rows the general
// parsers' prologue, result objects and unit handling cost about a fifth of
// the evaluator's time (bench/compare.sh).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_FASTFIELDS_H
#define TENOR_RT_DATA_FASTFIELDS_H

#include "tenor/rt/base/Time.h"
#include "tenor/rt/data/DataValue.h"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace tenor::rt::fast {

inline bool isDigit(char c) { return unsigned(c - '0') < 10; }

/// Two digits, or 99 when they are not digits.
inline int twoDigits(const char *p) {
  return isDigit(p[0]) && isDigit(p[1]) ? (p[0] - '0') * 10 + (p[1] - '0') : 99;
}

/// `[0-9]{1,18}`: never overflows an int64.
inline bool unsignedDigits(std::string_view s, int64_t &out) {
  if (s.empty() || s.size() > 18)
    return false;
  int64_t v = 0;
  for (char c : s) {
    if (!isDigit(c))
      return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

/// `int`: `-?[0-9]{1,18}` as CSV text or a JSON number.
template <class Out> bool intField(const RawValue &raw, Out &out) {
  if (raw.kind != RawKind::Text && raw.kind != RawKind::JsonNumber)
    return false;
  std::string_view s = raw.text;
  bool negative = !s.empty() && s[0] == '-';
  int64_t v;
  if (!unsignedDigits(s.substr(negative), v))
    return false;
  out = negative ? -v : v;
  return true;
}

/// `duration in UNIT`: a whole number of the field's unit, without a unit
/// written, as CSV text or a JSON number.
template <class Out> bool durationField(const RawValue &raw, int64_t unitMicros, Out &out) {
  if (raw.kind != RawKind::Text && raw.kind != RawKind::JsonNumber)
    return false;
  int64_t v, micros;
  if (!unsignedDigits(raw.text, v) || __builtin_mul_overflow(v, unitMicros, &micros))
    return false;
  out = Duration{micros};
  return true;
}

/// `bool`: `true` or `false`, as CSV text or a JSON boolean.
template <class Out> bool boolField(const RawValue &raw, Out &out) {
  if (raw.kind != RawKind::Text && raw.kind != RawKind::JsonBool)
    return false;
  if (raw.text == "true" || raw.text == "false") {
    out = raw.text.size() == 4;
    return true;
  }
  return false;
}

/// `text`: CSV text or a JSON string, as it is.
template <class Out> bool textField(const RawValue &raw, Out &out) {
  if (raw.kind != RawKind::Text && raw.kind != RawKind::JsonString)
    return false;
  out = raw.text;
  return true;
}

/// The date part of the last timestamp read: consecutive rows of a log
/// mostly share their day, and validating a date and counting its days is
/// most of a timestamp's cost.
struct DateCache {
  char text[10] = {'1', '9', '7', '0', '-', '0', '1', '-', '0', '1'}; ///< always a valid date
  int64_t seconds = 0; ///< of the day's midnight, UTC
};
inline thread_local DateCache lastDate;

/// `timestamp`: exactly `YYYY-MM-DDTHH:MM:SSZ`, as CSV text or a JSON string.
template <class Out> bool timestampField(const RawValue &raw, Out &out) {
  if ((raw.kind != RawKind::Text && raw.kind != RawKind::JsonString) || raw.text.size() != 20)
    return false;
  const char *p = raw.text.data();
  if (p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != 'Z')
    return false;
  int h = twoDigits(p + 11), m = twoDigits(p + 14), s = twoDigits(p + 17);
  if (h > 23 || m > 59 || s > 59)
    return false;
  if (std::memcmp(p, lastDate.text, 10) != 0) {
    if (p[4] != '-' || p[7] != '-' || !isDigit(p[0]) || !isDigit(p[1]) || !isDigit(p[2]) ||
        !isDigit(p[3]))
      return false;
    int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int month = twoDigits(p + 5), day = twoDigits(p + 8);
    if (month == 99 || day == 99)
      return false;
    const Date date{year, unsigned(month), unsigned(day)};
    if (!isValidDate(date))
      return false;
    std::memcpy(lastDate.text, p, 10);
    lastDate.seconds = daysFromCivil(date) * 86400;
  }
  out = Timestamp{(lastDate.seconds + h * 3600 + m * 60 + s) * microsPerSecond};
  return true;
}

} // namespace tenor::rt::fast

#endif
