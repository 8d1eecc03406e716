//===- AggregatesTest.cpp - count, sum, avg, share, percentile, covered ---===//
//
// The aggregates of LANGUAGE.md section 6.4 on small, hand-checked sets:
// nearest-rank percentiles, shares of empty sets, exact sums that overflow
// int64, and covered time with overlapping and clipped intervals.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Aggregates.h"

#include <gtest/gtest.h>

#include <limits>

using namespace tenor::rt;

namespace {

Rational percent(int64_t p) { return Rational::fraction(p, 100); }

Interval span(int64_t from, int64_t to) {
  return {Timestamp{from * microsPerMinute}, Timestamp{to * microsPerMinute}};
}

TEST(AggregatesTest, CountAndSum) {
  CountAcc count;
  SumAcc sum;
  EXPECT_EQ(sum.value(), Rational(0));
  for (int i = 1; i <= 10; ++i) {
    count.add();
    sum.add(int64_t(i));
  }
  sum.add(*Rational::parseDecimal("0.5"));
  EXPECT_EQ(count.value(), 10);
  EXPECT_EQ(sum.value(), Rational::fraction(111, 2));
}

TEST(AggregatesTest, IntegerSumsSpillInsteadOfOverflowing) {
  SumAcc sum;
  int64_t max = std::numeric_limits<int64_t>::max();
  sum.add(max);
  sum.add(max);
  sum.add(int64_t(-1));
  EXPECT_EQ(sum.value(), Rational::fraction(Int128(max) * 2 - 1, 1));
}

TEST(AggregatesTest, MinMax) {
  MinMaxAcc<Rational> acc;
  EXPECT_FALSE(acc.min());
  for (const char *v : {"3.5", "-1.25", "10", "0"})
    acc.add(*Rational::parseDecimal(v));
  EXPECT_EQ(*acc.min(), Rational::fraction(-5, 4));
  EXPECT_EQ(*acc.max(), Rational(10));
  MinMaxAcc<Duration> durations;
  durations.add(Duration::seconds(5));
  durations.add(Duration::seconds(2));
  EXPECT_EQ(*durations.min(), Duration::seconds(2));
  EXPECT_EQ(*durations.max(), Duration::seconds(5));
}

TEST(AggregatesTest, AverageIsMissingWithoutRows) {
  AvgAcc avg;
  EXPECT_FALSE(avg.value());
  avg.add(int64_t(1));
  avg.add(int64_t(2));
  EXPECT_EQ(*avg.value(), Rational::fraction(3, 2));
  avg.add(Rational::fraction(1, 3));
  EXPECT_EQ(*avg.value(), Rational::fraction(10, 9));
  EXPECT_EQ(avg.count(), 3);
}

TEST(AggregatesTest, ShareIsFullWithoutRows) {
  ShareAcc share;
  EXPECT_EQ(share.value(), Rational(1));
  for (bool hit : {true, true, false, true})
    share.add(hit);
  EXPECT_EQ(share.value(), Rational::fraction(3, 4));
  EXPECT_EQ(share.hitCount(), 3);
  EXPECT_EQ(share.totalCount(), 4);
}

TEST(AggregatesTest, PercentileNearestRank) {
  PercentileAcc<int64_t> hundred;
  EXPECT_FALSE(hundred.value(percent(99)));
  for (int64_t v = 100; v >= 1; --v) // descending, to be sure it sorts
    hundred.add(v);
  EXPECT_EQ(hundred.value(percent(99)), 99);
  EXPECT_EQ(hundred.value(percent(100)), 100);
  EXPECT_EQ(hundred.value(percent(1)), 1);
  EXPECT_EQ(hundred.value(percent(0)), 1);
  EXPECT_EQ(hundred.value(*Rational::parseDecimal("0.995")), 100); // ceil(99.5)
  EXPECT_EQ(hundred.value(*Rational::parseDecimal("0.9901")), 100);
  EXPECT_EQ(hundred.value(percent(50)), 50);

  PercentileAcc<Duration> four;
  for (int64_t ms : {400, 100, 300, 200})
    four.add(Duration{ms * 1000});
  EXPECT_EQ(four.value(percent(50)), Duration{200'000}); // the 2nd smallest
  EXPECT_EQ(four.value(percent(25)), Duration{100'000});
  EXPECT_EQ(four.value(percent(26)), Duration{200'000});
  EXPECT_EQ(four.value(percent(75)), Duration{300'000});
  EXPECT_EQ(four.value(percent(99)), Duration{400'000});

  PercentileAcc<Rational> one;
  one.add(Rational(7));
  EXPECT_EQ(one.value(percent(99)), Rational(7));
  EXPECT_EQ(nearestRank(percent(50), 4), 2);
  EXPECT_EQ(nearestRank(percent(150), 4), 4);
}

TEST(AggregatesTest, CoveredCountsOverlapsOnce) {
  CoveredAcc acc;
  EXPECT_EQ(acc.value(span(0, 100)), Duration());
  acc.add(span(0, 10));
  acc.add(span(5, 15));  // overlaps the first
  acc.add(span(15, 20)); // touches it
  acc.add(span(40, 50));
  acc.add(span(30, 45)); // out of order, overlaps the previous
  acc.add(span(2, 3));   // inside the first
  acc.add(span(60, 60)); // empty
  EXPECT_EQ(acc.value(span(0, 100)), Duration::minutes(20 + 20));
  // Clipped to the period: [3, 12) of the first run, nothing else.
  EXPECT_EQ(acc.value(span(3, 12)), Duration::minutes(9));
  EXPECT_EQ(acc.value(span(18, 35)), Duration::minutes(2 + 5));
  EXPECT_EQ(acc.value(span(-10, 0)), Duration());
}

TEST(AggregatesTest, CoveredMonthOfOutages) {
  // January 2026: two overlapping outages and one that starts in December.
  CoveredAcc acc;
  Timestamp jan = *parseTimestamp("2026-01-01T00:00:00Z");
  Timestamp feb = *parseTimestamp("2026-02-01T00:00:00Z");
  acc.add(*parseInterval("2025-12-31T23:50:00Z/2026-01-01T00:10:00Z"));
  acc.add(*parseInterval("2026-01-10T10:00:00Z/2026-01-10T11:00:00Z"));
  acc.add(*parseInterval("2026-01-10T10:30:00Z/2026-01-10T11:30:00Z"));
  Duration down = acc.value({jan, feb});
  EXPECT_EQ(down, Duration::minutes(10 + 90));
  Rational uptime = Rational(1) - Rational::fraction(down.micros, (feb - jan).micros);
  EXPECT_EQ(uptime, Rational(1) - Rational::fraction(100, 44'640));
}

} // namespace
