//===- EvaluatorMainTest.cpp - No exception escapes an evaluator's main ---===//
//
// runEvaluator is the main() of every generated evaluator. Whatever its
// steps throw (a time zone the host's tz database lacks, running out of
// memory, a bug), it prints one line and exits 2; nothing reaches
// std::terminate. The steps are stand-ins for generated code.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/Evaluator.h"

#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

using namespace tenor::rt;

namespace {

TimeZone zone;
KeyRange keys;
const std::vector<WindowSpec> windows = {WindowSpec{WindowUnit::Month, 1, false, {}}};
constexpr std::string_view datasets[] = {"vals"};

bool readNothing(const EvalOptions &, Interval, std::vector<NamedStats> &, std::string &) {
  return true;
}
Report emptyReport(const EvalSpan &span) {
  Report r;
  r.id = "t";
  r.range = span.range;
  return r;
}

/// Runs the evaluator with `--from 2026-01-01 --to 2026-02-01 -o /dev/null`;
/// the exit code and what it printed on stderr.
std::pair<int, std::string> run(void (*setUp)(), const ReadAll &read, EvaluateAll evaluate) {
  EvaluatorInfo info{"eval", datasets, {}, {}, "t", "", "", setUp};
  const char *args[] = {"eval", "--from", "2026-01-01", "--to", "2026-02-01", "-o", "/dev/null"};
  testing::internal::CaptureStderr();
  int rc = runEvaluator(7, const_cast<char **>(args), info, zone, windows, read, keys, evaluate);
  return {rc, testing::internal::GetCapturedStderr()};
}

TEST(EvaluatorMainTest, RunsToTheEnd) {
  EXPECT_EQ(run(nullptr, readNothing, emptyReport), std::make_pair(0, std::string()));
}

TEST(EvaluatorMainTest, UnknownTimeZoneIsAnError) {
  auto [rc, err] =
      run([] { zone = TimeZone::byName("Mars/Olympus_Mons"); }, readNothing, emptyReport);
  EXPECT_EQ(rc, exitBadInput);
  EXPECT_EQ(err, "error: time zone \"Mars/Olympus_Mons\" is not in this host's tz database; "
                 "install or update the tzdata package\n");
}

TEST(EvaluatorMainTest, OutOfMemoryIsAnError) {
  auto [rc, err] = run(
      nullptr,
      [](const EvalOptions &, Interval, std::vector<NamedStats> &, std::string &) -> bool {
        throw std::bad_alloc();
      },
      emptyReport);
  EXPECT_EQ(rc, exitBadInput);
  EXPECT_EQ(err, "error: out of memory\n");
}

TEST(EvaluatorMainTest, OverflowIsAnError) {
  auto [rc, err] = run(nullptr, readNothing, [](const EvalSpan &) -> Report {
    throw ArithmeticOverflow("arithmetic overflow: too big");
  });
  EXPECT_EQ(rc, exitBadInput);
  EXPECT_EQ(err, "error: arithmetic overflow: too big\n");
}

TEST(EvaluatorMainTest, AnythingElseIsAnInternalError) {
  auto [rc, err] = run(nullptr, readNothing, [](const EvalSpan &) -> Report {
    throw std::logic_error("a tier table out of order");
  });
  EXPECT_EQ(rc, exitBadInput);
  EXPECT_EQ(err, "internal error: a tier table out of order\n");
  std::tie(rc, err) = run([] { throw 42; }, readNothing, emptyReport);
  EXPECT_EQ(rc, exitBadInput);
  EXPECT_EQ(err, "internal error: an exception of unknown type\n");
}

} // namespace
