//===- FuzzCsv.cpp - Fuzzes the CSV reader and the typing of its rows -----===//
//
// The input's first byte picks the block size the reader reads with (so that
// rows, quoted fields and line breaks straddle block boundaries); the rest is
// a CSV file. It is read twice: from a file in blocks with the fast path for
// plain rows, and from memory with the general field scanner only. Both must
// give the same rows, fields, positions and errors (the readers' own promise,
// tests/unit/runtime/CsvPlainRowTest.cpp); a difference traps. Every good row
// is then typed against a schema with one column of every field kind, as a
// generated evaluator does, fast and general field parsers side by side.
//
// Bad rows and bad headers are expected outcomes, not findings.
//
//===----------------------------------------------------------------------===//

#include "FuzzFieldCheck.h"
#include "FuzzMemFile.h"

#include "tenor/rt/data/Csv.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace tenor;

namespace {

/// A row as everything an evaluator can see of it: fields with their
/// positions, or the error.
std::string describe(const rt::CsvRow &row) {
  if (row.bad())
    return std::to_string(row.error().line) + ":" + std::to_string(row.error().column) + ": " +
           row.error().reason;
  std::string text = std::to_string(row.line()) + ":";
  for (size_t i = 0; i < row.size(); ++i) {
    const rt::CsvField &f = row[i];
    text += (f.quoted ? " \"" : " ") + std::string(f.text) + "@" + std::to_string(f.line) + ":" +
            std::to_string(f.column);
  }
  return text;
}

/// Every row described, the header (or its error) first; rows are typed
/// when `type` is set.
std::vector<std::string> readAll(rt::CsvReader &reader, bool opened, const rt::DataError &error,
                                 bool type) {
  std::vector<std::string> rows;
  if (!opened) {
    rows.push_back("header " + std::to_string(error.line) + ":" + std::to_string(error.column) +
                   ": " + error.reason);
    return rows;
  }
  std::string header;
  for (const std::string &name : reader.header())
    header += name + "|";
  rows.push_back(header);
  std::vector<int> columns;
  for (const fuzz::FieldSpec &f : fuzz::schema) {
    columns.push_back(reader.column(f.name));
    if (type && columns.back() < 0 && f.kind != fuzz::FieldKind::OptionalText)
      (void)reader.missingColumnError(f.name);
  }
  rt::CsvRow row;
  while (reader.next(row)) {
    rows.push_back(describe(row));
    if (type && !row.bad())
      fuzz::typeRow([&](size_t i) { return row.field(columns[i]); });
  }
  return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  auto [limits, content] = fuzz::splitBlockwiseInput(data, size);

  fuzz::MemFile file(content);
  rt::CsvReader blockwise(limits);
  rt::DataError error;
  bool opened = blockwise.open(file.path(), error);
  std::vector<std::string> fast = readAll(blockwise, opened, error, true);

  rt::CsvReader general;
  general.useGeneralScannerOnly();
  rt::DataError generalError;
  bool generalOpened = general.openText(content, generalError);
  if (fast != readAll(general, generalOpened, generalError, false))
    __builtin_trap();
  return 0;
}
