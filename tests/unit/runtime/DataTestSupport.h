//===- DataTestSupport.h - Helpers for the data reader tests ----*- C++ -*-===//
//
// Temporary files, rows rendered as one string each (so a whole file's worth
// of expectations fits in one EXPECT_EQ), and a small stand-in for what
// generated evaluators do with a row: type each field of a schema and turn
// the first problem into a "LINE:COLUMN: reason" line.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_UNIT_RUNTIME_DATATESTSUPPORT_H
#define TENOR_TESTS_UNIT_RUNTIME_DATATESTSUPPORT_H

#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/Fields.h"
#include "tenor/rt/data/Jsonl.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace tenor::rt::test {

/// A file under the test temporary directory, removed when destroyed.
class TempFile {
public:
  TempFile(std::string_view content, std::string_view suffix) {
    static int counter = 0;
    path = ::testing::TempDir() + "tenor-rt-" + std::to_string(::getpid()) + "-" +
           std::to_string(counter++) + std::string(suffix);
    std::ofstream out(path, std::ios::binary);
    out << content;
  }
  ~TempFile() { std::remove(path.c_str()); }
  TempFile(const TempFile &) = delete;
  TempFile &operator=(const TempFile &) = delete;

  std::string path;
};

/// "LINE:COLUMN: reason" (the file name left out).
inline std::string render(const DataError &e) {
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.reason;
}

/// A CSV row as "LINE: a|b|c" where an empty unquoted field shows as `-`
/// and newlines as `\n`, or as its error.
inline std::string render(const CsvRow &row) {
  if (row.bad())
    return render(row.error());
  std::string text = std::to_string(row.line()) + ":";
  for (size_t i = 0; i < row.size(); ++i) {
    text += i == 0 ? " " : "|";
    const CsvField &f = row[i];
    if (f.value().kind == RawKind::Missing)
      text += "-";
    for (char c : f.text)
      text += c == '\n' ? std::string("\\n") : c == '\r' ? std::string("\\r") : std::string(1, c);
  }
  return text;
}

/// Every row of a CSV file (or the header error as the only line).
inline std::vector<std::string> readCsv(std::string_view content, InputLimits limits = {},
                                        bool viaFile = true) {
  CsvReader reader(limits);
  DataError error;
  std::vector<std::string> rows;
  TempFile file(content, ".csv");
  bool opened = viaFile ? reader.open(file.path, error) : reader.openText(content, error);
  if (!opened)
    return {"header " + render(error)};
  CsvRow row;
  while (reader.next(row))
    rows.push_back(render(row));
  return rows;
}

/// A JSONL row as "LINE: key=kind:text key=..." or its error.
inline std::string render(const JsonlRow &row) {
  if (row.bad())
    return render(row.error());
  static const char *const kinds[] = {"missing", "absent", "text",  "null",   "string",
                                      "number",  "bool",   "array", "object", "duplicate"};
  std::string text = std::to_string(row.line()) + ":";
  for (size_t i = 0; i < row.size(); ++i) {
    text += " ";
    text += row[i].key;
    text += "=";
    text += kinds[static_cast<unsigned>(row[i].value.kind)];
    if (!row[i].value.text.empty()) {
      text += ":";
      text += row[i].value.text;
    }
  }
  return text;
}

inline std::vector<std::string> readJsonl(std::string_view content, InputLimits limits = {}) {
  JsonlReader reader(limits);
  DataError error;
  TempFile file(content, ".jsonl");
  if (!reader.open(file.path, error))
    return {"open " + render(error)};
  std::vector<std::string> rows;
  JsonlRow row;
  while (reader.next(row))
    rows.push_back(render(row));
  return rows;
}

/// A schema field, as generated code knows it.
enum class Type { Int, Number, Percent, Bool, Text, Timestamp, Interval, Ms, Money, Bytes, Enum };
struct SchemaField {
  std::string name;
  Type type;
  bool optional = false;
};

inline constexpr std::string_view priorities[] = {"P1", "P2", "P3", "P4"};

/// The reason a field's value is rejected, or empty.
inline std::string typeField(const SchemaField &field, const RawValue &raw) {
  auto check = [&](const auto &result) -> std::string {
    if (result.isMissing())
      return field.optional ? "" : missingValueReason(raw);
    return result.isBad() ? result.reason() : "";
  };
  switch (field.type) {
  case Type::Int:
    return check(parseIntField(raw));
  case Type::Number:
    return check(parseNumberField(raw));
  case Type::Percent:
    return check(parsePercentField(raw));
  case Type::Bool:
    return check(parseBoolField(raw));
  case Type::Text:
    return check(parseTextField(raw));
  case Type::Timestamp:
    return check(parseTimestampField(raw));
  case Type::Interval:
    return check(parseIntervalField(raw));
  case Type::Ms:
    return check(parseDurationField(raw, DurationUnit::Milliseconds));
  case Type::Money:
    return check(parseMoneyField(raw, "USD"));
  case Type::Bytes:
    return check(parseDataSizeField(raw));
  case Type::Enum:
    return check(parseEnumField(raw, priorities));
  }
  return "unknown type";
}

/// "ok" or the first problem of a row, as "LINE:COLUMN: reason".
template <class Row, class Locate>
std::string typeRow(const Row &row, const std::vector<SchemaField> &schema, Locate locate) {
  if (row.bad())
    return render(row.error());
  for (const SchemaField &field : schema) {
    DataField data = locate(field.name);
    std::string reason = typeField(field, data.value);
    if (!reason.empty())
      return render(fieldError(data, field.name, reason));
  }
  return "ok";
}

/// Types every row of a CSV file against `schema`.
inline std::vector<std::string> typeCsv(std::string_view content,
                                        const std::vector<SchemaField> &schema) {
  CsvReader reader;
  DataError error;
  if (!reader.openText(content, error))
    return {"header " + render(error)};
  std::vector<std::string> results;
  CsvRow row;
  while (reader.next(row))
    results.push_back(typeRow(
        row, schema, [&](const std::string &name) { return row.field(reader.column(name)); }));
  return results;
}

/// Types every line of a JSON Lines file against `schema`.
inline std::vector<std::string> typeJsonl(std::string_view content,
                                          const std::vector<SchemaField> &schema) {
  JsonlReader reader;
  reader.openText(content);
  std::vector<std::string> results;
  JsonlRow row;
  while (reader.next(row))
    results.push_back(
        typeRow(row, schema, [&](const std::string &name) { return row.field(name); }));
  return results;
}

} // namespace tenor::rt::test

#endif
