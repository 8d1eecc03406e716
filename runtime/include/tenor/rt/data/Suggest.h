//===- Suggest.h - "Did you mean" for names -------------------*- C++ -*-===//
//
// Evaluators reject unknown names (datasets and params on the command line,
// enum members in data) and, when a known name is close, suggest it. Close
// means a small edit distance relative to the length of the word, so that
// `minuts` suggests `minutes` but `x` suggests nothing.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_SUGGEST_H
#define TENOR_RT_DATA_SUGGEST_H

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tenor::rt {

/// Levenshtein distance (insertions, deletions, substitutions) of two
/// byte strings.
size_t editDistance(std::string_view a, std::string_view b);

/// Words longer than this are not typos of a name: nothing is suggested.
inline constexpr size_t maxSuggestedLength = 256;

/// The candidate closest to `word` when it is close enough to be a likely
/// typo: at most one edit per three characters (at least one), and nearer
/// than every other candidate (a tie suggests nothing). A candidate that
/// differs only in letter case always qualifies. The work is bounded:
/// linear in the candidates, whatever the length of `word`.
std::optional<std::string_view> closestMatch(std::string_view word,
                                             std::span<const std::string_view> candidates);

/// "a, b and c" with each name in backticks.
std::string listNames(std::span<const std::string_view> names);

} // namespace tenor::rt

#endif
