//===- Jsonl.cpp - Streaming JSON Lines reader ----------------------------===//
//
// Lines are found with memchr in the block buffer and handed to simdjson's
// On-Demand parser in place: the buffer keeps SIMDJSON_PADDING readable
// bytes after its data, and whatever follows a line in the buffer serves as
// its padding. On-Demand validates only what is visited, so every value of
// the object is visited: top-level values are decoded, nested ones walked.
// simdjson's error texts are long sentences; they are mapped to short ones
// in the house style, with the column taken from the parser's position.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Jsonl.h"

#include "TextCheck.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace tenor::rt;
namespace od = simdjson::ondemand;

static_assert(InputFile::padding >= simdjson::SIMDJSON_PADDING,
              "the input buffer must be padded as simdjson requires");

struct JsonlReader::Impl {
  explicit Impl(InputLimits limits) : input(limits) {}
  InputFile input;
  od::parser parser;
  /// The line the slow path parses, followed by spaces: simdjson reads past
  /// a line's end into its padding, and what it found there (the next line,
  /// or old bytes of the buffer) changed which error a bad line got (found
  /// by the jsonl fuzz harness: blocks and memory disagreed).
  std::string paddedLine;
  uint64_t line = 1;
  bool stopped = false;     ///< after a fatal error: no more lines
  bool skipPending = false; ///< the last line was too long and its end not yet read
  uint64_t skipFromLine = 0;
};

/// How deeply a line may nest arrays and objects, its own object counting
/// as the first level (as serde_json's default limit). Walking nested values
/// recurses once per level, so without a limit a line of 100,000 `[`
/// overflowed the stack; no data row needs more than a few levels.
static constexpr unsigned maxJsonDepth = 128;

namespace {

/// A failure while walking the document.
struct JsonProblem {
  simdjson::error_code code = simdjson::SUCCESS;
  const char *at = nullptr; ///< where, when known
  std::string reason;       ///< overrides the text for `code`
  /// The JSON is valid but breaks a rule of ours (`\u0000`, nesting): the
  /// message does not call it invalid JSON.
  bool validJson = false;
};

std::string errorText(simdjson::error_code code) {
  switch (code) {
  case simdjson::TAPE_ERROR:
    return "unexpected character, or a missing or extra comma, colon or bracket";
  case simdjson::UNCLOSED_STRING:
    return "a string is not closed";
  case simdjson::UTF8_ERROR:
    return "the line is not valid UTF-8";
  case simdjson::STRING_ERROR:
    return "a string holds a bad escape or an unescaped control character";
  case simdjson::T_ATOM_ERROR:
    return "expected `true`";
  case simdjson::F_ATOM_ERROR:
    return "expected `false`";
  case simdjson::N_ATOM_ERROR:
    return "expected `null`";
  case simdjson::NUMBER_ERROR:
    return "a number is malformed";
  case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    return "an object or array is not closed";
  case simdjson::TRAILING_CONTENT:
    return "text after the end of the object";
  case simdjson::UNESCAPED_CHARS:
    return "a string holds an unescaped control character; write it as \\t, \\n or \\u00XX";
  case simdjson::INCORRECT_TYPE:
    return "a value is malformed";
  case simdjson::DEPTH_ERROR:
    return "arrays and objects are nested more than " + std::to_string(maxJsonDepth) +
           " levels deep";
  default:
    return simdjson::error_message(code);
  }
}

/// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s) {
  size_t i = 0, n = s.size();
  auto digits = [&] {
    size_t from = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
      ++i;
    return i > from;
  };
  if (i < n && s[i] == '-')
    ++i;
  if (i < n && s[i] == '0')
    ++i;
  else if (!digits())
    return false;
  if (i < n && s[i] == '.' && (++i, !digits()))
    return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      ++i;
    if (!digits())
      return false;
  }
  return i == n;
}

