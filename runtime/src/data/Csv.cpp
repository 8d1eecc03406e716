//===- Csv.cpp - Streaming RFC 4180 reader --------------------------------===//
//
// scanRow() parses one row from the unconsumed buffer. When the row runs past
// the data read so far it returns NeedMore without consuming anything; next()
// refills the buffer and scans the row again from its start. Rows are short
// and blocks are large, so the rescans cost nothing measurable, and the
// scanner needs no state between calls. Columns are counted while scanning:
// a field's column is the bytes since the start of its line minus the UTF-8
// continuation bytes among them.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/Csv.h"
#include "tenor/rt/data/Suggest.h"

#include "TextCheck.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace tenor::rt;

namespace {

/// Byte classes for the unquoted-field loop.
enum : uint8_t { Plain = 0, Special = 1, Continuation = 2 };

constexpr std::array<uint8_t, 256> makeClasses() {
  std::array<uint8_t, 256> table{};
  for (unsigned c = 0x80; c < 0xC0; ++c)
    table[c] = Continuation;
  table[','] = table['"'] = table['\n'] = table['\r'] = Special;
  return table;
}
constexpr std::array<uint8_t, 256> classes = makeClasses();

} // namespace

/// A position while scanning, with what is needed for its line and column.
struct CsvReader::Cursor {
  const char *p;
  const char *lineStart;
  uint64_t line;
  uint32_t continuations; ///< UTF-8 continuation bytes in [lineStart, p)

  uint32_t column() const { return uint32_t(p - lineStart) - continuations + 1; }
  void countByte(char c) { continuations += classes[uint8_t(c)] >> 1; }
  void newLineAfter(const char *lf) {
    ++line;
    lineStart = lf + 1;
    continuations = 0;
  }
};

namespace {

using Cursor = CsvReader::Cursor;

enum class FieldEnd { Ok, NeedMore, Unclosed, Error };

/// Scans a quoted field whose opening quote is at c.p; leaves c.p after the
/// closing quote. Sets `escapes` when the field holds a doubled quote.
FieldEnd scanQuoted(Cursor &c, const char *end, bool eof, CsvField &field, bool &escapes) {
  const char *contentStart = c.p + 1;
  for (const char *q = contentStart;; ++q) {
    if (q == end)
      return eof ? FieldEnd::Unclosed : FieldEnd::NeedMore;
    char ch = *q;
    if (ch == '"') {
      if (q + 1 == end && !eof)
        return FieldEnd::NeedMore;
      if (q + 1 < end && q[1] == '"') {
        escapes = true;
        ++q;
        continue;
      }
      field.text = std::string_view(contentStart, size_t(q - contentStart));
      c.p = q + 1;
      if (c.p < end && *c.p != ',' && *c.p != '\n' && *c.p != '\r')
        return FieldEnd::Error;
      return FieldEnd::Ok;
    }
    if (ch == '\n')
      c.newLineAfter(q);
    else
      c.countByte(ch);
  }
}

/// Scans an unquoted field; leaves c.p on the delimiter, a stray quote, or end.
void scanUnquoted(Cursor &c, const char *end, CsvField &field) {
  const char *start = c.p;
  const char *q = start;
  uint32_t continuations = 0;
#if defined(__SSE2__)
  // Fast path (bench/compare.sh: about a third of the reading time went to
  // this loop): skip 16 bytes at a time while they hold no `,` `"` LF CR and
  // no non-ASCII byte, then let the byte loop below finish the field. Reading
  // up to 15 bytes past `end` is safe: the input buffer always has zeroed
  // padding after its data (InputFile::padding), and zero bytes stop nothing,
  // so q is clamped to `end` afterwards.
  static_assert(InputFile::padding >= 16, "the 16-byte loads need the padding");
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  while (q < end) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
    __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    // movemask takes each byte's top bit: set for specials and non-ASCII bytes
    unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(special, v)));
    if (mask != 0) {
      q += __builtin_ctz(mask);
      break;
    }
    q += 16;
  }
  if (q > end)
    q = end;
#endif
  while (q < end) {
    uint8_t cls = classes[uint8_t(*q)];
    if (cls == Special)
      break;
    continuations += cls >> 1;
    ++q;
  }
  c.continuations += continuations;
  c.p = q;
  field.text = std::string_view(start, size_t(q - start));
}

