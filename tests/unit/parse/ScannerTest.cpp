//===- ScannerTest.cpp - The scanner makes the generated lexer's tokens ---===//
//
// parse/Scanner replaces the lexer ANTLR generates from TenorLexer.g4 for
// speed; the grammar stays the definition. These tests run both over every
// Tenor file of the repository, over snippets at the edges of the rules and
// over pseudo-random text made of the rules' pieces, and require the same
// tokens field by field.
//
//===----------------------------------------------------------------------===//

#include "parse/Scanner.h"

#include "TenorLexer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace tenor {
namespace {

/// One token, every field the parser and the diagnostics read.
std::string describe(const antlr4::Token &t) {
  std::ostringstream out;
  out << t.getType() << " ch" << t.getChannel() << " " << t.getStartIndex() << ".."
      << t.getStopIndex() << " " << t.getLine() << ":" << t.getCharPositionInLine() << " `"
      << t.getText() << "`";
  return out.str();
}

std::vector<std::string> withLexer(const std::string &text) {
  antlr4::ANTLRInputStream input(text);
  grammar::TenorLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<std::string> out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = lexer.nextToken();
    out.push_back(describe(*t));
    if (t->getType() == antlr4::Token::EOF)
      return out;
  }
}

std::vector<std::string> withScanner(const std::string &text) {
  ScannedTokenSource origin;
  Scanner scanner(text, &origin);
  std::vector<std::string> out;
  for (;;) {
    std::unique_ptr<antlr4::CommonToken> t = scanner.next();
    out.push_back(describe(*t));
    if (t->getType() == antlr4::Token::EOF)
      return out;
  }
}

void expectSameTokens(const std::string &text, const std::string &what) {
  EXPECT_EQ(withLexer(text), withScanner(text)) << what << ":\n" << text;
}

TEST(Scanner, RepositoryFiles) {
  namespace fs = std::filesystem;
  size_t files = 0;
  for (const char *dir : {"tests", "examples", "stdlib"})
    for (const auto &entry : fs::recursive_directory_iterator(fs::path(TENOR_SOURCE_DIR) / dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".tenor")
        continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      // ANTLR's input stream accepts only UTF-8 without NUL, as SourceText.
      if (text.find('\0') != std::string::npos)
        continue;
      try {
        withLexer(text);
      } catch (...) {
        continue;
      }
      expectSameTokens(text, entry.path().string());
      ++files;
    }
  EXPECT_GT(files, 100u);
}

TEST(Scanner, EdgesOfRules) {
  const char *snippets[] = {
      "",
      " \t\r\n\f",
      "//! module doc\n/// doc\n////not doc\n//plain\n///\n///\r\n//!",
      "/* a */ /* **/ /*/ */ /* unclosed *",
      "/* unclosed *\n*",
      "/*/",
      "\"s\" \"esc\\\"q\" \"bad\\q\" \"\" \"unterminated\n\"end\\",
      "\"\\\n\" \"\\\r\"",
      "\"\"\"long\n\"\"\" \"\"\"\"\"\"\" \"\"\"unclosed \"\"",
      "\"\"\"x\"\"",
      "1 1.5 1_000 1_000.5_5 1. 1.. 1..5 .5 -1",
      "1e5 1.5E-3 1e+ 1e 1_ 1__0 1_.5 1._ 1.5_ 1.__5 1_2_ 1__ 12_3__4.5 1.2.3",
      "5% 1_0.5% 1_% 50 % 24x7 24x70 24x7a 24x 124x7",
      "2026-01-01 2026-1-1 10-5 1-2-3-4-5 2026-01- 2026-",
      "2026-01-01T10:00 2026-01-01t10:00:05.25Z 2026-01-01T10:00:05+01:00 "
      "2026-01-01T10:00-05:00 2026-01-01T10:00+01 2026-01-01T10 2026-01-01T10:00:05. "
      "2026-01-01T10:00z 2026-01-01T",
      "09:00 9:00 09:0 123:45 09:000 09:00-17:00",
      "not and or in is where if then else true false notx _x x_1 X __",
      "day days dayss week weeks month months quarter quarters year years",
      "{}()[],:..->??"
      "= == != <= >= < > = + - * / && || ! & | ? . ; @ # $ ^ ~ ` \\ '",
      "größe é\u00e9 \xe2\x82\xac 5 \xf0\x9f\x98\x80 \"\xc3\xa9\\\xc3\xa9\" // \xc3\xa9\n x",
      "/* \xc3\xa9\n\xc3\xa9 */ x \"\"\"\xc3\xa9\n\"\"\" y",
      "\xEF\xBB\xBF"
      "agreement a {}",
      "\xEF\xBB\xBF\xEF\xBB\xBF"
      "x",
      "15 min 3 consecutive months every rolling 30 d",
  };
  for (const char *s : snippets)
    expectSameTokens(s, "snippet");
}

TEST(Scanner, RandomText) {
  // Pieces chosen to collide: digits and separators of numbers, dates and
  // times, quotes and escapes, comment openers and closers, keywords.
  const char *pieces[] = {"0",  "1",  "9",      "_",   ".",    "e",   "E",         "-",  "+",
                          ":",  "T",  "z",      "%",   "x7",   "24",  "/",         "*",  "!",
                          "\"", "\\", "\n",     "\r",  " ",    "é",   "a",         "in", "=",
                          "?",  "<",  ">",      "&",   "|",    "{",   "(",         "#",  "//",
                          "/*", "*/", "\"\"\"", "day", "days", "not", "2026-01-01"};
  std::mt19937 rng(20260101);
  std::uniform_int_distribution<size_t> piece(0, std::size(pieces) - 1), length(0, 24);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n)
      text += pieces[piece(rng)];
    expectSameTokens(text, "random text " + std::to_string(i));
    if (HasFailure())
      return;
  }
}

} // namespace
} // namespace tenor
