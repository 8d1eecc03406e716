//===- AstBuilderAgreement.cpp - The items of an agreement ----------------===//
//
// LANGUAGE.md section 6: settings, parties, services, data, parameters,
// metrics, objectives, obligations, exclusions, remedies, reporting,
// termination and clauses. An item given twice in one block (two `target`
// lines) is reported here: it is a mistake of form, not of meaning.
//
//===----------------------------------------------------------------------===//

#include "parse/AstBuilder.h"

#include "parse/Literals.h"

#include "TenorLexer.h"

#include "llvm/ADT/StringSwitch.h"

namespace tenor {

using grammar::TenorLexer;

AstBuilder::ItemsSeen::ItemsSeen(AstBuilder &builder, llvm::StringRef kind, const ast::Decl &block)
    : diags(builder.diags),
      block(block.name.empty() ? kind.str() : fmt::format("{} `{}`", kind, block.name.text)) {}

void AstBuilder::ItemsSeen::add(llvm::StringRef what, llvm::SMRange where) {
  auto [it, isFirst] = first.try_emplace(what, where.Start);
  if (!isFirst)
    diags.report(where, DiagID::DuplicateItem, what, block)
        .note(it->second, DiagID::PreviousItemHere);
}

ast::DeclPtr AstBuilder::buildAgreementItem(P::AgreementItemContext *ctx) {
  // Dispatch on the rule: trying each context type with dynamic_cast cost
  // more than building the item.
  auto *item = static_cast<antlr4::ParserRuleContext *>(ctx->children.front());
  switch (item->getRuleIndex()) {
  case P::RulePartiesItem:
    return buildParties(static_cast<P::PartiesItemContext *>(item));
  case P::RuleServiceDecl:
    return buildService(static_cast<P::ServiceDeclContext *>(item));
  case P::RuleDataDecl:
    return buildData(static_cast<P::DataDeclContext *>(item));
  case P::RuleParamDecl:
    return buildParam(static_cast<P::ParamDeclContext *>(item));
  case P::RuleMetricDecl:
    return buildMetric(static_cast<P::MetricDeclContext *>(item));
  case P::RuleObjectiveDecl:
    return buildObjective(static_cast<P::ObjectiveDeclContext *>(item));
  case P::RuleObligationDecl:
    return buildObligation(static_cast<P::ObligationDeclContext *>(item));
  case P::RuleDutyDecl:
    return buildDuty(static_cast<P::DutyDeclContext *>(item));
  case P::RuleExcludeDecl:
    return buildExclude(static_cast<P::ExcludeDeclContext *>(item));
  case P::RuleRemedyDecl:
    return buildRemedy(static_cast<P::RemedyDeclContext *>(item));
  case P::RuleHoldbackDecl:
    return buildHoldback(static_cast<P::HoldbackDeclContext *>(item));
  case P::RuleTotalCapDecl:
    return buildTotalCap(static_cast<P::TotalCapDeclContext *>(item));
  case P::RuleReportDecl:
    return buildReport(static_cast<P::ReportDeclContext *>(item));
  case P::RuleTerminationDecl:
    return buildTermination(static_cast<P::TerminationDeclContext *>(item));
  case P::RuleClauseDecl:
    return buildClause(static_cast<P::ClauseDeclContext *>(item));
  case P::RuleReviewItem:
    return buildReview(static_cast<P::ReviewItemContext *>(item));
  default:
    return buildSetting(item);
  }
}

// versionItem | kindItem | effectiveItem | timezoneItem | currencyItem | incorporatesItem
ast::DeclPtr AstBuilder::buildSetting(antlr4::ParserRuleContext *ctx) {
  using W = ast::SettingDecl::Which;
  auto d = std::make_unique<ast::SettingDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  auto *value = static_cast<antlr4::ParserRuleContext *>(ctx);
  if (auto *c = dynamic_cast<P::VersionItemContext *>(ctx)) {
    d->which = W::Version;
    d->value = stringValue(c->STRING());
    d->valueRange = rangeOf(c->STRING());
  } else if (auto *c = dynamic_cast<P::KindItemContext *>(ctx)) {
    d->which = W::Kind;
    d->value = c->name()->getText();
    d->valueRange = rangeOf(c->name());
    if (d->value != "customer" && d->value != "internal")
      diags.report(d->valueRange, DiagID::UnknownChoice, d->value, "an agreement kind",
                   "`customer` or `internal`");
  } else if (auto *c = dynamic_cast<P::EffectiveItemContext *>(ctx)) {
    d->which = W::Effective;
    d->value = c->DATE(0)->getText();
    if (c->DATE().size() > 1)
      d->until = c->DATE(1)->getText();
    d->valueRange = rangeOf(c->DATE(0));
  } else if (auto *c = dynamic_cast<P::TimezoneItemContext *>(ctx)) {
    d->which = W::Timezone;
    d->value = stringValue(c->STRING());
    d->valueRange = rangeOf(c->STRING());
  } else if (auto *c = dynamic_cast<P::CurrencyItemContext *>(ctx)) {
    d->which = W::Currency;
    d->value = c->name()->getText();
    d->valueRange = rangeOf(c->name());
  } else {
    auto *inc = static_cast<P::IncorporatesItemContext *>(value);
    d->which = W::Incorporates;
    d->master = buildQualifiedName(inc->qualifiedName());
    d->value = d->master.str();
    d->valueRange = d->master.range;
  }
  return d;
}

// partiesItem : PARTIES LBRACE partyDecl* RBRACE ; partyDecl : role=name declName STRING
ast::DeclPtr AstBuilder::buildParties(P::PartiesItemContext *ctx) {
  auto d = std::make_unique<ast::PartiesDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  for (auto *p : ctx->partyDecl()) {
    ast::Party party{buildName(p->role), buildDeclName(p->declName()), stringValue(p->STRING()),
                     docBefore(p), rangeOf(p)};
    if (party.role.text != "provider" && party.role.text != "customer" && party.role.text != "team")
      diags.report(party.role.range, DiagID::UnknownChoice, party.role.text, "a party role",
                   "`provider`, `customer` or `team`");
    d->parties.push_back(std::move(party));
  }
  return d;
}

// serviceDecl : SERVICE declName title? (LBRACE serviceItem* RBRACE)?
ast::DeclPtr AstBuilder::buildService(P::ServiceDeclContext *ctx) {
  auto d = std::make_unique<ast::ServiceDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "service", *d);
  for (auto *item : ctx->serviceItem()) {
    if (auto *desc = dynamic_cast<P::ServiceDescriptionContext *>(item)) {
      d->description.push_back(stringValue(desc->STRING()));
      continue;
    }
    auto *hours = static_cast<P::ServiceHoursContext *>(item);
    seen.add("`hours`", rangeOf(hours));
    d->roundTheClock = hours->ROUND_THE_CLOCK() != nullptr;
    if (auto *cal = hours->qualifiedName())
      d->hoursCalendar = buildQualifiedName(cal);
  }
  return d;
}

