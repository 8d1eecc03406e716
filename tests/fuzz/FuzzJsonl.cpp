//===- FuzzJsonl.cpp - Fuzzes the JSON Lines reader and its row typing ----===//
//
// The input's first byte picks the block size the reader reads with; the
// rest is a JSON Lines file. It is read twice: from a file in blocks with
// the reader's own scanner for flat objects, and from memory with simdjson
// only. Both must give the same rows: keys, kinds, texts, columns and errors
// (the reader's own promise, tests/unit/runtime/JsonlFlatLineTest.cpp); a
// difference traps. Every good row is then typed against a schema with one
// key of every field kind, as a generated evaluator does, fast and general
// field parsers side by side.
//
// Bad lines are expected outcomes, not findings.
//
//===----------------------------------------------------------------------===//

#include "FuzzFieldCheck.h"
#include "FuzzMemFile.h"

#include "tenor/rt/data/Jsonl.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace tenor;

namespace {

/// A row as everything field() and the error report can see of it.
std::string describe(const rt::JsonlRow &row) {
  if (row.bad())
    return std::to_string(row.error().line) + ":" + std::to_string(row.error().column) + ": " +
           row.error().reason;
  std::string text = std::to_string(row.line()) + ":";
  for (size_t i = 0; i < row.size(); ++i) {
    const rt::JsonEntry &e = row[i];
    rt::DataField f = row.field(e.key);
    text += " " + std::string(e.key) + "=" + std::to_string(int(f.value.kind)) + ":" +
            std::string(f.value.text) + "@" + std::to_string(f.column);
  }
  return text;
}

std::vector<std::string> readAll(rt::JsonlReader &reader, bool type) {
  std::vector<std::string> rows;
  rt::JsonlRow row;
  std::vector<size_t> hints(fuzz::schema.size());
  while (reader.next(row)) {
    rows.push_back(describe(row));
    if (type && !row.bad())
      fuzz::typeRow([&](size_t i) { return row.field(fuzz::schema[i].name, hints[i]); });
  }
  return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  auto [limits, content] = fuzz::splitBlockwiseInput(data, size);

  fuzz::MemFile file(content);
  rt::JsonlReader blockwise(limits);
  rt::DataError error;
  if (!blockwise.open(file.path(), error))
    __builtin_trap(); // a memfd can always be opened
  std::vector<std::string> fast = readAll(blockwise, true);

  rt::JsonlReader simdjsonOnly;
  simdjsonOnly.useSimdjsonOnly();
  simdjsonOnly.openText(content);
  if (fast != readAll(simdjsonOnly, false))
    __builtin_trap();
  return 0;
}
