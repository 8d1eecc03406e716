//===- VerifyConsumer.cpp - Checking diagnostics against the source -------===//
//
// `tenorc check --verify` (clang's -verify): the test file itself says which
// diagnostics it must produce, in comments next to the lines they are about:
//
//   target uptime >= 5 min  // expected-error{{cannot compare percent}}
//   // expected-warning@+1{{W0401: never used}} expected-note@-3{{declared}}
//
// An expectation names a kind, an optional line (`@+N`, `@-N`, `@N`, or `@*`
// for any line and for diagnostics without a location), optionally followed
// by a column (`@+1:12`, counted in code points like every consumer), and a
// text that must occur in `CODE: message`. A note without a location of its
// own (`did you mean …?`) is matched at the position of its diagnostic. Every
// diagnostic must meet an expectation and every expectation a diagnostic, one
// to one. Buffers are scanned in finish(), once the driver has loaded every
// file.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <climits>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>

using namespace tenor;
using namespace tenor::detail;

namespace {

/// One `expected-KIND@LINE{{TEXT}}`.
struct Expectation {
  Severity kind;
  unsigned bufferId;
  unsigned line;   ///< the line it is about; unused when anyLine
  bool anyLine;    ///< `@*`: any line of the buffer, or no location
  unsigned column; ///< `@…:N`; 0 for any column
  std::string text;
  llvm::StringRef file;
};

/// A diagnostic or a note as produced, flattened for matching.
struct Produced {
  Severity kind;
  unsigned bufferId; ///< 0 for diagnostics without a location
  unsigned line;
  unsigned column;
  std::string text; ///< "CODE: message", or just the message for notes
  std::string where;
};

/// Reads the expectations in the comments of one buffer.
class ExpectationParser {
public:
  ExpectationParser(unsigned bufferId, llvm::StringRef file, std::vector<Expectation> &out,
                    std::vector<std::string> &problems)
      : bufferId(bufferId), file(file), out(out), problems(problems) {}

  void parseBuffer(llvm::StringRef text);

private:
  void parseLine(llvm::StringRef line);
  bool parseDirective(Severity kind, llvm::StringRef &rest);
  std::optional<unsigned> parseLineDesignator(llvm::StringRef &rest, bool &anyLine,
                                              unsigned &column);
  void malformed(const std::string &why) {
    problems.push_back(fmt::format("malformed expectation at {}:{}: {}", file, lineNo, why));
  }

  unsigned bufferId;
  llvm::StringRef file;
  std::vector<Expectation> &out;
  std::vector<std::string> &problems;
  unsigned lineNo = 0;
};

void ExpectationParser::parseBuffer(llvm::StringRef text) {
  // Split on '\n' only, as SourceMgr numbers lines.
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    ++lineNo;
    parseLine(line);
    text = rest;
  }
}

bool isWordChar(char c) { return llvm::isAlnum(c) || c == '_' || c == '-'; }

void ExpectationParser::parseLine(llvm::StringRef line) {
  // Only the text after `//` or `/*` is read, so code that mentions
  // `expected-` is ignored; without a lexer here, a `//` inside a string
  // still starts a "comment", which test files can live with.
  size_t comment = std::min(line.find("//"), line.find("/*"));
  if (comment == llvm::StringRef::npos)
    return;
  llvm::StringRef rest = line.substr(comment);
  for (size_t at = rest.find("expected-"); at != llvm::StringRef::npos;
       at = rest.find("expected-")) {
    bool wordStart = at == 0 || !isWordChar(rest[at - 1]);
    rest = rest.substr(at + strlen("expected-"));
    if (!wordStart)
      continue;
    // Other words after "expected-" (and `expected-no-diagnostics`) are prose.
    std::optional<Severity> kind;
    if (rest.consume_front("error"))
      kind = Severity::Error;
    else if (rest.consume_front("warning"))
      kind = Severity::Warning;
    else if (rest.consume_front("note"))
      kind = Severity::Note;
    if (!kind || (!rest.empty() && isWordChar(rest.front())))
      continue;
    if (!parseDirective(*kind, rest))
      return;
  }
}

