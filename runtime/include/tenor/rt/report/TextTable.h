//===- TextTable.h - Headings, lists and tables in text ---------*- C++ -*-===//
//
// The means of the human-readable report: TextWriter appends underlined
// headings, indented lines and label/value lists; TextTable prints a table
// whose columns line up.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_TEXTTABLE_H
#define TENOR_RT_REPORT_TEXTTABLE_H

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenor::rt {

/// A table of text cells printed with aligned columns.
class TextTable {
public:
  enum class Align : uint8_t { Left, Right };

  /// Columns default to left alignment.
  explicit TextTable(std::vector<std::string> header, std::vector<Align> align = {});
  /// A row; missing cells are empty, extra cells are an error (asserted).
  void addRow(std::vector<std::string> cells);
  size_t rows() const { return body.size(); }
  /// Appends the header, a rule of dashes and the rows, columns two spaces
  /// apart, each line indented by `indent` spaces and without trailing
  /// spaces. Widths count code points.
  void render(std::string &out, size_t indent = 0) const;

private:
  void renderRow(std::string &out, const std::vector<std::string> &cells,
                 const std::vector<size_t> &widths, size_t indent) const;

  std::vector<std::string> header;
  std::vector<Align> align;
  std::vector<std::vector<std::string>> body;
};

/// Appends the text report: headings, indented lines, aligned label/value
/// lists and tables.
class TextWriter {
public:
  explicit TextWriter(std::string &out) : out(out) {}

  /// A title underlined with `=`, preceded by a blank line unless first.
  void heading(std::string_view title);
  /// A title underlined with `-`, preceded by a blank line unless first.
  void subheading(std::string_view title);
  /// One line at the current indentation (an empty line has no spaces).
  void line(std::string_view text = {});
  /// Label/value lines whose values start in the same column.
  void fields(const std::vector<std::pair<std::string, std::string>> &items);
  void table(const TextTable &table);
  void indent() { depth += 2; }
  void dedent() { depth = depth >= 2 ? depth - 2 : 0; }

private:
  void underlined(std::string_view title, char rule);

  std::string &out;
  size_t depth = 0;
};

} // namespace tenor::rt

#endif
