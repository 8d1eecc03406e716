//===- Scanner.cpp - Tenor's tokens, read straight from UTF-8 ------------===//
//
// Each case below is the rule of grammar/TenorLexer.g4 it mirrors. ANTLR's
// lexer takes the longest match over all rules, ties going to the rule
// written first, and a non-greedy loop (`.*?`) ends at its first possible
// end; the cases compute just that without backtracking. Every delimiter is
// ASCII, so bytes of multi-byte UTF-8 sequences only ever match "any other
// character"; positions are counted in code points afterwards (advanceTo).
//
//===----------------------------------------------------------------------===//

#include "parse/Scanner.h"

#include "TenorLexer.h"

#include "llvm/ADT/StringMap.h"

namespace tenor {
namespace {

using grammar::TenorLexer;

/// The reserved words and contextual keywords: an identifier spelled like
/// one of them is that keyword (the keyword rules come before IDENT).
const llvm::StringMap<size_t> &keywords() {
  static const llvm::StringMap<size_t> map = {
      {"not", TenorLexer::NOT},
      {"and", TenorLexer::AND},
      {"or", TenorLexer::OR},
      {"in", TenorLexer::IN},
      {"is", TenorLexer::IS},
      {"where", TenorLexer::WHERE},
      {"if", TenorLexer::IF},
      {"then", TenorLexer::THEN},
      {"else", TenorLexer::ELSE},
      {"true", TenorLexer::TRUE},
      {"false", TenorLexer::FALSE},
      {"import", TenorLexer::IMPORT},
      {"as", TenorLexer::AS},
      {"agreement", TenorLexer::AGREEMENT},
      {"schema", TenorLexer::SCHEMA},
      {"enum", TenorLexer::ENUM},
      {"calendar", TenorLexer::CALENDAR},
      {"fn", TenorLexer::FN},
      {"const", TenorLexer::CONST},
      {"version", TenorLexer::VERSION},
      {"kind", TenorLexer::KIND},
      {"effective", TenorLexer::EFFECTIVE},
      {"until", TenorLexer::UNTIL},
      {"timezone", TenorLexer::TIMEZONE},
      {"currency", TenorLexer::CURRENCY},
      {"incorporates", TenorLexer::INCORPORATES},
      {"parties", TenorLexer::PARTIES},
      {"service", TenorLexer::SERVICE},
      {"hours", TenorLexer::HOURS},
      {"data", TenorLexer::DATA},
      {"time", TenorLexer::TIME},
      {"param", TenorLexer::PARAM},
      {"metric", TenorLexer::METRIC},
      {"objective", TenorLexer::OBJECTIVE},
      {"objectives", TenorLexer::OBJECTIVES},
      {"by", TenorLexer::BY},
      {"for", TenorLexer::FOR},
      {"target", TenorLexer::TARGET},
      {"every", TenorLexer::EVERY},
      {"rolling", TenorLexer::ROLLING},
      {"no", TenorLexer::NO},
      {"incomplete", TenorLexer::INCOMPLETE},
      {"obligation", TenorLexer::OBLIGATION},
      {"each", TenorLexer::EACH},
      {"must", TenorLexer::MUST},
      {"within", TenorLexer::WITHIN},
      {"after", TenorLexer::AFTER},
      {"deliver", TenorLexer::DELIVER},
      {"on", TenorLexer::ON},
      {"breach", TenorLexer::BREACH},
      {"of", TenorLexer::OF},
      {"duty", TenorLexer::DUTY},
      {"exclude", TenorLexer::EXCLUDE},
      {"from", TenorLexer::FROM},
      {"during", TenorLexer::DURING},
      {"credit", TenorLexer::CREDIT},
      {"penalty", TenorLexer::PENALTY},
      {"bonus", TenorLexer::BONUS},
      {"holdback", TenorLexer::HOLDBACK},
      {"base", TenorLexer::BASE},
      {"amount", TenorLexer::AMOUNT},
      {"cap", TenorLexer::CAP},
      {"minimum", TenorLexer::MINIMUM},
      {"claim", TenorLexer::CLAIM},
      {"below", TenorLexer::BELOW},
      {"above", TenorLexer::ABOVE},
      {"at", TenorLexer::AT},
      {"least", TenorLexer::LEAST},
      {"most", TenorLexer::MOST},
      {"released", TenorLexer::RELEASED},
      {"total", TenorLexer::TOTAL},
      {"per", TenorLexer::PER},
      {"report", TenorLexer::REPORT},
      {"to", TenorLexer::TO},
      {"due", TenorLexer::DUE},
      {"include", TenorLexer::INCLUDE},
      {"termination", TenorLexer::TERMINATION},
      {"notice", TenorLexer::NOTICE},
      {"may", TenorLexer::MAY},
      {"terminate", TenorLexer::TERMINATE},
      {"convenience", TenorLexer::CONVENIENCE},
      {"with", TenorLexer::WITH},
      {"either", TenorLexer::EITHER},
      {"breached", TenorLexer::BREACHED},
      {"met", TenorLexer::MET},
      {"consecutive", TenorLexer::CONSECUTIVE},
      {"last", TenorLexer::LAST},
      {"over", TenorLexer::OVER},
      {"term", TenorLexer::TERM},
      {"all", TenorLexer::ALL},
      {"any", TenorLexer::ANY},
      {"clause", TenorLexer::CLAUSE},
      {"review", TenorLexer::REVIEW},
      {"except", TenorLexer::EXCEPT},
      {"missing", TenorLexer::MISSING},
      {"business", TenorLexer::BUSINESS},
      {"day", TenorLexer::DAY},
      {"days", TenorLexer::DAY},
      {"week", TenorLexer::WEEK},
      {"weeks", TenorLexer::WEEK},
      {"month", TenorLexer::MONTH},
      {"months", TenorLexer::MONTH},
      {"quarter", TenorLexer::QUARTER},
      {"quarters", TenorLexer::QUARTER},
      {"year", TenorLexer::YEAR},
      {"years", TenorLexer::YEAR},
  };
  return map;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }

/// The text with a NUL after its end, so that looking one or two bytes ahead
/// needs no bounds check (SourceText has rejected NUL bytes in the text).
class Text {
public:
  explicit Text(llvm::StringRef s) : s(s) {}
  char operator[](size_t i) const { return i < s.size() ? s[i] : '\0'; }
  size_t size() const { return s.size(); }
  bool digit(size_t i) const { return isDigit((*this)[i]); }
  /// The end of the run of digits starting at `i`.
  size_t digits(size_t i) const {
    while (digit(i))
      ++i;
    return i;
  }
  /// The end of the run of [0-9_] starting at `i`.
  size_t digitsOrUnderscores(size_t i) const {
    while (digit(i) || (*this)[i] == '_')
      ++i;
    return i;
  }
  /// The end of the line starting at `i`: ~[\r\n]*.
  size_t lineEnd(size_t i) const {
    size_t e = s.find_first_of("\r\n", i);
    return e == llvm::StringRef::npos ? s.size() : e;
  }
  /// The first occurrence of `what` at or after `i`, or npos.
  size_t find(llvm::StringRef what, size_t i) const { return s.find(what, i); }

private:
  llvm::StringRef s;
};

// fragment NUMBER_BODY: DIGITS ('_' DIGITS)* ('.' DIGITS ('_' DIGITS)*)?
size_t numberBodyEnd(const Text &t, size_t i) {
  i = t.digits(i);
  while (t[i] == '_' && t.digit(i + 1))
    i = t.digits(i + 1);
  if (t[i] == '.' && t.digit(i + 1)) {
    i = t.digits(i + 1);
    while (t[i] == '_' && t.digit(i + 1))
      i = t.digits(i + 1);
  }
  return i;
}

// TIMESTAMP : DIGITS '-' DIGITS '-' DIGITS [Tt] DIGITS ':' DIGITS
//             (':' DIGITS ('.' DIGITS)?)? ([Zz] | [+-] DIGITS ':' DIGITS)?
size_t timestampEnd(const Text &t, size_t i) {
  for (char sep : {'-', '-', 'T', ':'}) {
    i = t.digits(i);
    bool ok = sep == 'T' ? (t[i] == 'T' || t[i] == 't') : t[i] == sep;
    if (!ok || !t.digit(i + 1))
      return 0;
    ++i;
  }
  i = t.digits(i);
  if (t[i] == ':' && t.digit(i + 1)) {
    i = t.digits(i + 1);
    if (t[i] == '.' && t.digit(i + 1))
      i = t.digits(i + 1);
  }
  if (t[i] == 'Z' || t[i] == 'z')
    return i + 1;
  if ((t[i] == '+' || t[i] == '-') && t.digit(i + 1)) {
    size_t h = t.digits(i + 1);
    if (t[h] == ':' && t.digit(h + 1))
      return t.digits(h + 1);
  }
  return i;
}

// DATE : DIGITS '-' DIGITS ('-' DIGITS)*
size_t dateEnd(const Text &t, size_t i) {
  i = t.digits(i);
  if (t[i] != '-' || !t.digit(i + 1))
    return 0;
  do
    i = t.digits(i + 1);
  while (t[i] == '-' && t.digit(i + 1));
  return i;
}

// The last '_' in [from, to), or npos.
size_t lastUnderscore(const Text &t, size_t from, size_t to) {
  for (size_t i = to; i > from; --i)
    if (t[i - 1] == '_')
      return i - 1;
  return llvm::StringRef::npos;
}

bool hasDoubleUnderscore(const Text &t, size_t from, size_t to) {
  for (size_t i = from; i + 1 < to; ++i)
    if (t[i] == '_' && t[i + 1] == '_')
      return true;
  return false;
}

// BAD_NUMBER: DIGITS ('.' DIGITS)? [eE] [+-]? DIGITS
//           | [0-9] [0-9_]* '_' ('.' [0-9_]*)?
//           | [0-9] [0-9_]* '.' [0-9_]* '_'
//           | [0-9] [0-9_]* '__' [0-9_]*
//           | [0-9] [0-9_]* '.' [0-9_]* '__' [0-9_]*
// The end of the longest alternative, or 0.
size_t badNumberEnd(const Text &t, size_t at) {
  size_t best = 0;
  auto consider = [&](size_t end) { best = std::max(best, end); };
  // Exponent. Without the fraction the `e` would have to stand where `.` is.
  size_t i = t.digits(at);
  if (t[i] == '.' && t.digit(i + 1))
    i = t.digits(i + 1);
  if (t[i] == 'e' || t[i] == 'E') {
    size_t k = i + 1;
    if ((t[k] == '+' || t[k] == '-') && t.digit(k + 1))
      ++k;
    if (t.digit(k))
      consider(t.digits(k));
  }
  // The [0-9_] run after the first digit, and the one after a following '.'.
  size_t run = t.digitsOrUnderscores(at + 1);
  bool dot = t[run] == '.';
  size_t run2 = dot ? t.digitsOrUnderscores(run + 1) : run;
  if (t[run - 1] == '_')
    consider(dot ? run2 : run);
  else if (size_t u = lastUnderscore(t, at + 1, run); u != llvm::StringRef::npos)
    consider(u + 1);
  if (dot)
    if (size_t u = lastUnderscore(t, run + 1, run2); u != llvm::StringRef::npos)
      consider(u + 1);
  if (hasDoubleUnderscore(t, at, run))
    consider(run);
  if (dot && hasDoubleUnderscore(t, run + 1, run2))
    consider(run2);
  return best;
}

/// The token type of a punctuation character that is not the start of a
/// longer token, or 0.
size_t punctuation(char c) {
  switch (c) {
  case '{':
    return TenorLexer::LBRACE;
  case '}':
    return TenorLexer::RBRACE;
  case '(':
    return TenorLexer::LPAREN;
  case ')':
    return TenorLexer::RPAREN;
  case '[':
    return TenorLexer::LBRACKET;
  case ']':
    return TenorLexer::RBRACKET;
  case ',':
    return TenorLexer::COMMA;
  case ':':
    return TenorLexer::COLON;
  case '+':
    return TenorLexer::PLUS;
  case '*':
    return TenorLexer::STAR;
  case '/': // comments are matched before
    return TenorLexer::SLASH;
  default:
    return 0;
  }
}

/// For `c` followed by `next`: the type of a two-character operator, or of
/// `c` alone (`second` false), or 0.
size_t operatorType(char c, char next, bool &second) {
  struct Op {
    char first, next;
    size_t both, alone;
  };
  static constexpr Op ops[] = {
      {'.', '.', TenorLexer::DOTDOT, TenorLexer::DOT},
      {'-', '>', TenorLexer::ARROW, TenorLexer::MINUS},
      {'?', '?', TenorLexer::QQ, TenorLexer::QUESTION},
      {'=', '=', TenorLexer::EQ, TenorLexer::ASSIGN},
      {'!', '=', TenorLexer::NE, TenorLexer::BANG},
      {'<', '=', TenorLexer::LE, TenorLexer::LT},
      {'>', '=', TenorLexer::GE, TenorLexer::GT},
      {'&', '&', TenorLexer::AMPAMP, TenorLexer::BAD_CHAR},
      {'|', '|', TenorLexer::PIPEPIPE, TenorLexer::BAD_CHAR},
  };
  for (const Op &op : ops)
    if (op.first == c) {
      second = op.next == next;
      return second ? op.both : op.alone;
    }
  return 0;
}

} // namespace

std::unique_ptr<antlr4::Token> ScannedTokenSource::nextToken() {
  return std::make_unique<antlr4::CommonToken>(antlr4::Token::EOF, "<EOF>");
}

antlr4::TokenFactory<antlr4::CommonToken> *ScannedTokenSource::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

Scanner::Scanner(llvm::StringRef text, antlr4::TokenSource *origin) : text(text), origin(origin) {
  if (this->text.startswith("\xEF\xBB\xBF"))
    this->text = this->text.drop_front(3);
}

void Scanner::advanceTo(size_t to) {
  for (; pos < to; ++pos) {
    char c = text[pos];
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80)
      continue; // a continuation byte: the same code point
    ++cp;
    if (c == '\n') {
      ++line;
      column = 0;
    } else {
      ++column;
    }
  }
}

