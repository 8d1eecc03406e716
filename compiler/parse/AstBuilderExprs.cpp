//===- AstBuilderExprs.cpp - Expressions ----------------------------------===//
//
// One function a precedence level of LANGUAGE.md section 2, loosest first.
// Binary levels are folded left to right. The mistakes the grammar admits on
// purpose are reported here with the fix in the message.
//
//===----------------------------------------------------------------------===//

#include "parse/AstBuilder.h"

#include "parse/Literals.h"
#include "parse/Parse.h"

#include "TenorLexer.h"

namespace tenor {

using grammar::TenorLexer;

ast::BinaryOp AstBuilder::binaryOp(antlr4::Token *op) {
  switch (op->getType()) {
  case TenorLexer::OR:
    return ast::BinaryOp::Or;
  case TenorLexer::PIPEPIPE:
    diags.report(rangeOf(op), DiagID::CStyleOperator, "||", "or");
    return ast::BinaryOp::Or;
  case TenorLexer::AND:
    return ast::BinaryOp::And;
  case TenorLexer::AMPAMP:
    diags.report(rangeOf(op), DiagID::CStyleOperator, "&&", "and");
    return ast::BinaryOp::And;
  case TenorLexer::EQ:
    return ast::BinaryOp::Eq;
  case TenorLexer::NE:
    return ast::BinaryOp::Ne;
  case TenorLexer::LT:
    return ast::BinaryOp::Lt;
  case TenorLexer::LE:
    return ast::BinaryOp::Le;
  case TenorLexer::GT:
    return ast::BinaryOp::Gt;
  case TenorLexer::GE:
    return ast::BinaryOp::Ge;
  case TenorLexer::QQ:
    return ast::BinaryOp::Coalesce;
  case TenorLexer::PLUS:
    return ast::BinaryOp::Add;
  case TenorLexer::MINUS:
    return ast::BinaryOp::Sub;
  case TenorLexer::STAR:
    return ast::BinaryOp::Mul;
  default:
    return ast::BinaryOp::Div;
  }
}

template <typename Operand>
ast::ExprPtr AstBuilder::foldLeft(antlr4::ParserRuleContext *ctx,
                                  ast::ExprPtr (AstBuilder::*build)(Operand *)) {
  // Children alternate operand, operator token, operand, … The accessors
  // ANTLR generates (`ctx->andExpr()`) would find them with dynamic_cast.
  const std::vector<antlr4::tree::ParseTree *> &children = ctx->children;
  ast::ExprPtr result = (this->*build)(static_cast<Operand *>(children.front()));
  for (size_t i = 2; i < children.size(); i += 2) {
    auto *opNode = static_cast<antlr4::tree::TerminalNode *>(children[i - 1]);
    ast::ExprPtr rhs = (this->*build)(static_cast<Operand *>(children[i]));
    llvm::SMRange r(result->range.Start, rhs->range.End);
    llvm::SMLoc opLoc = rangeOf(opNode).Start;
    result = bounded(std::make_unique<ast::BinaryExpr>(r, binaryOp(opNode->getSymbol()), opLoc,
                                                       std::move(result), std::move(rhs)),
                     opLoc);
  }
  return result;
}

ast::ExprPtr AstBuilder::bounded(ast::ExprPtr e, llvm::SMLoc at) {
  if (e->depth <= maxExpressionDepth)
    return e;
  if (!reportedTooDeep)
    diags.report(at, DiagID::ExpressionTooDeep, maxExpressionDepth);
  reportedTooDeep = true;
  return std::make_unique<ast::LiteralExpr>(ast::Expr::Kind::Number, e->range, "0");
}

// expr : IF expr THEN expr (ELSE IF expr THEN expr)* ELSE orExpr | orExpr
// The levels below tell their alternatives apart by their children (this
// runs on a tree without syntax errors): an operand alone is one child.
// An `else if` chain is one rule (the parser loops rather than recurses)
// and becomes nested IfExprs, built from the last `else` outwards.
ast::ExprPtr AstBuilder::buildExpr(P::ExprContext *ctx) {
  if (ctx->children.size() == 1)
    return buildOr(static_cast<P::OrExprContext *>(ctx->children.front()));
  auto *c = static_cast<P::IfExprContext *>(ctx);
  std::vector<P::ExprContext *> parts = c->expr(); // cond, then, cond, then, …
  std::vector<antlr4::tree::TerminalNode *> ifs = c->IF();
  ast::ExprPtr result = buildOr(c->orExpr());
  for (size_t i = ifs.size(); i-- > 0;) {
    llvm::SMRange r(rangeOf(ifs[i]).Start, rangeOf(c).End);
    result = bounded(std::make_unique<ast::IfExpr>(r, buildExpr(parts[2 * i]),
                                                   buildExpr(parts[2 * i + 1]), std::move(result)),
                     r.Start);
  }
  return result;
}

ast::ExprPtr AstBuilder::buildOr(P::OrExprContext *ctx) {
  return foldLeft(ctx, &AstBuilder::buildAnd);
}

ast::ExprPtr AstBuilder::buildAnd(P::AndExprContext *ctx) {
  return foldLeft(ctx, &AstBuilder::buildNot);
}

// notExpr : (NOT | BANG) notExpr | cmpExpr
ast::ExprPtr AstBuilder::buildNot(P::NotExprContext *ctx) {
  if (ctx->children.size() == 1)
    return buildCmp(static_cast<P::CmpExprContext *>(ctx->children.front()));
  if (ctx->BANG())
    diags.report(rangeOf(ctx->BANG()), DiagID::CStyleOperator, "!", "not");
  return bounded(
      std::make_unique<ast::UnaryExpr>(rangeOf(ctx), ast::UnaryOp::Not, buildNot(ctx->notExpr())),
      rangeOf(ctx).Start);
}

// cmpExpr : coalesceExpr (cmpOp coalesceExpr (cmpOp coalesceExpr)* | ASSIGN coalesceExpr
//                         | IN LBRACE expr (COMMA expr)* RBRACE | IS NOT? MISSING)?
ast::ExprPtr AstBuilder::buildCmp(P::CmpExprContext *ctx) {
  if (ctx->children.size() == 1)
    return buildCoalesce(static_cast<P::CoalesceExprContext *>(ctx->children.front()));
  auto operands = ctx->coalesceExpr();
  ast::ExprPtr lhs = buildCoalesce(operands.front());
  if (ctx->IN()) {
    std::vector<ast::ExprPtr> members;
    for (auto *e : ctx->expr())
      members.push_back(buildExpr(e));
    return std::make_unique<ast::InSetExpr>(rangeOf(ctx), std::move(lhs), std::move(members));
  }
  if (ctx->IS())
    return std::make_unique<ast::IsMissingExpr>(rangeOf(ctx), std::move(lhs),
                                                ctx->NOT() != nullptr);
  if (operands.size() == 1)
    return lhs;
  auto ops = ctx->cmpOp();
  if (ops.size() > 1)
    diags.report(rangeOf(ops[1]), DiagID::ChainedComparison).range(rangeOf(ops[0]));
  ast::BinaryOp op = ast::BinaryOp::Eq;
  llvm::SMLoc opLoc;
  if (ops.empty()) {
    diags.report(rangeOf(ctx->ASSIGN()), DiagID::AssignInsteadOfEquals);
    opLoc = rangeOf(ctx->ASSIGN()).Start;
  } else {
    op = binaryOp(ops[0]->getStart());
    opLoc = rangeOf(ops[0]).Start;
  }
  ast::ExprPtr rhs = buildCoalesce(operands[1]);
  return bounded(
      std::make_unique<ast::BinaryExpr>(rangeOf(ctx), op, opLoc, std::move(lhs), std::move(rhs)),
      opLoc);
}

ast::ExprPtr AstBuilder::buildCoalesce(P::CoalesceExprContext *ctx) {
  return foldLeft(ctx, &AstBuilder::buildAdd);
}

ast::ExprPtr AstBuilder::buildAdd(P::AddExprContext *ctx) {
  return foldLeft(ctx, &AstBuilder::buildMul);
}

ast::ExprPtr AstBuilder::buildMul(P::MulExprContext *ctx) {
  return foldLeft(ctx, &AstBuilder::buildUnary);
}

// unaryExpr : MINUS unaryExpr | postfixExpr
ast::ExprPtr AstBuilder::buildUnary(P::UnaryExprContext *ctx) {
  if (ctx->children.size() == 1)
    return buildPostfix(static_cast<P::PostfixExprContext *>(ctx->children.front()));
  return bounded(std::make_unique<ast::UnaryExpr>(
                     rangeOf(ctx), ast::UnaryOp::Neg,
                     buildUnary(static_cast<P::UnaryExprContext *>(ctx->children[1]))),
                 rangeOf(ctx).Start);
}

// postfixExpr : primary (DOT name | LPAREN (argument (COMMA argument)*)? RPAREN)*
ast::ExprPtr AstBuilder::buildPostfix(P::PostfixExprContext *ctx) {
  ast::ExprPtr e = buildPrimary(static_cast<P::PrimaryContext *>(ctx->children.front()));
  std::vector<ast::ExprPtr> args;
  for (size_t i = 1; i < ctx->children.size(); ++i) {
    auto *child = ctx->children[i];
    // Tokens are the leaves: every rule here has matched at least one token.
    if (!child->children.empty()) {
      auto *rule = static_cast<antlr4::ParserRuleContext *>(child);
      if (rule->getRuleIndex() == P::RuleName) {
        auto *name = static_cast<P::NameContext *>(rule);
        llvm::SMRange r(e->range.Start, rangeOf(name).End);
        e = bounded(std::make_unique<ast::MemberExpr>(r, std::move(e), buildName(name)),
                    rangeOf(name).Start);
      } else {
        args.push_back(buildArgument(static_cast<P::ArgumentContext *>(rule)));
      }
    } else if (auto *term = static_cast<antlr4::tree::TerminalNode *>(child);
               term->getSymbol()->getType() == TenorLexer::RPAREN) {
      llvm::SMRange r(e->range.Start, rangeOf(term).End);
      e = bounded(std::make_unique<ast::CallExpr>(r, std::move(e), std::move(args)),
                  rangeOf(term).Start);
      args.clear();
    }
  }
  return e;
}

// argument : expr (WHERE expr)?
ast::ExprPtr AstBuilder::buildArgument(P::ArgumentContext *ctx) {
  const auto &children = ctx->children; // expr, or expr WHERE expr
  ast::ExprPtr value = buildExpr(static_cast<P::ExprContext *>(children.front()));
  if (children.size() == 1)
    return value;
  return std::make_unique<ast::FilterExpr>(rangeOf(ctx), std::move(value),
                                           buildExpr(static_cast<P::ExprContext *>(children[2])));
}

// filterExpr : expr (WHERE expr)?
ast::ExprPtr AstBuilder::buildFilter(P::FilterExprContext *ctx) {
  const auto &children = ctx->children; // expr, or expr WHERE expr
  ast::ExprPtr value = buildExpr(static_cast<P::ExprContext *>(children.front()));
  if (children.size() == 1)
    return value;
  return std::make_unique<ast::FilterExpr>(rangeOf(ctx), std::move(value),
                                           buildExpr(static_cast<P::ExprContext *>(children[2])));
}

ast::ExprPtr AstBuilder::buildQuantity(antlr4::Token *tok) {
  // TokenStream joined the number and the unit with one space.
  std::string text = tok->getText(); // a copy: the token does not keep UTF-8
  auto [number, unit] = llvm::StringRef(text).split(' ');
  return std::make_unique<ast::QuantityExpr>(rangeOf(tok), normalizeNumber(number), unit.str());
}

// primary : NUMBER | PERCENT | QUANTITY | STRING | TRUE | FALSE | DATE | TIMESTAMP
//         | name | LPAREN expr RPAREN
ast::ExprPtr AstBuilder::buildPrimary(P::PrimaryContext *ctx) {
  using K = ast::Expr::Kind;
  if (ctx->children.size() == 3) {
    // No node of its own, but the parentheses belong to the expression's
    // range: `(a + b) * c` starts at `(`.
    ast::ExprPtr inner = buildExpr(static_cast<P::ExprContext *>(ctx->children[1]));
    inner->range = rangeOf(ctx);
    return inner;
  }
  if (!ctx->children.front()->children.empty()) {
    // A name is one token.
    auto *n = static_cast<P::NameContext *>(ctx->children.front());
    return std::make_unique<ast::NameExpr>(rangeOf(n), n->getStart()->getText());
  }
  antlr4::Token *tok = ctx->getStart();
  llvm::SMRange r = rangeOf(tok);
  std::string text = tok->getText();
  switch (tok->getType()) {
  case TenorLexer::NUMBER:
    return std::make_unique<ast::LiteralExpr>(K::Number, r, normalizeNumber(text));
  case TenorLexer::PERCENT:
    return std::make_unique<ast::LiteralExpr>(K::Percent, r,
                                              normalizeNumber(text.substr(0, text.size() - 1)));
  case TenorLexer::QUANTITY:
    return buildQuantity(tok);
  case TenorLexer::STRING:
    return std::make_unique<ast::LiteralExpr>(K::String, r, decodeString(text));
  case TenorLexer::TRUE:
    return std::make_unique<ast::BoolExpr>(r, true);
  case TenorLexer::FALSE:
    return std::make_unique<ast::BoolExpr>(r, false);
  case TenorLexer::DATE:
    return std::make_unique<ast::LiteralExpr>(K::Date, r, text);
  default:
    return std::make_unique<ast::LiteralExpr>(K::Timestamp, r, text);
  }
}

} // namespace tenor
