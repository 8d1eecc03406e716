//===- AstDump.cpp - A textual dump of the syntax tree --------------------===//
//
// The format behind `tenorc check --dump-ast`, which FileCheck tests match
// line by line: each node on its own line, indented two spaces a level, as
// `Kind name "title" attributes <line:col>`. Pieces that have no node of their
// own (a target, a base, the amount of a tier) get a label line without a
// location, with the expression as its child. Anything a test might pin down
// is printed in a fixed order (the order of the fields in Ast.h), and strings
// are escaped so that a node never spans two lines.
//
//===----------------------------------------------------------------------===//

#include "ast/AstDump.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace tenor {
namespace {

using namespace ast;
using llvm::cast;
using llvm::dyn_cast;

//===----------------------------------------------------------------------===//
// Text of the attributes
//===----------------------------------------------------------------------===//

/// `"s"` with the escapes of the language; other control characters as `\xNN`
/// so that the dump stays one node a line whatever the source held.
std::string quoted(llvm::StringRef s) {
  static const char hexDigits[] = "0123456789abcdef";
  std::string out = "\"";
  for (char c : s) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (byte < 0x20 || byte == 0x7f) {
      out += "\\x";
      out += hexDigits[byte >> 4];
      out += hexDigits[byte & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

/// `kind name "title"`, leaving out what is empty.
std::string nameAndTitle(llvm::StringRef kind, const Ident &name, llvm::StringRef title) {
  std::string out = kind.str();
  if (!name.empty())
    out += " " + name.text;
  if (!title.empty())
    out += " " + quoted(title);
  return out;
}

std::string head(llvm::StringRef kind, const Decl &d) {
  return nameAndTitle(kind, d.name, d.title);
}

/// `percent`, `timestamp?`, `duration in ms`, `msa.ticket`
std::string typeText(const TypeRef &t) {
  std::string out = t.name.str();
  if (t.optional)
    out += '?';
  if (t.unit)
    out += " in " + t.unit->text;
  return out;
}

std::string identList(const std::vector<Ident> &ids, llvm::StringRef separator) {
  std::string out;
  for (const Ident &id : ids) {
    if (!out.empty())
      out += separator;
    out += id.text;
  }
  return out;
}

/// `availability breached 3 consecutive month`, `all objectives met over term`
std::string conditionText(const Condition &c) {
  std::string out;
  switch (c.subject) {
  case Condition::Subject::Named:
    out = c.name.text;
    break;
  case Condition::Subject::AllObjectives:
    out = "all objectives";
    break;
  case Condition::Subject::AnyObjective:
    out = "any objective";
    break;
  }
  out += c.breached ? " breached" : " met";
  std::string unit = spelling(c.unit).str();
  switch (c.form) {
  case Condition::Form::Consecutive:
    return out + " " + c.count + " consecutive " + unit;
  case Condition::Form::OfLast:
    return out + " " + c.count + " of last " + c.outOf + " " + unit;
  case Condition::Form::OverTerm:
    return out + " over term";
  }
  llvm_unreachable("unknown condition form");
}

/// What follows `Setting`: the keyword, then the value as it was written.
std::string settingText(const SettingDecl &d) {
  switch (d.which) {
  case SettingDecl::Which::Version:
    return "version " + quoted(d.value);
  case SettingDecl::Which::Kind:
    return "kind " + d.value;
  case SettingDecl::Which::Effective:
    return "effective " + d.value + (d.until.empty() ? "" : " until " + d.until);
  case SettingDecl::Which::Timezone:
    return "timezone " + quoted(d.value);
  case SettingDecl::Which::Currency:
    return "currency " + d.value;
  case SettingDecl::Which::Incorporates:
    return "incorporates " + d.master.str();
  }
  llvm_unreachable("unknown setting");
}

llvm::StringRef exprKindName(Expr::Kind k) {
  switch (k) {
  case Expr::Kind::Number:
    return "Number";
  case Expr::Kind::Percent:
    return "Percent";
  case Expr::Kind::Quantity:
    return "Quantity";
  case Expr::Kind::String:
    return "String";
  case Expr::Kind::Bool:
    return "Bool";
  case Expr::Kind::Date:
    return "Date";
  case Expr::Kind::Timestamp:
    return "Timestamp";
  case Expr::Kind::Name:
    return "Name";
  case Expr::Kind::Member:
    return "Member";
  case Expr::Kind::Call:
    return "Call";
  case Expr::Kind::Unary:
    return "Unary";
  case Expr::Kind::Binary:
    return "Binary";
  case Expr::Kind::InSet:
    return "InSet";
  case Expr::Kind::IsMissing:
    return "IsMissing";
  case Expr::Kind::If:
    return "If";
  case Expr::Kind::Filter:
    return "Filter";
  }
  llvm_unreachable("unknown expression kind");
}

/// The line of an expression without its location: kind and attributes.
std::string exprText(const Expr &e) {
  std::string out = exprKindName(e.kind()).str();
  if (const auto *lit = dyn_cast<LiteralExpr>(&e))
    out += " " + (e.kind() == Expr::Kind::String ? quoted(lit->text) : lit->text);
  else if (const auto *q = dyn_cast<QuantityExpr>(&e))
    out += " " + q->number + " " + q->unit;
  else if (const auto *b = dyn_cast<BoolExpr>(&e))
    out += b->value ? " true" : " false";
  else if (const auto *n = dyn_cast<NameExpr>(&e))
    out += " " + n->name;
  else if (const auto *m = dyn_cast<MemberExpr>(&e))
    out += " ." + m->member.text;
  else if (const auto *u = dyn_cast<UnaryExpr>(&e))
    out += " " + spelling(u->op).str();
  else if (const auto *bin = dyn_cast<BinaryExpr>(&e))
    out += " " + spelling(bin->op).str();
  else if (const auto *im = dyn_cast<IsMissingExpr>(&e); im && im->negated)
    out = "IsNotMissing";
  return out;
}

//===----------------------------------------------------------------------===//
// The dumper
//===----------------------------------------------------------------------===//

class AstDumper {
public:
  AstDumper(const llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}
  void module(const Module &m);

private:
  /// Makes the lines written during its lifetime children of the last one.
  class Nested {
  public:
    explicit Nested(unsigned &depth) : depth(depth) { ++depth; }
    ~Nested() { --depth; }
    Nested(const Nested &) = delete;
    Nested &operator=(const Nested &) = delete;

  private:
    unsigned &depth;
  };

  // Output.
  std::string locText(llvm::SMLoc loc) const;
  void line(llvm::StringRef text, llvm::SMLoc loc);
  void label(llvm::StringRef text);
  void doc(llvm::StringRef text);
  void labeled(llvm::StringRef text, const Expr *e);
  void ident(llvm::StringRef kind, const std::optional<Ident> &id);
  void idents(llvm::StringRef kind, const std::vector<Ident> &ids);

  // Pieces shared by declarations.
  void import(const Import &i);
  void field(const Field &f);
  void window(const Window &w);
  void span(llvm::StringRef kind, const Span &s);
  void tiers(const RemedyDecl &d);
  void must(const MustClause &m);

  // Declarations: one function a kind.
  void decl(const Decl &d);
  void agreement(const AgreementDecl &d);
  void enumDecl(const EnumDecl &d);
  void schema(const SchemaDecl &d);
  void calendar(const CalendarDecl &d);
  void fn(const FnDecl &d);
  void constDecl(const ConstDecl &d);
  void setting(const SettingDecl &d);
  void parties(const PartiesDecl &d);
  void service(const ServiceDecl &d);
  void data(const DataDecl &d);
  void param(const ParamDecl &d);
  void metric(const MetricDecl &d);
  void objective(const ObjectiveDecl &d);
  void obligation(const ObligationDecl &d);
  void duty(const DutyDecl &d);
  void exclude(const ExcludeDecl &d);
  void remedy(const RemedyDecl &d);
  void holdback(const HoldbackDecl &d);
  void totalCap(const TotalCapDecl &d);
  void report(const ReportDecl &d);
  void termination(const TerminationDecl &d);
  void clause(const ClauseDecl &d);
  void review(const ReviewDecl &d);

  // Expressions.
  void expr(const Expr *e);
  void exprChildren(const Expr &e);

  const llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
  unsigned depth = 0;
};

std::string AstDumper::locText(llvm::SMLoc loc) const {
  // getLineAndColumn asserts on a location outside every buffer.
  if (!loc.isValid() || sm.FindBufferContainingLoc(loc) == 0)
    return "<>";
  // SourceMgr counts bytes; columns are code points, as in every diagnostic
  // (the parse stage has checked that the text is UTF-8).
  auto [lineNo, byteColumn] = sm.getLineAndColumn(loc);
  llvm::StringRef before(loc.getPointer() - (byteColumn - 1), byteColumn - 1);
  unsigned column = 1 + llvm::count_if(before, [](char c) {
                      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                    });
  return "<" + std::to_string(lineNo) + ":" + std::to_string(column) + ">";
}

void AstDumper::line(llvm::StringRef text, llvm::SMLoc loc) {
  os.indent(2 * depth) << text << ' ' << locText(loc) << '\n';
}

void AstDumper::label(llvm::StringRef text) { os.indent(2 * depth) << text << '\n'; }

void AstDumper::doc(llvm::StringRef text) {
  if (!text.empty())
    label("Doc " + quoted(text));
}

/// A label line with the expression as its child; nothing when `e` is null.
void AstDumper::labeled(llvm::StringRef text, const Expr *e) {
  if (!e)
    return;
  label(text);
  Nested in(depth);
  expr(e);
}

void AstDumper::ident(llvm::StringRef kind, const std::optional<Ident> &id) {
  if (id)
    line(kind.str() + " " + id->text, id->range.Start);
}

void AstDumper::idents(llvm::StringRef kind, const std::vector<Ident> &ids) {
  if (!ids.empty())
    line(kind.str() + " " + identList(ids, ", "), ids.front().range.Start);
}

//===----------------------------------------------------------------------===//
// Module, shared pieces
//===----------------------------------------------------------------------===//

void AstDumper::module(const Module &m) {
  label("Module");
  Nested in(depth);
  doc(m.doc);
  for (const Import &i : m.imports)
    import(i);
  for (const DeclPtr &d : m.decls)
    if (d)
      decl(*d);
}

void AstDumper::import(const Import &i) {
  std::string text = "Import " + (i.isFile ? quoted(i.path) : i.module.str());
  if (i.alias)
    text += " as " + i.alias->text;
  line(text, i.range.Start);
}

/// `Field name "title": type [=]`, the derived expression as its child.
void AstDumper::field(const Field &f) {
  std::string text = nameAndTitle("Field", f.name, f.title) + ": " + typeText(f.type);
  if (f.derived)
    text += " =";
  line(text, f.range.Start);
  Nested in(depth);
  doc(f.doc);
  expr(f.derived.get());
}

/// `Window every 3 month`, or `Window every rolling` with the length as child.
void AstDumper::window(const Window &w) {
  if (!w.rolling) {
    line("Window every " + w.count + " " + spelling(w.unit).str(), w.range.Start);
    return;
  }
  line("Window every rolling", w.range.Start);
  Nested in(depth);
  expr(w.rollingLength.get());
}

/// `Kind 2 month` for a calendar span, else `Kind` with the duration as child.
void AstDumper::span(llvm::StringRef kind, const Span &s) {
  std::string text = kind.str();
  if (s.calendarUnit)
    text += " " + s.count + " " + spelling(*s.calendarUnit).str();
  line(text, s.range.Start);
  Nested in(depth);
  expr(s.duration.get());
}

/// `Tiers`, then the measure and one `Tier` a line.
void AstDumper::tiers(const RemedyDecl &d) {
  if (!d.tierMeasure && d.tiers.empty())
    return;
  label("Tiers");
  Nested in(depth);
  expr(d.tierMeasure.get());
  for (const Tier &t : d.tiers) {
    line("Tier " + spelling(t.kind).str(), t.range.Start);
    Nested tierIn(depth);
    doc(t.doc);
    labeled("Threshold", t.threshold.get());
    if (t.andThreshold)
      labeled("And " + spelling(t.andKind).str(), t.andThreshold.get());
    labeled("Amount", t.amount.get());
  }
}

/// `Must` with the condition as child; `Must within` and `Must deliver "…"`
/// with labeled parts.
void AstDumper::must(const MustClause &m) {
  switch (m.form) {
  case MustClause::Form::Condition:
    line("Must", m.range.Start);
    break;
  case MustClause::Form::Within:
    line(m.businessDays ? "Must within business days" : "Must within", m.range.Start);
    break;
  case MustClause::Form::Deliver:
    line("Must deliver " + quoted(m.deliverable), m.range.Start);
    break;
  }
  Nested in(depth);
  if (m.form == MustClause::Form::Condition)
    expr(m.condition.get());
  else
    labeled("Completion", m.condition.get());
  labeled("Deadline", m.deadline.get());
  ident("In", m.calendar);
  labeled("After", m.anchor.get());
}

//===----------------------------------------------------------------------===//
// Declarations outside an agreement
//===----------------------------------------------------------------------===//

void AstDumper::decl(const Decl &d) {
  switch (d.kind()) {
  case Decl::Kind::Agreement:
    return agreement(cast<AgreementDecl>(d));
  case Decl::Kind::Schema:
    return schema(cast<SchemaDecl>(d));
  case Decl::Kind::Enum:
    return enumDecl(cast<EnumDecl>(d));
  case Decl::Kind::Calendar:
    return calendar(cast<CalendarDecl>(d));
  case Decl::Kind::Fn:
    return fn(cast<FnDecl>(d));
  case Decl::Kind::Const:
    return constDecl(cast<ConstDecl>(d));
  case Decl::Kind::Setting:
    return setting(cast<SettingDecl>(d));
  case Decl::Kind::Parties:
    return parties(cast<PartiesDecl>(d));
  case Decl::Kind::Service:
    return service(cast<ServiceDecl>(d));
  case Decl::Kind::Data:
    return data(cast<DataDecl>(d));
  case Decl::Kind::Param:
    return param(cast<ParamDecl>(d));
  case Decl::Kind::Metric:
    return metric(cast<MetricDecl>(d));
  case Decl::Kind::Objective:
    return objective(cast<ObjectiveDecl>(d));
  case Decl::Kind::Obligation:
    return obligation(cast<ObligationDecl>(d));
  case Decl::Kind::Duty:
    return duty(cast<DutyDecl>(d));
  case Decl::Kind::Exclude:
    return exclude(cast<ExcludeDecl>(d));
  case Decl::Kind::Remedy:
    return remedy(cast<RemedyDecl>(d));
  case Decl::Kind::Holdback:
    return holdback(cast<HoldbackDecl>(d));
  case Decl::Kind::TotalCap:
    return totalCap(cast<TotalCapDecl>(d));
  case Decl::Kind::Report:
    return report(cast<ReportDecl>(d));
  case Decl::Kind::Termination:
    return termination(cast<TerminationDecl>(d));
  case Decl::Kind::Clause:
    return clause(cast<ClauseDecl>(d));
  case Decl::Kind::Review:
    return review(cast<ReviewDecl>(d));
  }
  llvm_unreachable("unknown declaration kind");
}

void AstDumper::agreement(const AgreementDecl &d) {
  line(head("Agreement", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const DeclPtr &item : d.items)
    if (item)
      decl(*item);
}

void AstDumper::enumDecl(const EnumDecl &d) {
  line(head("Enum", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const EnumMember &m : d.members) {
    line(nameAndTitle("EnumMember", m.name, m.title), m.range.Start);
    Nested memberIn(depth);
    doc(m.doc);
  }
}

void AstDumper::schema(const SchemaDecl &d) {
  line(head("Schema", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const Field &f : d.fields)
    field(f);
}

void AstDumper::calendar(const CalendarDecl &d) {
  line(head("Calendar", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  if (d.timezone)
    label("Timezone " + quoted(*d.timezone));
  for (const CalendarHours &h : d.hours) {
    std::string days = identList(h.days, h.dayRange ? ".." : ", ");
    line("Hours " + days + " " + h.from + "-" + h.to, h.range.Start);
  }
  for (const DateRange &r : d.except) {
    bool single = r.last.empty() || r.last == r.first;
    line("Except " + r.first + (single ? "" : ".." + r.last), r.range.Start);
  }
}

/// `Fn name -> type`, then one `FnParam` a parameter and the body.
void AstDumper::fn(const FnDecl &d) {
  line(head("Fn", d) + " -> " + typeText(d.result), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const FnParam &p : d.params)
    line("FnParam " + p.name.text + ": " + typeText(p.type), p.range.Start);
  expr(d.body.get());
}

void AstDumper::constDecl(const ConstDecl &d) {
  std::string text = head("Const", d);
  if (d.type)
    text += ": " + typeText(*d.type);
  line(text, d.range.Start);
  Nested in(depth);
  doc(d.doc);
  expr(d.value.get());
}

//===----------------------------------------------------------------------===//
// Agreement items
//===----------------------------------------------------------------------===//

void AstDumper::setting(const SettingDecl &d) {
  line("Setting " + settingText(d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
}

void AstDumper::parties(const PartiesDecl &d) {
  line("Parties", d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const Party &p : d.parties) {
    line("Party " + p.role.text + " " + p.name.text + " " + quoted(p.legalName), p.range.Start);
    Nested partyIn(depth);
    doc(p.doc);
  }
}

void AstDumper::service(const ServiceDecl &d) {
  line(head("Service", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const std::string &text : d.description)
    label("Description " + quoted(text));
  if (d.roundTheClock)
    label("Hours 24x7");
  if (d.hoursCalendar)
    line("Hours " + d.hoursCalendar->str(), d.hoursCalendar->range.Start);
}

/// `Data name "title"[: schema]`, then its fields and time key.
void AstDumper::data(const DataDecl &d) {
  std::string text = head("Data", d);
  if (d.schema)
    text += ": " + d.schema->str();
  line(text, d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const Field &f : d.fields)
    field(f);
  ident("Time", d.timeKey);
  if (d.every)
    span("Every", *d.every);
}

/// `Param name "title": type [=]`: a default is optional, so ` =` says when
/// one follows as the child (as for derived fields).
void AstDumper::param(const ParamDecl &d) {
  std::string text = head("Param", d) + ": " + typeText(d.type);
  if (d.defaultValue)
    text += " =";
  line(text, d.range.Start);
  Nested in(depth);
  doc(d.doc);
  expr(d.defaultValue.get());
}

void AstDumper::metric(const MetricDecl &d) {
  line(head("Metric", d) + ": " + typeText(d.type), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  expr(d.formula.get());
}

void AstDumper::objective(const ObjectiveDecl &d) {
  line(head("Objective", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  ident("By", d.by);
  idents("For", d.services);
  labeled("Target", d.target.get());
  if (d.window)
    window(*d.window);
  ident("IfNoData", d.ifNoData);
  ident("IfIncomplete", d.ifIncomplete);
}

void AstDumper::obligation(const ObligationDecl &d) {
  line(head("Obligation", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  ident("By", d.by);
  labeled("Each", d.each.get());
  if (d.must)
    must(*d.must);
  labeled("Target", d.target.get());
  if (d.window)
    window(*d.window);
  ident("OnBreachOf", d.onBreachOf);
}

/// `Duty PARTY "text"`: the party is also the duty's name.
void AstDumper::duty(const DutyDecl &d) {
  line("Duty " + d.party.text + " " + quoted(d.text), d.range.Start);
  Nested in(depth);
  doc(d.doc);
}

void AstDumper::exclude(const ExcludeDecl &d) {
  line(head("Exclude", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  for (const ExprPtr &from : d.from)
    labeled("From", from.get());
  for (const ExprPtr &during : d.during)
    labeled("During", during.get());
  for (const std::string &text : d.description)
    label("Description " + quoted(text));
}

/// `Remedy credit|penalty|bonus name "title"` and its items.
void AstDumper::remedy(const RemedyDecl &d) {
  llvm::StringRef which = d.which == RemedyDecl::Which::Credit    ? "Remedy credit"
                          : d.which == RemedyDecl::Which::Penalty ? "Remedy penalty"
                                                                  : "Remedy bonus";
  line(head(which, d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  ident("For", d.forName);
  labeled("Base", d.base.get());
  tiers(d);
  labeled("Amount", d.amount.get());
  labeled("Cap", d.cap.get());
  labeled("Minimum", d.minimum.get());
  if (d.claimWithin)
    span("ClaimWithin", *d.claimWithin);
}

void AstDumper::holdback(const HoldbackDecl &d) {
  line(head("Holdback", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  labeled("Base", d.base.get());
  labeled("Amount", d.amount.get());
  if (d.releasedIf)
    line("Condition " + conditionText(*d.releasedIf), d.releasedIf->range.Start);
}

/// `TotalCap credits, penalties per month`, then the amount and what it is
/// a share of.
void AstDumper::totalCap(const TotalCapDecl &d) {
  std::string kinds;
  for (const Ident &k : d.kinds)
    kinds += (kinds.empty() ? " " : ", ") + k.text;
  line("TotalCap" + kinds + " per " + spelling(d.per).str(), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  labeled("Amount", d.amount.get());
  labeled("Of", d.of.get());
}

void AstDumper::report(const ReportDecl &d) {
  line(head("Report", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  ident("By", d.by);
  idents("To", d.to);
  if (d.window)
    window(*d.window);
  labeled("Due", d.due.get());
  labeled("DueAfter", d.dueAfter.get());
  idents("Include", d.include);
}

/// `Termination`, its notice, then `Right PARTY if CONDITION` or
/// `Right PARTY for convenience`, each with its own notice as child.
void AstDumper::termination(const TerminationDecl &d) {
  line(head("Termination", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  labeled("Notice", d.notice.get());
  for (const TerminationRight &r : d.rights) {
    std::string text = "Right " + r.party.text;
    text += r.condition ? " if " + conditionText(*r.condition) : " for convenience";
    line(text, r.range.Start);
    Nested rightIn(depth);
    labeled("Notice", r.notice.get());
  }
}

/// `Clause name "title"`, the text as a `Text "…"` child.
void AstDumper::clause(const ClauseDecl &d) {
  line(head("Clause", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  label("Text " + quoted(d.text));
}

void AstDumper::review(const ReviewDecl &d) {
  line(head("Review", d), d.range.Start);
  Nested in(depth);
  doc(d.doc);
  window(d.window);
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

void AstDumper::expr(const Expr *e) {
  if (!e)
    return;
  line(exprText(*e), e->range.Start);
  Nested in(depth);
  exprChildren(*e);
}

/// The operands, in source order.
void AstDumper::exprChildren(const Expr &e) {
  if (const auto *m = dyn_cast<MemberExpr>(&e)) {
    expr(m->base.get());
  } else if (const auto *c = dyn_cast<CallExpr>(&e)) {
    expr(c->callee.get());
    for (const ExprPtr &arg : c->args)
      expr(arg.get());
  } else if (const auto *u = dyn_cast<UnaryExpr>(&e)) {
    expr(u->operand.get());
  } else if (const auto *b = dyn_cast<BinaryExpr>(&e)) {
    expr(b->lhs.get());
    expr(b->rhs.get());
  } else if (const auto *s = dyn_cast<InSetExpr>(&e)) {
    expr(s->value.get());
    for (const ExprPtr &member : s->members)
      expr(member.get());
  } else if (const auto *im = dyn_cast<IsMissingExpr>(&e)) {
    expr(im->value.get());
  } else if (const auto *i = dyn_cast<IfExpr>(&e)) {
    expr(i->cond.get());
    expr(i->thenExpr.get());
    expr(i->elseExpr.get());
  } else if (const auto *f = dyn_cast<FilterExpr>(&e)) {
    expr(f->source.get());
    expr(f->condition.get());
  }
}

} // namespace

void dumpModule(const ast::Module &m, const llvm::SourceMgr &sm, llvm::raw_ostream &os) {
  AstDumper(sm, os).module(m);
  // The dump is complete before any later stage runs, whatever happens there.
  os.flush();
}

} // namespace tenor
