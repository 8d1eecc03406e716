//===- CsvPlainRowTest.cpp - The plain-row fast path reads as the scanner -===//
//
// CsvReader splits rows of plain ASCII fields 16 bytes at a time and leaves
// every other row to its field-by-field scanner. Both must give the same
// rows: the same fields with the same lines and columns, the same errors,
// also when rows straddle the blocks the file is read in. Checked on random
// texts made of the characters that matter to CSV.
//
//===----------------------------------------------------------------------===//

#include "DataTestSupport.h"

#include <random>

using namespace tenor::rt;

namespace {

/// Every row with each field's position, or the error.
std::vector<std::string> readWithPositions(const std::string &content, bool fastPath,
                                           size_t blockSize) {
  InputLimits limits;
  limits.blockSize = blockSize;
  CsvReader reader(limits);
  if (!fastPath)
    reader.useGeneralScannerOnly();
  test::TempFile file(content, ".csv");
  DataError error;
  if (!reader.open(file.path, error))
    return {"header " + test::render(error)};
  std::vector<std::string> rows;
  CsvRow row;
  while (reader.next(row)) {
    std::string text = test::render(row);
    for (size_t i = 0; !row.bad() && i < row.size(); ++i)
      text += " @" + std::to_string(row[i].line) + ":" + std::to_string(row[i].column);
    rows.push_back(text);
  }
  return rows;
}

TEST(CsvPlainRowTest, SameRowsAsTheFieldScanner) {
  std::mt19937_64 rng(5);
  const std::string pieces[] = {"a",
                                "bc",
                                ",",
                                ",",
                                "\n",
                                "\n",
                                "\r\n",
                                "\r",
                                "\"",
                                "\"\"",
                                "é",
                                " ",
                                "2026-01-01T00:00:00Z",
                                "0123456789abcdef",
                                "\xff",
                                std::string(1, '\0')};
  for (int i = 0; i < 400; ++i) {
    std::string content = "x,y,z\n";
    for (int n = int(rng() % 60); n > 0; --n)
      content += pieces[rng() % std::size(pieces)];
    for (size_t block : {size_t(1) << 20, size_t(7), size_t(16)}) {
      std::vector<std::string> fast = readWithPositions(content, true, block),
                               general = readWithPositions(content, false, block);
      ASSERT_EQ(fast, general) << "block " << block << ", content: " << content;
    }
  }
}

} // namespace
