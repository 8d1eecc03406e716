//===- Time.cpp - Civil dates and RFC 3339 text ---------------------------===//
//
// Calendar arithmetic uses Howard Hinnant's days-from-civil algorithms (pure
// integer arithmetic, valid for every proleptic Gregorian date), and the
// parsers read fixed positions byte by byte: reading a timestamp costs a few
// dozen instructions and no allocation, which matters when a data file has
// ten million rows.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Time.h"

#include <array>

using namespace tenor::rt;

namespace {

bool isLeapYear(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

unsigned daysInMonth(int64_t y, unsigned m) {
  static constexpr std::array<unsigned char, 12> lengths = {31, 28, 31, 30, 31, 30,
                                                            31, 31, 30, 31, 30, 31};
  return m == 2 && isLeapYear(y) ? 29 : lengths[m - 1];
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Reads `n` decimal digits at `p` into `out`; false if any is not a digit.
[[gnu::always_inline]] inline bool readDigits(const char *p, int n, unsigned &out) {
  unsigned v = 0;
  for (int i = 0; i < n; ++i) {
    if (!isDigit(p[i]))
      return false;
    v = v * 10 + unsigned(p[i] - '0');
  }
  out = v;
  return true;
}

/// Reads the digits of `YYYY-MM-DD` at `p` (which has at least 10 bytes);
/// whether the date exists is left to the caller. Always inlined, with plain
/// outputs: parseTimestamp used to get an optional<Date> through memory and
/// stalled on it (perf, bench/compare.sh).
[[gnu::always_inline]] inline bool readDateDigits(const char *p, unsigned &y, unsigned &m,
                                                  unsigned &d) {
  return readDigits(p, 4, y) && p[4] == '-' && readDigits(p + 5, 2, m) && p[7] == '-' &&
         readDigits(p + 8, 2, d);
}

/// Reads `YYYY-MM-DD` at the start of `s` (which has at least 10 bytes).
std::optional<Date> readDate(const char *p) {
  unsigned y, m, d;
  if (!readDateDigits(p, y, m, d))
    return std::nullopt;
  Date date{int(y), m, d};
  if (!isValidDate(date))
    return std::nullopt;
  return date;
}

/// Reads the fraction after a '.', keeping six digits and truncating the
/// rest; returns the number of bytes consumed (0 when there is no digit).
size_t readFraction(std::string_view s, size_t pos, int64_t &micros) {
  size_t i = pos;
  int64_t v = 0;
  int kept = 0;
  for (; i < s.size() && isDigit(s[i]); ++i) {
    if (kept < 6) {
      v = v * 10 + (s[i] - '0');
      ++kept;
    }
  }
  for (; kept < 6; ++kept)
    v *= 10;
  micros = v;
  return i - pos;
}

/// Reads `Z` or `±HH:MM` that must end `s` at `pos`; the offset in seconds.
std::optional<int64_t> readOffset(std::string_view s, size_t pos) {
  if (pos + 1 == s.size() && (s[pos] == 'Z' || s[pos] == 'z'))
    return 0;
  if (pos + 6 != s.size() || (s[pos] != '+' && s[pos] != '-') || s[pos + 3] != ':')
    return std::nullopt;
  unsigned h, m;
  if (!readDigits(s.data() + pos + 1, 2, h) || !readDigits(s.data() + pos + 4, 2, m) || h > 23 ||
      m > 59)
    return std::nullopt;
  int64_t seconds = int64_t(h) * 3600 + int64_t(m) * 60;
  return s[pos] == '-' ? -seconds : seconds;
}

/// Appends `v` as exactly `n` digits.
char *putDigits(char *out, unsigned v, int n) {
  for (int i = n - 1; i >= 0; --i) {
    out[i] = char('0' + v % 10);
    v /= 10;
  }
  return out + n;
}

int64_t floorDiv(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

} // namespace

bool tenor::rt::isValidDate(Date d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

int64_t tenor::rt::daysFromCivil(Date d) {
  int64_t y = int64_t(d.year) - (d.month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = d.month > 2 ? d.month - 3 : d.month + 9;
  int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date tenor::rt::civilFromDays(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  unsigned day = unsigned(doy - (153 * mp + 2) / 5 + 1);
  unsigned month = unsigned(mp < 10 ? mp + 3 : mp - 9);
  return Date{int(yoe + era * 400 + (month <= 2)), month, day};
}

Date tenor::rt::addDays(Date d, int64_t n) { return civilFromDays(daysFromCivil(d) + n); }

Date tenor::rt::addMonths(Date d, int64_t n) {
  int64_t index = int64_t(d.year) * 12 + (d.month - 1) + n;
  int64_t year = floorDiv(index, 12);
  return Date{int(year), unsigned(index - year * 12 + 1), 1};
}

Weekday tenor::rt::weekdayOfDays(int64_t days) {
  // 1970-01-01 was a Thursday (index 3).
  int64_t w = (days + 3) % 7;
  return Weekday(w < 0 ? w + 7 : w);
}

Weekday tenor::rt::weekdayOf(Date d) { return weekdayOfDays(daysFromCivil(d)); }

std::optional<Timestamp> tenor::rt::parseTimestamp(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS is 19 bytes; the shortest offset is one more.
  if (s.size() < 20)
    return std::nullopt;
  const char *p = s.data();
  unsigned year, month, day;
  if (!readDateDigits(p, year, month, day))
    return std::nullopt;
  const Date date{int(year), month, day};
  char sep = p[10];
  if (!isValidDate(date) || (sep != 'T' && sep != 't' && sep != ' '))
    return std::nullopt;
  unsigned h, m, sec;
  if (!readDigits(p + 11, 2, h) || p[13] != ':' || !readDigits(p + 14, 2, m) || p[16] != ':' ||
      !readDigits(p + 17, 2, sec) || h > 23 || m > 59 || sec > 59)
    return std::nullopt;
  size_t pos = 19;
  int64_t fraction = 0;
  if (p[pos] == '.') {
    size_t n = readFraction(s, pos + 1, fraction);
    if (n == 0)
      return std::nullopt;
    pos += 1 + n;
  }
  std::optional<int64_t> offset = pos < s.size() ? readOffset(s, pos) : std::nullopt;
  if (!offset)
    return std::nullopt;
  int64_t seconds = daysFromCivil(date) * 86400 + int64_t(h) * 3600 + int64_t(m) * 60 + sec;
  Timestamp t{(seconds - *offset) * microsPerSecond + fraction};
  // An offset can carry 0000-01-01 or 9999-12-31 into a year that has no
  // four-digit form, which formatTimestamp could not write back.
  if (!isWritableYear(t))
    return std::nullopt;
  return t;
}

bool tenor::rt::isWritableYear(Timestamp t) {
  static const int64_t first = daysFromCivil(Date{0, 1, 1}) * microsPerDay;
  static const int64_t end = daysFromCivil(Date{10000, 1, 1}) * microsPerDay;
  return t.micros >= first && t.micros < end;
}

std::string tenor::rt::formatTimestamp(Timestamp t) {
  int64_t days = floorDiv(t.micros, microsPerDay);
  int64_t inDay = t.micros - days * microsPerDay;
  Date d = civilFromDays(days);
  std::string out = formatDate(d);
  char buf[32];
  char *q = buf;
  *q++ = 'T';
  int64_t secs = inDay / microsPerSecond;
  q = putDigits(q, unsigned(secs / 3600), 2);
  *q++ = ':';
  q = putDigits(q, unsigned(secs / 60 % 60), 2);
  *q++ = ':';
  q = putDigits(q, unsigned(secs % 60), 2);
  if (int64_t frac = inDay % microsPerSecond) {
    *q++ = '.';
    int digits = 6;
    for (; frac % 10 == 0; frac /= 10)
      --digits;
    q = putDigits(q, unsigned(frac), digits);
  }
  *q++ = 'Z';
  out.append(buf, q);
  return out;
}

std::optional<Date> tenor::rt::parseDate(std::string_view s) {
  if (s.size() != 10)
    return std::nullopt;
  return readDate(s.data());
}

std::string tenor::rt::formatDate(Date d) {
  if (d.year < 0 || d.year > 9999) {
    // Only reachable through extreme instants such as Timestamp::min().
    char buf[8];
    putDigits(buf, d.month, 2);
    putDigits(buf + 3, d.day, 2);
    buf[2] = '-';
    return std::to_string(d.year) + "-" + std::string(buf, 5);
  }
  char buf[10];
  putDigits(buf, unsigned(d.year), 4);
  buf[4] = '-';
  putDigits(buf + 5, d.month, 2);
  buf[7] = '-';
  putDigits(buf + 8, d.day, 2);
  return std::string(buf, 10);
}

std::optional<Interval> tenor::rt::parseInterval(std::string_view s) {
  size_t slash = s.find('/');
  if (slash == std::string_view::npos)
    return std::nullopt;
  std::optional<Timestamp> start = parseTimestamp(s.substr(0, slash));
  std::optional<Timestamp> end = parseTimestamp(s.substr(slash + 1));
  if (!start || !end || *end < *start)
    return std::nullopt;
  return Interval{*start, *end};
}