/// Parses `@…{{text}}` after the kind; false (after reporting) when malformed.
bool ExpectationParser::parseDirective(Severity kind, llvm::StringRef &rest) {
  bool anyLine = false;
  unsigned column = 0;
  std::optional<unsigned> line = parseLineDesignator(rest, anyLine, column);
  if (!line)
    return false;
  rest = rest.ltrim(" \t");
  std::string spelling = fmt::format("expected-{}", severityName(kind));
  if (!rest.consume_front("{{")) {
    malformed(fmt::format("expected `{{{{` after `{}`", spelling));
    return false;
  }
  size_t close = rest.find("}}");
  if (close == llvm::StringRef::npos) {
    malformed(fmt::format("`{}` is missing its closing `}}}}`", spelling));
    return false;
  }
  out.push_back(
      {kind, bufferId, *line, anyLine, column, rest.take_front(close).trim().str(), file});
  rest = rest.drop_front(close + 2);
  return true;
}

/// The line an expectation is about: the comment's own line unless `@…`
/// says otherwise; `:N` after the line sets `column`.
std::optional<unsigned> ExpectationParser::parseLineDesignator(llvm::StringRef &rest, bool &anyLine,
                                                               unsigned &column) {
  if (!rest.consume_front("@"))
    return lineNo;
  if (rest.consume_front("*")) {
    anyLine = true;
    return lineNo;
  }
  char sign = rest.empty() ? 0 : rest.front();
  if (sign == '+' || sign == '-')
    rest = rest.drop_front();
  unsigned long long n = 0;
  if (rest.consumeInteger(10, n)) {
    malformed("expected a line number, `+N`, `-N` or `*` after `@`");
    return std::nullopt;
  }
  long long line = sign == '+' ? lineNo + (long long)n : sign == '-' ? lineNo - (long long)n : n;
  if (line < 1 || line > UINT_MAX) {
    malformed(fmt::format("line {} does not exist", line));
    return std::nullopt;
  }
  if (rest.consume_front(":")) {
    unsigned long long col = 0;
    if (rest.consumeInteger(10, col) || col < 1 || col > UINT_MAX) {
      malformed("expected a column number after `:`");
      return std::nullopt;
    }
    column = static_cast<unsigned>(col);
  }
  return static_cast<unsigned>(line);
}

class VerifyConsumer : public DiagConsumer {
public:
  VerifyConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}

  void handle(const Diagnostic &d) override;
  bool finish() override;

private:
  Produced flatten(Severity kind, llvm::SMLoc loc, const std::string &file, std::string text);
  std::vector<std::vector<size_t>> candidates() const;
  bool matches(const Produced &p, const Expectation &e) const;

  llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
  std::vector<Produced> produced;
  std::vector<Expectation> expected;
};

Produced VerifyConsumer::flatten(Severity kind, llvm::SMLoc loc, const std::string &file,
                                 std::string text) {
  Position pos = resolve(sm, loc);
  std::string where = pos.isValid()   ? fmt::format("{}:{}:{}", pos.file, pos.line, pos.column)
                      : !file.empty() ? file
                                      : std::string("(no location)");
  return {kind, pos.bufferId, pos.line, pos.column, std::move(text), std::move(where)};
}

void VerifyConsumer::handle(const Diagnostic &d) {
  llvm::StringRef code = diagInfo(d.id).code;
  std::string text = code.empty() ? d.message : fmt::format("{}: {}", code, d.message);
  produced.push_back(flatten(d.severity, d.loc, d.file, std::move(text)));
  for (const DiagNote &note : d.notes)
    produced.push_back(
        flatten(Severity::Note, note.loc.isValid() ? note.loc : d.loc, d.file, note.message));
}

