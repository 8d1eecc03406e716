//===- Words.h - Numbers, units, dates and nouns in words -------*- C++ -*-===//
//
// The small pieces every sentence of a contract is made of: exact decimals
// with thousands separators, quantities in their units ("15 minutes",
// "1,000.00 USD", "99.99%", "10 GB"), dates ("1 January 2026"), lists
// ("A, B and C"), plurals, capitals, and the base form of the verbs that
// data fields are named after (`responded_at` is "respond to"). Nothing here
// knows about agreements; Explain.h builds phrases on top of it.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_WORDS_H
#define TENOR_DOC_WORDS_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::doc {

//===--- Numbers and quantities ---===//

/// value × 10^exponent, exactly, for decimal text ("0.9999", 2 → "99.99").
std::string shiftDecimal(std::string_view value, int exponent);
/// "1234567.5" → "1,234,567.5"; "-0.25" stays "-0.25".
std::string groupDigits(std::string_view value);
/// "1000", "USD" → "1,000.00 USD"; more digits than the minor unit stay.
std::string formatMoney(std::string_view value, std::string_view currency);
/// A fraction as a percent: "0.9999" → "99.99%".
std::string formatPercent(std::string_view fraction);
/// Seconds in words, in the unit of `spelling` when it has one
/// ("15 min" → "15 minutes"), else in the largest whole unit.
std::string formatDuration(std::string_view seconds, std::string_view spelling = {});
/// Seconds as a whole number of hours, when they are one.
std::optional<std::string> wholeHours(std::string_view seconds);
/// Seconds as a whole number of days, when they are one.
std::optional<std::string> wholeDays(std::string_view seconds);
/// Bytes in the unit of `spelling` ("10 GB"), else the largest whole unit.
std::string formatDataSize(std::string_view bytes, std::string_view spelling = {});
/// "99" → "99th", "1" → "1st", "99.9" → "99.9th".
std::string ordinal(std::string_view number);
/// "1" → "1 day", "3" → "3 days".
std::string countOf(unsigned n, std::string_view singular, std::string_view plural);

//===--- Dates and times ---===//

/// "2026-01-01" → "1 January 2026".
std::string formatDate(std::string_view ymd);
/// A closed range of dates: "24 to 26 December 2026", "31 December 2026 to
/// 1 January 2027"; one date when `last` is empty or equal.
std::string formatDateRange(std::string_view first, std::string_view last);
/// RFC 3339 text → "1 January 2026 at 09:30 UTC" (offsets kept as written).
std::string formatTimestamp(std::string_view rfc3339);
/// Minutes since midnight → "09:00".
std::string formatClock(unsigned minutes);
/// 0 = Monday … 6 = Sunday.
const char *weekdayName(unsigned day);

//===--- Nouns and lists ---===//

/// "monthly_charges" → "monthly charges".
std::string humanize(std::string_view name);
/// "p99_latency" → "P99 Latency": a defined term made from a name.
std::string titleCase(std::string_view name);
/// The first letter in upper case.
std::string capitalize(std::string text);
/// "support tickets" → "support ticket" (last word only).
std::string singularize(std::string_view noun);
/// "support ticket" → "support tickets" (last word only).
std::string pluralize(std::string_view noun);
/// Whether the last word looks like a plural noun.
bool looksPlural(std::string_view noun);
/// "a" or "an" for the word that follows.
std::string indefinite(std::string_view word);
/// "the fee" for "fee"; a noun that starts with an article stays as it is.
std::string definite(std::string_view noun);
/// “text”, in typographic quotes.
std::string quoted(std::string_view text);
/// "A", "A and B", "A, B and C"; `conjunction` replaces "and".
std::string joinList(const std::vector<std::string> &items, std::string_view conjunction = "and");
/// Splits text into paragraphs at blank lines; lines of a paragraph are
/// joined with spaces and runs of white space collapse to one.
std::vector<std::string> paragraphsOf(std::string_view text);
/// Ends a sentence with a period unless it already ends in punctuation.
std::string sentence(std::string text);

//===--- Verbs ---===//

/// The active form of a completion named by its past participle:
/// "responded" → "respond to", "resolved" → "resolve"; none when the verb
/// is not one this table knows (callers then use the passive voice).
std::optional<std::string> activeVerb(std::string_view participle);
/// The passive form: "responded" → "responded to", "resolved" → "resolved".
std::string passiveVerb(std::string_view participle);

} // namespace tenor::doc

#endif
