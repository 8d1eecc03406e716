//===- CsvReaderTest.cpp - RFC 4180 reading, positions and bad rows -------===//
//
// Rows are compared as rendered strings ("LINE: a|b|c" or "LINE:COLUMN:
// reason"), so each test shows a whole file's worth of behaviour. Reading
// the same file with tiny blocks must give the same rows: that exercises
// rows, quotes and CRLF pairs split across reads.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

using namespace tenor::rt;
using namespace tenor::rt::test;
using Rows = std::vector<std::string>;

namespace {

TEST(CsvReaderTest, HeaderNamesColumns) {
  CsvReader reader;
  DataError error;
  ASSERT_TRUE(reader.openText("at,status,latency\n", error));
  EXPECT_EQ(reader.header(), (std::vector<std::string>{"at", "status", "latency"}));
  EXPECT_EQ(reader.column("status"), 1);
  EXPECT_EQ(reader.column("Status"), -1);
  EXPECT_EQ(reader.column("region"), -1);
  CsvRow row;
  EXPECT_FALSE(reader.next(row));
}

TEST(CsvReaderTest, MissingColumnError) {
  CsvReader reader;
  DataError error;
  ASSERT_TRUE(reader.openText("\nat,status,latency,\n", error));
  EXPECT_EQ(render(reader.missingColumnError("latncy")),
            "2:1: the header has no column `latncy`; did you mean `latency`?");
  EXPECT_EQ(render(reader.missingColumnError("region")),
            "2:1: the header has no column `region`; its columns are `at`, `status` and "
            "`latency`");
}

TEST(CsvReaderTest, PlainRows) {
  EXPECT_EQ(readCsv("a,b,c\n1,2,3\n4,5,6\n"), (Rows{"2: 1|2|3", "3: 4|5|6"}));
}

TEST(CsvReaderTest, EmptyFieldIsMissingAndQuotedEmptyIsText) {
  EXPECT_EQ(readCsv("a,b,c\n,\"\",x\n1,,\n"), (Rows{"2: -||x", "3: 1|-|-"}));
}

TEST(CsvReaderTest, QuotedFields) {
  EXPECT_EQ(readCsv("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"\"\"\",\"\"\n"),
            (Rows{"2: x,y|say \"hi\"", "3: \"|"}));
}

TEST(CsvReaderTest, LineBreaksInsideQuotesKeepLineNumbers) {
  std::string csv = "id,note,n\n"
                    "1,\"first\nsecond\",10\n"
                    "2,\"a\r\nb\n\nc\",20\n"
                    "3,plain,30\n";
  EXPECT_EQ(readCsv(csv),
            (Rows{"2: 1|first\\nsecond|10", "4: 2|a\\r\\nb\\n\\nc|20", "8: 3|plain|30"}));
}

TEST(CsvReaderTest, FieldPositionsAfterEmbeddedLineBreak) {
  CsvReader reader;
  DataError error;
  ASSERT_TRUE(reader.openText("id,note,n\n1,\"x\ny\",10\n", error));
  CsvRow row;
  ASSERT_TRUE(reader.next(row));
  ASSERT_EQ(row.size(), 3u);
  EXPECT_EQ(row.line(), 2u);
  EXPECT_EQ(row[1].line, 2u);
  EXPECT_EQ(row[1].column, 3u);
  EXPECT_EQ(row[2].line, 3u);
  EXPECT_EQ(row[2].column, 4u); // after `y",`
}

TEST(CsvReaderTest, ColumnsCountCharactersNotBytes) {
  CsvReader reader;
  DataError error;
  ASSERT_TRUE(reader.openText("a,b,c\nZürich,\"Ünïcode\",x\n", error));
  CsvRow row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row[1].column, 8u);
  EXPECT_EQ(row[2].column, 18u);
  EXPECT_EQ(row.field(2).column, 18u);
}

TEST(CsvReaderTest, CrLfAndLf) {
  EXPECT_EQ(readCsv("a,b\r\n1,2\r\n3,\"4\"\r\n5,6\n"), (Rows{"2: 1|2", "3: 3|4", "4: 5|6"}));
}

TEST(CsvReaderTest, NoFinalNewline) {
  EXPECT_EQ(readCsv("a,b\n1,2\n3,4"), (Rows{"2: 1|2", "3: 3|4"}));
  EXPECT_EQ(readCsv("a,b\n1,\"2\""), (Rows{"2: 1|2"}));
  EXPECT_EQ(readCsv("a,b\n1,"), (Rows{"2: 1|-"}));
  EXPECT_EQ(readCsv("a,b\r\n1,2\r"), (Rows{"2: 1|2"}));
}

TEST(CsvReaderTest, ByteOrderMarkIsSkipped) {
  CsvReader reader;
  DataError error;
  ASSERT_TRUE(reader.openText("\xEF\xBB\xBF"
                              "at,b\n1,2\n",
                              error));
  EXPECT_EQ(reader.column("at"), 0);
  EXPECT_EQ(readCsv("\xEF\xBB\xBF"
                    "a,b\n1,2\n"),
            (Rows{"2: 1|2"}));
}

