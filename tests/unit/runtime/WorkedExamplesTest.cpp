//===- WorkedExamplesTest.cpp - One point through the evaluation's functions -===//
//
// rt/eval/WorkedExamples.h (a tier point with rounding, minimum and cap; an
// item's lateness in business hours and elapsed time; a total cap cutting
// the last remedy first; dueAfter) and rt/cli/CheckExamples.h (agreement,
// a disagreement named, a file that cannot be read).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/WorkedExamples.h"
#include "tenor/rt/cli/CheckExamples.h"
#include "tenor/rt/eval/Obligations.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

using namespace tenor::rt;

namespace {

Rational dec(std::string_view text) { return Rational::parseDecimal(text).value(); }

Timestamp at(std::string_view text) { return parseTimestamp(text).value(); }

RemedySpec credit() {
  RemedySpec spec;
  spec.name = "credit";
  spec.currency = "EUR";
  spec.tiers = {TierSpec{std::nullopt, TierBound{dec("0.99"), false}, dec("0.1"), true, ""},
                TierSpec{std::nullopt, TierBound{dec("0.95"), false}, dec("0.3"), true, ""}};
  spec.cap = dec("0.25");
  spec.capIsPercent = true;
  spec.minimum = dec("50");
  return spec;
}

/// 09:00-17:00 on weekdays, in UTC.
BusinessCalendar weekdays() {
  BusinessCalendar cal;
  for (Weekday d :
       {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday})
    cal.addHours(d, 9 * 60, 17 * 60);
  return cal;
}

TEST(WorkedExamplesTest, TierPointRoundsMinimumAndCap) {
  EXPECT_EQ(remedyExample(credit(), dec("0.99"), dec("10000")), std::nullopt);
  EXPECT_EQ(remedyExample(credit(), dec("0.9899"), dec("10000")), dec("1000"));
  // 30% of the base, capped at 25%.
  EXPECT_EQ(remedyExample(credit(), dec("0.9"), dec("10000")), dec("2500"));
  // 10% of 400 is below the minimum of 50: not issued.
  EXPECT_EQ(remedyExample(credit(), dec("0.98"), dec("400")), std::nullopt);
  EXPECT_EQ(exampleAmount(dec("1000"), "EUR"), "1000.00");
  EXPECT_EQ(exampleAmount(std::nullopt, "EUR"), "none");
}

TEST(WorkedExamplesTest, DeadlineAcrossTheWeekend) {
  BusinessCalendar cal = weekdays();
  DeadlineSpec spec{&cal, Duration::hours(2)};
  // Friday 16:00: one hour on Friday, one on Monday morning.
  Timestamp opened = at("2026-06-05T16:00:00Z");
  EXPECT_EQ(deadlineOf(spec, opened).due, at("2026-06-08T10:00:00Z"));
  EXPECT_FALSE(deadlineExampleLate(spec, opened, at("2026-06-08T10:00:00Z")));
  EXPECT_TRUE(deadlineExampleLate(spec, opened, at("2026-06-08T10:01:00Z")));
  DeadlineSpec elapsed{nullptr, Duration::hours(2)};
  EXPECT_EQ(deadlineOf(elapsed, opened).due, at("2026-06-05T18:00:00Z"));
  EXPECT_TRUE(deadlineExampleLate(elapsed, opened, at("2026-06-05T18:00:01Z")));
}

TEST(WorkedExamplesTest, BusinessDaysEndAtTheClose) {
  BusinessCalendar cal = weekdays();
  DeadlineSpec spec{&cal, {}, 3};
  // Friday 16:00: the 3rd business day after Friday is Wednesday.
  Timestamp opened = at("2026-06-05T16:00:00Z");
  EXPECT_EQ(deadlineOf(spec, opened).due, at("2026-06-10T17:00:00Z"));
  EXPECT_FALSE(deadlineExampleLate(spec, opened, at("2026-06-10T17:00:00Z")));
  EXPECT_TRUE(deadlineExampleLate(spec, opened, at("2026-06-10T17:01:00Z")));
}

TEST(WorkedExamplesTest, TotalCapCutsTheLastFirst) {
  TotalCapSpec cap{{RemedyKind::Credit}, dec("0.1"), true, dec("10000"), WindowUnit::Month};
  std::vector<Rational> left = totalCapExample(
      cap, "EUR", {{"a", RemedyKind::Credit, dec("800")}, {"b", RemedyKind::Credit, dec("500")}});
  ASSERT_EQ(left.size(), 2u);
  EXPECT_EQ(left[0], dec("800"));
  EXPECT_EQ(left[1], dec("200"));
}

std::optional<RemedySpec> remedyByName(std::string_view name) {
  if (name == "credit")
    return credit();
  return std::nullopt;
}
std::optional<DeadlineSpec> noDeadline(std::string_view) { return std::nullopt; }
std::optional<TotalCapSpec> noCap(size_t, std::optional<Rational>) { return std::nullopt; }

int check(const std::string &lines) {
  std::string path = ::testing::TempDir() + "worked-examples.jsonl";
  std::ofstream(path) << lines;
  return checkWorkedExamples(path, WorkedExampleHooks{remedyByName, noDeadline, noCap, "EUR"});
}

TEST(CheckExamplesTest, AgreesDisagreesAndBadFiles) {
  std::string ok =
      R"({"example":"credit.1","kind":"tier","remedy":"credit","measure":"0.9899","base":"10000","outcome":"1000.00"})";
  EXPECT_EQ(check(ok + "\n"), 0);
  std::string wrong =
      R"({"example":"credit.2","kind":"tier","remedy":"credit","measure":"0.9","base":"10000","outcome":"3000.00"})";
  EXPECT_EQ(check(ok + "\n" + wrong + "\n"), 1);
  std::string unknown =
      R"({"example":"x","kind":"deadline","obligation":"x","opened":"2026-06-05T16:00:00Z","done":"2026-06-05T16:00:00Z","outcome":"on time"})";
  EXPECT_EQ(check(unknown + "\n"), 1);
  EXPECT_EQ(check("not json\n"), 2);
  EXPECT_EQ(
      checkWorkedExamples("/nonexistent/worked.jsonl", {remedyByName, noDeadline, noCap, "EUR"}),
      2);
}

} // namespace
