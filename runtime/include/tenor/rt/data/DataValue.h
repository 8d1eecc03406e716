//===- DataValue.h - Raw values, fields and errors of data files -*- C++ -*-===//
//
// The CSV and JSON Lines readers both hand out untyped values: a view of the
// text plus what the file said about it (an empty CSV field, a JSON string, a
// JSON number...). The field parsers of Fields.h turn a RawValue into a typed
// value, so generated evaluators handle both formats with the same code. A
// DataError is a bad row or a bad file, as a value: where, and why.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_DATAVALUE_H
#define TENOR_RT_DATA_DATAVALUE_H

#include <cstdint>
#include <string>
#include <string_view>

namespace tenor::rt {

/// What a data file held for one field.
enum class RawKind : uint8_t {
  Missing,       ///< an empty unquoted CSV field
  Absent,        ///< no such JSON key (or CSV column) in the row
  Text,          ///< CSV text (possibly a quoted empty text `""`)
  JsonNull,      ///< JSON `null`
  JsonString,    ///< a JSON string, unescaped
  JsonNumber,    ///< a JSON number: its raw text, so decimals stay exact
  JsonBool,      ///< `true` or `false`
  JsonArray,     ///< an array (only its kind matters: never a valid field)
  JsonObject,    ///< an object (likewise)
  JsonDuplicate, ///< the key appears more than once in the object
};

/// An untyped value; `text` points into the reader's buffers and is valid
/// until the reader moves to the next row.
struct RawValue {
  RawKind kind = RawKind::Missing;
  std::string_view text;

  /// True for the values that mean "no value": an empty unquoted CSV field,
  /// an absent key, JSON null. Only optional fields (`T?`) accept them.
  bool isMissing() const {
    return kind == RawKind::Missing || kind == RawKind::Absent || kind == RawKind::JsonNull;
  }
};

/// One field of a row with its position, for error messages.
struct DataField {
  RawValue value;
  uint64_t line = 0;   ///< 1-based line where the value starts
  uint32_t column = 0; ///< 1-based column in characters (code points)
};

/// A row or file that could not be read. Line and column are 1-based; 0
/// means "not about a particular line / column" (e.g. a file that cannot be
/// opened, or a row as a whole).
struct DataError {
  uint64_t line = 0;
  uint32_t column = 0;
  std::string reason;
  /// Reading cannot go on past it (an I/O error, data without line breaks),
  /// so --skip-bad-rows cannot skip it: evaluating the rows read so far
  /// would silently leave out the rest of the file.
  bool fatal = false;
};

/// "PATH:LINE:COLUMN: REASON", leaving out the parts that are 0.
std::string formatDataError(std::string_view path, const DataError &error);

/// Counts the code points of UTF-8 text (bytes that do not continue a
/// sequence), which is how columns are counted.
uint32_t countCodePoints(std::string_view text);

} // namespace tenor::rt

#endif
