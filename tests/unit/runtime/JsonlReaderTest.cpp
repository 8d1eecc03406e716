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
                  "9:8: invalid JSON: the line is not valid UTF-8",
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

} // namespace
