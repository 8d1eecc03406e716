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

} // namespace
