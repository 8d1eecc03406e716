//===- SemaTopLevel.cpp - enum, calendar, const and fn declarations -------===//
//
// LANGUAGE.md section 5. Each is resolved once, on first use or in order;
// a const or fn that is still being resolved when it is used again is part
// of a cycle (recursion), which is an error.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"
#include "tenor/core/Weekdays.h"

#include "tenor/core/TimeZones.h"

namespace tenor {

ir::EnumType *Sema::resolveEnum(const ast::EnumDecl &d) {
  if (auto it = resolvedTop.find(&d); it != resolvedTop.end())
    return static_cast<ir::EnumType *>(it->second);
  auto e = std::make_unique<ir::EnumType>();
  e->name = d.name.text;
  e->title = d.title;
  e->doc = d.doc;
  e->range = d.range;
  llvm::StringMap<llvm::SMRange> seen;
  for (const ast::EnumMember &m : d.members) {
    auto [it, inserted] = seen.try_emplace(m.name.text, m.name.range);
    if (!inserted) {
      diags.report(m.name.range, DiagID::Redefinition, m.name.text)
          .note(it->second.Start, DiagID::PreviousDefinitionHere);
      continue;
    }
    e->members.push_back({m.name.text, m.title, m.doc});
  }
  resolvedTop[&d] = e.get();
  program.enums.push_back(std::move(e));
  return program.enums.back().get();
}

static unsigned minutesOf(llvm::StringRef hhmm) {
  unsigned h = 0, m = 0;
  hhmm.take_front(2).getAsInteger(10, h);
  hhmm.drop_front(3).getAsInteger(10, m);
  return h * 60 + m;
}

ir::Calendar *Sema::resolveCalendar(const ast::CalendarDecl &d) {
  if (auto it = resolvedTop.find(&d); it != resolvedTop.end())
    return static_cast<ir::Calendar *>(it->second);
  auto c = std::make_unique<ir::Calendar>();
  c->name = d.name.text;
  c->title = d.title;
  c->doc = d.doc;
  c->range = d.range;
  if (d.timezone) {
    if (!core::lookUpTimeZone(*d.timezone))
      diags.report(d.range.Start, DiagID::UnknownTimeZone, *d.timezone);
    c->timezone = *d.timezone;
  }
  if (d.hours.empty())
    diags.report(d.name.range, DiagID::CalendarWithoutHours, d.name.text);
  for (const ast::CalendarHours &h : d.hours) {
    unsigned from = minutesOf(h.from), to = minutesOf(h.to);
    if (from >= to)
      diags.report(h.range, DiagID::CalendarSpanBackwards, h.from, h.to);
    std::vector<unsigned> days;
    for (const ast::Ident &day : h.days)
      if (auto d = core::weekdayNamed(day.text))
        days.push_back(static_cast<unsigned>(*d)); // a row of core/Weekdays.def
    if (h.dayRange && days.size() == 2) {
      unsigned first = days[0], last = days[1];
      days.clear();
      for (unsigned i = first;; i = (i + 1) % 7) {
        days.push_back(i);
        if (i == last)
          break;
      }
    }
    for (unsigned day : days)
      c->hours.push_back({day, from, to});
  }
  for (const ast::DateRange &r : d.except) {
    if (r.last < r.first)
      diags.report(r.range, DiagID::DateRangeBackwards, r.first, r.last);
    c->except.push_back({r.first, r.last});
  }
  resolvedTop[&d] = c.get();
  declaredCalendars.push_back(std::move(c));
  return declaredCalendars.back().get();
}

// LANGUAGE.md 12.1: the zone of a calendar is decided here, once, so no
// back end falls back to the agreement's zone itself.
const ir::Calendar *Sema::calendarInAgreement(const ast::CalendarDecl &d) {
  const ir::Calendar &declared = *resolveCalendar(d);
  ir::Agreement &a = *agreement->agreement;
  std::string zone = declared.timezone.empty() ? a.timezone : declared.timezone;
  const ir::Calendar *&zoned = zonedCalendars[{&d, zone}];
  if (!zoned) {
    auto c = std::make_unique<ir::Calendar>(declared);
    c->timezone = zone;
    zoned = c.get();
    program.calendars.push_back(std::move(c));
  }
  if (llvm::find(a.calendars, zoned) == a.calendars.end())
    a.calendars.push_back(zoned);
  return zoned;
}

ir::Const *Sema::resolveConst(const ast::ConstDecl &d) {
  if (auto it = resolvedTop.find(&d); it != resolvedTop.end())
    return static_cast<ir::Const *>(it->second);
  if (!resolvingTop.insert(&d).second) {
    diags.report(d.name.range, DiagID::RecursiveDefinition, diag::ItemKind::Constant, d.name.text);
    return nullptr;
  }
  ScopeSwitch scope(currentModule, scopeOf(&d), agreement, /*leaveAgreement=*/true);
  auto c = std::make_unique<ir::Const>();
  c->name = d.name.text;
  c->doc = d.doc;
  c->range = d.range;
  ExprContext ctx;
  c->value = checkExpr(*d.value, ctx);
  c->type = c->value ? c->value->type : ir::Type::error();
  if (d.type && c->value) {
    ir::Type declared = resolveTypeRef(*d.type);
    if (checkAssignable(declared, *c->value, d.value->range,
                        diag::Named{diag::ItemKind::Constant, d.name.text}))
      c->type = declared;
  }
  resolvingTop.erase(&d);
  resolvedTop[&d] = c.get();
  program.consts.push_back(std::move(c));
  return program.consts.back().get();
}

ir::Function *Sema::resolveFn(const ast::FnDecl &d) {
  if (auto it = resolvedTop.find(&d); it != resolvedTop.end())
    return static_cast<ir::Function *>(it->second);
  if (!resolvingTop.insert(&d).second) {
    diags.report(d.name.range, DiagID::RecursiveDefinition, diag::ItemKind::Function, d.name.text);
    return nullptr;
  }
  ScopeSwitch scope(currentModule, scopeOf(&d), agreement, /*leaveAgreement=*/true);
  auto f = std::make_unique<ir::Function>();
  f->name = d.name.text;
  f->doc = d.doc;
  f->range = d.range;
  for (const ast::FnParam &p : d.params)
    f->params.push_back({p.name.text, resolveTypeRef(p.type)});
  f->result = resolveTypeRef(d.result);
  ExprContext ctx;
  ctx.periodAllowed = true;
  ctx.fn = f.get();
  ctx.fnParams = &f->params;
  f->body = checkExpr(*d.body, ctx);
  if (f->body)
    checkAssignable(f->result, *f->body, d.body->range,
                    diag::Named{diag::ItemKind::Function, d.name.text});
  resolvingTop.erase(&d);
  resolvedTop[&d] = f.get();
  program.functions.push_back(std::move(f));
  return program.functions.back().get();
}

} // namespace tenor
