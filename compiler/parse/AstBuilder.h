//===- AstBuilder.h - From ANTLR's parse tree to our AST --------*- C++ -*-===//
//
// One `build<Rule>` a grammar rule, split over AstBuilder*.cpp by area:
// declarations, agreement items, expressions. It runs only on a parse tree
// without syntax errors, so every child the grammar requires is present. The
// mistakes the grammar matches on purpose (`&&`, `=` for `==`, chained
// comparisons, reserved words as names) are reported here.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_ASTBUILDER_H
#define TENOR_PARSE_ASTBUILDER_H

#include "ast/Ast.h"
#include "diag/DiagEngine.h"
#include "parse/SourceText.h"

#include "llvm/ADT/StringMap.h"

#include "TenorParser.h"

namespace tenor {

class AstBuilder {
  using P = grammar::TenorParser;

public:
  AstBuilder(const SourceText &source, antlr4::BufferedTokenStream &tokens, DiagEngine &diags)
      : source(source), tokens(tokens), diags(diags) {}

  ast::Module buildModule(P::ModuleContext *ctx);

private:
  // AstBuilder.cpp: shared pieces
  llvm::SMRange rangeOf(antlr4::ParserRuleContext *ctx) const;
  llvm::SMRange rangeOf(antlr4::Token *tok) const;
  llvm::SMRange rangeOf(antlr4::tree::TerminalNode *node) const {
    return rangeOf(node->getSymbol());
  }
  ast::Ident buildName(P::NameContext *ctx);
  ast::Ident buildDeclName(P::DeclNameContext *ctx);
  ast::QualifiedName buildQualifiedName(P::QualifiedNameContext *ctx);
  std::vector<ast::Ident> buildNames(const std::vector<P::NameContext *> &names);
  std::string buildTitle(P::TitleContext *ctx);
  std::string stringValue(antlr4::tree::TerminalNode *node);
  ast::TypeRef buildTypeRef(P::TypeRefContext *ctx);
  ast::Field buildField(P::FieldDeclContext *ctx);
  std::string docBefore(antlr4::ParserRuleContext *ctx);
  template <typename D>
  void fillHead(D &decl, antlr4::ParserRuleContext *ctx, P::DeclNameContext *name,
                P::TitleContext *title) {
    decl.range = rangeOf(ctx);
    decl.name = buildDeclName(name);
    decl.title = buildTitle(title);
    decl.doc = docBefore(ctx);
  }
  ast::Import buildImport(P::ImportDeclContext *ctx);

  // AstBuilderDecls.cpp: top-level declarations
  ast::DeclPtr buildTopDecl(P::TopDeclContext *ctx);
  ast::DeclPtr buildEnum(P::EnumDeclContext *ctx);
  ast::DeclPtr buildSchema(P::SchemaDeclContext *ctx);
  ast::DeclPtr buildCalendar(P::CalendarDeclContext *ctx);
  ast::DeclPtr buildFn(P::FnDeclContext *ctx);
  ast::DeclPtr buildConst(P::ConstDeclContext *ctx);
  ast::DeclPtr buildAgreement(P::AgreementDeclContext *ctx);