size_t Scanner::matchNumeric(size_t at, size_t &type) const {
  Text t(text);
  size_t body = numberBodyEnd(t, at);
  // In the lexer's order: the first rule with the longest match wins.
  std::pair<size_t, size_t> candidates[] = {
      {text.substr(at).startswith("24x7") ? at + 4 : 0, TenorLexer::ROUND_THE_CLOCK},
      {timestampEnd(t, at), TenorLexer::TIMESTAMP},
      {dateEnd(t, at), TenorLexer::DATE},
      // TIME_OF_DAY: DIGIT DIGIT ':' DIGIT DIGIT
      {t.digit(at + 1) && t[at + 2] == ':' && t.digit(at + 3) && t.digit(at + 4) ? at + 5 : 0,
       TenorLexer::TIME_OF_DAY},
      {t[body] == '%' ? body + 1 : 0, TenorLexer::PERCENT},
      {badNumberEnd(t, at), TenorLexer::BAD_NUMBER},
      {body, TenorLexer::NUMBER},
  };
  size_t end = 0;
  for (auto [candidateEnd, candidateType] : candidates)
    if (candidateEnd > end) {
      end = candidateEnd;
      type = candidateType;
    }
  return end;
}

/// What the rule that matches at a position makes: the end of its text, the
/// token type and channel, or `skip` for the rules that make no token.
struct Scanner::Match {
  size_t end;
  size_t type = 0;
  size_t channel = antlr4::Token::DEFAULT_CHANNEL;
  bool skip = false;
};

