//===- ExcludedTimeTest.cpp - The time of `during` exclusions --------------===//
//
// rt::ExcludedTime (LANGUAGE.md 11.7): the union of a set's intervals,
// added in any order; instants inside it, intervals wholly inside it, and
// the parts of an interval outside it.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/ExcludedTime.h"

#include <gtest/gtest.h>

#include <vector>

using namespace tenor::rt;

namespace {

Timestamp minute(int64_t m) { return Timestamp{m * microsPerMinute}; }
Interval span(int64_t from, int64_t to) { return {minute(from), minute(to)}; }

ExcludedTime windows() {
  ExcludedTime s;
  s.add(span(50, 60)); // out of order, and touching 40-50
  s.add(span(10, 20));
  s.add(span(40, 50));
  s.add(span(15, 18)); // inside 10-20
  s.add(span(70, 70)); // empty
  s.finish();
  return s;
}

std::vector<Interval> outside(const ExcludedTime &s, Interval iv) {
  std::vector<Interval> parts;
  s.forEachPartOutside(iv, [&](Interval p) { parts.push_back(p); });
  return parts;
}

TEST(ExcludedTimeTest, ContainsHalfOpen) {
  ExcludedTime s = windows();
  EXPECT_FALSE(s.contains(minute(9)));
  EXPECT_TRUE(s.contains(minute(10)));
  EXPECT_TRUE(s.contains(minute(19)));
  EXPECT_FALSE(s.contains(minute(20)));
  EXPECT_TRUE(s.contains(minute(50))); // 40-50 and 50-60 are one
  EXPECT_FALSE(s.contains(minute(70)));
}

TEST(ExcludedTimeTest, CoversWholly) {
  ExcludedTime s = windows();
  EXPECT_TRUE(s.covers(span(12, 20)));
  EXPECT_TRUE(s.covers(span(41, 59)));
  EXPECT_FALSE(s.covers(span(15, 25)));
  EXPECT_FALSE(s.covers(span(5, 15)));
  EXPECT_FALSE(s.covers(span(15, 45))); // a gap in between
}

TEST(ExcludedTimeTest, PartsOutside) {
  ExcludedTime s = windows();
  EXPECT_EQ(outside(s, span(0, 100)),
            (std::vector<Interval>{span(0, 10), span(20, 40), span(60, 100)}));
  EXPECT_EQ(outside(s, span(15, 45)), (std::vector<Interval>{span(20, 40)}));
  EXPECT_TRUE(outside(s, span(42, 58)).empty());
  EXPECT_EQ(outside(s, span(22, 30)), (std::vector<Interval>{span(22, 30)}));
  EXPECT_TRUE(outside(ExcludedTime{}, span(1, 1)).empty());
}

} // namespace
