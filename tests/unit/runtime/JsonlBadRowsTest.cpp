//===- JsonlBadRowsTest.cpp - Bad JSON Lines as an evaluator reports them -===//
//
// The JSON side of CsvBadRowsTest: syntax errors, lines that are not
// objects, values of the wrong JSON type, null or absent required keys,
// duplicate keys and bad values inside strings, each with line, column and
// reason, and the lines after each one still read.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

using namespace tenor::rt;
using namespace tenor::rt::test;
using Rows = std::vector<std::string>;

namespace {

const std::vector<SchemaField> outages = {{"during", Type::Interval},
                                          {"minutes", Type::Int},
                                          {"cause", Type::Text},
                                          {"planned", Type::Bool, true}};

TEST(JsonlBadRowsTest, EveryKindIsReportedWhereItIs) {
  std::string jsonl =
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "cause": "x",})"
      "\n"
      R"(["2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", 5, "x"])"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": "5", "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z", "minutes": 5, "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:05:00Z/2026-01-01T00:00:00Z", "minutes": 5, "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": null, "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "minutes": 6, "cause": "x"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "cause": ["x"]})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "cause": "x", "planned": "no"})"
      "\n"
      R"({"during": "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z", "minutes": 5, "cause": "x", "planned": null})"
      "\n";
  EXPECT_EQ(typeJsonl(jsonl, outages),
            (Rows{"ok",
                  "2:84: invalid JSON: unexpected character, or a missing or extra comma, colon "
                  "or bracket",
                  "3:1: expected a JSON object, found an array",
                  "4:68: field `minutes`: expected an integer such as 42 as a JSON number, found "
                  "the string `\"5\"`",
                  "5:12: field `during`: expected an interval such as "
                  "2026-01-01T00:00:00Z/2026-01-01T01:00:00Z, found `2026-01-01T00:00:00Z`; write "
                  "the start and the end separated by `/`",
                  "6:12: field `during`: expected an interval such as "
                  "2026-01-01T00:00:00Z/2026-01-01T01:00:00Z, found "
                  "`2026-01-01T00:05:00Z/2026-01-01T00:00:00Z`; the interval ends before it starts",
                  "7:68: field `minutes`: expected a value, found null",
                  "8:1: field `minutes`: expected a value, found no such key",
                  "9:82: field `minutes`: the key appears more than once in the object",
                  "10:80: field `cause`: expected a text, found an array",
                  "11:96: field `planned`: expected true, false, 1 or 0, found the string "
                  "`\"no\"`",
                  "ok"}));
}

TEST(JsonlBadRowsTest, BadValuesInsideStrings) {
  const std::vector<SchemaField> requests = {{"at", Type::Timestamp}, {"latency", Type::Ms}};
  std::string jsonl = "{\"at\": \"2026-02-30T00:00:00Z\", \"latency\": 5}\n"
                      "{\"at\": \"2026-01-01T00:00:00\", \"latency\": 5}\n"
                      "{\"at\": \"2026-01-01T00:00:00Z\", \"latency\": -0.5}\n"
                      "{\"at\": \"2026-01-01T00:00:00Z\", \"latency\": 1e3}\n"
                      "{\"at\": \"2026-01-01T00:00:00Z\", \"latency\": [1, tru]}\n"
                      "{\"at\": \"2026-01-01T00:00:00Z\", \"latency\": 2.5}\n";
  EXPECT_EQ(typeJsonl(jsonl, requests),
            (Rows{"1:8: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
                  "`2026-02-30T00:00:00Z`; February 2026 has 28 days",
                  "2:8: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
                  "`2026-01-01T00:00:00`; add the offset from UTC, such as `Z` or `+02:00`",
                  "3:43: field `latency`: expected a number of milliseconds such as 250, found "
                  "`-0.5`; a duration cannot be negative",
                  "4:43: field `latency`: expected a number of milliseconds such as 250, found "
                  "`1e3`; exponent notation is not accepted, write the number in full",
                  "5:47: invalid JSON: `tru` is not a JSON value", "ok"}));
}

} // namespace
