//===- SyntaxErrors.cpp - ANTLR's syntax errors in our words --------------===//
//
// ANTLR knows the set of tokens that could have come next; a reader wants a
// phrase. The set is described from the largest idea down: a missing `}` of
// an open block first, then "an item of <block>", "an expression", "a name",
// and only then the literal tokens.
//
//===----------------------------------------------------------------------===//

#include "parse/SyntaxErrors.h"

#include "diag/DiagEngine.h"
#include "parse/SourceText.h"

#include "TenorLexer.h"
#include "TenorParser.h"

#include "llvm/ADT/STLExtras.h"

#include <fmt/format.h>

namespace tenor {
namespace {

using grammar::TenorLexer;
using grammar::TenorParser;

bool isContextualKeyword(size_t type) {
  return type >= TenorLexer::IMPORT && type <= TenorLexer::YEAR;
}

bool isTopLevelKeyword(size_t type) {
  return type == TenorLexer::AGREEMENT || type == TenorLexer::SCHEMA || type == TenorLexer::ENUM ||
         type == TenorLexer::CALENDAR || type == TenorLexer::FN || type == TenorLexer::CONST ||
         type == TenorLexer::IMPORT;
}

/// How a token type reads in "expected …".
std::string describeTokenType(const antlr4::dfa::Vocabulary &vocab, size_t type) {
  switch (type) {
  case antlr4::Token::EOF:
    return "end of file";
  case TenorLexer::IDENT:
    return "a name";
  case TenorLexer::NUMBER:
    return "a number";
  case TenorLexer::STRING:
    return "a string";
  case TenorLexer::LONG_STRING:
    return "a long string";
  case TenorLexer::QUANTITY:
    return "a quantity such as `15 min`";
  case TenorLexer::PERCENT:
    return "a percentage";
  case TenorLexer::DATE:
    return "a date";
  case TenorLexer::TIMESTAMP:
    return "a timestamp";
  case TenorLexer::TIME_OF_DAY:
    return "a time of day such as `09:00`";
  case TenorLexer::DAY:
    return "`day`";
  case TenorLexer::WEEK:
    return "`week`";
  case TenorLexer::MONTH:
    return "`month`";
  case TenorLexer::QUARTER:
    return "`quarter`";
  case TenorLexer::YEAR:
    return "`year`";
  default:
    break;
  }
  std::string literal = vocab.getLiteralName(type);
  if (literal.size() >= 2 && literal.front() == '\'')
    return "`" + literal.substr(1, literal.size() - 2) + "`";
  return vocab.getSymbolicName(type);
}

/// How the token that was found reads in "found …".
std::string describeFound(const antlr4::Token *t) {
  if (t->getType() == antlr4::Token::EOF)
    return "end of file";
  std::string text = t->getText();
  if (text.size() > 40)
    text = text.substr(0, 37) + "...";
  if (t->getType() == TenorLexer::STRING || t->getType() == TenorLexer::LONG_STRING)
    return "string " + text;
  return "`" + text + "`";
}

/// "agreement `compute`" for a context that opens a block, else empty.
std::string describeBlock(antlr4::ParserRuleContext *ctx) {
  auto named = [&](const char *what) {
    for (auto *child : ctx->children)
      if (auto *n = dynamic_cast<TenorParser::DeclNameContext *>(child))
        return fmt::format("{} `{}`", what, n->getText());
    return std::string(what);
  };
  switch (ctx->getRuleIndex()) {
  case TenorParser::RuleAgreementDecl:
    return named("agreement");
  case TenorParser::RuleSchemaDecl:
    return named("schema");
  case TenorParser::RuleEnumDecl:
    return named("enum");
  case TenorParser::RuleCalendarDecl:
    return named("calendar");
  case TenorParser::RulePartiesItem:
    return "the parties";
  case TenorParser::RuleServiceDecl:
    return named("service");
  case TenorParser::RuleDataDecl:
    return named("data");
  case TenorParser::RuleObjectiveDecl:
    return named("objective");
  case TenorParser::RuleObligationDecl:
    return named("obligation");
  case TenorParser::RuleExcludeDecl:
    return named("exclusion");
  case TenorParser::RuleRemedyDecl:
    return named(ctx->getStart()->getText().c_str());
  case TenorParser::RuleRemedyItem:
    return "the tiers";
  case TenorParser::RuleHoldbackDecl:
    return named("holdback");
  case TenorParser::RuleReportDecl:
    return named("report");
  case TenorParser::RuleTerminationDecl:
    return "termination";
  case TenorParser::RuleCmpExpr:
    return "the set";
  default:
    return "";
  }
}

/// The innermost rule with an opening bracket whose closing one is missing.
antlr4::ParserRuleContext *openBlock(antlr4::ParserRuleContext *ctx, antlr4::Token *&open,
                                     size_t &closeType) {
  for (; ctx; ctx = dynamic_cast<antlr4::ParserRuleContext *>(ctx->parent)) {
    int balance = 0;
    antlr4::Token *lastOpen = nullptr;
    size_t lastClose = 0;
    for (auto *child : ctx->children) {
      auto *term = dynamic_cast<antlr4::tree::TerminalNode *>(child);
      if (!term)
        continue;
      size_t type = term->getSymbol()->getType();
      if (type == TenorLexer::LBRACE || type == TenorLexer::LPAREN) {
        ++balance;
        lastOpen = term->getSymbol();
        lastClose = type == TenorLexer::LBRACE ? TenorLexer::RBRACE : TenorLexer::RPAREN;
      } else if (type == TenorLexer::RBRACE || type == TenorLexer::RPAREN) {
        --balance;
      }
    }
    if (balance > 0 && lastOpen) {
      open = lastOpen;
      closeType = lastClose;
      return ctx;
    }
  }
  return nullptr;
}

} // namespace

void SyntaxErrorStrategy::afterReport() {
  ++errors;
  if (diags.limitReached())
    throw TooManyErrors{};
}

void SyntaxErrorStrategy::reportExpected(antlr4::Parser *parser, antlr4::Token *found,
                                         const antlr4::misc::IntervalSet &expected,
                                         antlr4::ParserRuleContext *ctx) {
  llvm::SMRange where =
      found->getType() == antlr4::Token::EOF
          ? llvm::SMRange(source.loc(found->getStartIndex()), source.loc(found->getStartIndex()))
          : source.range(found->getStartIndex(), found->getStopIndex());
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  antlr4::ParserRuleContext *block = openBlock(ctx, open, closeType);
  bool closerExpected = block && expected.contains(closeType);
  if (closerExpected &&
      (found->getType() == antlr4::Token::EOF || isTopLevelKeyword(found->getType()))) {
    std::string what = describeBlock(block);
    if (what.empty())
      what = closeType == TenorLexer::RPAREN ? "the parenthesis" : "the block";
    diags
        .report(where, DiagID::UnclosedBlock, closeType == TenorLexer::RBRACE ? "}" : ")", what,
                describeFound(found))
        .note(source.loc(open->getStartIndex()), DiagID::OpenedHere, what);
    return afterReport();
  }

  const antlr4::dfa::Vocabulary &vocab = parser->getVocabulary();
  std::vector<size_t> types;
  for (ssize_t t : expected.toList())
    types.push_back(t == -1 ? antlr4::Token::EOF : static_cast<size_t>(t));
  bool nameExpected = llvm::is_contained(types, TenorLexer::IDENT);
  bool exprExpected = llvm::is_contained(types, TenorLexer::NUMBER) &&
                      llvm::is_contained(types, TenorLexer::LPAREN);
  std::vector<std::string> phrases;
  std::vector<std::string> keywords;
  for (size_t type : types) {
    if (exprExpected &&
        (type == TenorLexer::NUMBER || type == TenorLexer::PERCENT ||
         type == TenorLexer::QUANTITY || type == TenorLexer::STRING || type == TenorLexer::DATE ||
         type == TenorLexer::TIMESTAMP || type == TenorLexer::TRUE || type == TenorLexer::FALSE ||
         type == TenorLexer::LPAREN || type == TenorLexer::MINUS || type == TenorLexer::NOT ||
         type == TenorLexer::BANG || type == TenorLexer::IF || type == TenorLexer::IDENT ||
         isContextualKeyword(type)))
      continue;
    if (nameExpected && (type == TenorLexer::IDENT || isContextualKeyword(type)))
      continue;
    if (isContextualKeyword(type))
      keywords.push_back(vocab.getLiteralName(type).empty() ? describeTokenType(vocab, type)
                                                            : vocab.getLiteralName(type));
    phrases.push_back(describeTokenType(vocab, type));
  }
  if (exprExpected)
    phrases.insert(phrases.begin(), "an expression");
  else if (nameExpected)
    phrases.insert(phrases.begin(), "a name");

  std::string what;
  std::string blockName = describeBlock(ctx);
  if (phrases.size() > 5 && !blockName.empty()) {
    what = "an item of " + blockName;
    if (closerExpected)
      what += " or `}`";
  } else {
    if (phrases.size() > 6) {
      phrases.resize(6);
      phrases.back() = "…";
    }
    for (size_t i = 0; i < phrases.size(); ++i)
      what += (i == 0 ? "" : i + 1 == phrases.size() ? " or " : ", ") + phrases[i];
  }

  auto diag = diags.report(where, DiagID::ExpectedToken, what, describeFound(found));
  // A misspelt keyword: `evry` for `every`.
  std::string text = found->getText();
  if (found->getType() == TenorLexer::IDENT || isContextualKeyword(found->getType())) {
    for (size_t type : types) {
      std::string literal = vocab.getLiteralName(type);
      if (literal.size() < 3 || literal.front() != '\'')
        continue;
      literal = literal.substr(1, literal.size() - 2);
      if (literal != text && llvm::StringRef(text).edit_distance(literal, true, 2) <= 2 &&
          text.size() > 2) {
        diag.note(llvm::SMLoc(), DiagID::DidYouMean, literal);
        break;
      }
    }
  }
  (void)diag;
  afterReport();
}

void SyntaxErrorStrategy::reportNoViableAlternative(antlr4::Parser *parser,
                                                    const antlr4::NoViableAltException &e) {
  reportExpected(parser, e.getOffendingToken(), e.getExpectedTokens(), parser->getContext());
}

void SyntaxErrorStrategy::reportInputMismatch(antlr4::Parser *parser,
                                              const antlr4::InputMismatchException &e) {
  reportExpected(parser, e.getOffendingToken(), e.getExpectedTokens(), parser->getContext());
}

void SyntaxErrorStrategy::reportFailedPredicate(antlr4::Parser *parser,
                                                const antlr4::FailedPredicateException &e) {
  // The grammar has no predicates; report like a mismatch should one appear.
  reportExpected(parser, e.getOffendingToken(), e.getExpectedTokens(), parser->getContext());
}

void SyntaxErrorStrategy::reportUnwantedToken(antlr4::Parser *parser) {
  if (inErrorRecoveryMode(parser))
    return;
  beginErrorCondition(parser);
  antlr4::Token *t = parser->getCurrentToken();
  reportExpected(parser, t, getExpectedTokens(parser), parser->getContext());
}

void SyntaxErrorStrategy::reportMissingToken(antlr4::Parser *parser) {
  if (inErrorRecoveryMode(parser))
    return;
  beginErrorCondition(parser);
  antlr4::Token *t = parser->getCurrentToken();
  reportExpected(parser, t, getExpectedTokens(parser), parser->getContext());
}

} // namespace tenor