TEST(CsvReaderTest, BlankLinesAreSkipped) {
  EXPECT_EQ(readCsv("\na,b\n\n1,2\n\r\n3,4\n\n\n"), (Rows{"4: 1|2", "6: 3|4"}));
}

TEST(CsvReaderTest, SameRowsWithTinyBlocks) {
  std::string csv = "\xEF\xBB\xBF"
                    "id,note,n\r\n"
                    "1,\"first\r\nsecond\",10\r\n"
                    "2,\"q\"\"q\",20\r\n"
                    "3,bad\"quote,30\r\n"
                    "4,\"\",\r\n"
                    "5,x,50";
  Rows expected = readCsv(csv, {}, /*viaFile=*/false);
  ASSERT_EQ(expected.size(), 5u);
  EXPECT_EQ(expected[2], "5:6: found a quote `\"` inside an unquoted field; quote the whole field "
                         "and write the quote twice (`\"a \"\"b\"\"\"`)");
  for (size_t block : {1, 2, 3, 5, 7, 16, 64})
    EXPECT_EQ(readCsv(csv, {block, size_t(1) << 20}), expected) << "block size " << block;
}

//===----------------------------------------------------------------------===//
// Bad files
//===----------------------------------------------------------------------===//

TEST(CsvReaderTest, EmptyFile) {
  Rows empty{"header 0:0: the file is empty; expected a header row naming the columns"};
  EXPECT_EQ(readCsv(""), empty);
  EXPECT_EQ(readCsv("\xEF\xBB\xBF"), empty);
  EXPECT_EQ(readCsv("\n\r\n\n"), empty);
}

TEST(CsvReaderTest, DuplicateHeaderName) {
  EXPECT_EQ(readCsv("at,status,at\n"), (Rows{"header 1:11: the header names `at` twice"}));
  // Empty names (trailing commas of spreadsheet exports) may repeat.
  EXPECT_EQ(readCsv("a,,\n1,2,3\n"), (Rows{"2: 1|2|3"}));
}

TEST(CsvReaderTest, BadHeaderRow) {
  EXPECT_EQ(readCsv("a,b\"c\n"),
            (Rows{"header 1:4: found a quote `\"` inside an unquoted field; quote the whole "
                  "field and write the quote twice (`\"a \"\"b\"\"\"`)"}));
}

TEST(CsvReaderTest, CannotOpen) {
  CsvReader reader;
  DataError error;
  EXPECT_FALSE(reader.open("/nonexistent/x.csv", error));
  EXPECT_EQ(error.reason, "cannot open `/nonexistent/x.csv`: No such file or directory");
  EXPECT_EQ(error.line, 0u);
  EXPECT_EQ(formatDataError("/nonexistent/x.csv", error),
            "/nonexistent/x.csv: cannot open `/nonexistent/x.csv`: No such file or directory");
  CsvReader dir;
  EXPECT_FALSE(dir.open(::testing::TempDir(), error));
  EXPECT_EQ(error.reason, "cannot read `" + ::testing::TempDir() + "`: it is a directory");
}

//===----------------------------------------------------------------------===//
// Bad rows: each is reported where it is, and reading carries on
//===----------------------------------------------------------------------===//

TEST(CsvReaderTest, UnterminatedQuote) {
  // The quote runs to the end of the file; reading resumes after its line.
  EXPECT_EQ(readCsv("a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n"),
            (Rows{"2: 1|2|3", "3:3: quoted field is never closed; a closing quote `\"` is missing",
                  "4: 7|8|9"}));
}

TEST(CsvReaderTest, StrayQuote) {
  EXPECT_EQ(readCsv("a,b,c\n1,ab\"c,3\n4,5,6\n"),
            (Rows{"2:5: found a quote `\"` inside an unquoted field; quote the whole field and "
                  "write the quote twice (`\"a \"\"b\"\"\"`)",
                  "3: 4|5|6"}));
}

TEST(CsvReaderTest, TextAfterClosingQuote) {
  EXPECT_EQ(readCsv("a,b\n\"x\"y,2\n3,4\n"),
            (Rows{"2:4: expected a comma or a line break after the closing quote, found `y`; "
                  "write a quote inside quotes as `\"\"`",
                  "3: 3|4"}));
}

TEST(CsvReaderTest, TooManyFields) {
  EXPECT_EQ(readCsv("at,status\n2026-01-01T00:00:00Z,200,extra\n1,2\n"),
            (Rows{"2:26: expected 2 fields as in the header, found 3; is there a comma in a "
                  "value that should be quoted?",
                  "3: 1|2"}));
}

TEST(CsvReaderTest, TooFewFields) {
  EXPECT_EQ(readCsv("at,status,latency\n2026-01-01T00:00:00Z,200\n1,2,3"),
            (Rows{"2:25: expected 3 fields as in the header, found 2; the row ends before "
                  "column `latency`",
                  "3: 1|2|3"}));
}

