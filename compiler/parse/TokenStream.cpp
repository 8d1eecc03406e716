//===- TokenStream.cpp - Lexing a buffer into checked tokens --------------===//
//
// One pass over the lexer's output. Each malformed token gets one diagnostic
// here and is replaced by the token the author meant (an unterminated string
// becomes a string), so that the parser reports only what is left: mistakes of
// structure, not of spelling.
//
//===----------------------------------------------------------------------===//

#include "parse/TokenStream.h"

#include "diag/DiagEngine.h"
#include "parse/Literals.h"
#include "parse/Parse.h"
#include "parse/Scanner.h"
#include "parse/SourceText.h"

#include "TenorLexer.h"
#include "antlr4-runtime.h"
#include "tenor/core/Units.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>

namespace tenor {
namespace {

using grammar::TenorLexer;
using TokenPtr = std::unique_ptr<antlr4::Token>;

/// "; units are ms, s, …, TB and currency codes such as USD", from Units.def.
std::string unitsHint() {
  std::string out = "; units are ";
  for (const core::UnitInfo &u : core::durationUnits)
    out += std::string(u.symbol) + ", ";
  for (const core::UnitInfo &u : core::dataUnits)
    out += std::string(u.symbol) + (&u == &std::end(core::dataUnits)[-1] ? "" : ", ");
  return out + " and currency codes such as USD";
}

class TokenChecker {
public:
  TokenChecker(const SourceText &source, DiagEngine &diags) : source(source), diags(diags) {}

  /// Checks one token; returns false when it is to be dropped.
  bool check(antlr4::CommonToken &tok);
  /// Joins NUMBER + unit on one line into QUANTITY tokens.
  void formQuantities(std::vector<TokenPtr> &tokens);
  /// False (after reporting) when brackets or prefix operators nest too deep.
  bool checkNesting(const std::vector<TokenPtr> &tokens);
  /// Where lexical errors removed or swallowed text (see lexTokens).
  std::vector<size_t> gaps;

private:
  llvm::SMRange rangeOf(const antlr4::Token &t) const {
    return source.range(t.getStartIndex(), t.getStopIndex());
  }
  /// A token the scanner made of a mistake (a stray character, a comment
  /// or string left open): reported; false when it is to be dropped.
  bool checkLexicalError(antlr4::CommonToken &tok, const std::string &text);
  /// A literal the grammar accepts whose spelling may still be wrong (an
  /// escape, a date, a number): reported, and kept.
  void checkLiteral(antlr4::CommonToken &tok, const std::string &text);
  bool onSameLineAdjacent(const antlr4::Token &a, const antlr4::Token &b) const;
  std::string nameHint(const antlr4::Token &badChar) const;