std::string_view trimRight(std::string_view s) {
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

/// Reads a number's source text and checks it, as On-Demand does not.
bool readNumber(od::value &v, std::string_view &text, JsonProblem &problem) {
  std::string_view raw = v.raw_json_token();
  text = trimRight(raw);
  if (!isJsonNumber(text)) {
    std::string reason = "`";
    reason += text;
    reason += "` is not a valid number";
    problem = {simdjson::NUMBER_ERROR, raw.data(), std::move(reason)};
    return false;
  }
  return true;
}

/// A literal's text, as far as simdjson took it, in backticks.
std::string quoteToken(std::string_view raw) {
  std::string text = "`";
  text += trimRight(raw);
  text += '`';
  return text;
}

/// Checks `true`, `false` or `null`; a misspelt one such as `tru` is named.
bool walkLiteral(od::value &v, od::json_type type, JsonProblem &problem) {
  std::string_view raw = v.raw_json_token();
  bool b = false, isNull = false;
  if (type == od::json_type::boolean)
    problem.code = v.get_bool().get(b);
  else if (!(problem.code = v.is_null().get(isNull)) && !isNull)
    problem.code = simdjson::N_ATOM_ERROR;
  if (!problem.code)
    return true;
  problem.at = raw.data();
  problem.reason = quoteToken(raw) + " is not a JSON value";
  return false;
}

/// Text may not hold NUL, which JSON can write as `\u0000`; `at` is where
/// the string starts.
bool checkNoNul(std::string_view text, const char *at, JsonProblem &problem) {
  if (text.find('\0') == std::string_view::npos)
    return true;
  problem = {simdjson::STRING_ERROR, at,
             "a string holds `\\u0000`, the NUL character, which text cannot hold",
             /*validJson=*/true};
  return false;
}

/// Unescapes a key, which may not hold NUL either.
bool readKey(od::field &field, std::string_view &key, JsonProblem &problem) {
  // Before unescaping: unescaped_key() consumes the raw key.
  const char *quote = field.key().raw() - 1;
  return !(problem.code = field.unescaped_key().get(key)) && checkNoNul(key, quote, problem);
}

bool walk(od::value v, unsigned depth, JsonProblem &problem);

bool walkArray(od::value &v, unsigned depth, JsonProblem &problem) {
  od::array array;
  if ((problem.code = v.get_array().get(array)))
    return false;
  for (auto element : array) {
    od::value item;
    if ((problem.code = element.get(item)) || !walk(item, depth + 1, problem))
      return false;
  }
  return true;
}

bool walkObject(od::value &v, unsigned depth, JsonProblem &problem) {
  od::object object;
  if ((problem.code = v.get_object().get(object)))
    return false;
  for (auto member : object) {
    od::field field;
    std::string_view key;
    if ((problem.code = std::move(member).get(field)) || !readKey(field, key, problem) ||
        !walk(field.value(), depth + 1, problem))
      return false;
  }
  return true;
}

/// Visits a nested value at `depth` (the line's object is at 1) so that
/// On-Demand validates all of it.
bool walk(od::value v, unsigned depth, JsonProblem &problem) {
  od::json_type type;
  if ((problem.code = v.type().get(type)))
    return false;
  switch (type) {
  case od::json_type::array:
  case od::json_type::object:
    if (depth > maxJsonDepth) {
      problem = {simdjson::DEPTH_ERROR, v.raw_json_token().data(), {}, /*validJson=*/true};
      return false;
    }
    return type == od::json_type::array ? walkArray(v, depth, problem)
                                        : walkObject(v, depth, problem);
  case od::json_type::number: {
    std::string_view text;
    return readNumber(v, text, problem);
  }
  case od::json_type::string: {
    std::string_view text;
    const char *at = v.raw_json_token().data();
    return !(problem.code = v.get_string().get(text)) && checkNoNul(text, at, problem);
  }
  case od::json_type::boolean:
  case od::json_type::null:
    return walkLiteral(v, type, problem);
  }
  return true;
}

/// Decodes one value of the row's object into `entry`.
bool readValue(od::value v, JsonEntry &entry, const char *lineStart, JsonProblem &problem) {
  std::string_view raw = v.raw_json_token();
  od::json_type type;
  if ((problem.code = v.type().get(type)))
    return false;
  entry.offset = uint32_t(raw.data() - lineStart);
  RawValue &value = entry.value;
  switch (type) {
  case od::json_type::string:
    value.kind = RawKind::JsonString;
    return !(problem.code = v.get_string().get(value.text)) &&
           checkNoNul(value.text, raw.data(), problem);
  case od::json_type::number:
    value.kind = RawKind::JsonNumber;
    return readNumber(v, value.text, problem);
  case od::json_type::boolean:
    value = {RawKind::JsonBool, trimRight(raw)};
    return walkLiteral(v, type, problem);
  case od::json_type::null:
    value = {RawKind::JsonNull, "null"};
    return walkLiteral(v, type, problem);
  case od::json_type::array:
    value = {RawKind::JsonArray, {}};
    return walk(v, 2, problem);
  case od::json_type::object:
    value = {RawKind::JsonObject, {}};
    return walk(v, 2, problem);
  }
  return true;
}

const char *describeType(od::json_type type) {
  switch (type) {
  case od::json_type::array:
    return "an array";
  case od::json_type::object:
    return "an object";
  case od::json_type::number:
    return "a number";
  case od::json_type::string:
    return "a string";
  case od::json_type::boolean:
    return "a boolean";
  case od::json_type::null:
    return "null";
  }
  return "a value";
}

/// Offset of the opening quote of a string that is not closed, if any.
size_t findUnclosedString(std::string_view line) {
  size_t open = std::string_view::npos;
  for (size_t i = 0; i < line.size(); ++i) {
    if (open == std::string_view::npos) {
      if (line[i] == '"')
        open = i;
    } else if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '"') {
      open = std::string_view::npos;
    }
  }
  return open;
}