std::string describeChar(char c) {
  if (uint8_t(c) < 0x20 || c == 0x7F)
    return "a control character";
  if (uint8_t(c) >= 0x80)
    return "a non-ASCII character";
  return std::string("`") + c + "`";
}

std::string sizeText(size_t bytes) {
  if (bytes >= (size_t(1) << 20) && bytes % (size_t(1) << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

/// Where the byte at `offset` of a row starting at column 1 of `startLine`
/// is: rows may span lines inside quotes.
std::pair<uint64_t, uint32_t> positionIn(std::string_view row, uint64_t startLine, size_t offset) {
  std::string_view before = row.substr(0, offset);
  size_t lastLineFeed = before.rfind('\n');
  uint64_t atLine = startLine + uint64_t(std::count(before.begin(), before.end(), '\n'));
  std::string_view lineStart =
      lastLineFeed == std::string_view::npos ? before : before.substr(lastLineFeed + 1);
  return {atLine, countCodePoints(lineStart) + 1};
}

} // namespace

int CsvReader::column(std::string_view name) const {
  if (name.empty())
    return -1;
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name)
      return int(i);
  return -1;
}

DataError CsvReader::missingColumnError(std::string_view name) const {
  std::vector<std::string_view> known;
  for (const std::string &n : names)
    if (!n.empty())
      known.push_back(n);
  std::string reason = "the header has no column `" + std::string(name) + "`";
  if (std::optional<std::string_view> close = closestMatch(name, known))
    reason += "; did you mean `" + std::string(*close) + "`?";
  else if (!known.empty())
    reason += "; its columns are " + listNames(known);
  // The column does not exist: point at the start of the header row.
  return {headerLine, 1, std::move(reason)};
}

bool CsvReader::open(const std::string &path, DataError &error) {
  if (!input.open(path, error.reason)) {
    error.line = error.column = 0;
    return false;
  }
  return readHeader(error);
}

bool CsvReader::openText(std::string_view content, DataError &error) {
  input.assign(content);
  return readHeader(error);
}

bool CsvReader::readHeader(DataError &error) {
  input.skipByteOrderMark();
  inHeader = true;
  CsvRow row;
  bool got = next(row);
  inHeader = false;
  if (!got) {
    error = {0, 0, "the file is empty; expected a header row naming the columns"};
    return false;
  }
  if (row.bad()) {
    error = row.error();
    return false;
  }
  headerLine = row.line();
  names.clear();
  for (size_t i = 0; i < row.size(); ++i) {
    const CsvField &f = row[i];
    if (!f.text.empty() && column(f.text) >= 0) {
      error = {f.line, f.column, "the header names `" + std::string(f.text) + "` twice"};
      return false;
    }
    names.emplace_back(f.text);
  }
  return true;
}

bool CsvReader::next(CsvRow &row) {
  if (stopped)
    return false;
  if (skipPending && !skipBadRowRest(row))
    return true;
  for (;;) {
    switch (scanRow(row)) {
    case Scan::Row:
      return true;
    case Scan::Blank:
      continue;
    case Scan::End:
      // A read error ends the data like the end of the file: tell them apart.
      if (!input.ioError().empty())
        return failIo(row);
      return false;
    case Scan::NeedMore:
      if (input.refill())
        continue;
      if (!input.ioError().empty())
        return failIo(row);
      if (input.full()) {
        failTooLong(row);
        return true;
      }
      continue; // end of file reached: scan again, now knowing it
    }
  }
}

bool CsvReader::failIo(CsvRow &row) {
  stopped = true;
  row.fields.clear();
  row.isBad = true;
  row.problem = {line, 0, input.ioError(), /*fatal=*/true};
  return true;
}

bool CsvReader::skipBadRowRest(CsvRow &row) {
  skipPending = false;
  size_t limit = input.getLimits().maxSkipSize;
  if (input.skipPastNewline(limit) != SkipEnd::TooFar)
    return true;
  stopped = true;
  row.fields.clear();
  row.isBad = true;
  row.problem = {skipFromLine, 1,
                 "found no line break within " + sizeText(limit) +
                     " after this bad row, so it cannot be skipped; is the file CSV text?",
                 /*fatal=*/true};
  return false;
}

CsvReader::Scan CsvReader::scanRow(CsvRow &row) {
  const char *end = input.end();
  bool eof = input.atEof();
  Cursor c{input.begin(), input.begin(), line, 0};
  if (c.p == end)
    return eof ? Scan::End : Scan::NeedMore;
  row.isBad = false;
  row.startLine = line;
  escaped.clear();
  pendingQuote.open = false;
  Scan plain;
  if (plainRowFastPath && scanPlainRow(row, plain))
    return plain;
  row.fields.clear();
  for (;;) {
    Scan stop;
    if (!scanField(c, row, stop))
      return stop;
    if (c.p == end)
      return eof ? finishRow(row, c.p, c.line, c.column()) : Scan::NeedMore;
    char delimiter = *c.p;
    if (delimiter == ',') {
      ++c.p;
      continue;
    }
    if (delimiter == '\n')
      return finishRow(row, c.p + 1, c.line, c.column());
    if (c.p + 1 == end) // a final CR is taken as the line break it was meant to be
      return eof ? finishRow(row, end, c.line, c.column()) : Scan::NeedMore;
    if (c.p[1] == '\n')
      return finishRow(row, c.p + 2, c.line, c.column());
    return fail(row, c.p, c.line, c.column(),
                "found a carriage return that is not followed by a line feed");
  }
}

bool CsvReader::scanPlainRow(CsvRow &row, Scan &result) {
#if defined(__SSE2__)
  // 16 bytes at a time: a bit mask each of the commas, the line feeds and
  // the bytes the fast path leaves to the general scanner (quote, CR, NUL,
  // non-ASCII), which also checks that the text is UTF-8. Up to 15 bytes
  // past end() are read: InputFile's zeroed padding makes that safe, and
  // their bits are masked off.
  const char *start = input.begin(), *end = input.end();
  const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  const __m128i nul = _mm_setzero_si128();
  row.fields.clear();
  const char *fieldStart = start;
  auto addField = [&](const char *fieldEnd) {
    row.fields.push_back(CsvField{std::string_view(fieldStart, size_t(fieldEnd - fieldStart)), line,
                                  uint32_t(fieldStart - start) + 1, false});
    fieldStart = fieldEnd + 1;
  };
  for (const char *q = start; q < end; q += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
    unsigned inData = end - q >= 16 ? 0xFFFF : (1u << (end - q)) - 1;
    unsigned commas = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma))) & inData;
    unsigned lfs = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf))) & inData;
    __m128i quoteOrCr = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr));
    unsigned others = unsigned(_mm_movemask_epi8(
                          _mm_or_si128(_mm_or_si128(quoteOrCr, _mm_cmpeq_epi8(v, nul)), v))) &
                      inData;
    unsigned before = lfs ? (lfs & (0u - lfs)) - 1 : 0xFFFF; // the bytes before the first LF
    if (others & before)
      return false;
    for (unsigned m = commas & before; m; m &= m - 1)
      addField(q + __builtin_ctz(m));
    if (lfs) {
      const char *lineFeed = q + __builtin_ctz(lfs);
      addField(lineFeed);
      result = finishRow(row, lineFeed + 1, line, uint32_t(lineFeed - start) + 1,
                         /*checkText=*/false);
      return true;
    }
  }
