//===- JsonlFlatLineTest.cpp - The flat-object fast path reads as simdjson --===//
//
// JsonlReader scans flat objects of plain values itself and leaves every
// other line to simdjson. Both must give the same rows: the same keys,
// kinds, texts and offsets, and the same errors. Checked on lines near the
// fast path's edges and on random edits of a typical line.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

#include <random>

using namespace tenor::rt;

namespace {

/// A row as everything field() and the error report can see of it.
std::string describe(const JsonlRow &row) {
  if (row.bad())
    return std::to_string(row.error().line) + ":" + std::to_string(row.error().column) + ": " +
           row.error().reason;
  std::string text = std::to_string(row.line()) + ":";
  for (size_t i = 0; i < row.size(); ++i) {
    const JsonEntry &e = row[i];
    DataField f = row.field(e.key);
    text += " " + std::string(e.key) + "=" + std::to_string(int(f.value.kind)) + ":" +
            std::string(f.value.text) + "@" + std::to_string(f.column);
  }
  return text;
}

std::vector<std::string> readAll(const std::string &content, bool fastPath) {
  JsonlReader reader;
  if (!fastPath)
    reader.useSimdjsonOnly();
  reader.openText(content);
  JsonlRow row;
  std::vector<std::string> rows;
  while (reader.next(row))
    rows.push_back(describe(row));
  return rows;
}

TEST(JsonlFlatLineTest, SameRowsAsSimdjson) {
  std::vector<std::string> lines = {
      R"({"at":"2026-01-01T00:00:29Z","service":"api","status":200,"latency":136})",
      R"( { "a" : 1 , "b" : "x" } )",
      "{\t\"a\":\t-0.5e+3\r}",
      R"({})",
      R"({ })",
      R"({"a":true,"b":false,"c":null})",
      R"({"a":tru})",
      R"({"a":truex})",
      R"({"a":nul})",
      R"({"a":01})",
      R"({"a":1.})",
      R"({"a":-})",
      R"({"a":1,})",
      R"({"a":1 "b":2})",
      R"({"a":1}x)",
      std::string("{\"a\":\"x\0\"}", 10),
      "{\"a\":\"\\u0000\"}",
      "{\"a\":\"\xff\"}",
      R"({"a":1}{"b":2})",
      R"({"a" 1})",
      R"({a:1})",
      R"({"a":"x)",
      R"({"a":"x\"y"})",
      R"({"é":"ü"})",
      R"({"a":[1,2]})",
      R"({"a":{"b":1}})",
      R"({"a":1,"a":2})",
      R"([1,2])",
      R"("text")",
      R"({"a":1)",
      R"({"a":+1})",
      "{\"a\":\"tab\there\"}",
  };
  std::mt19937_64 rng(11);
  const std::string base = lines[0];
  // NUL and a byte that is never UTF-8 included: both paths must refuse them.
  const std::string alphabet = std::string("{}[]\":,. -+0123456789eEtrufalsn\\\tx\xff") + '\0';
  for (int i = 0; i < 5000; ++i) {
    std::string line = base;
    for (int edits = int(rng() % 3) + 1; edits > 0; --edits) {
      size_t at = rng() % line.size();
      switch (rng() % 3) {
      case 0:
        line[at] = alphabet[rng() % alphabet.size()];
        break;
      case 1:
        line.erase(at, 1);
        break;
      default:
        line.insert(at, 1, alphabet[rng() % alphabet.size()]);
      }
    }
    lines.push_back(line);
  }
  std::string content;
  for (const std::string &line : lines)
    content += line + "\n";
  std::vector<std::string> fast = readAll(content, true), slow = readAll(content, false);
  ASSERT_EQ(fast.size(), slow.size());
  for (size_t i = 0; i < fast.size(); ++i)
    EXPECT_EQ(fast[i], slow[i]) << "line " << i + 1 << ": " << lines[i];
}

} // namespace
