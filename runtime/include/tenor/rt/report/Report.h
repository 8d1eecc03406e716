//===- Report.h - Writing evaluation reports --------------------*- C++ -*-===//
//
// Generated evaluators decide what a report says (LANGUAGE.md section 8);
// this header gives them the means: JsonWriter, a streaming writer whose
// output is pretty-printed with two-space indents and depends only on the
// calls made (keys are written in call order, so the report's key order is
// the generated code's order); TextWriter and TextTable for the human
// readable report; and the formatting of the recurring values.
//
// Number formats (the spec says "percent as a fraction (0.99985)" and "money
// as a decimal string"; the rest is decided here):
//  - formatFraction: the exact decimal when the value has one of at most 20
//    digits after the point (0.99985, 1, 0.5); otherwise rounded half-up to
//    10 digits, trailing zeros dropped (8927/8928 is 0.9998879928). Whether
//    an objective is met is decided exactly, never from this text.
//  - formatMoney: rounded half-up to the currency's minor unit (ISO 4217):
//    2 digits by default, 0 for JPY, KRW and others, 3 for BHD, KWD, OMR,
//    JOD, TND and others.
//  - formatSeconds: a duration in seconds, exact (microseconds at most).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_H
#define TENOR_RT_REPORT_H

#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

/// Appends pretty-printed JSON to a string. Calls must form one valid JSON
/// value (checked with assertions): inside an object, key() precedes each
/// value. A final line break follows the top-level value.
class JsonWriter {
public:
  explicit JsonWriter(std::string &out) : out(out) {}

  JsonWriter &beginObject();
  JsonWriter &endObject();
  JsonWriter &beginArray();
  JsonWriter &endArray();
  JsonWriter &key(std::string_view name);

  /// A string; control characters are escaped, valid UTF-8 is copied as is
  /// and invalid bytes become U+FFFD.
  JsonWriter &string(std::string_view text);
  JsonWriter &integer(int64_t value);
  /// A number given as decimal text (formatFraction(), formatSeconds()).
  JsonWriter &number(std::string_view decimalText);
  JsonWriter &boolean(bool value);
  JsonWriter &null();

  /// True once the top-level value is complete.
  bool done() const { return finished; }

private:
  struct Level {
    bool isObject;
    size_t count = 0;
  };
  void beforeValue();
  void open(char bracket, bool isObject);
  void close(char bracket, bool isObject);
  void afterValue();
  void newline(size_t depth);

  std::string &out;
  std::vector<Level> stack;
  bool keyPending = false;
  bool finished = false;
};

/// Appends `text` as a JSON string literal (with quotes) to `out`.
void appendJsonString(std::string &out, std::string_view text);

/// A value as the report's metrics show it (see the file comment).
std::string formatFraction(const Rational &value);
/// A money amount with the currency's number of decimals: "120.00".
std::string formatMoney(const Rational &amount, std::string_view currency);
/// Decimal digits of the currency's minor unit (ISO 4217; 2 if unknown).
int currencyMinorUnit(std::string_view currency);
/// A duration as a number of seconds: "1.5", "60", "0.000001".
std::string formatSeconds(Duration d);
/// A fraction as a percentage with `decimals` digits: "99.98880%".
std::string formatPercent(const Rational &fraction, int decimals = 5);

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

/// Writes `content` to `path`, or to standard output when `path` is empty
/// or "-". On failure returns false with a sentence in `error`.
bool writeOutput(const std::string &path, std::string_view content, std::string &error);

} // namespace tenor::rt

#endif
