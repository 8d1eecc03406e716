//===- Words.cpp - Numbers, units, dates and nouns in words ---------------===//
//
// Decimal arithmetic here is on text, digit by digit, as in sema: a value
// never passes through binary floating point on its way into a contract, so
// 99.99% prints as 99.99% and 0.1 USD as 0.10 USD.
//
//===----------------------------------------------------------------------===//

#include "doc/Words.h"

#include "tenor/core/Currencies.h"
#include "tenor/core/Units.h"
#include "tenor/core/Weekdays.h"

#include <cctype>
#include <cstdint>
#include <span>
#include <utility>

namespace tenor::doc {
namespace {

/// A decimal split into sign, integer digits and fraction digits.
struct Decimal {
  bool negative = false;
  std::string whole, fraction;
};

Decimal splitDecimal(std::string_view value) {
  Decimal d;
  if (!value.empty() && (value[0] == '-' || value[0] == '+')) {
    d.negative = value[0] == '-';
    value.remove_prefix(1);
  }
  size_t dot = value.find('.');
  for (char c : value.substr(0, dot))
    if (std::isdigit(static_cast<unsigned char>(c)))
      d.whole += c;
  if (dot != std::string_view::npos)
    for (char c : value.substr(dot + 1))
      if (std::isdigit(static_cast<unsigned char>(c)))
        d.fraction += c;
  return d;
}

/// Leading zeros of the whole part and trailing zeros of the fraction go.
std::string joinDecimal(Decimal d) {
  size_t first = d.whole.find_first_not_of('0');
  d.whole = first == std::string::npos ? "0" : d.whole.substr(first);
  size_t last = d.fraction.find_last_not_of('0');
  d.fraction = last == std::string::npos ? "" : d.fraction.substr(0, last + 1);
  bool zero = d.whole == "0" && d.fraction.empty();
  std::string out = d.negative && !zero ? "-" : "";
  out += d.whole;
  if (!d.fraction.empty())
    out += "." + d.fraction;
  return out;
}

/// The value as a whole number when it is one that fits.
std::optional<uint64_t> wholeNumber(std::string_view value) {
  Decimal d = splitDecimal(joinDecimal(splitDecimal(value)));
  if (d.negative || !d.fraction.empty() || d.whole.size() > 18)
    return std::nullopt;
  return std::stoull(d.whole);
}

/// "15 min" → {"15", "min"}; none unless it is a number and one word.
std::optional<std::pair<std::string, std::string>> splitSpelling(std::string_view spelling) {
  size_t space = spelling.find(' ');
  if (space == std::string_view::npos || spelling.find(' ', space + 1) != std::string_view::npos)
    return std::nullopt;
  std::string number;
  for (char c : spelling.substr(0, space)) {
    if (c == '_')
      continue;
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.')
      return std::nullopt;
    number += c;
  }
  return std::make_pair(number, std::string(spelling.substr(space + 1)));
}

/// `smallest` is the value in the first (smallest) of `units`, which are
/// those of core/Units.def in increasing size.
std::string formatInUnits(std::string_view smallest, std::string_view spelling,
                          std::span<const core::UnitInfo> units) {
  auto unitWords = [](const std::string &number, const core::UnitInfo &u) {
    return groupDigits(number) + " " + std::string(number == "1" ? u.singular : u.plural);
  };
  if (auto parts = splitSpelling(spelling))
    for (const core::UnitInfo &u : units)
      if (parts->second == u.symbol)
        return unitWords(joinDecimal(splitDecimal(parts->first)), u);
  std::optional<uint64_t> whole = wholeNumber(smallest);
  const core::UnitInfo &first = units.front();
  if (!whole || *whole == 0)
    return unitWords(joinDecimal(splitDecimal(smallest)), first);
  // The largest unit in which the value is whole; weeks only when written.
  const core::UnitInfo &weeks = core::unitInfo(core::DurationUnit::Weeks);
  for (auto u = units.rbegin(); u != units.rend(); ++u) {
    auto scale = static_cast<uint64_t>(u->size / first.size);
    if (&*u != &weeks && *whole % scale == 0)
      return unitWords(std::to_string(*whole / scale), *u);
  }
  return unitWords(std::to_string(*whole), first);
}

const char *const monthNames[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};

struct Ymd {
  std::string year, month, day;
};

std::optional<Ymd> splitDate(std::string_view ymd) {
  if (ymd.size() < 10 || ymd[4] != '-' || ymd[7] != '-')
    return std::nullopt;
  Ymd d{std::string(ymd.substr(0, 4)), std::string(ymd.substr(5, 2)),
        std::string(ymd.substr(8, 2))};
  int month = std::atoi(d.month.c_str());
  if (month < 1 || month > 12)
    return std::nullopt;
  d.month = monthNames[month - 1];
  d.day = std::to_string(std::atoi(d.day.c_str()));
  return d;
}

} // namespace

//===----------------------------------------------------------------------===//
// Numbers and quantities
//===----------------------------------------------------------------------===//

std::string shiftDecimal(std::string_view value, int exponent) {
  Decimal d = splitDecimal(value);
  std::string digits = d.whole + d.fraction;
  long point = static_cast<long>(d.whole.size()) + exponent;
  if (point < 0) {
    digits.insert(0, static_cast<size_t>(-point), '0');
    point = 0;
  }
  if (static_cast<size_t>(point) > digits.size())
    digits.append(static_cast<size_t>(point) - digits.size(), '0');
  Decimal shifted{d.negative, digits.substr(0, static_cast<size_t>(point)),
                  digits.substr(static_cast<size_t>(point))};
  return joinDecimal(shifted);
}

std::string groupDigits(std::string_view value) {
  Decimal d = splitDecimal(value);
  if (d.whole.empty())
    d.whole = "0";
  std::string grouped;
  for (size_t i = 0; i < d.whole.size(); ++i) {
    if (i > 0 && (d.whole.size() - i) % 3 == 0)
      grouped += ',';
    grouped += d.whole[i];
  }
  std::string out = d.negative ? "-" + grouped : grouped;
  return d.fraction.empty() ? out : out + "." + d.fraction;
}

std::string formatMoney(std::string_view value, std::string_view currency) {
  Decimal d = splitDecimal(joinDecimal(splitDecimal(value)));
  unsigned digits = core::minorDigitsOf(currency);
  if (d.fraction.size() < digits)
    d.fraction.append(digits - d.fraction.size(), '0');
  std::string number = d.whole + (d.fraction.empty() ? "" : "." + d.fraction);
  std::string out = groupDigits(number);
  if (d.negative)
    out = "-" + out;
  return currency.empty() ? out : out + " " + std::string(currency);
}

std::string formatPercent(std::string_view fraction) { return shiftDecimal(fraction, 2) + "%"; }

std::string formatDuration(std::string_view seconds, std::string_view spelling) {
  return formatInUnits(shiftDecimal(seconds, 3), spelling, core::durationUnits);
}

/// Seconds as a whole number of `unit`, when they are one.
static std::optional<std::string> wholeUnits(std::string_view seconds, core::DurationUnit unit) {
  const auto size = static_cast<uint64_t>(core::unitInfo(unit).size /
                                          core::unitInfo(core::DurationUnit::Seconds).size);
  std::optional<uint64_t> whole = wholeNumber(seconds);
  if (!whole || *whole == 0 || *whole % size != 0)
    return std::nullopt;
  return groupDigits(std::to_string(*whole / size));
}

std::optional<std::string> wholeHours(std::string_view seconds) {
  return wholeUnits(seconds, core::DurationUnit::Hours);
}

std::optional<std::string> wholeDays(std::string_view seconds) {
  return wholeUnits(seconds, core::DurationUnit::Days);
}

std::string formatDataSize(std::string_view bytes, std::string_view spelling) {
  return formatInUnits(joinDecimal(splitDecimal(bytes)), spelling, core::dataUnits);
}

std::string ordinal(std::string_view number) {
  std::string n = joinDecimal(splitDecimal(number));
  if (n.find('.') != std::string::npos)
    return n + "th";
  size_t size = n.size();
  int tens = size >= 2 ? n[size - 2] - '0' : 0;
  int ones = n[size - 1] - '0';
  if (tens == 1 || ones == 0 || ones > 3)
    return n + "th";
  static const char *const suffixes[] = {"", "st", "nd", "rd"};
  return n + suffixes[ones];
}

std::string countOf(unsigned n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

//===----------------------------------------------------------------------===//
// Dates and times
//===----------------------------------------------------------------------===//

std::string formatDate(std::string_view ymd) {
  std::optional<Ymd> d = splitDate(ymd);
  if (!d)
    return std::string(ymd);
  return d->day + " " + d->month + " " + d->year;
}

std::string formatDateRange(std::string_view first, std::string_view last) {
  std::optional<Ymd> a = splitDate(first), b = splitDate(last);
  if (!a || !b || first == last)
    return formatDate(first);
  if (a->year != b->year)
    return formatDate(first) + " to " + formatDate(last);
  if (a->month != b->month)
    return a->day + " " + a->month + " to " + formatDate(last);
  return a->day + " to " + formatDate(last);
}

std::string formatTimestamp(std::string_view text) {
  if (text.size() < 16 || text[10] != 'T')
    return std::string(text);
  std::string out = formatDate(text.substr(0, 10)) + " at " + std::string(text.substr(11, 5));
  std::string_view rest = text.substr(16);
  if (rest.size() >= 3 && rest[0] == ':') {
    if (rest.substr(1, 2) != "00")
      out += std::string(rest.substr(0, 3));
    rest.remove_prefix(3);
  }
  while (!rest.empty() && (rest[0] == '.' || std::isdigit(static_cast<unsigned char>(rest[0]))))
    rest.remove_prefix(1);
  if (rest == "Z" || rest == "z" || rest == "+00:00")
    return out + " UTC";
  return out + " UTC" + std::string(rest);
}

std::string formatClock(unsigned minutes) {
  char buf[8];
  snprintf(buf, sizeof buf, "%02u:%02u", minutes / 60 % 100, minutes % 60);
  return buf;
}

const char *weekdayName(unsigned day) {
  return day < std::size(core::weekdays) ? core::weekdays[day].name : "";
}

//===----------------------------------------------------------------------===//
// Nouns and lists
//===----------------------------------------------------------------------===//

std::string humanize(std::string_view name) {
  std::string out(name);
  for (char &c : out)
    if (c == '_')
      c = ' ';
  return out;
}

std::string titleCase(std::string_view name) {
  std::string out = humanize(name);
  bool start = true;
  for (char &c : out) {
    if (start)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ';
  }
  return out;
}

std::string capitalize(std::string text) {
  if (!text.empty())
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

static bool endsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool looksPlural(std::string_view noun) {
  return endsWith(noun, "s") && !endsWith(noun, "ss") && !endsWith(noun, "us") &&
         !endsWith(noun, "is");
}

std::string singularize(std::string_view noun) {
  std::string s(noun);
  if (!looksPlural(s))
    return s;
  if (endsWith(s, "ies") && s.size() > 3)
    return s.substr(0, s.size() - 3) + "y";
  for (const char *tail : {"sses", "ches", "shes", "xes", "zes"})
    if (endsWith(s, tail))
      return s.substr(0, s.size() - 2);
  return s.substr(0, s.size() - 1);
}

std::string pluralize(std::string_view noun) {
  std::string s(noun);
  if (s.empty() || looksPlural(s))
    return s;
  char before = s.size() >= 2 ? s[s.size() - 2] : 'a';
  if (endsWith(s, "y") && std::string_view("aeiou").find(before) == std::string_view::npos)
    return s.substr(0, s.size() - 1) + "ies";
  for (const char *tail : {"s", "x", "z", "ch", "sh"})
    if (endsWith(s, tail))
      return s + "es";
  return s + "s";
}

std::string indefinite(std::string_view word) {
  if (word.empty())
    return "a";
  char c = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
  bool vowel = std::string_view("aeio").find(c) != std::string_view::npos ||
               word.substr(0, 4) == "hour" || (c == 'u' && word.substr(0, 3) != "use");
  return vowel ? "an" : "a";
}

std::string definite(std::string_view noun) {
  for (std::string_view article : {"the ", "a ", "an ", "The ", "A ", "An "})
    if (noun.substr(0, article.size()) == article)
      return std::string(noun);
  return "the " + std::string(noun);
}

std::string quoted(std::string_view text) { return "\u201c" + std::string(text) + "\u201d"; }

std::string joinList(const std::vector<std::string> &items, std::string_view conjunction) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0)
      out += i + 1 == items.size() ? " " + std::string(conjunction) + " " : ", ";
    out += items[i];
  }
  return out;
}

