//===- SuggestTest.cpp - "Did you mean" for names ------------------------===//
//
// closestMatch is used on words from the data (an enum member in a row),
// which may be a megabyte long: the work must not grow with the product of
// the lengths.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Suggest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace tenor::rt;

namespace {

TEST(SuggestTest, CloseNames) {
  std::vector<std::string_view> names = {"minutes", "hours", "P1", "P4"};
  EXPECT_EQ(closestMatch("minuts", names), std::optional<std::string_view>("minutes"));
  EXPECT_EQ(closestMatch("HOURS", names), std::optional<std::string_view>("hours"));
  // `P5` is as close to `P1` as to `P4`.
  EXPECT_FALSE(closestMatch("P5", names));
  EXPECT_FALSE(closestMatch("x", names));
}

TEST(SuggestTest, LongWordsAreNotCompared) {
  // Two megabyte-long words one edit apart: a full comparison takes 10^12
  // steps. A word this long is no typo of a name.
  std::string declared(1'000'000, 'v'), written = declared;
  written.back() = 'w';
  std::vector<std::string_view> names = {declared, "minutes"};
  EXPECT_FALSE(closestMatch(written, names));
  // A long word next to short names is rejected by length alone.
  std::vector<std::string_view> shortNames = {"minutes", "hours"};
  EXPECT_FALSE(closestMatch(written, shortNames));
}

} // namespace
