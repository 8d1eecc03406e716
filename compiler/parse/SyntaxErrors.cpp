//===- SyntaxErrors.cpp - ANTLR's syntax errors in our words --------------===//
//
// ANTLR knows the set of tokens that could have come next; a reader wants a
// phrase, and one report a mistake. A syntax error is, in this order:
//  - not reported when it follows a lexical error that removed text there
//    (`x @ 1`: the `@` was reported, the parser's complaint about `1` is not);
//  - blamed on a keyword that was read as a name although it could have
//    started the next item (`target` ⏎ `every month`: `target` lacks its
//    expression);
//  - a missing `}` or `)` when the next token is the end of the file or starts
//    an item of an enclosing block, reported once a block;
//  - a `)` or `}` that closes nothing;
//  - else "expected …, found …", the expected set described from the largest
//    idea down: "an item of <block>", "an expression", "a name", then tokens.
// Recovery (consumeUntil) resumes at the start of a line, where items start in
// practice, and skips nested blocks whole, so that the rest of a broken line
// or block does not produce errors of its own.
//
//===----------------------------------------------------------------------===//

#include "parse/SyntaxErrors.h"

#include "diag/DiagEngine.h"
#include "parse/SourceText.h"

#include "TenorLexer.h"
#include "TenorParser.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <fmt/format.h>