#else
  (void)row;
  (void)result;
#endif
  return false; // no line feed yet: the general scanner reads on or finds the end
}

bool CsvReader::scanField(Cursor &c, CsvRow &row, Scan &stop) {
  const char *end = input.end();
  CsvField field;
  field.line = c.line;
  field.column = c.column();
  bool escapes = false;
  if (c.p < end && *c.p == '"') {
    const char *quote = c.p;
    field.quoted = true;
    switch (scanQuoted(c, end, input.atEof(), field, escapes)) {
    case FieldEnd::Ok:
      break;
    case FieldEnd::NeedMore:
      pendingQuote = {true, quote, field.line, field.column};
      stop = Scan::NeedMore;
      return false;
    case FieldEnd::Unclosed:
      stop = fail(row, quote, field.line, field.column,
                  "quoted field is never closed; a closing quote `\"` is missing");
      return false;
    case FieldEnd::Error:
      stop = fail(row, c.p, c.line, c.column(),
                  "expected a comma or a line break after the closing quote, found " +
                      describeChar(*c.p) + "; write a quote inside quotes as `\"\"`");
      return false;
    }
  } else {
    scanUnquoted(c, end, field);
    if (c.p < end && *c.p == '"') {
      stop = fail(row, c.p, c.line, c.column(),
                  "found a quote `\"` inside an unquoted field; quote the whole field "
                  "and write the quote twice (`\"a \"\"b\"\"\"`)");
      return false;
    }
  }
  if (escapes)
    escaped.push_back(row.fields.size());
  row.fields.push_back(field);
  return true;
}

