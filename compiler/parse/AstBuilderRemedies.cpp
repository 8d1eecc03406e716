//===- AstBuilderRemedies.cpp - Remedies, reporting and termination -------===//
//
// LANGUAGE.md sections 6.8 and 6.9, and the windows, spans and conditions
// they share with objectives.
//
//===----------------------------------------------------------------------===//

#include "parse/AstBuilder.h"

#include "parse/Literals.h"

#include "TenorLexer.h"

namespace tenor {

using grammar::TenorLexer;

std::string AstBuilder::wholeNumber(antlr4::tree::TerminalNode *node) {
  std::string text = normalizeNumber(node->getText());
  if (text.find('.') != std::string::npos)
    diags.report(rangeOf(node), DiagID::NotAnInteger, node->getText());
  return text;
}

// windowUnit : DAY | WEEK | MONTH | QUARTER | YEAR
// The keyword is the unit's singular or plural in core/WindowUnits.def.
ast::WindowUnit AstBuilder::buildWindowUnit(P::WindowUnitContext *ctx) {
  return core::windowUnitNamed(ctx->getText()).value_or(ast::WindowUnit::Month);
}

// window : EVERY (ROLLING QUANTITY | NUMBER? windowUnit)
ast::Window AstBuilder::buildWindow(P::WindowContext *ctx) {
  ast::Window w;
  w.range = rangeOf(ctx);
  if (ctx->ROLLING()) {
    w.rolling = true;
    w.rollingLength = buildQuantity(ctx->QUANTITY()->getSymbol());
    return w;
  }
  if (auto *n = ctx->NUMBER())
    w.count = wholeNumber(n);
  w.unit = buildWindowUnit(ctx->windowUnit());
  return w;
}

// span : NUMBER? windowUnit | QUANTITY
ast::Span AstBuilder::buildSpan(P::SpanContext *ctx) {
  ast::Span s;
  s.range = rangeOf(ctx);
  if (auto *q = ctx->QUANTITY()) {
    s.duration = buildQuantity(q->getSymbol());
    return s;
  }
  if (auto *n = ctx->NUMBER())
    s.count = wholeNumber(n);
  s.calendarUnit = buildWindowUnit(ctx->windowUnit());
  return s;
}

// condition : conditionSubject (BREACHED | MET) conditionSpan
ast::Condition AstBuilder::buildCondition(P::ConditionContext *ctx) {
  using C = ast::Condition;
  C c;
  c.range = rangeOf(ctx);
  auto *subject = ctx->conditionSubject();
  if (subject->ALL())
    c.subject = C::Subject::AllObjectives;
  else if (subject->ANY())
    c.subject = C::Subject::AnyObjective;
  else
    c.name = buildName(subject->name());
  c.breached = ctx->BREACHED() != nullptr;
  if (auto *s = dynamic_cast<P::ConsecutiveSpanContext *>(ctx->conditionSpan())) {
    c.form = C::Form::Consecutive;
    c.count = wholeNumber(s->NUMBER());
    c.unit = buildWindowUnit(s->windowUnit());
  } else if (auto *s = dynamic_cast<P::OfLastSpanContext *>(ctx->conditionSpan())) {
    c.form = C::Form::OfLast;
    c.count = wholeNumber(s->NUMBER(0));
    c.outOf = wholeNumber(s->NUMBER(1));
    c.unit = buildWindowUnit(s->windowUnit());
  } else {
    c.form = C::Form::OverTerm;
  }
  return c;
}

static ast::TierKind tierKindOf(grammar::TenorParser::TierConditionContext *cond) {
  return cond->BELOW()   ? ast::TierKind::Below
         : cond->ABOVE() ? ast::TierKind::Above
         : cond->LEAST() ? ast::TierKind::AtLeast
                         : ast::TierKind::AtMost;
}

// tier : tierCondition notExpr (AND tierCondition notExpr)? COLON expr
ast::Tier AstBuilder::buildTier(P::TierContext *ctx) {
  ast::Tier t;
  t.kind = tierKindOf(ctx->tierCondition(0));
  t.threshold = buildNot(ctx->notExpr(0));
  if (ctx->AND()) {
    t.andKind = tierKindOf(ctx->tierCondition(1));
    t.andThreshold = buildNot(ctx->notExpr(1));
  }
  t.amount = buildExpr(ctx->expr());
  t.doc = docBefore(ctx);
  t.range = rangeOf(ctx);
  return t;
}

// remedyDecl : (CREDIT | PENALTY | BONUS) declName title? LBRACE remedyItem* RBRACE
ast::DeclPtr AstBuilder::buildRemedy(P::RemedyDeclContext *ctx) {
  auto d = std::make_unique<ast::RemedyDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, ctx->getStart()->getText(), *d);
  using W = ast::RemedyDecl::Which;
  d->which = ctx->PENALTY() ? W::Penalty : ctx->BONUS() ? W::Bonus : W::Credit;
  for (auto *item : ctx->remedyItem()) {
    llvm::SMRange where = rangeOf(item);
    if (auto *c = dynamic_cast<P::RemedyForContext *>(item)) {
      setOnce(seen, d->forName, std::optional<ast::Ident>(buildName(c->name())), where, "`for`");
    } else if (auto *c = dynamic_cast<P::RemedyBaseContext *>(item)) {
      setOnce(seen, d->base, buildExpr(c->expr()), where, "`base`");
    } else if (auto *c = dynamic_cast<P::RemedyTiersContext *>(item)) {
      setOnce(seen, d->tierMeasure, buildExpr(c->expr()), where, "`by`");
      for (auto *tier : c->tier())
        d->tiers.push_back(buildTier(tier));
    } else if (auto *c = dynamic_cast<P::RemedyAmountContext *>(item)) {
      setOnce(seen, d->amount, buildExpr(c->expr()), where, "`amount`");
    } else if (auto *c = dynamic_cast<P::RemedyCapContext *>(item)) {
      setOnce(seen, d->cap, buildExpr(c->expr()), where, "`cap`");
    } else if (auto *c = dynamic_cast<P::RemedyMinimumContext *>(item)) {
      setOnce(seen, d->minimum, buildExpr(c->expr()), where, "`minimum`");
    } else if (auto *c = dynamic_cast<P::RemedyClaimContext *>(item)) {
      setOnce(seen, d->claimWithin, std::optional<ast::Span>(buildSpan(c->span())), where,
              "`claim within`");
    }
  }
  return d;
}

