//===- SyntaxErrors.h - ANTLR's syntax errors in our words ------*- C++ -*-===//
//
// An error strategy for the generated parser that reports through DiagEngine,
// naming what was expected the way a reader of LANGUAGE.md would ("an item of
// objective `x`", "an expression") and which block a missing `}` was meant to
// close. It reports one diagnostic a mistake: errors that are consequences of
// an earlier one (of a lexical error, of a missing `}`) are not reported, and
// recovery skips to the start of a line so that the rest of a broken line does
// not produce errors of its own.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_SYNTAXERRORS_H
#define TENOR_PARSE_SYNTAXERRORS_H

#include "antlr4-runtime.h"

#include "llvm/Support/SMLoc.h"

#include <set>
#include <vector>

namespace tenor {
class DiagEngine;
class SourceText;

class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  /// `lexicalGaps`: where lexical errors removed or swallowed text (see
  /// lexTokens); a syntax error right after one of them is not reported.
  SyntaxErrorStrategy(const SourceText &source, DiagEngine &diags, std::vector<size_t> lexicalGaps)
      : source(source), diags(diags), lexicalGaps(std::move(lexicalGaps)) {}

protected:
  void reportNoViableAlternative(antlr4::Parser *parser,
                                 const antlr4::NoViableAltException &e) override;
  void reportInputMismatch(antlr4::Parser *parser,
                           const antlr4::InputMismatchException &e) override;
  void reportFailedPredicate(antlr4::Parser *parser,
                             const antlr4::FailedPredicateException &e) override;
  void reportUnwantedToken(antlr4::Parser *parser) override;
  void reportMissingToken(antlr4::Parser *parser) override;
  /// Skips to a token of `set` that starts a line (or is a `}`), skipping
  /// whole `{ … }` blocks on the way.
  void consumeUntil(antlr4::Parser *parser, const antlr4::misc::IntervalSet &set) override;
  /// Like ANTLR's, but right after an error (nothing matched since) it leaves
  /// the rule instead of making up or dropping a token.
  antlr4::Token *recoverInline(antlr4::Parser *parser) override;
  /// Like ANTLR's, but before the start of a line inserts only a bracket.
  bool singleTokenInsertion(antlr4::Parser *parser) override;
  /// Like ANTLR's, but never deletes a bracket.
  antlr4::Token *singleTokenDeletion(antlr4::Parser *parser) override;

public:
  /// Like ANTLR's, but stays in a loop of items from its first item on, and
  /// before an optional part (`title?`) leaves it to the next token's match
  /// to insert a missing token (`objective o` ⏎ `target …` lacks its `{`).
  void sync(antlr4::Parser *parser) override;

private:
  /// "expected X, found Y", or one of the more precise reports below.
  void reportExpected(antlr4::Parser *parser, antlr4::Token *found,
                      const antlr4::misc::IntervalSet &expected, antlr4::ParserRuleContext *ctx);
  /// A keyword read as a name just before `found` though it could have
  /// started the next item: `target` ⏎ `every month` lacks its expression.
  bool reportMissingOperand(antlr4::Parser *parser, antlr4::Token *prev, antlr4::Token *found,
                            const antlr4::misc::IntervalSet &expected,
                            antlr4::ParserRuleContext *ctx);
  /// An item of a block that starts with a keyword of an enclosing block, read
  /// as a name (`service region "…"` as a party): the block lacks its `}`.
  bool reportOuterItemInBlock(antlr4::Parser *parser, antlr4::Token *prev,
                              antlr4::ParserRuleContext *ctx);
  /// A `}` or `)` missing before `found`.
  bool reportUnclosed(antlr4::Parser *parser, antlr4::Token *found, antlr4::Token *prev,
                      const antlr4::misc::IntervalSet &expected, antlr4::ParserRuleContext *ctx);
  /// E0112 for the block opened by `open`; false when it was reported already.
  bool reportUnclosedBlock(llvm::SMRange where, antlr4::Token *found,
                           antlr4::ParserRuleContext *block, antlr4::Token *open, size_t closeType);
  /// A `)` or `}` that closes nothing.
  bool reportStrayCloser(antlr4::Token *found, const antlr4::misc::IntervalSet &expected,
                         antlr4::ParserRuleContext *ctx);
  void reportList(antlr4::Parser *parser, llvm::SMRange where, antlr4::Token *found,
                  antlr4::Token *prev, const antlr4::misc::IntervalSet &expected,
                  antlr4::ParserRuleContext *ctx, bool closerExpected);
  bool followsLexicalError(antlr4::Token *prev, antlr4::Token *found) const;
  /// Whether `t`, a `}` that starts its line, is indented deeper than the
  /// line that opened the innermost open block: it then closes a block whose
  /// `{` was lost in the error, not that one.
  bool closesUnopenedBlock(antlr4::Parser *parser, antlr4::Token *t) const;
  /// Whether `t` starts an item of an enclosing block (`objective`), is not
  /// expected here, and is indented deeper than the line that opened the
  /// innermost open block: a misplaced word inside the block, not the next
  /// item out there, so recovery does not stop at it.
  bool isNestedOuterItem(antlr4::Parser *parser, antlr4::Token *t,
                         const antlr4::misc::IntervalSet &expecting) const;
  /// Whether `ctx` is inside a block already reported unclosed: its contents
  /// are misread from the missing `}` on, which is one mistake.
  bool insideReportedBlock(antlr4::ParserRuleContext *ctx) const;
  llvm::SMRange rangeOf(antlr4::Token *found, antlr4::Token *prev) const;
  /// Remembers where the report was and stops at the error limit.
  void afterReport(antlr4::Token *at);

  const SourceText &source;
  DiagEngine &diags;
  std::vector<size_t> lexicalGaps;
  /// Token indices of the `{` / `(` of blocks reported unclosed.
  std::set<size_t> reportedOpeners;
  /// Token index and line of the last report.
  size_t lastReported = SIZE_MAX, lastReportedLine = 0;
};

} // namespace tenor

#endif