  // AstBuilderAgreement.cpp: agreement items
  ast::DeclPtr buildAgreementItem(P::AgreementItemContext *ctx);
  ast::DeclPtr buildSetting(antlr4::ParserRuleContext *ctx);
  ast::DeclPtr buildParties(P::PartiesItemContext *ctx);
  ast::DeclPtr buildService(P::ServiceDeclContext *ctx);
  ast::DeclPtr buildData(P::DataDeclContext *ctx);
  ast::DeclPtr buildParam(P::ParamDeclContext *ctx);
  ast::DeclPtr buildMetric(P::MetricDeclContext *ctx);
  ast::DeclPtr buildObjective(P::ObjectiveDeclContext *ctx);
  ast::DeclPtr buildObligation(P::ObligationDeclContext *ctx);
  ast::MustClause buildMust(P::MustClauseContext *ctx);
  ast::DeclPtr buildDuty(P::DutyDeclContext *ctx);
  ast::DeclPtr buildExclude(P::ExcludeDeclContext *ctx);
  ast::DeclPtr buildRemedy(P::RemedyDeclContext *ctx);
  ast::Tier buildTier(P::TierContext *ctx);
  ast::DeclPtr buildHoldback(P::HoldbackDeclContext *ctx);
  ast::DeclPtr buildTotalCap(P::TotalCapDeclContext *ctx);
  ast::DeclPtr buildReport(P::ReportDeclContext *ctx);
  ast::DeclPtr buildTermination(P::TerminationDeclContext *ctx);
  ast::DeclPtr buildClause(P::ClauseDeclContext *ctx);
  ast::DeclPtr buildReview(P::ReviewItemContext *ctx);
  ast::Window buildWindow(P::WindowContext *ctx);
  ast::WindowUnit buildWindowUnit(P::WindowUnitContext *ctx);
  ast::Span buildSpan(P::SpanContext *ctx);
  ast::Condition buildCondition(P::ConditionContext *ctx);
  std::string wholeNumber(antlr4::tree::TerminalNode *node);
  /// The items given so far in one block: a second `target`, `by`, … is
  /// reported, with a note at the first.
  class ItemsSeen {
  public:
    /// `kind` and the block's name make "objective `o`".
    ItemsSeen(AstBuilder &builder, llvm::StringRef kind, const ast::Decl &block);
    void add(llvm::StringRef what, llvm::SMRange where);

  private:
    DiagEngine &diags;
    std::string block;
    llvm::StringMap<llvm::SMLoc> first;
  };
  template <typename T>
  void setOnce(ItemsSeen &seen, T &slot, T value, llvm::SMRange where, const char *what) {
    seen.add(what, where);
    slot = std::move(value);
  }

  // AstBuilderExprs.cpp: expressions
  ast::ExprPtr buildExpr(P::ExprContext *ctx);
  ast::ExprPtr buildOr(P::OrExprContext *ctx);
  ast::ExprPtr buildAnd(P::AndExprContext *ctx);
  ast::ExprPtr buildNot(P::NotExprContext *ctx);
  ast::ExprPtr buildCmp(P::CmpExprContext *ctx);
  ast::ExprPtr buildCoalesce(P::CoalesceExprContext *ctx);
  ast::ExprPtr buildAdd(P::AddExprContext *ctx);
  ast::ExprPtr buildMul(P::MulExprContext *ctx);
  ast::ExprPtr buildUnary(P::UnaryExprContext *ctx);
  ast::ExprPtr buildPostfix(P::PostfixExprContext *ctx);
  ast::ExprPtr buildPrimary(P::PrimaryContext *ctx);
  ast::ExprPtr buildArgument(P::ArgumentContext *ctx);
  ast::ExprPtr buildFilter(P::FilterExprContext *ctx);
  ast::ExprPtr buildQuantity(antlr4::Token *tok);
  /// Folds `a op b op c` left to right from the rule's children.
  template <typename Operand>
  ast::ExprPtr foldLeft(antlr4::ParserRuleContext *ctx,
                        ast::ExprPtr (AstBuilder::*build)(Operand *));
  ast::BinaryOp binaryOp(antlr4::Token *op);
  /// `e`, or, when it is deeper than maxExpressionDepth, a placeholder
  /// after reporting E0124 at `at` (once a file: the rest is the same
  /// mistake). The tree never grows past the bound, even while building the
  /// rest of a chain that is already too long.
  ast::ExprPtr bounded(ast::ExprPtr e, llvm::SMLoc at);

  const SourceText &source;
  antlr4::BufferedTokenStream &tokens;
  DiagEngine &diags;
  bool reportedTooDeep = false;
};

} // namespace tenor

#endif