uint32_t columnAt(std::string_view line, const char *at) {
  size_t offset = at < line.data() ? 0 : std::min(size_t(at - line.data()), line.size());
  return countCodePoints(line.substr(0, offset)) + 1;
}

/// Where simdjson gave up, as well as it can be told.
uint32_t problemColumn(std::string_view line, od::document *doc, const JsonProblem &problem) {
  if (problem.at)
    return columnAt(line, problem.at);
  size_t offset = std::string_view::npos;
  if (problem.code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
    return countCodePoints(line) + 1;
  if (problem.code == simdjson::UNCLOSED_STRING)
    offset = findUnclosedString(line);
  else if (problem.code == simdjson::UNESCAPED_CHARS)
    offset = size_t(std::find_if(line.begin(), line.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x20; }) -
                    line.begin());
  if (offset != std::string_view::npos)
    return columnAt(line, line.data() + offset);
  const char *at = nullptr;
  if (doc && !doc->current_location().get(at))
    return columnAt(line, at);
  return 0;
}

DataError makeError(std::string_view line, uint64_t lineNumber, od::document *doc,
                    const JsonProblem &problem) {
  std::string reason = problem.reason.empty() ? errorText(problem.code) : problem.reason;
  return {lineNumber, problemColumn(line, doc, problem),
          problem.validJson ? reason : "invalid JSON: " + reason};
}

} // namespace

/// Key equality without a call to memcmp: keys are short, and comparing
/// them was a tenth of reading JSON Lines (perf, bench/compare.sh).
static bool sameKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i])
      return false;
  return true;
}

DataField JsonlRow::field(std::string_view key, size_t &hint) const {
  auto columnOf = [this](uint32_t offset) {
    return asciiLine ? offset + 1 : countCodePoints(lineText.substr(0, offset)) + 1;
  };
  if (!duplicateKeys && hint < entries.size() && sameKey(entries[hint].key, key))
    return {entries[hint].value, lineNumber, columnOf(entries[hint].offset)};
  const JsonEntry *found = nullptr;
  for (const JsonEntry &entry : entries) {
    if (!sameKey(entry.key, key))
      continue;
    if (found)
      return {{RawKind::JsonDuplicate, {}}, lineNumber, columnOf(entry.offset)};
    found = &entry;
    hint = size_t(found - entries.data());
  }
  if (!found) // no key to point at: the start of the row
    return {{RawKind::Absent, {}}, lineNumber, 1};
  return {found->value, lineNumber, columnOf(found->offset)};
}

JsonlReader::JsonlReader(InputLimits limits) : impl(std::make_unique<Impl>(limits)) {}

JsonlReader::~JsonlReader() = default;

bool JsonlReader::open(const std::string &path, DataError &error) {
  error = {};
  if (!impl->input.open(path, error.reason))
    return false;
  impl->input.skipByteOrderMark();
  return true;
}

void JsonlReader::openText(std::string_view content) {
  impl->input.assign(content);
  impl->input.skipByteOrderMark();
}

