//===- SamplesTest.cpp - The grid and gaps of sampled data ----------------===//
//
// LANGUAGE.md 11.2: keys off the grid from local midnight and repeated keys
// are refused; the expected keys without a row, up to --as-of, are merged
// into gaps; on a day that daylight saving time shortens, the grid restarts
// at the next midnight; and a period is partial when it overlaps a gap or
// ends after --as-of, never because events are sparse.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/Samples.h"
#include "tenor/rt/eval/Periods.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Timestamp at(std::string_view text) {
  std::optional<Timestamp> t = parseTimestamp(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp());
}

TEST(SamplesTest, OffGridAndRepeatedKeysAreRefused) {
  TimeZone utc = TimeZone::byName("UTC");
  SampleKeys keys(Duration::minutes(5));
  EXPECT_EQ(keys.add(at("2026-01-01T00:05:00Z"), utc), "");
  EXPECT_NE(keys.add(at("2026-01-01T00:05:00Z"), utc).find("second row"), std::string::npos);
  EXPECT_NE(keys.add(at("2026-01-01T00:07:00Z"), utc).find("off the dataset's grid"),
            std::string::npos);
}

TEST(SamplesTest, MissingKeysMergeIntoGapsUpToAsOf) {
  TimeZone utc = TimeZone::byName("UTC");
  SampleKeys keys(Duration::hours(1));
  for (int h : {0, 1, 4, 5})
    EXPECT_EQ(keys.add(at("2026-01-01T00:00:00Z") + Duration::hours(h), utc), "");
  Interval day{at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z")};
  std::vector<Interval> gaps = keys.gaps(day, at("2026-01-01T08:00:00Z"), utc);
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_EQ(gaps[0], (Interval{at("2026-01-01T02:00:00Z"), at("2026-01-01T04:00:00Z")}));
  EXPECT_EQ(gaps[1], (Interval{at("2026-01-01T06:00:00Z"), at("2026-01-01T08:00:00Z")}));
}

TEST(SamplesTest, GridRestartsAtEachLocalMidnight) {
  // New York springs forward on 8 March 2026: that day has 23 hours, so a
  // 2-hour grid from its midnight ends with a 1-hour slot.
  TimeZone ny = TimeZone::byName("America/New_York");
  SampleKeys keys(Duration::hours(2));
  Timestamp day = ny.startOfDay(Date{2026, 3, 8}), next = ny.startOfDay(Date{2026, 3, 9});
  for (Timestamp t = day; t < next; t = t + Duration::hours(2))
    if (t + Duration::hours(2) < next)
      EXPECT_EQ(keys.add(t, ny), "");
  EXPECT_EQ(keys.add(next, ny), "");
  std::vector<Interval> gaps = keys.gaps({day, next + Duration::hours(2)}, Timestamp::max(), ny);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0], (Interval{day + Duration::hours(22), next}));
}

TEST(SamplesTest, PartialOnlyForGapsAndAsOf) {
  EvalSpan span{.range = {at("2026-01-01T00:00:00Z"), at("2026-03-01T00:00:00Z")},
                .asOf = at("2026-03-01T00:00:00Z"),
                .termEnd = at("2026-03-01T00:00:00Z"),
                .anchor = std::nullopt};
  Period jan{at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")};
  Period feb{at("2026-02-01T00:00:00Z"), at("2026-03-01T00:00:00Z")};
  std::vector<Interval> gaps{{at("2026-02-10T00:00:00Z"), at("2026-02-11T00:00:00Z")}};
  EXPECT_FALSE(isPartial(jan, span, {}));
  EXPECT_FALSE(isPartial(jan, span, {&gaps}));
  EXPECT_TRUE(isPartial(feb, span, {&gaps}));
  span.asOf = at("2026-02-15T00:00:00Z");
  EXPECT_TRUE(isPartial(feb, span, {}));
  EXPECT_FALSE(isPartial(jan, span, {}));
}

} // namespace