namespace tenor {
namespace {

using antlr4::tree::TerminalNode;
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

/// The keywords that start an item of an agreement: inside a block nested in
/// an agreement, one that does not fit most likely starts the next item.
bool isAgreementItemKeyword(size_t type) {
  switch (type) {
  case TenorLexer::VERSION:
  case TenorLexer::KIND:
  case TenorLexer::EFFECTIVE:
  case TenorLexer::TIMEZONE:
  case TenorLexer::CURRENCY:
  case TenorLexer::INCORPORATES:
  case TenorLexer::PARTIES:
  case TenorLexer::SERVICE:
  case TenorLexer::DATA:
  case TenorLexer::PARAM:
  case TenorLexer::METRIC:
  case TenorLexer::OBJECTIVE:
  case TenorLexer::OBLIGATION:
  case TenorLexer::DUTY:
  case TenorLexer::EXCLUDE:
  case TenorLexer::CREDIT:
  case TenorLexer::PENALTY:
  case TenorLexer::BONUS:
  case TenorLexer::HOLDBACK:
  case TenorLexer::CAP:
  case TenorLexer::REPORT:
  case TenorLexer::TERMINATION:
  case TenorLexer::CLAUSE:
  case TenorLexer::REVIEW:
    return true;
  default:
    return false;
  }
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
    // A name that failed to parse holds what recovery skipped: leave it out.
    for (auto *child : ctx->children)
      if (auto *n = dynamic_cast<TenorParser::DeclNameContext *>(child); n && !n->exception)
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
  case TenorParser::RulePostfixExpr:
    return "the argument list";
  case TenorParser::RuleFnDecl:
    return "the parameter list";
  default:
    return "";
  }
}

/// The rules of the form `KEYWORD declName title? …`: right after the name, a
/// title is possible but hardly ever the missing piece.
bool hasOptionalTitle(antlr4::ParserRuleContext *ctx) {
  switch (ctx->getRuleIndex()) {
  case TenorParser::RuleEnumDecl:
  case TenorParser::RuleEnumMember:
  case TenorParser::RuleSchemaDecl:
  case TenorParser::RuleFieldDecl:
  case TenorParser::RuleCalendarDecl:
  case TenorParser::RuleAgreementDecl:
  case TenorParser::RuleServiceDecl:
  case TenorParser::RuleDataDecl:
  case TenorParser::RuleParamDecl:
  case TenorParser::RuleMetricDecl:
  case TenorParser::RuleObjectiveDecl:
  case TenorParser::RuleObligationDecl:
  case TenorParser::RuleExcludeDecl:
  case TenorParser::RuleRemedyDecl:
  case TenorParser::RuleHoldbackDecl:
  case TenorParser::RuleReportDecl:
    return true;
  default:
    return false;
  }
}

antlr4::ParserRuleContext *parentOf(antlr4::ParserRuleContext *ctx) {
  return dynamic_cast<antlr4::ParserRuleContext *>(ctx->parent);
}

/// `child` as a token the grammar matched; null for a rule, for a token that
/// recovery made up (it has no position) and for one it skipped.
TerminalNode *realToken(antlr4::tree::ParseTree *child) {
  auto *term = dynamic_cast<TerminalNode *>(child);
  if (!term || dynamic_cast<antlr4::tree::ErrorNode *>(child))
    return nullptr;
  return term->getSymbol()->getTokenIndex() != INVALID_INDEX ? term : nullptr;
}

/// The innermost rule with an opening bracket whose closing one is missing.
antlr4::ParserRuleContext *openBlock(antlr4::ParserRuleContext *ctx, antlr4::Token *&open,
                                     size_t &closeType) {
  for (; ctx; ctx = parentOf(ctx)) {
    int balance = 0;
    antlr4::Token *lastOpen = nullptr;
    size_t lastClose = 0;
    for (auto *child : ctx->children) {
      auto *term = realToken(child);
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

/// Whether a bracket of type `openType` is open in `ctx` or a rule around it.
bool isOpen(antlr4::ParserRuleContext *ctx, size_t openType, size_t closeType) {
  for (; ctx; ctx = parentOf(ctx)) {
    int balance = 0;
    for (auto *child : ctx->children)
      if (auto *term = realToken(child)) {
        size_t type = term->getSymbol()->getType();
        balance += type == openType ? 1 : type == closeType ? -1 : 0;
      }
    if (balance > 0)
      return true;
  }
  return false;
}

bool isInAgreement(antlr4::ParserRuleContext *block) {
  if (block->getRuleIndex() == TenorParser::RuleAgreementDecl)
    return false;
  for (auto *c = parentOf(block); c; c = parentOf(c))
    if (c->getRuleIndex() == TenorParser::RuleAgreementDecl)
      return true;
  return false;
}

/// The last token of the parse tree under `node`.
TerminalNode *lastLeaf(antlr4::tree::ParseTree *node) {
  while (node && !node->children.empty())
    node = node->children.back();
  return dynamic_cast<TerminalNode *>(node);
}

/// The first token of the parse tree under `node`.
TerminalNode *firstLeaf(antlr4::tree::ParseTree *node) {
  while (node && !node->children.empty())
    node = node->children.front();
  return dynamic_cast<TerminalNode *>(node);
}

/// The token before `t` on the default channel, or null at the start.
antlr4::Token *previousToken(antlr4::TokenStream *in, antlr4::Token *t) {
  if (t->getTokenIndex() == INVALID_INDEX)
    return nullptr;
  for (size_t i = t->getTokenIndex(); i-- > 0;) {
    antlr4::Token *p = in->get(i);
    if (p->getChannel() == antlr4::Token::DEFAULT_CHANNEL)
      return p;
  }
  return nullptr;
}

/// The line on which `t` ends (long strings span lines).
size_t endLine(antlr4::Token *t) {
  std::string text = t->getText();
  return t->getLine() + std::count(text.begin(), text.end(), '\n');
}

bool startsLine(antlr4::TokenStream *in, antlr4::Token *t) {
  antlr4::Token *prev = previousToken(in, t);
  return !prev || endLine(prev) < t->getLine();
}

/// The column (from 0) of the first token on the line where `t` is.
size_t lineIndent(antlr4::TokenStream *in, antlr4::Token *t) {
  antlr4::Token *first = t;
  for (antlr4::Token *p = previousToken(in, t); p && endLine(p) == t->getLine();
       p = previousToken(in, p))
    first = p;
  return first->getCharPositionInLine();
}

/// Whether `t` is indented no deeper than the line that opened the block of
/// `open`: an item of an enclosing block written there is the next item out
/// there, and the block lacks its `}`; indented deeper, it is inside the block
/// (without indentation, nothing is deeper).
bool isOutdentedFrom(antlr4::TokenStream *in, antlr4::Token *t, antlr4::Token *open) {
  return t->getCharPositionInLine() <= lineIndent(in, open);
}

} // namespace

void SyntaxErrorStrategy::afterReport(antlr4::Token *at) {
  if (at->getTokenIndex() != INVALID_INDEX) {
    lastReported = at->getTokenIndex();
    lastReportedLine = at->getLine();
  }
  if (diags.limitReached())
    throw TooManyErrors{};
}

llvm::SMRange SyntaxErrorStrategy::rangeOf(antlr4::Token *found, antlr4::Token *prev) const {
  if (found->getType() != antlr4::Token::EOF)
    return source.range(found->getStartIndex(), found->getStopIndex());
  // The end of the file: right after the last token, where the reader
  // looks, rather than on the blank line that may follow it.
  llvm::SMLoc at = source.loc(prev ? prev->getStopIndex() + 1 : found->getStartIndex());
  return {at, at};
}

bool SyntaxErrorStrategy::followsLexicalError(antlr4::Token *prev, antlr4::Token *found) const {
  size_t from = prev ? prev->getStopIndex() + 1 : 0, to = found->getStartIndex();
  for (size_t gap : lexicalGaps) {
    if (gap < from || gap > to)
      continue;
    const char *a = source.loc(gap).getPointer(), *b = source.loc(to).getPointer();
    if (std::find(a, b, '\n') == b)
      return true;
  }
  return false;
}

bool SyntaxErrorStrategy::insideReportedBlock(antlr4::ParserRuleContext *ctx) const {
  for (; ctx; ctx = parentOf(ctx))
    for (auto *child : ctx->children)
      if (auto *term = realToken(child);
          term && reportedOpeners.count(term->getSymbol()->getTokenIndex()) &&
          (term->getSymbol()->getType() == TenorLexer::LBRACE ||
           term->getSymbol()->getType() == TenorLexer::LPAREN))
        return true;
  return false;
}

bool SyntaxErrorStrategy::reportUnclosedBlock(llvm::SMRange where, antlr4::Token *found,
                                              antlr4::ParserRuleContext *block, antlr4::Token *open,
                                              size_t closeType) {
  if (!reportedOpeners.insert(open->getTokenIndex()).second)
    return false;
  std::string what = describeBlock(block);
  if (what.empty())
    what = closeType == TenorLexer::RPAREN ? "the parenthesis" : "the block";
  diags
      .report(where, DiagID::UnclosedBlock, closeType == TenorLexer::RBRACE ? "}" : ")", what,
              describeFound(found))
      .note(source.loc(open->getStartIndex()), DiagID::OpenedHere, what);
  afterReport(found);
  return true;
}

bool SyntaxErrorStrategy::reportMissingOperand(antlr4::Parser *parser, antlr4::Token *prev,
                                               antlr4::Token *found,
                                               const antlr4::misc::IntervalSet &expected,
                                               antlr4::ParserRuleContext *ctx) {
  size_t type = prev->getType();
  if (!isContextualKeyword(type) || !expected.contains(type) || endLine(prev) != found->getLine())
    return false;
  // Was `prev` read as a name? It is the last token of the current rule or
  // of a rule around it.
  TerminalNode *leaf = nullptr;
  for (auto *c = ctx; c && !leaf; c = parentOf(c))
    if (TerminalNode *last = lastLeaf(c); last && last->getSymbol() == prev)
      leaf = last;
  auto *name = leaf ? dynamic_cast<TenorParser::NameContext *>(leaf->parent) : nullptr;
  antlr4::Token *before = previousToken(parser->getTokenStream(), prev);
  if (!name || !before)
    return false;
  // It could have started the next item: the item before it lacks a part.
  bool inExpr = dynamic_cast<TenorParser::PrimaryContext *>(name->parent) != nullptr;
  diags.report(source.range(prev->getStartIndex(), prev->getStopIndex()), DiagID::ExpectedToken,
               fmt::format("{} after `{}`", inExpr ? "an expression" : "a name", before->getText()),
               describeFound(prev));
  afterReport(prev);
  return true;
}

bool SyntaxErrorStrategy::reportOuterItemInBlock(antlr4::Parser *parser, antlr4::Token *prev,
                                                 antlr4::ParserRuleContext *ctx) {
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  antlr4::ParserRuleContext *block = openBlock(ctx, open, closeType);
  if (!block || closeType != TenorLexer::RBRACE)
    return false;
  // The item of the block being read: the rule just inside the block on the
  // way to `ctx`, or the block's last item when it ended right before.
  antlr4::ParserRuleContext *item = nullptr;
  for (auto *c = ctx; c && c != block; c = parentOf(c))
    item = c;
  if (!item && !block->children.empty()) {
    item = dynamic_cast<antlr4::ParserRuleContext *>(block->children.back());
    TerminalNode *last = item ? lastLeaf(item) : nullptr;
    if (!last || last->getSymbol() != prev)
      item = nullptr;
  }
  TerminalNode *first = item ? realToken(firstLeaf(item)) : nullptr;
  if (!first || !dynamic_cast<TenorParser::NameContext *>(first->parent))
    return false;
  // The item starts with a keyword read as a name (`service region "…"` as a
  // party): it is the next item of an enclosing block, and this block lacks
  // its `}`.
  antlr4::Token *start = first->getSymbol();
  size_t type = start->getType();
  antlr4::TokenStream *in = parser->getTokenStream();
  if (!(isTopLevelKeyword(type) || (isAgreementItemKeyword(type) && isInAgreement(block))) ||
      !startsLine(in, start) || !isOutdentedFrom(in, start, open))
    return false;
  // Reported once a block: later errors inside it are the same mistake.
  reportUnclosedBlock(source.range(start->getStartIndex(), start->getStopIndex()), start, block,
                      open, closeType);
  return true;
}

bool SyntaxErrorStrategy::reportUnclosed(antlr4::Parser *parser, antlr4::Token *found,
                                         antlr4::Token *prev,
                                         const antlr4::misc::IntervalSet &expected,
                                         antlr4::ParserRuleContext *ctx) {
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  antlr4::ParserRuleContext *block = openBlock(ctx, open, closeType);
  if (!block || !expected.contains(closeType))
    return false;
  size_t type = found->getType();
  bool outerItem =
      (isTopLevelKeyword(type) || (isAgreementItemKeyword(type) && isInAgreement(block))) &&
      isOutdentedFrom(parser->getTokenStream(), found, open);
  bool blockEnds = type == antlr4::Token::EOF || outerItem ||
                   (closeType == TenorLexer::RPAREN &&
                    (type == TenorLexer::RBRACE || endLine(open) < found->getLine()));
  if (!blockEnds)
    return false;
  // After a missing `}` was reported, the end of the file finds the blocks
  // around it one `}` short: that is the same mistake.
  if (type == antlr4::Token::EOF && !reportedOpeners.empty())
    return true;
  reportUnclosedBlock(rangeOf(found, prev), found, block, open, closeType);
  return true;
}

bool SyntaxErrorStrategy::reportStrayCloser(antlr4::Token *found,
                                            const antlr4::misc::IntervalSet &expected,
                                            antlr4::ParserRuleContext *ctx) {
  size_t type = found->getType();
  if ((type != TenorLexer::RPAREN && type != TenorLexer::RBRACE) || expected.contains(type))
    return false;
  bool paren = type == TenorLexer::RPAREN;
  if (isOpen(ctx, paren ? TenorLexer::LPAREN : TenorLexer::LBRACE, type))
    return false;
  // After a missing `}` or `)` was reported, the brackets do not pair up as
  // written: a closer left over is the same mistake.
  if (!reportedOpeners.empty())
    return true;
  diags.report(source.range(found->getStartIndex(), found->getStopIndex()), DiagID::UnexpectedToken,
               describeFound(found),
               paren ? "there is no `(` to close" : "there is no `{` to close");
  afterReport(found);
  return true;
}

void SyntaxErrorStrategy::reportExpected(antlr4::Parser *parser, antlr4::Token *found,
                                         const antlr4::misc::IntervalSet &expected,
                                         antlr4::ParserRuleContext *ctx) {
  antlr4::Token *prev = previousToken(parser->getTokenStream(), found);
  if (followsLexicalError(prev, found) || insideReportedBlock(ctx))
    return;
  // Recovery may match a token or two before the next error, or the rest of
  // a broken line may not fit: either is most likely the same mistake seen
  // again.
  size_t at = found->getTokenIndex();
  if (found->getType() != antlr4::Token::EOF && lastReported != SIZE_MAX &&
      ((at >= lastReported && at <= lastReported + 2) || found->getLine() == lastReportedLine))
    return;
  if (prev && (reportMissingOperand(parser, prev, found, expected, ctx) ||
               reportOuterItemInBlock(parser, prev, ctx)))
    return;
  if (reportUnclosed(parser, found, prev, expected, ctx) || reportStrayCloser(found, expected, ctx))
    return;
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  antlr4::ParserRuleContext *block = openBlock(ctx, open, closeType);
  bool closerExpected = block && expected.contains(closeType);
  reportList(parser, rangeOf(found, prev), found, prev, expected, ctx, closerExpected);
}

namespace {

/// What may stand where a syntax error was found, in words: "an expression",
/// "a name", the tokens expected ("`,` or `}`"), or the item of a block when
/// that list would be long.
std::string expectedWords(const antlr4::dfa::Vocabulary &vocab, const std::vector<size_t> &types,
                          antlr4::ParserRuleContext *ctx, bool closerExpected) {
  bool nameExpected = llvm::is_contained(types, TenorLexer::IDENT);
  bool exprExpected = llvm::is_contained(types, TenorLexer::NUMBER) &&
                      llvm::is_contained(types, TenorLexer::LPAREN);
  std::vector<std::string> phrases;
  for (size_t type : types) {
    if (exprExpected &&
        (type == TenorLexer::NUMBER || type == TenorLexer::PERCENT ||
         type == TenorLexer::QUANTITY || type == TenorLexer::STRING || type == TenorLexer::DATE ||
         type == TenorLexer::TIMESTAMP || type == TenorLexer::TRUE || type == TenorLexer::FALSE ||
         type == TenorLexer::LPAREN || type == TenorLexer::MINUS || type == TenorLexer::NOT ||
         type == TenorLexer::BANG || type == TenorLexer::IF || type == TenorLexer::IDENT ||
         isContextualKeyword(type)))
      continue;
    // Reserved words are accepted as a declaration's name only to be
    // reported as such; they are not what to write there.
    if (nameExpected && (type == TenorLexer::IDENT || isContextualKeyword(type) ||
                         (type >= TenorLexer::NOT && type <= TenorLexer::FALSE)))
      continue;
    phrases.push_back(describeTokenType(vocab, type));
  }
  // `}` reads best last: "expected `,` or `}`".
  if (auto brace = llvm::find(phrases, "`}`"); brace != phrases.end())
    std::rotate(brace, brace + 1, phrases.end());
  if (exprExpected)
    phrases.insert(phrases.begin(), "an expression");
  else if (nameExpected)
    phrases.insert(phrases.begin(), "a name");

  std::string blockName = describeBlock(ctx);
  if (ctx->getRuleIndex() == TenorParser::RuleModule)
    return "a declaration (`agreement`, `schema`, `enum`, `calendar`, `fn` or `const`) or "
           "`import`";
  if (phrases.size() > 5 && !blockName.empty())
    return "an item of " + blockName + (closerExpected ? " or `}`" : "");
  if (phrases.size() > 6) {
    phrases.resize(6);
    phrases.back() = "…";
  }
  std::string what;
  for (size_t i = 0; i < phrases.size(); ++i)
    what += (i == 0 ? "" : i + 1 == phrases.size() ? " or " : ", ") + phrases[i];
  return what;
}

/// The "did you mean" note of a syntax error, if one fits: `2 days` where a
/// duration is meant, or a misspelt keyword (`evry` for `every`).
void addDidYouMean(DiagBuilder &diag, const antlr4::dfa::Vocabulary &vocab,
                   const std::vector<size_t> &types, antlr4::Token *found, antlr4::Token *prev) {
  // Days and weeks are calendar spans, not durations.
  if (prev && prev->getType() == TenorLexer::NUMBER &&
      (found->getType() == TenorLexer::DAY || found->getType() == TenorLexer::WEEK)) {
    diag.note(llvm::SMLoc(), DiagID::DidYouMean,
              prev->getText() + (found->getType() == TenorLexer::DAY ? " d" : " w"));
    return;
  }
  std::string text = found->getText();
  if (text.size() <= 2 ||
      (found->getType() != TenorLexer::IDENT && !isContextualKeyword(found->getType())))
    return;
  for (size_t type : types) {
    std::string literal = vocab.getLiteralName(type);
    if (literal.size() < 3 || literal.front() != '\'')
      continue;
    literal = literal.substr(1, literal.size() - 2);
    if (literal != text && llvm::StringRef(text).edit_distance(literal, true, 2) <= 2) {
      diag.note(llvm::SMLoc(), DiagID::DidYouMean, literal);
      return;
    }
  }
}

} // namespace

void SyntaxErrorStrategy::reportList(antlr4::Parser *parser, llvm::SMRange where,
                                     antlr4::Token *found, antlr4::Token *prev,
                                     const antlr4::misc::IntervalSet &expected,
                                     antlr4::ParserRuleContext *ctx, bool closerExpected) {
  const antlr4::dfa::Vocabulary &vocab = parser->getVocabulary();
  std::vector<size_t> types;
  for (ssize_t t : expected.toList())
    types.push_back(t == -1 ? antlr4::Token::EOF : static_cast<size_t>(t));
  // Right after a declaration's name, a title is possible but is hardly ever
  // what was forgotten: `b int` lacks its `:`.
  if (types.size() > 1 && hasOptionalTitle(ctx) && !ctx->children.empty() &&
      dynamic_cast<TenorParser::DeclNameContext *>(ctx->children.back()))
    llvm::erase_value(types, TenorLexer::STRING);
  auto diag = diags.report(where, DiagID::ExpectedToken,
                           expectedWords(vocab, types, ctx, closerExpected), describeFound(found));
  addDidYouMean(diag, vocab, types, found, prev);
  afterReport(found);
}

bool SyntaxErrorStrategy::closesUnopenedBlock(antlr4::Parser *parser, antlr4::Token *t) const {
  antlr4::TokenStream *in = parser->getTokenStream();
  if (t->getType() != TenorLexer::RBRACE || !startsLine(in, t))
    return false;
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  if (!openBlock(parser->getContext(), open, closeType) || closeType != TenorLexer::RBRACE)
    return false;
  return !isOutdentedFrom(in, t, open);
}

bool SyntaxErrorStrategy::isNestedOuterItem(antlr4::Parser *parser, antlr4::Token *t,
                                            const antlr4::misc::IntervalSet &expecting) const {
  size_t type = t->getType();
  if ((!isTopLevelKeyword(type) && !isAgreementItemKeyword(type)) || expecting.contains(type))
    return false;
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  return openBlock(parser->getContext(), open, closeType) && closeType == TenorLexer::RBRACE &&
         !isOutdentedFrom(parser->getTokenStream(), t, open);
}

void SyntaxErrorStrategy::consumeUntil(antlr4::Parser *parser,
                                       const antlr4::misc::IntervalSet &set) {
  antlr4::TokenStream *in = parser->getTokenStream();
  antlr4::misc::IntervalSet expecting = parser->getExpectedTokens();
  // A `{` where the items of an open block go is a stray one (`{ {`): it is
  // skipped alone, or the block's own `}` would be taken as its pair.
  antlr4::Token *open = nullptr;
  size_t closeType = 0;
  if (in->LA(1) == TenorLexer::LBRACE &&
      openBlock(parser->getContext(), open, closeType) == parser->getContext() &&
      closeType == TenorLexer::RBRACE)
    parser->consume();
  // Blocks skipped whole, by the indentation of the line of their `{`: a `}`
  // that starts a line indented less is not the pair of that `{` (a stray
  // one) but closes a block around it.
  std::vector<size_t> skipped;
  for (antlr4::Token *t = in->LT(1); t->getType() != antlr4::Token::EOF; t = in->LT(1)) {
    size_t type = t->getType();
    if (type == TenorLexer::RBRACE && startsLine(in, t))
      while (!skipped.empty() && t->getCharPositionInLine() < skipped.back())
        skipped.pop_back();
    if (skipped.empty() && set.contains(type) &&
        (type == TenorLexer::RBRACE || startsLine(in, t)) && !closesUnopenedBlock(parser, t) &&
        !isNestedOuterItem(parser, t, expecting))
      return;
    if (type == TenorLexer::LBRACE)
      skipped.push_back(lineIndent(in, t));
    else if (type == TenorLexer::RBRACE && !skipped.empty())
      skipped.pop_back();
    parser->consume();
  }
}

antlr4::Token *SyntaxErrorStrategy::recoverInline(antlr4::Parser *parser) {
  // Right after an error nothing has been matched yet: rather than make up
  // or drop a token to finish this rule, leave it, so that the rules around
  // it unwind to the one that can go on from the token recovery stopped at.
  if (inErrorRecoveryMode(parser))
    throw antlr4::InputMismatchException(parser);
  return antlr4::DefaultErrorStrategy::recoverInline(parser);
}

bool SyntaxErrorStrategy::singleTokenInsertion(antlr4::Parser *parser) {
  // Before the start of a line only a bracket may be missing (the `{` of a
  // block, the `}` of the one before); a `:` or an operand made up there
  // would join the next item to this one.
  antlr4::TokenStream *in = parser->getTokenStream();
  if (startsLine(in, in->LT(1))) {
    size_t missing = getExpectedTokens(parser).getMinElement();
    if (missing != TenorLexer::LBRACE && missing != TenorLexer::RBRACE &&
        missing != TenorLexer::RPAREN)
      return false;
  }
  return antlr4::DefaultErrorStrategy::singleTokenInsertion(parser);
}

antlr4::Token *SyntaxErrorStrategy::singleTokenDeletion(antlr4::Parser *parser) {
  // A bracket is never the extra token: deleting one leaves the others
  // unpaired (`target x ==` ⏎ `}` is missing its operand; it does not go on
  // into the next item). Nor is a token that starts a line: items start
  // lines, so it most likely starts the next one (`data d "title"` ⏎
  // `at: timestamp` lacks its `{`, `at` is not extra).
  antlr4::TokenStream *in = parser->getTokenStream();
  size_t type = in->LA(1);
  if (type == TenorLexer::LBRACE || type == TenorLexer::RBRACE || type == TenorLexer::LPAREN ||
      type == TenorLexer::RPAREN || startsLine(in, in->LT(1)))
    return nullptr;
  return antlr4::DefaultErrorStrategy::singleTokenDeletion(parser);
}

void SyntaxErrorStrategy::sync(antlr4::Parser *parser) {
  if (inErrorRecoveryMode(parser))
    return;
  const antlr4::atn::ATN &atn = parser->getATN();
  antlr4::atn::ATNState *state = atn.states[parser->getState()];
  size_t la = parser->getTokenStream()->LA(1);
  antlr4::misc::IntervalSet next = atn.nextTokens(state);
  if (next.contains(la) || next.contains(antlr4::Token::EPSILON))
    return;
  switch (state->getStateType()) {
  case antlr4::atn::ATNState::BLOCK_START:
  case antlr4::atn::ATNState::STAR_BLOCK_START:
  case antlr4::atn::ATNState::PLUS_BLOCK_START:
    // If deleting one token does not help, the decision or the match after
    // the block reports the error (and may insert the missing token).
    singleTokenDeletion(parser);
    return;
  case antlr4::atn::ATNState::STAR_LOOP_ENTRY:
  case antlr4::atn::ATNState::STAR_LOOP_BACK:
  case antlr4::atn::ATNState::PLUS_LOOP_BACK: {
    reportUnwantedToken(parser);
    antlr4::misc::IntervalSet expecting = parser->getExpectedTokens();
    consumeUntil(parser, expecting.Or(getErrorRecoverySet(parser)));
    return;
  }
  default:
    return;
  }
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