namespace {

using Match = Scanner::Match;

// MODULE_DOC: '//!' ~[\r\n]*; DOC_COMMENT: '///' (~[/\r\n] ~[\r\n]*)?;
// LINE_COMMENT: '//' ~[\r\n]* -> skip. The three match the same text unless
// `////`, where DOC_COMMENT stops after `///`.
Match matchLineComment(const Text &t, size_t at) {
  Match m{t.lineEnd(at), 0, TenorLexer::DOC_CHANNEL};
  if (t[at + 2] == '!')
    m.type = TenorLexer::MODULE_DOC;
  else if (t[at + 2] == '/' && t[at + 3] != '/')
    m.type = TenorLexer::DOC_COMMENT;
  else
    m.skip = true;
  return m;
}

/// BLOCK_COMMENT (`/* */`, skipped) and LONG_STRING (`""" """`): text up to a
/// closing delimiter; without one, the `unterminated` token runs to the end
/// of the file.
Match matchDelimited(const Text &t, size_t at, llvm::StringRef close, size_t type,
                     size_t unterminated) {
  size_t found = t.find(close, at + close.size());
  if (found == llvm::StringRef::npos)
    return {t.size(), unterminated};
  Match m{found + close.size(), type};
  m.skip = type == 0;
  return m;
}

// STRING: '"' ('\\' ~[\r\n] | ~["\\\r\n])* '"'; UNTERMINATED_STRING is the
// same without the closing quote.
Match matchString(const Text &t, size_t at) {
  size_t end = at + 1;
  for (;;) {
    char d = t[end];
    if (end >= t.size() || d == '\r' || d == '\n')
      return {end, TenorLexer::UNTERMINATED_STRING};
    if (d == '"')
      return {end + 1, TenorLexer::STRING};
    if (d == '\\') {
      char e = t[end + 1];
      if (end + 1 >= t.size() || e == '\r' || e == '\n')
        return {end, TenorLexer::UNTERMINATED_STRING};
      end += 2; // a multi-byte escaped character ends as an ordinary one
      continue;
    }
    ++end;
  }
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

} // namespace

Scanner::Match Scanner::matchAt(size_t at) const {
  Text t(text);
  char c = t[at];
  if (isSpace(c)) {
    // WS: [ \t\r\n\f]+ -> skip
    size_t end = at + 1;
    while (isSpace(t[end]))
      ++end;
    return {end, 0, antlr4::Token::DEFAULT_CHANNEL, true};
  }
  if (isIdentStart(c)) {
    // IDENT, unless a keyword rule matches the same text.
    size_t end = at + 1;
    while (isIdentChar(t[end]))
      ++end;
    auto it = keywords().find(text.slice(at, end));
    return {end, it == keywords().end() ? size_t(TenorLexer::IDENT) : it->second};
  }
  if (isDigit(c)) {
    size_t type = 0;
    size_t end = matchNumeric(at, type);
    return {end, type};
  }
  if (c == '/' && t[at + 1] == '/')
    return matchLineComment(t, at);
  if (c == '/' && t[at + 1] == '*')
    return matchDelimited(t, at, "*/", 0, TenorLexer::UNTERMINATED_COMMENT);
  if (c == '"' && t[at + 1] == '"' && t[at + 2] == '"')
    return matchDelimited(t, at, "\"\"\"", TenorLexer::LONG_STRING,
                          TenorLexer::UNTERMINATED_LONG_STRING);
  if (c == '"')
    return matchString(t, at);
  if (size_t p = punctuation(c))
    return {at + 1, p};
  bool second = false;
  if (size_t op = operatorType(c, t[at + 1], second))
    return {at + (second ? 2 : 1), op};
  // BAD_CHAR: . (one code point)
  size_t end = at + 1;
  while ((static_cast<unsigned char>(t[end]) & 0xC0) == 0x80)
    ++end;
  return {end, TenorLexer::BAD_CHAR};
}

std::unique_ptr<antlr4::CommonToken> Scanner::next() {
  for (;;) {
    if (pos >= text.size()) {
      // The lexer's emitEOF: start at the end, stop just before it.
      auto eof =
          std::make_unique<antlr4::CommonToken>(std::make_pair(origin, nullptr), antlr4::Token::EOF,
                                                antlr4::Token::DEFAULT_CHANNEL, cp, cp - 1);
      eof->setLine(line);
      eof->setCharPositionInLine(column);
      eof->setText("<EOF>");
      return eof;
    }
    size_t start = pos;
    Match m = matchAt(pos);
    size_t startCp = cp, startLine = line, startColumn = column;
    advanceTo(m.end);
    if (m.skip)
      continue;
    auto tok = std::make_unique<antlr4::CommonToken>(std::make_pair(origin, nullptr), m.type,
                                                     m.channel, startCp, cp - 1);
    tok->setLine(startLine);
    tok->setCharPositionInLine(startColumn);
    tok->setText(text.slice(start, m.end).str());
    return tok;
  }
}

} // namespace tenor
