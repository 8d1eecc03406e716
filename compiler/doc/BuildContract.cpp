//===- BuildContract.cpp - Front matter, definitions and signatures -------===//
//
// The parts of a contract around its numbered sections: the title, the
// parties and their roles, incorporation by reference into a master
// agreement, the term, and the signature block; and the first section,
// Definitions, which gives every metric, parameter and calendar its meaning
// in words, in alphabetical order as contracts usually do.
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Doc.h"
#include "doc/Words.h"

#include <algorithm>
#include <cctype>

namespace tenor::doc {

using namespace ir;

void appendParagraphs(std::vector<Block> &blocks, const std::string &text) {
  for (std::string &p : paragraphsOf(text))
    blocks.push_back(paragraph(std::move(p)));
}

void appendNotes(std::vector<Block> &blocks, const std::string &doc) {
  for (std::string &p : paragraphsOf(doc))
    blocks.push_back(Note{Text(std::move(p))});
}

void appendNote(Text &item, const std::string &doc) {
  std::vector<std::string> paragraphs = paragraphsOf(doc);
  if (paragraphs.empty())
    return;
  item.append(" ");
  item.append("Note: " + sentence(paragraphs.front()), Span::Style::Emphasis);
}

std::string subject(const Explainer &words, const Party *p) {
  return p ? capitalize(words.party(p)) : "Each party";
}

namespace {

std::string lower(std::string s) {
  for (char &c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// "the service provider", or nothing when the legal name says it already.
std::string roleWords(const Party &p, bool internal) {
  std::string role;
  switch (p.role) {
  case Party::Role::Provider:
    role = internal ? "the team that provides the services" : "the service provider";
    break;
  case Party::Role::Customer:
    role = internal ? "the team that receives the services" : "the customer";
    break;
  case Party::Role::Team:
    role = "a team taking part in this agreement";
    break;
  }
  std::string roleWord = lower(Explainer::role(p));
  return lower(p.legalName).find(roleWord) == std::string::npos ? role : "";
}

/// Whether `e` or a function it calls refers to `period`.
bool usesPeriod(const Expr &e) {
  if (e.kind() == Expr::Kind::PeriodAttr)
    return true;
  if (const auto *c = llvm::dyn_cast<CallExpr>(&e))
    if (c->fn && c->fn->body && usesPeriod(*c->fn->body))
      return true;
  bool found = false;
  forEachChild(e, [&](const Expr &child) { found = found || usesPeriod(child); });
  return found;
}

/// "an amount in USD", "a percentage".
std::string typeWords(const Type &t, const std::string &currency) {
  const Dimension &d = t.dim;
  if (t.kind != Type::Kind::Number)
    return "a value";
  if (d.isMoney())
    return "an amount in " + (d.currency.empty() ? currency : d.currency);
  if (d == Dimension::timeDim())
    return "a length of time";
  if (d == Dimension::dataDim())
    return "an amount of data";
  if (t.percent)
    return "a percentage";
  return t.integer ? "a whole number" : "a number";
}

/// One definition: its term, then its paragraphs.
struct Definition {
  std::string term;
  std::vector<Block> blocks;
};

Definition define(std::string term, std::string meaning, const std::vector<std::string> &notes,
                  const std::string &doc) {
  Text first = Text::strong(term);
  first.append(" " + sentence(std::move(meaning)));
  for (const std::string &n : notes)
    first.append(" " + n);
  Definition d{std::move(term), {Paragraph{std::move(first)}}};
  appendNotes(d.blocks, doc);
  return d;
}

/// The levels of an enum field whose members the author explained (the
/// priorities of a ticket): one term, its levels listed in their order, each
/// level's doc comment a note.
void enumMemberDefinitions(std::vector<Definition> &defs, const Agreement &a,
                           const Explainer &words) {
  std::vector<const EnumType *> seen;
  for (const auto &d : a.datasets)
    for (const auto &f : d->fields) {
      const EnumType *e = f->type.kind == Type::Kind::Enum ? f->type.enumType : nullptr;
      if (!e || std::find(seen.begin(), seen.end(), e) != seen.end() ||
          std::none_of(e->members.begin(), e->members.end(),
                       [](const EnumMember &m) { return !m.doc.empty(); }))
        continue;
      seen.push_back(e);
      std::string term = capitalize(words.field(*f));
      Definition def = define(
          term,
          "of " + indefinite(words.row(*d)) + " " + words.row(*d) + " is one of the following:", {},
          "");
      List levels;
      for (const EnumMember &m : e->members) {
        Text item = Text::strong(memberLabel(m));
        appendNote(item, m.doc);
        levels.items.push_back(std::move(item));
      }
      def.blocks.push_back(std::move(levels));
      defs.push_back(std::move(def));
    }
}

} // namespace

//===----------------------------------------------------------------------===//
// The whole contract
//===----------------------------------------------------------------------===//

Contract ContractBuilder::build() {
  frontMatter();
  add(definitions());
  add(services());
  add(serviceLevels());
  add(responsibilities());
  add(measurement());
  add(reporting());
  add(remedies());
  add(termination());
  add(clauseSection("dispute_resolution", "Dispute Resolution"));
  add(amendments());
  add(clauseSection("indemnification", "Indemnification"));
  add(clauseSection("confidentiality", "Confidentiality"));
  add(clauseSection("liability", "Limitation of Liability"));
  add(otherClauses());
  signatures();
  return std::move(contract);
}

/// Numbers a section and its subsections and appends it, unless empty.
void ContractBuilder::add(Section section) {
  if (section.empty())
    return;
  std::string number = std::to_string(contract.sections.size() + 1);
  section.number = number + ".";
  for (size_t i = 0; i < section.subsections.size(); ++i)
    section.subsections[i].number = number + "." + std::to_string(i + 1);
  contract.sections.push_back(std::move(section));
}

//===----------------------------------------------------------------------===//
// Front matter
//===----------------------------------------------------------------------===//

void ContractBuilder::frontMatter() {
  const Agreement &a = agreement;
  contract.title = a.title.empty() ? titleCase(a.name) : a.title;
  if (!a.version.empty())
    contract.meta.push_back("Version " + a.version);
  if (a.internal)
    contract.meta.push_back("Internal agreement between teams");
  std::vector<Block> &out = contract.preface;
  appendNotes(out, a.doc.empty() ? program.moduleDoc : a.doc);
  if (!a.parties.empty()) {
    out.push_back(paragraph("This agreement is between the following parties:"));
    List parties;
    for (const auto &p : a.parties) {
      Text item = Text::strong(capitalize(words.party(p.get())));
      std::string role = roleWords(*p, a.internal);
      item.append(role.empty() ? "." : ", " + role + ".");
      appendNote(item, p->doc);
      parties.items.push_back(std::move(item));
    }
    out.push_back(std::move(parties));
  }
  if (a.master)
    incorporation(out);
  if (!a.effectiveFrom.empty()) {
    std::string until = a.effectiveUntil.empty() ? "" : " to " + formatDate(a.effectiveUntil);
    out.push_back(paragraph("This agreement is in effect from " + formatDate(a.effectiveFrom) +
                            until + (until.empty() ? "." : ". Both days are included.")));
  }
}

/// Incorporation into a master agreement: what this agreement takes from it,
/// which of its clauses this one replaces, which prevails, and what happens
/// when the master ends (docs/language.md, "Incorporation").
void ContractBuilder::incorporation(std::vector<Block> &out) {
  const Agreement &a = agreement;
  const Agreement &m = *a.master;
  std::string master = masterTitle(m);
  std::string version = m.version.empty() ? "" : " (version " + m.version + ")";
  out.push_back(paragraph("This agreement is made under the " + master + version +
                          ". It is incorporated into the " + master + " by reference."));
  std::vector<std::string> carried;
  if (!m.parties.empty())
    carried.push_back("the parties");
  if (!m.currency.empty() && m.currency == a.currency)
    carried.push_back("the currency");
  if (m.timezone == a.timezone)
    carried.push_back("the time zone");
  std::vector<std::string> clauses, replaced;
  for (const auto &c : a.clauses) {
    std::string name = quoted(c->title.empty() ? capitalize(humanize(c->name)) : c->title);
    if (c->carried)
      clauses.push_back(name);
    else if (c->replaces)
      replaced.push_back(name);
  }
  if (!clauses.empty())
    carried.push_back(std::string(clauses.size() == 1 ? "the clause " : "the clauses ") +
                      joinList(clauses));
  if (!carried.empty())
    out.push_back(
        paragraph("This agreement takes " + joinList(carried) + " from the " + master + "."));
  if (!replaced.empty())
    out.push_back(paragraph(
        "This agreement's own " + joinList(replaced) +
        (replaced.size() == 1 ? " clause replaces the clause" : " clauses replace the clauses") +
        " of the same name in the " + master + "."));
  out.push_back(paragraph(
      "Order of precedence: if this agreement and the " + master +
      " conflict, this agreement prevails, but only for the services it covers. The " + master +
      "'s own service levels, remedies and termination rights are not part of this agreement. "
      "This agreement ends when the " +
      master + " ends."));
}

std::string masterTitle(const Agreement &master) {
  return master.title.empty() ? titleCase(master.name) : master.title;
}

//===----------------------------------------------------------------------===//
// Definitions
//===----------------------------------------------------------------------===//

Section ContractBuilder::definitions() {
  std::vector<Definition> defs;
  bool period = false;
  for (const auto &m : agreement.metrics) {
    words.takeNotes();
    std::string meaning = m->formula ? "means " + words.noun(*m->formula) : "is a measured value";
    defs.push_back(define(words.term(*m), meaning, words.takeNotes(), m->doc));
    period = period || (m->formula && usesPeriod(*m->formula));
  }
  for (const auto &p : agreement.params) {
    std::string type = typeWords(p->type, agreement.currency);
    std::string meaning = !p->title.empty() ? "means " + definite(p->title) + ", " + type
                          : p->defaultValue ? "is " + type
                                            : "is " + type + " that the parties agree on";
    std::vector<std::string> notes;
    if (p->defaultValue)
      notes.push_back("Unless the parties agree otherwise, it is " + words.noun(*p->defaultValue) +
                      ".");
    defs.push_back(define(words.term(*p), meaning, notes, p->doc));
  }
  std::vector<const Calendar *> calendars;
  for (const auto &s : agreement.services)
    if (s->hours)
      calendars.push_back(s->hours);
  for (const auto &o : agreement.obligations)
    if (o->calendar)
      calendars.push_back(o->calendar);
  for (size_t i = 0; i < calendars.size(); ++i) {
    const Calendar *c = calendars[i];
    if (std::find(calendars.begin(), calendars.begin() + i, c) != calendars.begin() + i)
      continue;
    std::string term = c->title.empty() ? capitalize(humanize(c->name)) : c->title;
    defs.push_back(define(term, "means " + words.calendarHours(*c), {}, c->doc));
  }
  enumMemberDefinitions(defs, agreement, words);
  if (period)
    defs.push_back(define("Period",
                          "means the time over which a service level is measured, such "
                          "as a calendar month. Each service level states its period",
                          {}, ""));
  std::stable_sort(defs.begin(), defs.end(), [](const Definition &a, const Definition &b) {
    return lower(a.term) < lower(b.term);
  });
  Section s{"", "Definitions", {}, {}};
  if (!defs.empty())
    s.blocks.push_back(paragraph("In this agreement, the following words have these meanings."));
  for (Definition &d : defs)
    for (Block &b : d.blocks)
      s.blocks.push_back(std::move(b));
  return s;
}

//===----------------------------------------------------------------------===//
// Signatures
//===----------------------------------------------------------------------===//

void ContractBuilder::signatures() {
  if (agreement.parties.empty())
    return;
  contract.signatureTitle = "Signatures";
  contract.signatureIntro = "Signed for each party by its authorized representative.";
  for (const auto &p : agreement.parties)
    contract.signatories.push_back({capitalize(words.party(p.get())), Explainer::role(*p)});
}

Contract buildContract(const Program &program, const Agreement &agreement) {
  return ContractBuilder(program, agreement).build();
}

std::string renderMarkdown(const Program &program, const Agreement &agreement) {
  return renderMarkdown(buildContract(program, agreement));
}

std::string renderHtml(const Program &program, const Agreement &agreement) {
  return renderHtml(buildContract(program, agreement));
}

} // namespace tenor::doc
