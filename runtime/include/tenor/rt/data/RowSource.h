//===- RowSource.h - The columns of a dataset, row by row -------*- C++ -*-===//
//
// A generated evaluator reads a dataset's columns the same way whether the
// file is CSV or JSON Lines: RowSource opens the file in its format and hands
// out each row's fields by column, and take() stores a field parsed by
// Fields.h or turns the reason it was rejected into a DataError.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_ROWSOURCE_H
#define TENOR_RT_DATA_ROWSOURCE_H

#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/DataValue.h"
#include "tenor/rt/data/Fields.h"
#include "tenor/rt/data/Jsonl.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

enum class DataFormat : uint8_t { Csv, Jsonl };

/// A dataset's file and its format, as `--data NAME=PATH` gives them.
struct DataArg {
  std::string name;
  std::string path;
  DataFormat format = DataFormat::Csv;
};

/// Stores a parsed field, or explains why it could not be: a required field
/// that is missing, or a value that does not parse.
template <typename T, typename S>
bool take(const FieldResult<T> &v, const DataField &f, std::string_view name, S &out,
          DataError &err) {
  if (v.ok()) {
    out = S(v.value());
    return true;
  }
  err = fieldError(f, name, v.isMissing() ? missingValueReason(f.value) : v.reason());
  return false;
}
template <typename T, typename S>
bool take(const FieldResult<T> &v, const DataField &f, std::string_view name, std::optional<S> &out,
          DataError &err) {
  if (v.isMissing()) {
    out.reset();
    return true;
  }
  if (v.ok()) {
    out = S(v.value());
    return true;
  }
  err = fieldError(f, name, v.reason());
  return false;
}
inline bool take(const FieldResult<size_t> &v, const DataField &f, std::string_view name, int &out,
                 DataError &err) {
  size_t i = 0;
  if (!take(v, f, name, i, err))
    return false;
  out = static_cast<int>(i);
  return true;
}

/// The named columns of a CSV or JSON Lines file, row by row.
class RowSource {
public:
  /// Opens the data; a CSV header without a column that is not `optional`
  /// is an error (in JSON Lines, each row says what it lacks).
  bool open(const DataArg &arg, std::span<const std::string_view> columns,
            std::span<const bool> optional, DataError &err);
  /// Reads the next row; false at the end of the data.
  bool next(DataError &err);
  /// False when the row could not be read at all; error() says why.
  bool ok() const;
  const DataError &error() const;
  /// Column `i` of the columns given to open(). Inline: called for every
  /// field of every row.
  DataField field(size_t i) const {
    return format == DataFormat::Jsonl ? jsonRow.field(names[i], jsonHints[i])
                                       : csvRow.field(csvColumns[i]);
  }
  /// An error about the current row as a whole, at the line where it starts.
  DataError rowError(std::string reason) const {
    return {names.empty() ? 0 : field(0).line, 0, std::move(reason)};
  }

private:
  DataFormat format = DataFormat::Csv;
  CsvReader csv;
  CsvRow csvRow;
  JsonlReader jsonl;
  JsonlRow jsonRow;
  std::vector<int> csvColumns;
  std::vector<std::string_view> names;
  mutable std::vector<size_t> jsonHints; ///< where each column's key was last
};

} // namespace tenor::rt

#endif
