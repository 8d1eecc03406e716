//===- AstBuilder.cpp - Shared pieces of the AST builder ------------------===//
//
// Names, titles, types, fields, doc comments and the module itself: what
// every area of the builder uses.
//
//===----------------------------------------------------------------------===//

#include "parse/AstBuilder.h"

#include "parse/Literals.h"

#include "TenorLexer.h"

namespace tenor {

using grammar::TenorLexer;

llvm::SMRange AstBuilder::rangeOf(antlr4::ParserRuleContext *ctx) const {
  antlr4::Token *stop = ctx->getStop();
  if (!stop || stop->getTokenIndex() < ctx->getStart()->getTokenIndex())
    stop = ctx->getStart();
  return {source.loc(ctx->getStart()->getStartIndex()), source.loc(stop->getStopIndex() + 1)};
}

llvm::SMRange AstBuilder::rangeOf(antlr4::Token *tok) const {
  return source.range(tok->getStartIndex(), tok->getStopIndex());
}

// A name is one token: its text, without ParseTree::getText's concatenation.
ast::Ident AstBuilder::buildName(P::NameContext *ctx) {
  return {ctx->getStart()->getText(), rangeOf(ctx)};
}

// declName : name | reservedWord, one token either way.
ast::Ident AstBuilder::buildDeclName(P::DeclNameContext *ctx) {
  auto *word = static_cast<antlr4::ParserRuleContext *>(ctx->children.front());
  std::string text = ctx->getStart()->getText();
  if (word->getRuleIndex() == P::RuleReservedWord)
    diags.report(rangeOf(word), DiagID::ReservedWordAsName, text);
  return {std::move(text), rangeOf(ctx)};
}

ast::QualifiedName AstBuilder::buildQualifiedName(P::QualifiedNameContext *ctx) {
  return {buildNames(ctx->name()), rangeOf(ctx)};
}

std::vector<ast::Ident> AstBuilder::buildNames(const std::vector<P::NameContext *> &names) {
  std::vector<ast::Ident> out;
  out.reserve(names.size());
  for (auto *n : names)
    out.push_back(buildName(n));
  return out;
}

std::string AstBuilder::stringValue(antlr4::tree::TerminalNode *node) {
  std::string text = node->getText();
  return node->getSymbol()->getType() == TenorLexer::LONG_STRING ? decodeLongString(text)
                                                                 : decodeString(text);
}

std::string AstBuilder::buildTitle(P::TitleContext *ctx) {
  return ctx ? stringValue(ctx->STRING()) : std::string();
}

ast::TypeRef AstBuilder::buildTypeRef(P::TypeRefContext *ctx) {
  ast::TypeRef t;
  t.name = buildQualifiedName(ctx->qualifiedName());
  t.optional = ctx->QUESTION() != nullptr;
  if (auto *unit = ctx->name())
    t.unit = buildName(unit);
  t.range = rangeOf(ctx);
  return t;
}

ast::Field AstBuilder::buildField(P::FieldDeclContext *ctx) {
  ast::Field f;
  f.name = buildDeclName(ctx->declName());
  f.title = buildTitle(ctx->title());
  f.type = buildTypeRef(ctx->typeRef());
  if (auto *e = ctx->expr())
    f.derived = buildExpr(e);
  f.doc = docBefore(ctx);
  f.range = rangeOf(ctx);
  return f;
}

std::string AstBuilder::docBefore(antlr4::ParserRuleContext *ctx) {
  std::string doc;
  for (antlr4::Token *t :
       tokens.getHiddenTokensToLeft(ctx->getStart()->getTokenIndex(), TenorLexer::DOC_CHANNEL)) {
    if (t->getType() != TenorLexer::DOC_COMMENT)
      continue;
    std::string text = t->getText();
    llvm::StringRef line = llvm::StringRef(text).drop_front(3);
    line.consume_front(" ");
    if (!doc.empty())
      doc += '\n';
    doc += line.rtrim().str();
  }
  return doc;
}

ast::Import AstBuilder::buildImport(P::ImportDeclContext *ctx) {
  ast::Import imp;
  imp.range = rangeOf(ctx);
  if (auto *path = ctx->STRING()) {
    imp.isFile = true;
    imp.path = stringValue(path);
  } else {
    imp.module = buildQualifiedName(ctx->qualifiedName());
  }
  if (auto *alias = ctx->name())
    imp.alias = buildName(alias);
  return imp;
}

ast::Module AstBuilder::buildModule(P::ModuleContext *ctx) {
  ast::Module m;
  for (antlr4::Token *t : tokens.getTokens()) {
    if (t->getType() != TenorLexer::MODULE_DOC)
      continue;
    std::string text = t->getText();
    llvm::StringRef line = llvm::StringRef(text).drop_front(3);
    line.consume_front(" ");
    if (!m.doc.empty())
      m.doc += '\n';
    m.doc += line.rtrim().str();
  }
  for (auto *child : ctx->children) {
    if (auto *imp = dynamic_cast<P::ImportDeclContext *>(child))
      m.imports.push_back(buildImport(imp));
    else if (auto *decl = dynamic_cast<P::TopDeclContext *>(child))
      m.decls.push_back(buildTopDecl(decl));
  }
  return m;
}

} // namespace tenor
