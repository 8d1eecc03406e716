//===- JsonlReaderTest.cpp - JSON Lines reading, positions and errors -----===//
//
// Rows are rendered as "LINE: key=kind:text ..." or "LINE:COLUMN: reason".
// Errors come from simdjson but are worded here; these tests pin the words
// and the columns, and that a bad line never hides the lines after it.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

using namespace tenor::rt;
using namespace tenor::rt::test;
using Rows = std::vector<std::string>;

namespace {

TEST(JsonlReaderTest, ValuesOfEveryKind) {
  EXPECT_EQ(readJsonl(R"({"s": "a\"b\u00e9", "n": 0.10, "i": -7, "t": true, "f": false, "z": null})"
                      "\n"),
            (Rows{"1: s=string:a\"bé n=number:0.10 i=number:-7 t=bool:true f=bool:false "
                  "z=null:null"}));
  EXPECT_EQ(readJsonl(R"({"a": [1, {"x": [true]}], "o": {}, "e": ""})"),
            (Rows{"1: a=array o=object e=string"}));
}

TEST(JsonlReaderTest, NumbersKeepTheirText) {
  EXPECT_EQ(readJsonl(R"({"a": 123456789012345678901234567890, "b": 1e-5, "c": 0.1 })"),
            (Rows{"1: a=number:123456789012345678901234567890 b=number:1e-5 c=number:0.1"}));
}

TEST(JsonlReaderTest, FieldLookup) {
  JsonlReader reader;
  reader.openText("{\"at\": \"x\", \"café\": 1, \"n\": 2, \"n\": 3}\n");
  JsonlRow row;
  ASSERT_TRUE(reader.next(row));
  DataField at = row.field("at");
  EXPECT_EQ(at.value.kind, RawKind::JsonString);
  EXPECT_EQ(at.value.text, "x");
  EXPECT_EQ(at.line, 1u);
  EXPECT_EQ(at.column, 8u);
  EXPECT_EQ(row.field("café").column, 21u);
  DataField absent = row.field("region");
  EXPECT_EQ(absent.value.kind, RawKind::Absent);
  EXPECT_TRUE(absent.value.isMissing());
  EXPECT_EQ(absent.column, 1u); // no key to point at: the start of the row
  DataField twice = row.field("n");
  EXPECT_EQ(twice.value.kind, RawKind::JsonDuplicate);
  EXPECT_EQ(twice.column, 37u);
}

TEST(JsonlReaderTest, FieldLookupWithHints) {
  JsonlReader reader;
  reader.openText("{\"a\": 1, \"b\": 2}\n{\"b\": 3, \"a\": 4}\n{\"a\": 5, \"a\": 6}\n");
  JsonlRow row;
  size_t hint = 0;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row.field("b", hint).value.text, "2");
  EXPECT_EQ(hint, 1u);
  ASSERT_TRUE(reader.next(row)); // the keys in another order: the hint is wrong
  EXPECT_EQ(row.field("b", hint).value.text, "3");
  EXPECT_EQ(hint, 0u);
  hint = 7; // past the entries
  EXPECT_EQ(row.field("a", hint).value.text, "4");
  ASSERT_TRUE(reader.next(row)); // a hint at a key given twice still sees both
  hint = 0;
  EXPECT_EQ(row.field("a", hint).value.kind, RawKind::JsonDuplicate);
}

TEST(JsonlReaderTest, LinesBlanksCrLfAndNoFinalNewline) {
  EXPECT_EQ(readJsonl("\xEF\xBB\xBF{\"a\": 1}\r\n\r\n  \n{\"a\": 2}\n\n{\"a\": 3}"),
            (Rows{"1: a=number:1", "4: a=number:2", "6: a=number:3"}));
  EXPECT_EQ(readJsonl(""), Rows{});
  EXPECT_EQ(readJsonl("\n\n"), Rows{});
}

TEST(JsonlReaderTest, SameRowsWithTinyBlocks) {
  std::string jsonl = "{\"a\": \"x\\ny\", \"b\": [1, 2]}\r\n\n{\"a\": 1,}\n{\"a\": 2.50}";
  Rows expected = readJsonl(jsonl);
  ASSERT_EQ(expected.size(), 3u);
  for (size_t block : {1, 2, 3, 7, 16})
    EXPECT_EQ(readJsonl(jsonl, {block, size_t(1) << 20}), expected) << "block size " << block;
}

TEST(JsonlReaderTest, CannotOpen) {
  EXPECT_EQ(readJsonl("", {}).size(), 0u);
  JsonlReader reader;
  DataError error;
  EXPECT_FALSE(reader.open("/nonexistent/x.jsonl", error));
  EXPECT_EQ(error.reason, "cannot open `/nonexistent/x.jsonl`: No such file or directory");
}

//===----------------------------------------------------------------------===//
// Bad lines
//===----------------------------------------------------------------------===//

