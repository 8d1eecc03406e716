//===- AstBuilderDecls.cpp - Top-level declarations -----------------------===//
//
// enum, schema, calendar, fn, const and the agreement head (LANGUAGE.md
// sections 5 and 6). Agreement items are in AstBuilderAgreement.cpp.
//
//===----------------------------------------------------------------------===//

#include "parse/AstBuilder.h"
#include "tenor/core/Weekdays.h"

#include "llvm/ADT/STLExtras.h"

namespace tenor {

// topDecl : agreementDecl | schemaDecl | enumDecl | calendarDecl | fnDecl | constDecl
ast::DeclPtr AstBuilder::buildTopDecl(P::TopDeclContext *ctx) {
  if (auto *d = ctx->agreementDecl())
    return buildAgreement(d);
  if (auto *d = ctx->schemaDecl())
    return buildSchema(d);
  if (auto *d = ctx->enumDecl())
    return buildEnum(d);
  if (auto *d = ctx->calendarDecl())
    return buildCalendar(d);
  if (auto *d = ctx->fnDecl())
    return buildFn(d);
  return buildConst(ctx->constDecl());
}

// enumDecl : ENUM declName title? LBRACE enumMember (COMMA enumMember)* COMMA? RBRACE
ast::DeclPtr AstBuilder::buildEnum(P::EnumDeclContext *ctx) {
  auto d = std::make_unique<ast::EnumDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  for (auto *m : ctx->enumMember())
    d->members.push_back(
        {buildDeclName(m->declName()), buildTitle(m->title()), docBefore(m), rangeOf(m)});
  return d;
}

// schemaDecl : SCHEMA declName title? LBRACE fieldDecl* RBRACE
ast::DeclPtr AstBuilder::buildSchema(P::SchemaDeclContext *ctx) {
  auto d = std::make_unique<ast::SchemaDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  for (auto *f : ctx->fieldDecl())
    d->fields.push_back(buildField(f));
  return d;
}

static bool isWeekday(llvm::StringRef day) { return core::weekdayNamed(day).has_value(); }

/// The day someone who wrote `word` (`fryday`, `Fri`, `mon`) probably meant.
static std::optional<llvm::StringRef> suggestWeekday(llvm::StringRef word) {
  std::string lower = word.lower();
  for (const core::WeekdayInfo &d : core::weekdays) {
    llvm::StringRef day = d.spelling;
    if ((lower.size() >= 3 && day.startswith(lower)) || day.edit_distance(lower, true, 2) <= 2)
      return day;
  }
  return std::nullopt;
}

// calendarDecl : CALENDAR declName title? LBRACE calendarItem* RBRACE
// calendarItem : TIMEZONE STRING | dayList TIME_OF_DAY MINUS TIME_OF_DAY
//              | EXCEPT dateSpec (COMMA dateSpec)*
ast::DeclPtr AstBuilder::buildCalendar(P::CalendarDeclContext *ctx) {
  auto d = std::make_unique<ast::CalendarDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  ItemsSeen seen(*this, "calendar", *d);
  for (auto *item : ctx->calendarItem()) {
    if (auto *tz = dynamic_cast<P::CalendarTimezoneContext *>(item)) {
      seen.add("`timezone`", rangeOf(tz));
      d->timezone = stringValue(tz->STRING());
    } else if (auto *hours = dynamic_cast<P::CalendarHoursContext *>(item)) {
      ast::CalendarHours h;
      h.dayRange = hours->dayList()->DOTDOT() != nullptr;
      h.days = buildNames(hours->dayList()->name());
      for (const ast::Ident &day : h.days) {
        if (isWeekday(day.text))
          continue;
        auto diag = diags.report(day.range, DiagID::UnknownDay, day.text);
        if (auto meant = suggestWeekday(day.text))
          diag.note(llvm::SMLoc(), DiagID::DidYouMean, *meant);
      }
      h.from = hours->TIME_OF_DAY(0)->getText();
      h.to = hours->TIME_OF_DAY(1)->getText();
      h.range = rangeOf(hours);
      d->hours.push_back(std::move(h));
    } else if (auto *except = dynamic_cast<P::CalendarExceptContext *>(item)) {
      for (auto *spec : except->dateSpec()) {
        auto dates = spec->DATE();
        d->except.push_back({dates.front()->getText(), dates.back()->getText(), rangeOf(spec)});
      }
    }
  }
  return d;
}

// fnDecl : FN declName LPAREN (fnParam (COMMA fnParam)*)? RPAREN ARROW typeRef ASSIGN expr
ast::DeclPtr AstBuilder::buildFn(P::FnDeclContext *ctx) {
  auto d = std::make_unique<ast::FnDecl>();
  fillHead(*d, ctx, ctx->declName(), nullptr);
  for (auto *p : ctx->fnParam())
    d->params.push_back({buildDeclName(p->declName()), buildTypeRef(p->typeRef()), rangeOf(p)});
  d->result = buildTypeRef(ctx->typeRef());
  d->body = buildExpr(ctx->expr());
  return d;
}

// constDecl : CONST declName (COLON typeRef)? ASSIGN expr
ast::DeclPtr AstBuilder::buildConst(P::ConstDeclContext *ctx) {
  auto d = std::make_unique<ast::ConstDecl>();
  fillHead(*d, ctx, ctx->declName(), nullptr);
  if (auto *t = ctx->typeRef())
    d->type = buildTypeRef(t);
  d->value = buildExpr(ctx->expr());
  return d;
}

// agreementDecl : AGREEMENT declName title? LBRACE agreementItem* RBRACE
ast::DeclPtr AstBuilder::buildAgreement(P::AgreementDeclContext *ctx) {
  auto d = std::make_unique<ast::AgreementDecl>();
  fillHead(*d, ctx, ctx->declName(), ctx->title());
  d->openBrace = rangeOf(ctx->LBRACE()).Start;
  for (auto *item : ctx->agreementItem())
    d->items.push_back(buildAgreementItem(item));
  return d;
}

} // namespace tenor
