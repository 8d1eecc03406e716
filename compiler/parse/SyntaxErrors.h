//===- SyntaxErrors.h - ANTLR's syntax errors in our words ------*- C++ -*-===//
//
// An error strategy for the generated parser that keeps ANTLR's recovery but
// reports through DiagEngine, naming what was expected the way a reader of
// LANGUAGE.md would ("an item of objective `x`", "an expression") and which
// block a missing `}` was meant to close.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_SYNTAXERRORS_H
#define TENOR_PARSE_SYNTAXERRORS_H

#include "antlr4-runtime.h"

namespace tenor {
class DiagEngine;
class SourceText;

class SyntaxErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  SyntaxErrorStrategy(const SourceText &source, DiagEngine &diags) : source(source), diags(diags) {}
  unsigned errorCount() const { return errors; }

protected:
  void reportNoViableAlternative(antlr4::Parser *parser,
                                 const antlr4::NoViableAltException &e) override;
  void reportInputMismatch(antlr4::Parser *parser,
                           const antlr4::InputMismatchException &e) override;
  void reportFailedPredicate(antlr4::Parser *parser,
                             const antlr4::FailedPredicateException &e) override;
  void reportUnwantedToken(antlr4::Parser *parser) override;
  void reportMissingToken(antlr4::Parser *parser) override;

private:
  /// "expected X, found Y", or "expected `}` to close …" when that is the gap.
  void reportExpected(antlr4::Parser *parser, antlr4::Token *found,
                      const antlr4::misc::IntervalSet &expected, antlr4::ParserRuleContext *ctx);
  void afterReport();

  const SourceText &source;
  DiagEngine &diags;
  unsigned errors = 0;
};

} // namespace tenor

#endif
