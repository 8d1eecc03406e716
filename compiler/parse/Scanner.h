//===- Scanner.h - Tenor's tokens, read straight from UTF-8 ----*- C++ -*-===//
//
// A hand-written equivalent of the lexer generated from
// grammar/TenorLexer.g4, which stays the definition of the tokens. ANTLR
// 4.9's C++ lexer costs about 700 instructions a character (a hash-map
// lookup and a lock for every DFA step, UTF-32 text converted back to UTF-8
// for every token); it was a third of `tenorc check`. The scanner reads the
// UTF-8 buffer directly and makes exactly the tokens the generated lexer
// makes: type, channel, code point start and stop, line, column and text.
// tests/unit/parse checks that against the generated lexer.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_SCANNER_H
#define TENOR_PARSE_SCANNER_H

#include "antlr4-runtime.h"

#include "llvm/ADT/StringRef.h"

#include <memory>

namespace tenor {

/// What scanned tokens name as their source. The parser asks a token's
/// source only when error recovery makes up a missing token; the tokens
/// carry their own text, so there is no character stream.
class ScannedTokenSource : public antlr4::TokenSource {
public:
  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream *getInputStream() override { return nullptr; }
  std::string getSourceName() override { return ""; }
  antlr4::TokenFactory<antlr4::CommonToken> *getTokenFactory() override;
};

class Scanner {
public:
  /// `text` is what the generated lexer would read: SourceText::text(). Like
  /// ANTLRInputStream, the scanner skips a byte order mark at its start
  /// (SourceText has removed one already, so that is a second one).
  Scanner(llvm::StringRef text, antlr4::TokenSource *origin);

  /// The next token on the default or the doc channel; EOF at the end, again
  /// and again. White space and plain comments are skipped, as the lexer's
  /// `-> skip` rules do.
  std::unique_ptr<antlr4::CommonToken> next();

  /// What the rule matching at a position makes (defined in Scanner.cpp).
  struct Match;

private:
  /// The rule that matches at byte `at` (the longest match, as the lexer
  /// chooses): where it ends and what token it makes, if any.
  Match matchAt(size_t at) const;
  /// The longest match among the rules that start with a digit, ties going to
  /// the rule written first; sets `type`.
  size_t matchNumeric(size_t at, size_t &type) const;
  /// Moves to byte `to`, counting code points, lines and columns as ANTLR's
  /// lexer does (a `\n` starts a line at column 0).
  void advanceTo(size_t to);

  llvm::StringRef text;
  antlr4::TokenSource *origin;
  size_t pos = 0;    ///< byte offset in text
  size_t cp = 0;     ///< code point index of pos
  size_t line = 1;   ///< line of pos
  size_t column = 0; ///< code point column of pos
};

} // namespace tenor

#endif
