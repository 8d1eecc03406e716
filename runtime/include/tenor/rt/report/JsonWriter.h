//===- JsonWriter.h - Streaming pretty-printed JSON -------------*- C++ -*-===//
//
// JsonWriter writes the JSON report: a streaming writer whose output is
// pretty-printed with two-space indents and depends only on the calls made
// (keys are written in call order, so the report's key order is the writer's
// order, LANGUAGE.md section 8's).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_JSONWRITER_H
#define TENOR_RT_REPORT_JSONWRITER_H

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

} // namespace tenor::rt

#endif