// holdbackDecl : HOLDBACK declName title? LBRACE holdbackItem* RBRACE
ast::DeclPtr AstBuilder::buildHoldback(P::HoldbackDeclContext *ctx) {
  auto d = std::make_unique<ast::HoldbackDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "holdback", *d);
  for (auto *item : ctx->holdbackItem()) {
    llvm::SMRange where = rangeOf(item);
    if (auto *c = dynamic_cast<P::HoldbackBaseContext *>(item))
      setOnce(seen, d->base, buildExpr(c->expr()), where, "`base`");
    else if (auto *c = dynamic_cast<P::HoldbackAmountContext *>(item))
      setOnce(seen, d->amount, buildExpr(c->expr()), where, "`amount`");
    else if (auto *c = dynamic_cast<P::HoldbackReleaseContext *>(item))
      setOnce(seen, d->releasedIf, std::optional<ast::Condition>(buildCondition(c->condition())),
              where, "`released if`");
  }
  return d;
}

// totalCapDecl : CAP TOTAL name (COMMA name)* expr (OF expr)? PER windowUnit
ast::DeclPtr AstBuilder::buildTotalCap(P::TotalCapDeclContext *ctx) {
  auto d = std::make_unique<ast::TotalCapDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  d->kinds = buildNames(ctx->name());
  ItemsSeen seen(*this, "`cap total`", *d);
  for (const ast::Ident &kind : d->kinds) {
    if (kind.text != "credits" && kind.text != "penalties" && kind.text != "bonuses")
      diags.report(kind.range, DiagID::UnknownChoice, kind.text, "a kind of remedy",
                   "`credits`, `penalties` or `bonuses`");
    else
      seen.add("`" + kind.text + "`", kind.range);
  }
  d->amount = buildExpr(ctx->expr(0));
  if (ctx->OF())
    d->of = buildExpr(ctx->expr(1));
  d->per = buildWindowUnit(ctx->windowUnit());
  return d;
}

// reportDecl : REPORT declName title? LBRACE reportItem* RBRACE
ast::DeclPtr AstBuilder::buildReport(P::ReportDeclContext *ctx) {
  auto d = std::make_unique<ast::ReportDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "report", *d);
  for (auto *item : ctx->reportItem()) {
    llvm::SMRange where = rangeOf(item);
    if (auto *c = dynamic_cast<P::ReportByContext *>(item)) {
      setOnce(seen, d->by, std::optional<ast::Ident>(buildName(c->name())), where, "`by`");
    } else if (auto *c = dynamic_cast<P::ReportToContext *>(item)) {
      for (ast::Ident &n : buildNames(c->name()))
        d->to.push_back(std::move(n));
    } else if (auto *c = dynamic_cast<P::ReportWindowContext *>(item)) {
      setOnce(seen, d->window, std::optional<ast::Window>(buildWindow(c->window())), where,
              "`every`");
    } else if (auto *c = dynamic_cast<P::ReportDueContext *>(item)) {
      setOnce(seen, d->due, buildExpr(c->expr(0)), where, "`due`");
      d->dueAfter = buildExpr(c->expr(1));
    } else if (auto *c = dynamic_cast<P::ReportIncludeContext *>(item)) {
      for (ast::Ident &n : buildNames(c->name()))
        d->include.push_back(std::move(n));
    }
  }
  return d;
}

// terminationDecl : TERMINATION LBRACE terminationItem* RBRACE
ast::DeclPtr AstBuilder::buildTermination(P::TerminationDeclContext *ctx) {
  auto d = std::make_unique<ast::TerminationDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  ItemsSeen seen(*this, "termination", *d);
  for (auto *item : ctx->terminationItem()) {
    if (auto *c = dynamic_cast<P::TerminationNoticeContext *>(item)) {
      setOnce(seen, d->notice, buildExpr(c->expr()), rangeOf(c), "`notice`");
      continue;
    }
    auto *c = static_cast<P::TerminationRightContext *>(item);
    ast::TerminationRight right;
    right.party = buildName(c->name());
    if (auto *cond = c->condition())
      right.condition = buildCondition(cond);
    if (auto *notice = c->expr())
      right.notice = buildExpr(notice);
    right.range = rangeOf(c);
    d->rights.push_back(std::move(right));
  }
  return d;
}

// clauseDecl : CLAUSE declName title? (STRING | LONG_STRING)
ast::DeclPtr AstBuilder::buildClause(P::ClauseDeclContext *ctx) {
  auto d = std::make_unique<ast::ClauseDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  d->text = stringValue(ctx->LONG_STRING() ? ctx->LONG_STRING() : ctx->STRING());
  return d;
}

// reviewItem : REVIEW window
ast::DeclPtr AstBuilder::buildReview(P::ReviewItemContext *ctx) {
  auto d = std::make_unique<ast::ReviewDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  d->window = buildWindow(ctx->window());
  return d;
}

} // namespace tenor
