//===- Literals.cpp - Checking and decoding literal tokens ----------------===//

#include "parse/Literals.h"

#include "tenor/core/Units.h"
#include "tenor/core/WindowUnits.h"

#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <fmt/format.h>

namespace tenor {

std::optional<size_t> findBadEscape(llvm::StringRef quoted) {
  for (size_t i = 0; i + 1 < quoted.size(); ++i) {
    if (quoted[i] != '\\')
      continue;
    char c = quoted[i + 1];
    if (c != '"' && c != '\\' && c != 'n' && c != 't')
      return i;
    ++i;
  }
  return std::nullopt;
}

static std::string unescape(llvm::StringRef s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string decodeString(llvm::StringRef quoted) {
  return unescape(quoted.drop_front().drop_back());
}

std::string decodeLongString(llvm::StringRef quoted) {
  llvm::StringRef body = quoted.drop_front(3).drop_back(3);
  // The text starts after the line break that follows the opening quotes and
  // ends before the line of the closing quotes.
  size_t firstBreak = body.find('\n');
  if (firstBreak != llvm::StringRef::npos && body.take_front(firstBreak).trim().empty())
    body = body.drop_front(firstBreak + 1);
  size_t lastBreak = body.rfind('\n');
  if (lastBreak != llvm::StringRef::npos && body.drop_front(lastBreak + 1).trim().empty())
    body = body.take_front(lastBreak);

  llvm::SmallVector<llvm::StringRef, 16> lines;
  body.split(lines, '\n');
  size_t indent = std::string::npos;
  for (llvm::StringRef line : lines) {
    line = line.rtrim("\r");
    if (line.trim().empty())
      continue;
    indent = std::min(indent, line.size() - line.ltrim(" \t").size());
  }
  if (indent == std::string::npos)
    indent = 0;
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    llvm::StringRef line = lines[i].rtrim("\r");
    if (i)
      text += '\n';
    text += line.trim().empty() ? "" : line.drop_front(indent).str();
  }
  return unescape(text);
}

static bool allDigits(llvm::StringRef s, size_t n) {
  return s.size() == n &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

static bool isLeapYear(unsigned y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<std::string> dateProblem(llvm::StringRef text) {
  llvm::SmallVector<llvm::StringRef, 3> parts;
  text.split(parts, '-');
  if (parts.size() != 3)
    return std::string("dates are written YYYY-MM-DD; to subtract, put spaces around `-`");
  if (!allDigits(parts[0], 4) || !allDigits(parts[1], 2) || !allDigits(parts[2], 2)) {
    // `2026-1-1`: the zeros left out.
    auto pad = [](llvm::StringRef s) { return s.size() == 1 ? "0" + s.str() : s.str(); };
    if (allDigits(parts[0], 4) && parts[1].size() <= 2 && parts[2].size() <= 2)
      return fmt::format("dates are written YYYY-MM-DD, as in `{}-{}-{}`", parts[0].str(),
                         pad(parts[1]), pad(parts[2]));
    return std::string("dates are written YYYY-MM-DD");
  }
  unsigned year = 0, month = 0, day = 0;
  parts[0].getAsInteger(10, year);
  parts[1].getAsInteger(10, month);
  parts[2].getAsInteger(10, day);
  if (month < 1 || month > 12)
    return fmt::format("there is no month {}", month);
  static const unsigned daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  unsigned last = daysIn[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
  if (day < 1 || day > last)
    return fmt::format("month {} of {} has {} days", month, year, last);
  return std::nullopt;
}

std::optional<std::string> timestampProblem(llvm::StringRef text) {
  size_t t = text.find_first_of("Tt");
  if (auto p = dateProblem(text.take_front(t)))
    return p;
  llvm::StringRef rest = text.drop_front(t + 1);
  // HH:MM[:SS[.fff]] then Z or ±HH:MM.
  size_t zone = rest.find_first_of("Zz+-");
  if (zone == llvm::StringRef::npos)
    return std::string("a timestamp needs a time zone: `Z` or an offset such as `+02:00`");
  llvm::StringRef clock = rest.take_front(zone), offset = rest.drop_front(zone);
  llvm::SmallVector<llvm::StringRef, 3> hms;
  clock.split(hms, ':');
  unsigned h = 99, m = 99, s = 0;
  if (hms.size() < 2 || !allDigits(hms[0], 2) || !allDigits(hms[1], 2))
    return std::string("the time is written HH:MM:SS");
  hms[0].getAsInteger(10, h);
  hms[1].getAsInteger(10, m);
  if (hms.size() == 3) {
    llvm::StringRef sec = hms[2].split('.').first;
    if (!allDigits(sec, 2))
      return std::string("the time is written HH:MM:SS");
    sec.getAsInteger(10, s);
  }
  if (h <= 23 && m <= 59 && s == 60)
    return std::string("second 60 is a leap second, and leap seconds are not supported");
  if (h > 23 || m > 59 || s > 59)
    return fmt::format("`{}` is not a time of day", clock.str());
  if (offset.size() > 1) {
    llvm::StringRef oh = offset.drop_front().take_front(2), om = offset.drop_front(4);
    unsigned ohv = 99, omv = 99;
    if (offset.size() != 6 || offset[3] != ':' || oh.getAsInteger(10, ohv) ||
        om.getAsInteger(10, omv) || ohv > 23 || omv > 59)
      return std::string("the offset is written +HH:MM");
  }
  return std::nullopt;
}

bool isValidTimeOfDay(llvm::StringRef text) {
  unsigned h = 99, m = 99;
  if (text.size() != 5 || text.take_front(2).getAsInteger(10, h) ||
      text.drop_front(3).getAsInteger(10, m))
    return false;
  return (h < 24 && m < 60) || (h == 24 && m == 0);
}

std::string normalizeNumber(llvm::StringRef text) {
  std::string out;
  for (char c : text)
    if (c != '_')
      out += c;
  return out;
}

bool isUnit(llvm::StringRef word) {
  if (core::durationUnitNamed(word) || core::dataUnitNamed(word))
    return true;
  return word.size() == 3 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string suggestUnit(llvm::StringRef word) {
  std::string lower = word.lower();
  std::string_view known = core::unitForAlias(lower);
  if (!known.empty())
    return std::string(known);
  // `10 gb`, `5 usd`: the unit in capitals.
  if (word.size() <= 3 && isUnit(word.upper()))
    return word.upper();
  // `every 3 monts`: a misspelt calendar span, which is a keyword, not a unit.
  for (const core::WindowUnitInfo &unit : core::windowUnits)
    if (word.size() > 2 && lower != unit.singular && word.edit_distance(unit.plural, true, 2) <= 2)
      return word.endswith("s") ? unit.plural : unit.singular;
  return "";
}

} // namespace tenor
