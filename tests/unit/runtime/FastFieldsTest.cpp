//===- FastFieldsTest.cpp - rt::fast agrees with the general parsers ------===//
//
// Each fast parser may accept only what its general parser accepts, with the
// same value. Checked on edge cases and on random texts made of the
// characters the formats are written in.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/FastFields.h"
#include "tenor/rt/data/Fields.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace tenor::rt;

namespace {

const RawKind kinds[] = {RawKind::Text,     RawKind::JsonString, RawKind::JsonNumber,
                         RawKind::JsonBool, RawKind::Missing,    RawKind::JsonNull};

std::vector<std::string> samples() {
  std::vector<std::string> s = {"",
                                "0",
                                "-0",
                                "-",
                                "7",
                                "-12",
                                "007",
                                "123456789012345678",
                                "1234567890123456789",
                                "9223372036854775807",
                                "-9223372036854775808",
                                " 5",
                                "5 ",
                                "1.0",
                                "1e3",
                                "+1",
                                "250 ms",
                                "true",
                                "false",
                                "True",
                                "1",
                                "truex",
                                "fals",
                                "api",
                                "2026-01-01T00:00:29Z",
                                "2026-12-31T23:59:59Z",
                                "2024-02-29T12:00:00Z",
                                "2026-02-29T12:00:00Z",
                                "2026-13-01T00:00:00Z",
                                "2026-00-10T00:00:00Z",
                                "2026-01-00T00:00:00Z",
                                "2026-01-01T24:00:00Z",
                                "2026-01-01T00:60:00Z",
                                "2026-01-01T00:00:60Z",
                                "2026-01-01t00:00:00Z",
                                "2026-01-01T00:00:00z",
                                "2026-01-01 00:00:00Z",
                                "2026-01-01T00:00:00+00:00",
                                "2026-01-01T00:00:00.5Z",
                                "0000-01-01T00:00:00Z",
                                "9999-12-31T23:59:59Z",
                                "2026-1-01T00:00:00ZZ",
                                "20260101T000000Z....",
                                "1970-01-01T00:00:00Z",
                                "1970-01-01abcdefghij",
                                "2026-01-01T0a:00:00Z",
                                "2026-01-01T00-00-00Z"};
  std::mt19937_64 rng(7);
  const std::string alphabet = "0123456789-:TZtz .e+ams";
  for (int i = 0; i < 20000; ++i) {
    std::string t = i % 2 ? "2026-03-14T15:09:26Z" : "4821";
    for (int edits = int(rng() % 3) + 1; edits > 0; --edits)
      t[rng() % t.size()] = alphabet[rng() % alphabet.size()];
    s.push_back(t);
  }
  return s;
}

/// The fast parser's verdict must be a subset of the general one's.
template <class T, class Fast, class General>
void agree(const std::string &text, RawKind kind, Fast fast, General general) {
  RawValue raw{kind, text};
  T fastValue{};
  if (!fast(raw, fastValue))
    return;
  FieldResult<T> slow = general(raw);
  ASSERT_TRUE(slow.ok()) << "fast accepted `" << text << "` (kind " << int(kind) << ")";
  EXPECT_TRUE(slow.value() == fastValue) << "`" << text << "`";
}

TEST(FastFieldsTest, AgreeWithTheGeneralParsers) {
  for (const std::string &text : samples()) {
    for (RawKind kind : kinds) {
      agree<int64_t>(
          text, kind, [](auto &r, auto &o) { return fast::intField(r, o); },
          [](auto &r) { return parseIntField(r); });
      agree<bool>(
          text, kind, [](auto &r, auto &o) { return fast::boolField(r, o); },
          [](auto &r) { return parseBoolField(r); });
      agree<std::string_view>(
          text, kind, [](auto &r, auto &o) { return fast::textField(r, o); },
          [](auto &r) { return parseTextField(r); });
      agree<Timestamp>(
          text, kind, [](auto &r, auto &o) { return fast::timestampField(r, o); },
          [](auto &r) { return parseTimestampField(r); });
      for (DurationUnit unit : {DurationUnit::Milliseconds, DurationUnit::Weeks})
        agree<Duration>(
            text, kind,
            [unit](auto &r, auto &o) { return fast::durationField(r, microsPer(unit), o); },
            [unit](auto &r) { return parseDurationField(r, unit); });
    }
  }
}

TEST(FastFieldsTest, TakesTheCommonSpellings) {
  int64_t i = 0;
  EXPECT_TRUE(fast::intField(RawValue{RawKind::Text, "-42"}, i));
  EXPECT_EQ(i, -42);
  Duration d;
  EXPECT_TRUE(fast::durationField(RawValue{RawKind::JsonNumber, "136"}, 1000, d));
  EXPECT_EQ(d.micros, 136000);
  // An overflowing product goes the general way, which explains it.
  EXPECT_FALSE(fast::durationField(RawValue{RawKind::Text, "999999999999999999"}, 1000, d));
  std::optional<Timestamp> t;
  EXPECT_TRUE(fast::timestampField(RawValue{RawKind::Text, "1970-01-02T00:00:01Z"}, t));
  EXPECT_EQ(t->micros, (86400 + 1) * microsPerSecond);
  // The same day again comes from the cached date.
  EXPECT_TRUE(fast::timestampField(RawValue{RawKind::Text, "1970-01-02T00:00:02Z"}, t));
  EXPECT_EQ(t->micros, (86400 + 2) * microsPerSecond);
  bool b = false;
  EXPECT_TRUE(fast::boolField(RawValue{RawKind::JsonBool, "true"}, b));
  EXPECT_TRUE(b);
}

} // namespace
