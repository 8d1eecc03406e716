//===- Jsonl.h - Streaming JSON Lines reader --------------------*- C++ -*-===//
//
// JsonlReader reads one JSON object per line. It splits lines itself (so
// line numbers are exact and a bad line never hides the next one), skips
// blank lines, and parses each line in place with simdjson's On-Demand API,
// reusing one parser, unless the line is a flat object of plain values, which
// it scans itself. A row is the list of the object's keys with their raw
// values: strings unescaped, numbers as their source text so that 0.1 stays
// exactly one tenth, nested arrays and objects only validated.
//
// simdjson stays out of this header (it is large and slows down compiling
// generated evaluators); the library that implements it links simdjson.
//
// Decisions: a line ending in CRLF is accepted; a key that appears twice in
// an object is an error when a schema field reads it (field() reports it as
// RawKind::JsonDuplicate) and ignored otherwise; keys match exactly; lines
// are UTF-8 without NUL (raw or `\u0000`), nest at most 128 levels and are
// at most InputLimits::maxRecordSize long, and a too long line is skipped
// only if its line break comes within InputLimits::maxSkipSize.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_JSONL_H
#define TENOR_RT_DATA_JSONL_H

#include "tenor/rt/data/DataValue.h"
#include "tenor/rt/data/InputFile.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

/// One key of a row's object and its value.
struct JsonEntry {
  std::string_view key; ///< unescaped
  RawValue value;
  uint32_t offset = 0; ///< byte offset of the value in the line
};

/// One line as read; reuse the same object across calls to avoid allocating.
class JsonlRow {
public:
  uint64_t line() const { return lineNumber; }
  /// The line's text, without its line break.
  std::string_view text() const { return lineText; }
  size_t size() const { return entries.size(); }
  const JsonEntry &operator[](size_t i) const { return entries[i]; }

  /// The value of `key`, positioned at the value. An absent key gives a
  /// missing value at column 1 (the start of the row).
  DataField field(std::string_view key) const {
    size_t hint = 0;
    return field(key, hint);
  }
  /// Like field(key), looking at entry `hint` first and leaving there the
  /// index of the key. Lines of a file mostly list their keys in the same
  /// order, so a hint kept per column finds the key in one comparison
  /// instead of comparing all the keys (15% of reading, bench/compare.sh).
  DataField field(std::string_view key, size_t &hint) const;

  /// True when the line could not be read; error() says why.
  bool bad() const { return isBad; }
  const DataError &error() const { return problem; }

private:
  friend class JsonlReader;
  std::vector<JsonEntry> entries;
  std::string_view lineText;
  uint64_t lineNumber = 0;
  /// No byte of the line is above 0x7F, so a column is its byte offset + 1.
  /// Counting code points for every field was a tenth of the JSON Lines
  /// reading time (perf, bench/compare.sh).
  bool asciiLine = false;
  /// Some key appears twice: field() must look at every entry.
  bool duplicateKeys = false;
  bool isBad = false;
  DataError problem;
};

class JsonlReader {
public:
  explicit JsonlReader(InputLimits limits = {});
  ~JsonlReader();
  JsonlReader(const JsonlReader &) = delete;
  JsonlReader &operator=(const JsonlReader &) = delete;

  /// Opens `path`; fails only when the file cannot be read.
  bool open(const std::string &path, DataError &error);
  /// Reads `content` instead of a file (tests, data already in memory).
  void openText(std::string_view content);

  /// Reads the next non-blank line into `row`; returns false at the end of
  /// the file. A line that cannot be read is returned with row.bad() set.
  bool next(JsonlRow &row);

  /// Tests only: reads every line with simdjson, without the fast path for
  /// flat objects, to check that both give the same rows.
  void useSimdjsonOnly() { flatFastPath = false; }

private:
  struct Impl;
  /// Reports an I/O error or a line longer than the limit.
  bool failRead(JsonlRow &row);
  /// Skips the rest of the too long line returned last; false, with a fatal
  /// error in `row`, when no line break comes within InputLimits::maxSkipSize.
  bool skipLongLineRest(JsonlRow &row);

  std::unique_ptr<Impl> impl;
  bool flatFastPath = true;
};

} // namespace tenor::rt

#endif
