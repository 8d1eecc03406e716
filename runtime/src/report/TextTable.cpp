//===- TextTable.cpp - Headings, lists and tables in text -----------------===//
//
// Plain text for a terminal or an e-mail: underlined headings, label/value
// lists and tables whose columns line up. Widths count code points, which is
// right for the Latin, Greek and Cyrillic text reports hold; wide East Asian
// characters would need a display-width table and are not worth one here.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/TextTable.h"
#include "tenor/rt/data/DataValue.h"

#include <algorithm>
#include <cassert>

using namespace tenor::rt;

static void trimTrailingSpaces(std::string &out) {
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
}

TextTable::TextTable(std::vector<std::string> header, std::vector<Align> align)
    : header(std::move(header)), align(std::move(align)) {
  this->align.resize(this->header.size(), Align::Left);
}

void TextTable::addRow(std::vector<std::string> cells) {
  assert(cells.size() <= header.size() && "more cells than columns");
  cells.resize(header.size());
  body.push_back(std::move(cells));
}

void TextTable::renderRow(std::string &out, const std::vector<std::string> &cells,
                          const std::vector<size_t> &widths, size_t indent) const {
  out.append(indent, ' ');
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0)
      out += "  ";
    size_t pad = widths[i] - countCodePoints(cells[i]);
    if (align[i] == Align::Right)
      out.append(pad, ' ');
    out += cells[i];
    if (align[i] == Align::Left)
      out.append(pad, ' ');
  }
  trimTrailingSpaces(out);
  out += '\n';
}

void TextTable::render(std::string &out, size_t indent) const {
  std::vector<size_t> widths(header.size());
  for (size_t i = 0; i < header.size(); ++i) {
    widths[i] = countCodePoints(header[i]);
    for (const std::vector<std::string> &row : body)
      widths[i] = std::max<size_t>(widths[i], countCodePoints(row[i]));
  }
  renderRow(out, header, widths, indent);
  std::vector<std::string> rule;
  for (size_t width : widths)
    rule.emplace_back(width, '-');
  renderRow(out, rule, widths, indent);
  for (const std::vector<std::string> &row : body)
    renderRow(out, row, widths, indent);
}

void TextWriter::underlined(std::string_view title, char rule) {
  if (!out.empty())
    out += '\n';
  line(title);
  out.append(depth, ' ');
  out.append(countCodePoints(title), rule);
  out += '\n';
}

void TextWriter::heading(std::string_view title) { underlined(title, '='); }

void TextWriter::subheading(std::string_view title) { underlined(title, '-'); }

void TextWriter::line(std::string_view text) {
  if (!text.empty()) {
    out.append(depth, ' ');
    out += text;
  }
  out += '\n';
}

void TextWriter::fields(const std::vector<std::pair<std::string, std::string>> &items) {
  size_t width = 0;
  for (const auto &[label, value] : items)
    width = std::max<size_t>(width, countCodePoints(label) + 1);
  for (const auto &[label, value] : items) {
    std::string text = label + ":";
    text.append(width - countCodePoints(label) - 1 + 1, ' ');
    text += value;
    trimTrailingSpaces(text);
    line(text);
  }
}

void TextWriter::table(const TextTable &table) { table.render(out, depth); }