// dataDecl : DATA declName title? (COLON qualifiedName dataEvery? | LBRACE dataItem* RBRACE)
ast::DeclPtr AstBuilder::buildData(P::DataDeclContext *ctx) {
  auto d = std::make_unique<ast::DataDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "data", *d);
  if (auto *schema = ctx->qualifiedName())
    d->schema = buildQualifiedName(schema);
  if (auto *every = ctx->dataEvery())
    d->every = buildSpan(every->span());
  for (auto *item : ctx->dataItem()) {
    if (auto *field = dynamic_cast<P::DataFieldContext *>(item)) {
      d->fields.push_back(buildField(field->fieldDecl()));
    } else if (auto *every = dynamic_cast<P::DataSampledContext *>(item)) {
      setOnce(seen, d->every, std::optional<ast::Span>(buildSpan(every->dataEvery()->span())),
              rangeOf(every), "`every`");
    } else {
      auto *key = static_cast<P::DataTimeKeyContext *>(item);
      setOnce(seen, d->timeKey, std::optional<ast::Ident>(buildName(key->name())), rangeOf(key),
              "`time`");
    }
  }
  return d;
}

// paramDecl : PARAM declName title? COLON typeRef (ASSIGN expr)?
ast::DeclPtr AstBuilder::buildParam(P::ParamDeclContext *ctx) {
  auto d = std::make_unique<ast::ParamDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  d->type = buildTypeRef(ctx->typeRef());
  if (auto *e = ctx->expr())
    d->defaultValue = buildExpr(e);
  return d;
}

// metricDecl : METRIC declName title? COLON typeRef ASSIGN expr
ast::DeclPtr AstBuilder::buildMetric(P::MetricDeclContext *ctx) {
  auto d = std::make_unique<ast::MetricDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  d->type = buildTypeRef(ctx->typeRef());
  d->formula = buildExpr(ctx->expr());
  return d;
}

