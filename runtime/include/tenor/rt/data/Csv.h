//===- Csv.h - Streaming RFC 4180 reader ------------------------*- C++ -*-===//
//
// CsvReader reads a CSV file with a header row, one row per call, straight
// out of a block buffer: fields are string_views into it, valid until the
// next call, so reading allocates nothing per row. Quoted fields may hold
// commas, doubled quotes and line breaks; a field with doubled quotes is
// unescaped in place. Line endings may be LF or CRLF, the last line may lack
// its line break, and a UTF-8 byte order mark is skipped.
//
// Bad rows are values, not exceptions: next() yields a row whose error()
// says where (line, column in characters) and why, then carries on with the
// line after the problem, so an evaluator can report every bad row or skip
// them (`--skip-bad-rows`).
//
// Decisions where RFC 4180 leaves room: blank lines are skipped (a row with
// one empty field is written `""`); an empty unquoted field is a missing
// value while `""` is an empty text; a carriage return must be followed by a
// line feed unless it is inside quotes; header names are matched exactly
// (case and spaces count); empty header names are allowed (such columns are
// ignored) but any other name may appear only once. Text must be UTF-8
// without NUL bytes and a row at most InputLimits::maxRecordSize long; the
// rest of a bad row is skipped on the next call, and only if its line break
// comes within InputLimits::maxSkipSize (else the error is fatal).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_CSV_H
#define TENOR_RT_DATA_CSV_H

#include "tenor/rt/data/DataValue.h"
#include "tenor/rt/data/InputFile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

/// One field of a CSV row.
struct CsvField {
  std::string_view text; ///< unquoted and unescaped
  uint64_t line = 0;     ///< line of its first character (or opening quote)
  uint32_t column = 0;   ///< 1-based, in characters
  bool quoted = false;

  /// Missing when empty and unquoted, else text.
  RawValue value() const {
    return {text.empty() && !quoted ? RawKind::Missing : RawKind::Text, text};
  }
};

/// One row as read; reuse the same object across calls to avoid allocating.
class CsvRow {
public:
  /// Line on which the row starts.
  uint64_t line() const { return startLine; }
  size_t size() const { return fields.size(); }
  const CsvField &operator[](size_t i) const { return fields[i]; }
  /// The field under header column `column` (CsvReader::column()); an
  /// absent column (-1) gives a missing value located at the row.
  /// Inline: generated evaluators call it for every field of every row.
  DataField field(int column) const {
    if (column < 0 || size_t(column) >= fields.size())
      return {{RawKind::Absent, {}}, startLine, 0};
    const CsvField &f = fields[size_t(column)];
    return {f.value(), f.line, f.column};
  }

  /// True when the row could not be read; error() says why.
  bool bad() const { return isBad; }
  const DataError &error() const { return problem; }

private:
  friend class CsvReader;
  std::vector<CsvField> fields;
  uint64_t startLine = 0;
  bool isBad = false;
  DataError problem;
};

class CsvReader {
public:
  explicit CsvReader(InputLimits limits = {}) : input(limits) {}

  /// Opens `path` and reads its header row. Fails for a file that cannot be
  /// read, an empty file, a bad header row or a name given twice.
  bool open(const std::string &path, DataError &error);
  /// Like open(), reading `content` (tests, data already in memory).
  bool openText(std::string_view content, DataError &error);

  /// Column names, in file order.
  const std::vector<std::string> &header() const { return names; }
  /// Index of the column named `name`, or -1 when the header lacks it.
  int column(std::string_view name) const;
  /// The error for a required field whose column the header lacks: "the
  /// header has no column `at`; did you mean `At`?", at the header line.
  DataError missingColumnError(std::string_view name) const;

  /// Reads the next row into `row`; returns false at the end of the file.
  /// A row that cannot be read is returned with row.bad() set.
  bool next(CsvRow &row);

  /// Tests only: scans every row field by field, without the fast path for
  /// rows of plain fields, to check that both give the same rows.
  void useGeneralScannerOnly() { plainRowFastPath = false; }

  struct Cursor; ///< a scanning position (Csv.cpp)

private:
  enum class Scan { Row, Blank, NeedMore, End };
  /// Where an unfinished quoted field started, for the "not closed" error.
  struct OpenQuote {
    bool open = false;
    const char *at = nullptr;
    uint64_t line = 0;
    uint32_t column = 0;
  };

  bool readHeader(DataError &error);
  Scan scanRow(CsvRow &row);
  /// The fast path of scanRow(): a whole row of unquoted ASCII fields,
  /// without CR, whose line feed is in the buffer, scanned 16 bytes at a
  /// time. False, with nothing consumed, for any other row.
  bool scanPlainRow(CsvRow &row, Scan &result);
  /// Scans one field into `row`; false when the row stops there (`stop`
  /// says how). Not std::optional<Scan>: returning that through memory
  /// stalled every field on a failed store-to-load forward (perf, bench/).
  bool scanField(Cursor &c, CsvRow &row, Scan &stop);
  /// Ends the row at `p`, checking that its bytes are UTF-8 without NUL
  /// unless `checkText` is false (the fast path saw only ASCII).
  Scan finishRow(CsvRow &row, const char *p, uint64_t line, uint32_t endColumn,
                 bool checkText = true);
  Scan fail(CsvRow &row, const char *resumeFrom, uint64_t line, uint32_t column,
            std::string reason);
  void unescapeFields(CsvRow &row);
  void failTooLong(CsvRow &row);
  /// A read error: reported once, and it cannot be skipped.
  bool failIo(CsvRow &row);
  /// Skips the rest of the bad row returned last; false, with a fatal error
  /// in `row`, when no line break comes within InputLimits::maxSkipSize.
  bool skipBadRowRest(CsvRow &row);

  InputFile input;
  std::vector<std::string> names;
  uint64_t line = 1;       ///< line number at input.begin()
  uint64_t headerLine = 1; ///< the header row's line (blank lines may precede it)
  bool inHeader = false;
  bool stopped = false;     ///< after a fatal error: no more rows
  bool skipPending = false; ///< the last row was bad and its end not yet read
  uint64_t skipFromLine = 0;
  bool plainRowFastPath = true;
  OpenQuote pendingQuote;
  std::vector<size_t> escaped; ///< fields of the current row holding `""`
};

} // namespace tenor::rt

#endif