TEST(JsonlReaderTest, InvalidJson) {
  EXPECT_EQ(readJsonl("{\"a\": 1,}\n"
                      "{\"a\": \"unclosed}\n"
                      "{\"a\": 1\n"
                      "{\"a\": tru}\n"
                      "{\"a\": 01}\n"
                      "{\"a\": 1.}\n"
                      "{\"a\" 1}\n"
                      "{\"a\": [1, 2}\n"
                      "{\"a\": \"\xff\"}\n"
                      "{\"a\": 1} {\"b\": 2}\n"
                      "{a: 1}\n"
                      "{\"a\": \"x\ty\"}\n"
                      "{\"ok\": true}\n"),
            (Rows{"1:9: invalid JSON: unexpected character, or a missing or extra comma, colon "
                  "or bracket",
                  "2:7: invalid JSON: a string is not closed",
                  "3:8: invalid JSON: an object or array is not closed",
                  "4:7: invalid JSON: `tru` is not a JSON value",
                  "5:7: invalid JSON: `01` is not a valid number",
                  "6:7: invalid JSON: `1.` is not a valid number",
                  "7:6: invalid JSON: unexpected character, or a missing or extra comma, colon "
                  "or bracket",
                  "8:12: invalid JSON: unexpected character, or a missing or extra comma, colon "
                  "or bracket",
                  "9:8: found byte 0xFF, which is not valid UTF-8; save the file as UTF-8",
                  "10:10: invalid JSON: text after the end of the object",
                  "11:2: invalid JSON: unexpected character, or a missing or extra comma, colon "
                  "or bracket",
                  "12:9: invalid JSON: a string holds an unescaped control character; write it "
                  "as \\t, \\n or \\u00XX",
                  "13: ok=bool:true"}));
}

TEST(JsonlReaderTest, LineIsNotAnObject) {
  EXPECT_EQ(readJsonl("[1, 2]\n  42\n\"text\"\nnull\n{\"ok\": 1}\n"),
            (Rows{"1:1: expected a JSON object, found an array",
                  "2:3: expected a JSON object, found a number",
                  "3:1: expected a JSON object, found a string",
                  "4:1: expected a JSON object, found null", "5: ok=number:1"}));
}

TEST(JsonlReaderTest, LineLongerThanTheLimit) {
  std::string jsonl = "{\"a\": \"" + std::string(100, 'x') + "\"}\n{\"a\": 1}\n";
  EXPECT_EQ(readJsonl(jsonl, {8, 64}),
            (Rows{"1:1: line is longer than 64 bytes", "2: a=number:1"}));
}

// Issue 12: a line nesting 100,000 arrays in an unused key overflowed the
// stack. Lines may nest 128 levels, the line's object counting as the first;
// simdjson finds unclosed ones before they are walked.
TEST(JsonlReaderTest, NestingIsLimited) {
  auto nested = [](size_t levels, bool closed) {
    std::string line = "{\"a\": 1, \"x\": " + std::string(levels - 1, '[');
    return line + (closed ? std::string(levels - 1, ']') + "}" : "") + "\n";
  };
  std::string deep = "arrays and objects are nested more than 128 levels deep";
  std::string unclosed = "invalid JSON: an object or array is not closed";
  EXPECT_EQ(readJsonl(nested(128, true) + nested(129, true) + nested(100'000, true) +
                      nested(100'000, false) + "{\"x\": " + std::string(200, '{') + "\n" +
                      "{\"a\": 2}\n"),
            (Rows{"1: a=number:1 x=array", "2:142: " + deep, "3:142: " + deep,
                  "4:100014: " + unclosed, "5:207: " + unclosed, "6: a=number:2"}));
}

// Raw NUL bytes and `\u0000` in strings are refused, wherever they are:
// text cannot hold NUL (nor can CSV files).
TEST(JsonlReaderTest, NulIsRefused) {
  using namespace std::string_literals;
  std::string escaped = "a string holds `\\u0000`, the NUL character, which text cannot hold";
  std::string raw = "found a NUL byte, which text cannot hold; is the file binary, or UTF-16 "
                    "text?";
  EXPECT_EQ(readJsonl("{\"a\\u0000\": 1}\n"
                      "{\"a\": \"x\\u0000\"}\n"
                      "{\"a\": [{\"b\\u0000\": 1}]}\n"
                      "{\"a\": [\"\\u0000\"]}\n"
                      "{\"a\": \"x\0\"}\n"
                      "{\"a\": 1}\0\n"
                      "{\"a\": \"\\u0001\"}\n"s),
            (Rows{"1:2: " + escaped, "2:7: " + escaped, "3:9: " + escaped, "4:8: " + escaped,
                  "5:9: " + raw, "6:9: " + raw, "7: a=string:\x01"}));
}

// A line with no line break within maxSkipSize (binary data, /dev/zero, an
// endless pipe) is a fatal error after which nothing more is read.
TEST(JsonlReaderTest, LineWithoutLineBreakCannotBeSkipped) {
  JsonlReader reader(InputLimits{8, 64, 256});
  TempFile file(std::string(1000, 'x') + "\n{\"a\": 1}\n", ".jsonl");
  DataError error;
  ASSERT_TRUE(reader.open(file.path, error));
  JsonlRow row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "1:1: line is longer than 64 bytes");
  EXPECT_FALSE(row.error().fatal);
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "1:1: found no line break within 256 bytes after this bad line, so it "
                         "cannot be skipped; is the file JSON Lines text?");
  EXPECT_TRUE(row.error().fatal);
  EXPECT_FALSE(reader.next(row));
}

// Issue 12: /dev/zero was read forever, also when bad rows are skipped.
TEST(JsonlReaderTest, DevZeroEndsPromptly) {
  JsonlReader reader;
  DataError error;
  ASSERT_TRUE(reader.open("/dev/zero", error));
  JsonlRow row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "1:1: found a NUL byte, which text cannot hold; is the file binary, or "
                         "UTF-16 text?");
  ASSERT_TRUE(reader.next(row));
  EXPECT_TRUE(row.error().fatal);
  EXPECT_FALSE(reader.next(row));
}

} // namespace
