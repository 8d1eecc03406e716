//===- RowSource.cpp - The columns of a dataset, row by row ---------------===//
//
// CSV columns are looked up once, in the header; JSON Lines keys are looked
// up per row, starting where each key was found in the row before.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/RowSource.h"

namespace tenor::rt {

bool RowSource::open(const DataArg &arg, std::span<const std::string_view> columns,
                     std::span<const bool> optional, DataError &err) {
  format = arg.format;
  names.assign(columns.begin(), columns.end());
  jsonHints.assign(names.size(), 0);
  if (format == DataFormat::Jsonl)
    return jsonl.open(arg.path, err);
  if (!csv.open(arg.path, err))
    return false;
  for (size_t i = 0; i < names.size(); ++i) {
    csvColumns.push_back(csv.column(names[i]));
    if (csvColumns.back() < 0 && !optional[i]) {
      err = csv.missingColumnError(names[i]);
      return false;
    }
  }
  return true;
}

bool RowSource::next(DataError &) {
  return format == DataFormat::Jsonl ? jsonl.next(jsonRow) : csv.next(csvRow);
}

bool RowSource::ok() const { return format == DataFormat::Jsonl ? !jsonRow.bad() : !csvRow.bad(); }

const DataError &RowSource::error() const {
  return format == DataFormat::Jsonl ? jsonRow.error() : csvRow.error();
}

} // namespace tenor::rt
