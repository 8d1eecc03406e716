//===- Suggest.cpp - "Did you mean" for names -----------------------------===//
//
// A two-row dynamic program for the edit distance. Its cost is the product
// of the two lengths, so a word from the data (a field may hold a megabyte)
// is compared only when it could be a typo of a name: not longer than any
// name is, and within the allowed distance of the candidate's length.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

using namespace tenor::rt;

size_t tenor::rt::editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitute = previous[j - 1] + (a[i - 1] != b[j - 1]);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

static bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::optional<std::string_view>
tenor::rt::closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
  for (std::string_view candidate : candidates)
    if (equalsIgnoringCase(word, candidate))
      return candidate;
  if (word.size() > maxSuggestedLength)
    return std::nullopt;
  size_t limit = std::max<size_t>(1, word.size() / 3);
  std::optional<std::string_view> best;
  size_t bestDistance = limit + 1;
  bool tie = false;
  for (std::string_view candidate : candidates) {
    // The distance is at least the difference of the lengths.
    size_t gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                : word.size() - candidate.size();
    if (gap > limit)
      continue;
    size_t distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance == bestDistance && candidate != *best) {
      tie = true;
    }
  }
  // `P5` is as close to `P1` as to `P4`: suggesting either would be a guess.
  return tie ? std::nullopt : best;
}

std::string tenor::rt::listNames(std::span<const std::string_view> names) {
  std::string text;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      text += i + 1 == names.size() ? " and " : ", ";
    text += '`';
    text += names[i];
    text += '`';
  }
  return text;
}