bool VerifyConsumer::matches(const Produced &p, const Expectation &e) const {
  if (p.kind != e.kind || p.text.find(e.text) == std::string::npos)
    return false;
  if (e.anyLine)
    return p.bufferId == 0 || p.bufferId == e.bufferId;
  return p.bufferId == e.bufferId && p.line == e.line && (e.column == 0 || p.column == e.column);
}

/// For each produced diagnostic, the expectations it could satisfy: those on
/// its own line first, then the `@*` ones.
std::vector<std::vector<size_t>> VerifyConsumer::candidates() const {
  std::map<std::tuple<Severity, unsigned, unsigned>, std::vector<size_t>> byLine;
  std::vector<size_t> anyLine;
  for (size_t e = 0; e < expected.size(); ++e) {
    const Expectation &x = expected[e];
    if (x.anyLine)
      anyLine.push_back(e);
    else
      byLine[{x.kind, x.bufferId, x.line}].push_back(e);
  }
  std::vector<std::vector<size_t>> result(produced.size());
  for (size_t p = 0; p < produced.size(); ++p) {
    const Produced &d = produced[p];
    auto it = byLine.find({d.kind, d.bufferId, d.line});
    if (it != byLine.end())
      for (size_t e : it->second)
        if (matches(d, expected[e]))
          result[p].push_back(e);
    for (size_t e : anyLine)
      if (matches(d, expected[e]))
        result[p].push_back(e);
  }
  return result;
}

/// Kuhn's augmenting paths: a maximum one-to-one matching, so that a loose
/// expectation taken by the wrong diagnostic does not cause a false failure.
bool augment(size_t p, const std::vector<std::vector<size_t>> &adj, std::vector<char> &visited,
             std::vector<long> &owner) {
  for (size_t e : adj[p]) {
    if (visited[e])
      continue;
    visited[e] = 1;
    if (owner[e] < 0 || augment(owner[e], adj, visited, owner)) {
      owner[e] = static_cast<long>(p);
      return true;
    }
  }
  return false;
}

bool VerifyConsumer::finish() {
  std::vector<std::string> problems;
  for (unsigned id = 1; id <= sm.getNumBuffers(); ++id) {
    const llvm::MemoryBuffer *buffer = sm.getMemoryBuffer(id);
    ExpectationParser(id, buffer->getBufferIdentifier(), expected, problems)
        .parseBuffer(buffer->getBuffer());
  }

  std::vector<std::vector<size_t>> adj = candidates();
  std::vector<long> owner(expected.size(), -1);
  std::vector<char> matched(produced.size(), 0), visited(expected.size());
  for (size_t p = 0; p < produced.size(); ++p) {
    std::fill(visited.begin(), visited.end(), 0);
    augment(p, adj, visited, owner);
  }
  for (long p : owner)
    if (p >= 0)
      matched[p] = 1;

  for (size_t p = 0; p < produced.size(); ++p)
    if (!matched[p])
      problems.push_back(fmt::format("unexpected {} at {}: {}", severityName(produced[p].kind),
                                     produced[p].where, produced[p].text));
  for (size_t e = 0; e < expected.size(); ++e) {
    const Expectation &x = expected[e];
    std::string where = x.anyLine ? std::string("*") : std::to_string(x.line);
    if (x.column != 0)
      where += ":" + std::to_string(x.column);
    if (owner[e] < 0)
      problems.push_back(fmt::format("expected {} not produced at {}:{}: {}", severityName(x.kind),
                                     x.file, where, x.text));
  }
  for (const std::string &problem : problems)
    os << "error: " << problem << '\n';
  os.flush();
  return problems.empty();
}

} // namespace

std::unique_ptr<DiagConsumer> tenor::makeVerifyConsumer(llvm::SourceMgr &sm,
                                                        llvm::raw_ostream &os) {
  return std::make_unique<VerifyConsumer>(sm, os);
}
