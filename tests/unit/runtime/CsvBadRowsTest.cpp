//===- CsvBadRowsTest.cpp - Bad CSV rows as an evaluator reports them -----===//
//
// End to end through the reader and the field parsers, the way generated
// evaluators use them: every kind of bad row is reported with its line, its
// column (where the bad value starts) and the reason, and the rows around it
// are still read. Together with JsonlBadRowsTest this covers the kinds of
// bad data a user meets.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

using namespace tenor::rt;
using namespace tenor::rt::test;
using Rows = std::vector<std::string>;

namespace {

const std::vector<SchemaField> requests = {{"at", Type::Timestamp},  {"status", Type::Int},
                                           {"latency", Type::Ms},    {"up", Type::Bool},
                                           {"priority", Type::Enum}, {"cost", Type::Money},
                                           {"ratio", Type::Number},  {"region", Type::Text, true}};

const char *const header = "at,status,latency,up,priority,cost,ratio,region\n";

TEST(CsvBadRowsTest, EveryKindIsReportedWhereItIs) {
  std::string csv = std::string(header) +
                    "2026-01-01T00:00:00Z,200,15,true,P1,0.10,0.5,eu\n"   // 2: ok
                    "2026-01-01T00:00:02Z,200,15,true,P1,0.10,0.5,e\"u\n" // 3: stray quote
                    "2026-01-01T00:00:03Z,200,15,true,P1,0.10,0.5,eu,x\n" // 4: too many
                    "2026-01-01T00:00:04Z,200,15,true,P1,0.10,0.5\n"      // 5: too few
                    "yesterday,200,15,true,P1,0.10,0.5,eu\n"              // 6: bad timestamp
                    "2026-01-01T00:00:06,200,15,true,P1,0.10,0.5,eu\n"    // 7: no offset
                    "2026-02-30T00:00:00Z,200,15,true,P1,0.10,0.5,eu\n"   // 8: Feb 30
                    "2026-01-01T00:00:08Z,OK,15,true,P1,0.10,0.5,eu\n"    // 9: bad int
                    "2026-01-01T00:00:09Z,99999999999999999999,15,true,P1,0.10,0.5,eu\n"
                    "2026-01-01T00:00:10Z,200,15,true,P1,0.1.0,0.5,eu\n"  // 11: bad decimal
                    "2026-01-01T00:00:11Z,200,15,true,P1,0.10,5e-1,eu\n"  // 12: exponent
                    "2026-01-01T00:00:12Z,200,15,yes,P1,0.10,0.5,eu\n"    // 13: bad bool
                    "2026-01-01T00:00:13Z,200,-15,true,P1,0.10,0.5,eu\n"  // 14: negative
                    "2026-01-01T00:00:14Z,,15,true,P1,0.10,0.5,eu\n"      // 15: empty
                    "2026-01-01T00:00:15Z,200,15,true,P5,0.10,0.5,eu\n"   // 16: enum
                    "2026-01-01T00:00:16Z,200,15,true,p2,0.10,0.5,eu\n"   // 17: enum, case
                    "2026-01-01T00:00:17Z,200,15,true,P1,0.10,0.5,\n"     // 18: ok, optional
                    "2026-01-01T00:00:18Z,200,15,true,P1,0.10,0.5,\"eu\n" // 19: unterminated
                    "2026-01-01T00:00:19Z,200,15,true,P1,0.10,0.5,eu\n";  // 20: ok
  EXPECT_EQ(
      typeCsv(csv, requests),
      (Rows{"ok",
            "3:47: found a quote `\"` inside an unquoted field; quote the whole field and "
            "write the quote twice (`\"a \"\"b\"\"\"`)",
            "4:49: expected 8 fields as in the header, found 9; is there a comma in a "
            "value that should be quoted?",
            "5:45: expected 8 fields as in the header, found 7; the row ends before "
            "column `region`",
            "6:1: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
            "`yesterday`",
            "7:1: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
            "`2026-01-01T00:00:06`; add the offset from UTC, such as `Z` or `+02:00`",
            "8:1: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
            "`2026-02-30T00:00:00Z`; February 2026 has 28 days",
            "9:22: field `status`: expected an integer such as 42, found `OK`",
            "10:22: field `status`: expected an integer such as 42, found "
            "`99999999999999999999`; the value is outside the 64-bit range",
            "11:37: field `cost`: expected an amount in USD such as 12.50, found `0.1.0`",
            "12:42: field `ratio`: expected a decimal number such as 3.25, found `5e-1`; "
            "exponent notation is not accepted, write the number in full",
            "13:29: field `up`: expected true, false, 1 or 0, found `yes`",
            "14:26: field `latency`: expected a number of milliseconds such as 250, found "
            "`-15`; a duration cannot be negative",
            "15:22: field `status`: expected a value, found an empty field",
            "16:34: field `priority`: expected one of P1, P2, P3 or P4, found `P5`",
            "17:34: field `priority`: expected one of P1, P2, P3 or P4, found `p2`; did "
            "you mean `P2`?",
            "ok", "19:46: quoted field is never closed; a closing quote `\"` is missing", "ok"}));
}

TEST(CsvBadRowsTest, ColumnsPointIntoMultiLineRows) {
  std::string csv = std::string(header) +
                    "2026-01-01T00:00:00Z,200,15,true,P1,0.10,0.5,\"two\nlines\"\n" // 2-3
                    "\"2026-01-01\nT00:00:00Z\",200,15,true,P1,0.10,0.5,eu\n"       // 4-5
                    "2026-01-01T00:00:00Z,200,\"1\n5\",true,P1,0.10,0.5,eu\n";      // 6-7
  EXPECT_EQ(typeCsv(csv, requests),
            (Rows{"ok",
                  "4:1: field `at`: expected a timestamp such as 2026-01-01T00:00:00Z, found "
                  "`2026-01-01\\nT00:00:00Z`",
                  "6:26: field `latency`: expected a number of milliseconds such as 250, found "
                  "`1\\n5`"}));
}

TEST(CsvBadRowsTest, IntervalsAndSizes) {
  const std::vector<SchemaField> outages = {{"during", Type::Interval}, {"bytes", Type::Bytes}};
  std::string csv = "during,bytes\n"
                    "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z,10 GB\n"
                    "2026-01-01T00:00:00Z - 2026-01-01T00:05:00Z,10\n"
                    "2026-01-01T00:05:00Z/2026-01-01T00:00:00Z,10\n"
                    "2026-01-01T00:00:00Z/2026-01-01T00:05:00Z,1.5\n";
  EXPECT_EQ(typeCsv(csv, outages),
            (Rows{"ok",
                  "3:1: field `during`: expected an interval such as "
                  "2026-01-01T00:00:00Z/2026-01-01T01:00:00Z, found `2026-01-01T00:00:00Z - "
                  "2026-01-01T00:05:00Z`; write the start and the end separated by `/`",
                  "4:1: field `during`: expected an interval such as "
                  "2026-01-01T00:00:00Z/2026-01-01T01:00:00Z, found "
                  "`2026-01-01T00:05:00Z/2026-01-01T00:00:00Z`; the interval ends before it starts",
                  "5:43: field `bytes`: expected a number of bytes such as 1048576, found `1.5`; "
                  "a data size is a whole number of bytes"}));
}

} // namespace
