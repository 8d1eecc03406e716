//===- TextConsumer.cpp - Diagnostics for people, clang/rustc style -------===//
//
// Prints a header `file:line:col: error[E0301]: message`, the source line
// with a line-number gutter, a marker line (`^` under the location, `~` under
// each range) and one `note:` line per note. The source line is re-rendered
// (tabs expanded, unprintable characters spelled out) and the markers are
// placed by display cell, so they stay aligned whatever the line contains.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagSupport.h"

#include "llvm/Support/Unicode.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <functional>

using namespace tenor;
using namespace tenor::detail;

namespace {

constexpr unsigned TabStop = 8;

/// A source line as it is printed, with the display cell of every byte.
struct DisplayLine {
  std::string text;
  /// cellOf[i] is the first display cell of the character holding byte i;
  /// cellOf[size] is the cell just past the line.
  std::vector<unsigned> cellOf;
};

/// Appends the printed form of the character at `line[i]`; returns its width.
unsigned renderChar(llvm::StringRef line, size_t i, unsigned len, unsigned cell, std::string &out) {
  if (line[i] == '\t') {
    unsigned width = TabStop - cell % TabStop;
    out.append(width, ' ');
    return width;
  }
  int codePoint = decodeUtf8(line, i);
  // Spell out what a terminal would not show (or would garble), like clang.
  if (codePoint < 0) {
    std::string shown = fmt::format("<{:02X}>", static_cast<unsigned char>(line[i]));
    out += shown;
    return shown.size();
  }
  if (!llvm::sys::unicode::isPrintable(codePoint)) {
    std::string shown = fmt::format("<U+{:04X}>", codePoint);
    out += shown;
    return shown.size();
  }
  out.append(line.data() + i, len);
  return static_cast<unsigned>(llvm::sys::unicode::columnWidthUTF8(line.substr(i, len)));
}

DisplayLine renderLine(llvm::StringRef line) {
  DisplayLine result;
  result.cellOf.resize(line.size() + 1);
  unsigned cell = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned len = utf8Length(line, i);
    std::fill_n(result.cellOf.begin() + i, len, cell);
    cell += renderChar(line, i, len, cell, result.text);
    i += len;
  }
  result.cellOf[line.size()] = cell;
  return result;
}

/// The marker line: `~` under the part of each range on this line, `^` at
/// the location; trailing blanks dropped.
std::string markerLine(const Diagnostic &d, llvm::StringRef line, const DisplayLine &shown) {
  std::string markers(shown.cellOf.back() + 1, ' ');
  std::less<const char *> lt;
  const char *lineBegin = line.begin(), *lineEnd = line.end();
  for (const llvm::SMRange &r : d.ranges) {
    // Keep only the part of the range on this line; ranges elsewhere vanish.
    const char *from = lt(r.Start.getPointer(), lineBegin) ? lineBegin : r.Start.getPointer();
    const char *to = lt(lineEnd, r.End.getPointer()) ? lineEnd : r.End.getPointer();
    if (!lt(from, to))
      continue;
    unsigned first = shown.cellOf[from - lineBegin], last = shown.cellOf[to - lineBegin];
    std::fill(markers.begin() + first, markers.begin() + last, '~');
  }
  markers[shown.cellOf[d.loc.getPointer() - lineBegin]] = '^';
  markers.erase(markers.find_last_not_of(' ') + 1);
  return markers;
}

class TextConsumer : public DiagConsumer {
public:
  TextConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}

  void handle(const Diagnostic &d) override {
    Position pos = resolve(sm, d.loc);
    printHeader(d, pos);
    if (pos.isValid())
      printSnippet(d, pos);
    for (const DiagNote &note : d.notes)
      printNote(note);
  }

  bool finish() override {
    os.flush();
    return true;
  }

private:
  void printHeader(const Diagnostic &d, const Position &pos);
  void printSnippet(const Diagnostic &d, const Position &pos);
  void printNote(const DiagNote &note);

  llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
};

void TextConsumer::printHeader(const Diagnostic &d, const Position &pos) {
  if (pos.isValid())
    os << pos.file << ':' << pos.line << ':' << pos.column << ": ";
  else if (!d.file.empty())
    os << d.file << ": ";
  else
    os << "tenorc: ";
  os << severityName(d.severity);
  llvm::StringRef code = diagInfo(d.id).code;
  if (!code.empty())
    os << '[' << code << ']';
  os << ": " << d.message << '\n';
}

/// At most this many bytes of a long line are quoted on each side of the
/// location, so a 10 MB one-line file does not print 10 MB per diagnostic.
constexpr size_t ClipRadius = 80;

/// The part of `line` around `at`, cut at character boundaries.
llvm::StringRef clipAround(llvm::StringRef line, const char *at, bool &clippedFront,
                           bool &clippedBack) {
  size_t offset = at - line.data();
  size_t from = offset > ClipRadius ? offset - ClipRadius : 0;
  size_t to = std::min(line.size(), offset + ClipRadius);
  auto isContinuation = [&](size_t i) {
    return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
  };
  while (from > 0 && isContinuation(from))
    --from;
  while (isContinuation(to))
    ++to;
  clippedFront = from > 0;
  clippedBack = to < line.size();
  return line.slice(from, to);
}

void TextConsumer::printSnippet(const Diagnostic &d, const Position &pos) {
  bool clippedFront = false, clippedBack = false;
  llvm::StringRef line =
      clipAround(lineContaining(sm, d.loc), d.loc.getPointer(), clippedFront, clippedBack);
  DisplayLine shown = renderLine(line);
  std::string ellipsis = clippedFront ? "..." : "";
  shown.text = ellipsis + shown.text + (clippedBack ? "..." : "");
  // Like clang: at least four digits wide, wider when the number needs it.
  std::string number = std::to_string(pos.line);
  unsigned width = std::max<size_t>(4, number.size());
  os.indent(width + 1 - number.size()) << number << " | " << shown.text << '\n';
  os.indent(width + 2) << "| " << std::string(ellipsis.size(), ' ') << markerLine(d, line, shown)
                       << '\n';
}

void TextConsumer::printNote(const DiagNote &note) {
  os << "note: " << note.message;
  Position pos = resolve(sm, note.loc);
  if (pos.isValid())
    os << ": " << pos.file << ':' << pos.line << ':' << pos.column;
  os << '\n';
}

} // namespace

std::unique_ptr<DiagConsumer> tenor::makeTextConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) {
  return std::make_unique<TextConsumer>(sm, os);
}