namespace {

bool hasDuplicateKey(const std::vector<JsonEntry> &entries) {
  for (size_t i = 1; i < entries.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (sameKey(entries[i].key, entries[j].key))
        return true;
  return false;
}

bool isBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool isJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// Scans a string without escapes, control or non-ASCII characters whose
/// opening quote is at `p`; leaves `p` after the closing quote.
bool scanPlainString(const char *&p, const char *end, std::string_view &text) {
  const char *start = ++p;
  for (; p < end && *p != '"'; ++p)
    if (*p == '\\' || static_cast<unsigned char>(*p) < 0x20 ||
        static_cast<unsigned char>(*p) >= 0x80)
      return false;
  if (p == end)
    return false;
  text = std::string_view(start, size_t(p - start));
  ++p;
  return true;
}

/// Scans the value at `p` into `value`: a plain string, a number or a literal.
bool scanPlainValue(const char *&p, const char *end, RawValue &value) {
  auto literal = [&](std::string_view word, RawKind kind) {
    if (size_t(end - p) < word.size() || std::memcmp(p, word.data(), word.size()) != 0)
      return false;
    value = {kind, std::string_view(p, word.size())};
    p += word.size();
    return true;
  };
  switch (*p) {
  case '"':
    value.kind = RawKind::JsonString;
    return scanPlainString(p, end, value.text);
  case 't':
    return literal("true", RawKind::JsonBool);
  case 'f':
    return literal("false", RawKind::JsonBool);
  case 'n':
    return literal("null", RawKind::JsonNull);
  default: {
    const char *start = p;
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' ||
                       *p == 'e' || *p == 'E'))
      ++p;
    value = {RawKind::JsonNumber, std::string_view(start, size_t(p - start))};
    return p > start && isJsonNumber(value.text);
  }
  }
}

/// The fast path of parseLine(): a flat object of plain strings, numbers
/// and literals, all ASCII, as most machine-written lines are. Scanning it
/// directly is several times faster than simdjson's On-Demand walk over a
/// short line (bench/compare.sh). False for anything else, which parseLine()
/// then reads and explains; the entries are the same either way
/// (tests/unit/runtime/JsonlFlatLineTest.cpp).
bool parseFlatLine(std::string_view line, std::vector<JsonEntry> &entries) {
  const char *p = line.data(), *end = p + line.size();
  auto skipSpaces = [&] {
    while (p < end && isJsonSpace(*p))
      ++p;
  };
  skipSpaces();
  if (p == end || *p != '{')
    return false;
  ++p;
  skipSpaces();
  if (p < end && *p == '}') {
    ++p;
    skipSpaces();
    return p == end;
  }
  for (;;) {
    JsonEntry entry;
    if (p == end || *p != '"' || !scanPlainString(p, end, entry.key))
      return false;
    skipSpaces();
    if (p == end || *p != ':')
      return false;
    ++p;
    skipSpaces();
    entry.offset = uint32_t(p - line.data());
    if (p == end || !scanPlainValue(p, end, entry.value))
      return false;
    entries.push_back(entry);
    skipSpaces();
    if (p == end)
      return false;
    if (*p == '}') {
      ++p;
      skipSpaces();
      return p == end;
    }
    if (*p != ',')
      return false;
    ++p;
    skipSpaces();
  }
}

/// Parses one non-blank line, appending its keys to `entries`. `capacity` is
/// how many bytes may be read from the line's start (padding included).
std::optional<DataError> parseLine(od::parser &parser, std::string_view line, uint64_t lineNumber,
                                   size_t capacity, std::vector<JsonEntry> &entries) {
  // Checked here rather than left to simdjson, which allows NUL and says
  // less: the same bytes are refused with the same words in CSV files.
  if (std::optional<detail::BadByte> bad = detail::findBadByte(line))
    return DataError{lineNumber, columnAt(line, line.data() + bad->offset),
                     detail::badByteReason(bad->byte)};
  JsonProblem problem;
  od::document doc;
  if ((problem.code = parser.iterate(line.data(), line.size(), capacity).get(doc)))
    return makeError(line, lineNumber, nullptr, problem);
  od::json_type type;
  if ((problem.code = doc.type().get(type)))
    return makeError(line, lineNumber, &doc, problem);
  if (type != od::json_type::object) {
    size_t first = line.find_first_not_of(" \t");
    return DataError{lineNumber, columnAt(line, line.data() + first),
                     std::string("expected a JSON object, found ") + describeType(type)};
  }
  od::object object;
  if ((problem.code = doc.get_object().get(object)))
    return makeError(line, lineNumber, &doc, problem);
  for (auto member : object) {
    od::field field;
    JsonEntry entry;
    if ((problem.code = std::move(member).get(field)) || !readKey(field, entry.key, problem) ||
        !readValue(field.value(), entry, line.data(), problem))
      return makeError(line, lineNumber, &doc, problem);
    entries.push_back(entry);
  }
  // simdjson 3.0's document has no at_end(): a location means more tokens.
  const char *rest = nullptr;
  if (!doc.current_location().get(rest)) {
    problem = {simdjson::TRAILING_CONTENT, rest, {}};
    return makeError(line, lineNumber, &doc, problem);
  }
  return std::nullopt;
}

} // namespace