CsvReader::Scan CsvReader::finishRow(CsvRow &row, const char *p, uint64_t lastLine,
                                     uint32_t endColumn, bool checkText) {
  std::string_view bytes(input.begin(), size_t(p - input.begin()));
  input.consume(bytes.size());
  line = lastLine + 1;
  if (checkText && !detail::isPlainAscii(bytes)) {
    if (std::optional<detail::BadByte> bad = detail::findBadByte(bytes)) {
      auto [atLine, column] = positionIn(bytes, row.startLine, bad->offset);
      row.isBad = true;
      row.problem = {atLine, column, detail::badByteReason(bad->byte)};
      return Scan::Row;
    }
  }
  if (row.fields.size() == 1 && !row.fields[0].quoted && row.fields[0].text.empty())
    return Scan::Blank;
  size_t expected = names.size(), found = row.fields.size();
  if (inHeader || found == expected) {
    unescapeFields(row);
    return Scan::Row;
  }
  row.isBad = true;
  std::string counts = "expected " + std::to_string(expected) + " fields as in the header, found " +
                       std::to_string(found);
  if (found > expected) {
    const CsvField &extra = row.fields[expected];
    row.problem = {extra.line, extra.column,
                   counts + "; is there a comma in a value that should be quoted?"};
  } else {
    row.problem = {lastLine, endColumn,
                   counts + "; the row ends before column `" + names[found] + "`"};
  }
  return Scan::Row;
}

CsvReader::Scan CsvReader::fail(CsvRow &row, const char *resumeFrom, uint64_t atLine,
                                uint32_t column, std::string reason) {
  row.isBad = true;
  row.problem = {atLine, column, std::move(reason)};
  size_t offset = size_t(resumeFrom - input.begin());
  const void *lf = std::memchr(resumeFrom, '\n', input.size() - offset);
  line = atLine + 1;
  if (lf) {
    input.consume(size_t(static_cast<const char *>(lf) - input.begin()) + 1);
    return Scan::Row;
  }
  // The rest of the row is skipped on the next call, if there is one: an
  // evaluator without --skip-bad-rows stops here without reading on.
  input.consume(input.size());
  skipPending = true;
  skipFromLine = atLine;
  return Scan::Row;
}

void CsvReader::failTooLong(CsvRow &row) {
  std::string limit = sizeText(input.getLimits().maxRecordSize);
  // Data without line breaks is mostly binary: say so where it shows.
  std::string_view held(input.begin(), input.size());
  if (size_t nul = detail::findNul(held); nul != std::string_view::npos) {
    auto [atLine, column] = positionIn(held, row.startLine, nul);
    fail(row, input.begin() + nul, atLine, column, detail::badByteReason(0));
    return;
  }
  if (pendingQuote.open) {
    fail(row, pendingQuote.at, pendingQuote.line, pendingQuote.column,
         "quoted field is not closed within " + limit +
             "; a closing quote `\"` is probably missing");
    return;
  }
  row.isBad = true;
  row.problem = {line, 1, "row is longer than " + limit};
  skipFromLine = line;
  line += uint64_t(std::count(input.begin(), input.end(), '\n')) + 1;
  input.consume(input.size());
  skipPending = true;
}

void CsvReader::unescapeFields(CsvRow &row) {
  for (size_t index : escaped) {
    CsvField &f = row.fields[index];
    // The text lies in the reader's own buffer; unescaping only shortens it.
    char *out = const_cast<char *>(f.text.data());
    char *w = out;
    for (size_t r = 0; r < f.text.size(); ++r) {
      *w++ = f.text[r];
      if (f.text[r] == '"')
        ++r; // the second quote of a doubled pair
    }
    f.text = std::string_view(out, size_t(w - out));
  }
}