std::vector<std::string> paragraphsOf(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  bool blankLine = true, pendingSpace = false;
  for (char c : text) {
    if (c == '\n' && blankLine && !current.empty()) {
      out.push_back(current);
      current.clear();
    }
    if (c == '\n') {
      blankLine = true;
      pendingSpace = !current.empty();
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      pendingSpace = !current.empty();
      continue;
    }
    blankLine = false;
    if (pendingSpace)
      current += ' ';
    pendingSpace = false;
    current += c;
  }
  if (!current.empty())
    out.push_back(current);
  return out;
}

std::string sentence(std::string text) {
  if (text.empty())
    return text;
  char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == ':')
    return text;
  return text + ".";
}

//===----------------------------------------------------------------------===//
// Verbs
//===----------------------------------------------------------------------===//

namespace {

/// A past participle, the base form of its verb, and whether that takes "to".
struct Verb {
  const char *participle, *base;
  bool takesTo;
};

/// The verbs that data fields are commonly named after (`resolved_at`).
const Verb verbs[] = {
    {"accepted", "accept", false},
    {"acknowledged", "acknowledge", false},
    {"activated", "activate", false},
    {"analysed", "analyse", false},
    {"analyzed", "analyze", false},
    {"answered", "answer", false},
    {"approved", "approve", false},
    {"archived", "archive", false},
    {"assigned", "assign", false},
    {"attended", "attend to", true},
    {"cancelled", "cancel", false},
    {"canceled", "cancel", false},
    {"cleared", "clear", false},
    {"closed", "close", false},
    {"communicated", "communicate", false},
    {"completed", "complete", false},
    {"contacted", "contact", false},
    {"confirmed", "confirm", false},
    {"contained", "contain", false},
    {"created", "create", false},
    {"credited", "credit", false},
    {"delivered", "deliver", false},
    {"deployed", "deploy", false},
    {"diagnosed", "diagnose", false},
    {"documented", "document", false},
    {"escalated", "escalate", false},
    {"executed", "execute", false},
    {"finished", "finish", false},
    {"fixed", "fix", false},
    {"followed up", "follow up", false},
    {"called", "call", false},
    {"handled", "handle", false},
    {"implemented", "implement", false},
    {"installed", "install", false},
    {"investigated", "investigate", false},
    {"invoiced", "invoice", false},
    {"merged", "merge", false},
    {"migrated", "migrate", false},
    {"mitigated", "mitigate", false},
    {"notified", "notify", false},
    {"opened", "open", false},
    {"paid", "pay", false},
    {"patched", "patch", false},
    {"performed", "perform", false},
    {"processed", "process", false},
    {"provisioned", "provision", false},
    {"published", "publish", false},
    {"raised", "raise", false},
    {"reacted", "react to", true},
    {"received", "receive", false},
    {"recovered", "recover", false},
    {"refunded", "refund", false},
    {"rejected", "reject", false},
    {"released", "release", false},
    {"remediated", "remediate", false},
    {"repaired", "repair", false},
    {"replaced", "replace", false},
    {"replied", "reply to", true},
    {"reported", "report", false},
    {"resolved", "resolve", false},
    {"responded", "respond to", true},
    {"restarted", "restart", false},
    {"restored", "restore", false},
    {"returned", "return", false},
    {"reviewed", "review", false},
    {"scheduled", "schedule", false},
    {"sent", "send", false},
    {"settled", "settle", false},
    {"shipped", "ship", false},
    {"started", "start", false},
    {"submitted", "submit", false},
    {"tested", "test", false},
    {"triaged", "triage", false},
    {"updated", "update", false},
    {"verified", "verify", false},
};

const Verb *findVerb(std::string_view participle) {
  for (const Verb &v : verbs)
    if (participle == v.participle)
      return &v;
  return nullptr;
}

} // namespace

std::optional<std::string> activeVerb(std::string_view participle) {
  const Verb *v = findVerb(participle);
  if (!v)
    return std::nullopt;
  return std::string(v->base);
}

std::string passiveVerb(std::string_view participle) {
  const Verb *v = findVerb(participle);
  return std::string(participle) + (v && v->takesTo ? " to" : "");
}

} // namespace tenor::doc