  const SourceText &source;
  DiagEngine &diags;
  size_t lastBadCharStop = SIZE_MAX;
};

bool TokenChecker::check(antlr4::CommonToken &tok) {
  switch (tok.getType()) {
  case TenorLexer::BAD_CHAR:
  case TenorLexer::UNTERMINATED_COMMENT:
  case TenorLexer::UNTERMINATED_STRING:
  case TenorLexer::UNTERMINATED_LONG_STRING:
    return checkLexicalError(tok, tok.getText());
  case TenorLexer::STRING:
  case TenorLexer::LONG_STRING:
  case TenorLexer::DATE:
  case TenorLexer::TIMESTAMP:
  case TenorLexer::TIME_OF_DAY:
  case TenorLexer::BAD_NUMBER:
    checkLiteral(tok, tok.getText());
    return true;
  default:
    return true; // nothing to check: spare copying the text
  }
}

bool TokenChecker::checkLexicalError(antlr4::CommonToken &tok, const std::string &text) {
  switch (tok.getType()) {
  case TenorLexer::BAD_CHAR: {
    // A run of stray characters is one mistake, not one per character.
    bool continuesRun = lastBadCharStop != SIZE_MAX && lastBadCharStop + 1 == tok.getStartIndex();
    lastBadCharStop = tok.getStopIndex();
    if (!continuesRun)
      diags.report(rangeOf(tok), DiagID::UnexpectedCharacter, text, nameHint(tok));
    gaps.push_back(tok.getStartIndex());
    return false;
  }
  case TenorLexer::UNTERMINATED_COMMENT:
    diags.report(source.range(tok.getStartIndex(), tok.getStartIndex() + 1),
                 DiagID::UnterminatedComment);
    // It ran to the end of the file: whatever was to close there is gone too.
    gaps.push_back(tok.getStopIndex() + 1);
    return false;
  case TenorLexer::UNTERMINATED_STRING:
    diags.report(rangeOf(tok), DiagID::UnterminatedString);
    tok.setType(TenorLexer::STRING);
    tok.setText(text + "\"");
    return true;
  case TenorLexer::UNTERMINATED_LONG_STRING:
    diags.report(source.range(tok.getStartIndex(), tok.getStartIndex() + 2),
                 DiagID::UnterminatedLongString);
    // It ran to the end of the file: whatever was to close there is gone too.
    gaps.push_back(tok.getStopIndex() + 1);
    tok.setType(TenorLexer::LONG_STRING);
    tok.setText(text + "\"\"\"");
    return true;
  default:
    return true;
  }
}

void TokenChecker::checkLiteral(antlr4::CommonToken &tok, const std::string &text) {
  switch (tok.getType()) {
  case TenorLexer::STRING:
  case TenorLexer::LONG_STRING:
    if (auto at = findBadEscape(text)) {
      // The escape's position in code points: count the bytes that start one.
      size_t cp = tok.getStartIndex() + std::count_if(text.begin(), text.begin() + *at, [](char c) {
                    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                  });
      diags.report(source.range(cp, cp + 1), DiagID::BadEscape, text.substr(*at, 2));
    }
    break;
  case TenorLexer::DATE:
    if (auto why = dateProblem(text))
      diags.report(rangeOf(tok), DiagID::MalformedDate, text, *why);
    break;
  case TenorLexer::TIMESTAMP:
    if (auto why = timestampProblem(text))
      diags.report(rangeOf(tok), DiagID::MalformedTimestamp, text, *why);
    break;
  case TenorLexer::TIME_OF_DAY:
    if (!isValidTimeOfDay(text))
      diags.report(rangeOf(tok), DiagID::MalformedTimeOfDay, text);
    break;
  case TenorLexer::BAD_NUMBER:
    if (text.find_first_of("eE") != std::string::npos)
      diags.report(rangeOf(tok), DiagID::ExponentNotation, text);
    else
      diags.report(rangeOf(tok), DiagID::MalformedNumber, text);
    // A number for the parser, so that what follows is checked as usual,
    // with the text as written: a later message quotes the source.
    tok.setType(TenorLexer::NUMBER);
    break;
  default:
    break;
  }
}

/// `größe`: a non-ASCII letter in what was meant as a name.
std::string TokenChecker::nameHint(const antlr4::Token &badChar) const {
  if (static_cast<unsigned char>(badChar.getText().front()) < 0x80)
    return "";
  auto isNameChar = [](char c) { return llvm::isAlnum(c) || c == '_'; };
  llvm::StringRef text = source.text();
  const char *at = source.loc(badChar.getStartIndex()).getPointer();
  const char *after = source.loc(badChar.getStopIndex() + 1).getPointer();
  bool touchesName =
      (at > text.begin() && isNameChar(at[-1])) || (after < text.end() && isNameChar(*after));
  return touchesName ? "; names are written with ASCII letters, digits and `_`" : "";
}

bool TokenChecker::onSameLineAdjacent(const antlr4::Token &a, const antlr4::Token &b) const {
  if (a.getLine() != b.getLine())
    return false;
  // Only blanks may stand between a number and its unit (no comment).
  const char *from = source.loc(a.getStopIndex() + 1).getPointer();
  const char *to = source.loc(b.getStartIndex()).getPointer();
  return llvm::StringRef(from, to - from).find_first_not_of(" \t") == llvm::StringRef::npos;
}

void TokenChecker::formQuantities(std::vector<TokenPtr> &tokens) {
  std::vector<TokenPtr> out;
  out.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    antlr4::Token &num = *tokens[i];
    if (num.getType() != TenorLexer::NUMBER || i + 1 >= tokens.size() ||
        tokens[i + 1]->getType() != TenorLexer::IDENT || !onSameLineAdjacent(num, *tokens[i + 1])) {
      out.push_back(std::move(tokens[i]));
      continue;
    }
    antlr4::Token &unit = *tokens[i + 1];
    std::string word = unit.getText();
    if (!isUnit(word)) {
      // `5 items: …` is a number followed by the next item, not a unit.
      bool nextIsItem = i + 2 < tokens.size() && tokens[i + 2]->getType() == TenorLexer::COLON;
      if (nextIsItem) {
        out.push_back(std::move(tokens[i]));
        continue;
      }
      std::string hint = suggestUnit(word);
      diags.report(rangeOf(unit), DiagID::UnknownUnit, word,
                   hint.empty() ? unitsHint() : "; did you mean `" + hint + "`?");
      // The parser's complaint about the quantity would be the same mistake.
      gaps.push_back(num.getStartIndex());
    }
    auto q = std::make_unique<antlr4::CommonToken>(&num);
    q->setType(TenorLexer::QUANTITY);
    q->setStopIndex(unit.getStopIndex());
    q->setText(num.getText() + " " + word);
    out.push_back(std::move(q));
    ++i;
  }
  tokens = std::move(out);
}

bool TokenChecker::checkNesting(const std::vector<TokenPtr> &tokens) {
  unsigned depth = 0, prefixRun = 0;
  for (const TokenPtr &t : tokens) {
    size_t type = t->getType();
    bool opens =
        type == TenorLexer::LPAREN || type == TenorLexer::LBRACE || type == TenorLexer::LBRACKET;
    bool closes =
        type == TenorLexer::RPAREN || type == TenorLexer::RBRACE || type == TenorLexer::RBRACKET;
    bool prefix = type == TenorLexer::MINUS || type == TenorLexer::NOT || type == TenorLexer::BANG;
    prefixRun = prefix ? prefixRun + 1 : 0;
    if (opens)
      ++depth;
    else if (closes && depth > 0)
      --depth;
    if (depth + prefixRun > maxNestingDepth) {
      diags.report(rangeOf(*t), DiagID::NestingTooDeep, maxNestingDepth);
      return false;
    }
  }
  return true;
}

} // namespace

bool lexTokens(antlr4::TokenSource &origin, const SourceText &source, DiagEngine &diags,
               std::vector<TokenPtr> &tokens, std::vector<size_t> &gaps) {
  Scanner scanner(source.text(), &origin);
  TokenChecker checker(source, diags);
  // About one token for every five bytes of source.
  tokens.reserve(source.text().size() / 5 + 16);
  for (;;) {
    std::unique_ptr<antlr4::CommonToken> tok = scanner.next();
    size_t type = tok->getType();
    if (type == antlr4::Token::EOF || checker.check(*tok))
      tokens.push_back(std::move(tok));
    if (type == antlr4::Token::EOF)
      break;
    if (diags.limitReached())
      throw TooManyErrors{};
  }
  checker.formQuantities(tokens);
  gaps = std::move(checker.gaps);
  return checker.checkNesting(tokens);
}

} // namespace tenor