// objectiveDecl : OBJECTIVE declName title? LBRACE objectiveItem* RBRACE
ast::DeclPtr AstBuilder::buildObjective(P::ObjectiveDeclContext *ctx) {
  auto d = std::make_unique<ast::ObjectiveDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "objective", *d);
  for (auto *item : ctx->objectiveItem()) {
    llvm::SMRange where = rangeOf(item);
    if (auto *c = dynamic_cast<P::ObjectiveByContext *>(item)) {
      setOnce(seen, d->by, std::optional<ast::Ident>(buildName(c->name())), where, "`by`");
    } else if (auto *c = dynamic_cast<P::ObjectiveForContext *>(item)) {
      for (ast::Ident &s : buildNames(c->name()))
        d->services.push_back(std::move(s));
    } else if (auto *c = dynamic_cast<P::ObjectiveTargetContext *>(item)) {
      setOnce(seen, d->target, buildExpr(c->expr()), where, "`target`");
    } else if (auto *c = dynamic_cast<P::ObjectiveWindowContext *>(item)) {
      setOnce(seen, d->window, std::optional<ast::Window>(buildWindow(c->window())), where,
              "`every`");
    } else if (auto *c = dynamic_cast<P::ObjectiveNoDataContext *>(item)) {
      ast::Ident outcome = buildName(c->name());
      if (outcome.text != "met" && outcome.text != "breached" && outcome.text != "unknown")
        diags.report(outcome.range, DiagID::UnknownChoice, outcome.text, "an outcome",
                     "`met`, `breached` or `unknown`");
      setOnce(seen, d->ifNoData, std::optional<ast::Ident>(outcome), where, "`if no data`");
    } else if (auto *c = dynamic_cast<P::ObjectiveIncompleteContext *>(item)) {
      ast::Ident outcome = buildName(c->name());
      if (outcome.text != "measured" && outcome.text != "met" && outcome.text != "breached" &&
          outcome.text != "unknown")
        diags.report(outcome.range, DiagID::UnknownChoice, outcome.text, "an outcome",
                     "`measured`, `met`, `breached` or `unknown`");
      setOnce(seen, d->ifIncomplete, std::optional<ast::Ident>(outcome), where, "`if incomplete`");
    }
  }
  return d;
}

// obligationDecl : OBLIGATION declName title? LBRACE obligationItem* RBRACE
ast::DeclPtr AstBuilder::buildObligation(P::ObligationDeclContext *ctx) {
  auto d = std::make_unique<ast::ObligationDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "obligation", *d);
  for (auto *item : ctx->obligationItem()) {
    llvm::SMRange where = rangeOf(item);
    if (auto *c = dynamic_cast<P::ObligationByContext *>(item))
      setOnce(seen, d->by, std::optional<ast::Ident>(buildName(c->name())), where, "`by`");
    else if (auto *c = dynamic_cast<P::ObligationEachContext *>(item))
      setOnce(seen, d->each, buildFilter(c->filterExpr()), where, "`each`");
    else if (auto *c = dynamic_cast<P::ObligationMustContext *>(item))
      setOnce(seen, d->must, std::optional<ast::MustClause>(buildMust(c->mustClause())), where,
              "`must`");
    else if (auto *c = dynamic_cast<P::ObligationTargetContext *>(item))
      setOnce(seen, d->target, buildExpr(c->expr()), where, "`target`");
    else if (auto *c = dynamic_cast<P::ObligationWindowContext *>(item))
      setOnce(seen, d->window, std::optional<ast::Window>(buildWindow(c->window())), where,
              "`every`");
    else if (auto *c = dynamic_cast<P::ObligationTriggerContext *>(item))
      setOnce(seen, d->onBreachOf, std::optional<ast::Ident>(buildName(c->name())), where,
              "`on breach of`");
  }
  return d;
}

// mustClause : DELIVER STRING WITHIN expr
//            | expr (WITHIN expr (BUSINESS DAY)? (IN name)? AFTER expr)?
ast::MustClause AstBuilder::buildMust(P::MustClauseContext *ctx) {
  ast::MustClause m;
  m.range = rangeOf(ctx);
  if (auto *c = dynamic_cast<P::MustDeliverContext *>(ctx)) {
    m.form = ast::MustClause::Form::Deliver;
    m.deliverable = stringValue(c->STRING());
    m.deadline = buildExpr(c->expr());
    return m;
  }
  auto *c = static_cast<P::MustConditionContext *>(ctx);
  m.condition = buildExpr(c->expr(0));
  if (c->WITHIN()) {
    m.form = ast::MustClause::Form::Within;
    m.deadline = buildExpr(c->expr(1));
    m.businessDays = c->BUSINESS() != nullptr;
    m.anchor = buildExpr(c->expr(2));
    if (auto *cal = c->name())
      m.calendar = buildName(cal);
  }
  return m;
}

// dutyDecl : DUTY name STRING
ast::DeclPtr AstBuilder::buildDuty(P::DutyDeclContext *ctx) {
  auto d = std::make_unique<ast::DutyDecl>();
  d->range = rangeOf(ctx);
  d->doc = docBefore(ctx);
  d->party = buildName(ctx->name());
  d->text = stringValue(ctx->STRING());
  return d;
}

// excludeDecl : EXCLUDE declName title? LBRACE
//                (FROM filterExpr | DURING filterExpr | STRING)* RBRACE
ast::DeclPtr AstBuilder::buildExclude(P::ExcludeDeclContext *ctx) {
  auto d = std::make_unique<ast::ExcludeDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  for (auto *item : ctx->excludeItem()) {
    if (auto *from = dynamic_cast<P::ExcludeFromContext *>(item))
      d->from.push_back(buildFilter(from->filterExpr()));
    else if (auto *during = dynamic_cast<P::ExcludeDuringContext *>(item))
      d->during.push_back(buildFilter(during->filterExpr()));
    else
      d->description.push_back(
          stringValue(static_cast<P::ExcludeDescriptionContext *>(item)->STRING()));
  }
  return d;
}

} // namespace tenor