TEST(CsvReaderTest, CarriageReturnWithoutLineFeed) {
  EXPECT_EQ(readCsv("a,b\n1\r2,3\n4,5\n"),
            (Rows{"2:2: found a carriage return that is not followed by a line feed", "3: 4|5"}));
}

TEST(CsvReaderTest, RowLongerThanTheLimit) {
  std::string csv = "a,b\n1," + std::string(100, 'x') + "\n2,3\n";
  EXPECT_EQ(readCsv(csv, {8, 64}), (Rows{"2:1: row is longer than 64 bytes", "3: 2|3"}));
}

TEST(CsvReaderTest, QuoteNotClosedWithinTheLimit) {
  std::string csv = "a,b\n1,\"open\n" + std::string(100, 'x') + "\n2,3\n";
  Rows rows = readCsv(csv, {8, 64});
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], "2:3: quoted field is not closed within 64 bytes; a closing quote `\"` is "
                     "probably missing");
}

// Issue 12: text that is not UTF-8 was passed on as U+FFFD. Every bad byte
// is now an error at its line and column, in quoted and unquoted fields and
// in the header, and the next row is read as usual.
TEST(CsvReaderTest, TextThatIsNotUtf8IsRefused) {
  std::string csv = "at,id\n"
                    "2026-01-01T00:00:00Z,INC-\xff\xfeX\n"           // 2: not UTF-8 at all
                    "2026-01-01T00:00:00Z,Z\xc3\xbcrich\n"           // 3: ü, fine
                    "2026-01-01T00:00:00Z,\xc0\xaf\n"                // 4: overlong `/`
                    "2026-01-01T00:00:00Z,\xed\xa0\x80\n"            // 5: a surrogate
                    "2026-01-01T00:00:00Z,\xf4\x90\x80\x80\n"        // 6: above U+10FFFF
                    "2026-01-01T00:00:00Z,\"\xc3\xbc\n\xe9t\xe9\"\n" // 7-8: Latin-1 é
                    "2026-01-01T00:00:00Z,cut \xe2\x82";             // 9: cut off by the end
  std::string badFF = "found byte 0xFF, which is not valid UTF-8; save the file as UTF-8";
  EXPECT_EQ(readCsv(csv),
            (Rows{"2:26: " + badFF, "3: 2026-01-01T00:00:00Z|Z\xc3\xbcrich",
                  "4:22: found byte 0xC0, which is not valid UTF-8; save the file as UTF-8",
                  "5:22: found byte 0xED, which is not valid UTF-8; save the file as UTF-8",
                  "6:22: found byte 0xF4, which is not valid UTF-8; save the file as UTF-8",
                  "8:1: found byte 0xE9, which is not valid UTF-8; save the file as UTF-8",
                  "9:26: found byte 0xE2, which is not valid UTF-8; save the file as UTF-8"}));
  EXPECT_EQ(readCsv("a,b\xff\n1,2\n"), (Rows{"header 1:4: " + badFF}));
}

// NUL bytes are refused in both paths: the fast path for plain rows leaves
// them to the general scanner, which checks every row it reads.
TEST(CsvReaderTest, NulBytesAreRefused) {
  using namespace std::string_literals;
  std::string reason = "found a NUL byte, which text cannot hold; is the file binary, or UTF-16 "
                       "text?";
  EXPECT_EQ(readCsv("a,b\n1,x\0y\n\"q\0\",2\n3,4\n"s),
            (Rows{"2:4: " + reason, "3:3: " + reason, "4: 3|4"}));
  EXPECT_EQ(readCsv("a\0,b\n"s), (Rows{"header 1:2: " + reason}));
}

// A row longer than the limit is a bad row that --skip-bad-rows can skip
// when its line break comes within maxSkipSize; data without one is a fatal
// error (it cannot be skipped), after which nothing more is read.
TEST(CsvReaderTest, RowWithoutLineBreakCannotBeSkipped) {
  InputLimits limits{8, 64, 256};
  std::string csv =
      "a,b\n1," + std::string(100, 'x') + "\n2,3\n4," + std::string(1000, 'y') + "\n5,6\n";
  CsvReader reader(limits);
  TempFile file(csv, ".csv");
  DataError error;
  ASSERT_TRUE(reader.open(file.path, error));
  CsvRow row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "2:1: row is longer than 64 bytes");
  EXPECT_FALSE(row.error().fatal);
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "3: 2|3");
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "4:1: row is longer than 64 bytes");
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(render(row), "4:1: found no line break within 256 bytes after this bad row, so it "
                         "cannot be skipped; is the file CSV text?");
  EXPECT_TRUE(row.error().fatal);
  EXPECT_FALSE(reader.next(row));
}

// Issue 12: /dev/zero was read forever. Its NUL bytes are refused at once,
// and reading ends after at most maxSkipSize bytes.
TEST(CsvReaderTest, DevZeroEndsPromptly) {
  CsvReader reader;
  DataError error;
  ASSERT_FALSE(reader.open("/dev/zero", error));
  EXPECT_EQ(render(error), "1:1: found a NUL byte, which text cannot hold; is the file binary, or "
                           "UTF-16 text?");
}

} // namespace