bool JsonlReader::next(JsonlRow &row) {
  InputFile &input = impl->input;
  if (impl->stopped)
    return false;
  if (impl->skipPending && !skipLongLineRest(row))
    return true;
  for (;;) {
    const void *lf = std::memchr(input.begin(), '\n', input.size());
    if (!lf && !input.atEof()) {
      if (input.refill())
        continue;
      if (!input.ioError().empty() || input.full())
        return failRead(row);
      continue; // the end of the file was reached; the rest is the last line
    }
    if (!lf && input.size() == 0)
      return false;
    size_t length = lf ? size_t(static_cast<const char *>(lf) - input.begin()) : input.size();
    std::string_view line(input.begin(), length);
    input.consume(lf ? length + 1 : length);
    uint64_t lineNumber = impl->line++;
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (isBlank(line))
      continue;
    row.lineText = line;
    row.lineNumber = lineNumber;
    row.entries.clear();
    row.isBad = false;
    if (flatFastPath && parseFlatLine(line, row.entries)) {
      row.asciiLine = true;
      row.duplicateKeys = hasDuplicateKey(row.entries);
      return true;
    }
    unsigned char bits = 0;
    for (char c : line)
      bits |= static_cast<unsigned char>(c);
    row.asciiLine = bits < 0x80;
    row.entries.clear();
    impl->paddedLine.assign(line);
    impl->paddedLine.append(simdjson::SIMDJSON_PADDING, ' ');
    line = std::string_view(impl->paddedLine.data(), line.size());
    row.lineText = line;
    std::optional<DataError> error =
        parseLine(impl->parser, line, lineNumber, impl->paddedLine.size(), row.entries);
    row.isBad = error.has_value();
    if (error)
      row.problem = std::move(*error);
    row.duplicateKeys = hasDuplicateKey(row.entries);
    return true;
  }
}

static std::string sizeText(size_t bytes) {
  if (bytes >= (size_t(1) << 20) && bytes % (size_t(1) << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

bool JsonlReader::failRead(JsonlRow &row) {
  InputFile &input = impl->input;
  row.entries.clear();
  row.lineText = {};
  row.lineNumber = impl->line;
  row.isBad = true;
  if (!input.ioError().empty()) {
    // Reading cannot go on, and stopping quietly would drop the rest.
    impl->stopped = true;
    row.problem = {impl->line, 0, input.ioError(), /*fatal=*/true};
    return true;
  }
  // Data without line breaks is mostly binary: say so where it shows.
  std::string_view held(input.begin(), input.size());
  if (size_t nul = detail::findNul(held); nul != std::string_view::npos)
    row.problem = {impl->line, countCodePoints(held.substr(0, nul)) + 1, detail::badByteReason(0)};
  else
    row.problem = {impl->line, 1,
                   "line is longer than " + sizeText(input.getLimits().maxRecordSize)};
  // The rest of the line is skipped on the next call, if there is one: an
  // evaluator without --skip-bad-rows stops here without reading on.
  input.consume(input.size());
  impl->skipPending = true;
  impl->skipFromLine = impl->line++;
  return true;
}

bool JsonlReader::skipLongLineRest(JsonlRow &row) {
  InputFile &input = impl->input;
  impl->skipPending = false;
  size_t limit = input.getLimits().maxSkipSize;
  if (input.skipPastNewline(limit) != SkipEnd::TooFar)
    return true;
  impl->stopped = true;
  row.entries.clear();
  row.lineText = {};
  row.lineNumber = impl->skipFromLine;
  row.isBad = true;
  row.problem = {impl->skipFromLine, 1,
                 "found no line break within " + sizeText(limit) +
                     " after this bad line, so it cannot be skipped; is the file JSON Lines text?",
                 /*fatal=*/true};
  return false;
}
