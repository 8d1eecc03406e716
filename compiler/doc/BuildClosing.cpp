//===- BuildClosing.cpp - Termination, clauses and amendments -------------===//
//
// The closing sections of a contract: when and how a party may end the
// agreement, the clauses with a well-known id (dispute resolution,
// indemnification, confidentiality, liability) each in its own section, the
// review that keeps the agreement up to date, and every other clause under
// Other Terms. Clause text is the author's, split into paragraphs at blank
// lines.
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Doc.h"
#include "doc/Words.h"

namespace tenor::doc {

using namespace ir;

namespace {

const char *const wellKnownClauses[] = {"dispute_resolution", "indemnification", "confidentiality",
                                        "liability"};

/// "30 days’ notice", "1 day’s notice".
std::string notice(const std::string &amount) {
  bool plural = !amount.empty() && amount.back() == 's';
  return amount + (plural ? "\u2019" : "\u2019s") + " notice";
}

/// The number of the master's clause `c` in the master's own contract
/// ("12", "13.2"), built by the same rules; empty if it is not printed.
std::string numberInMaster(const Program &program, const Agreement &master, const Clause &c) {
  Contract m = buildContract(program, master);
  for (const Section &s : m.sections) {
    if (s.title == c.displayName() || (c.title.empty() && s.title == humanize(c.name)))
      return s.number.substr(0, s.number.size() - 1);
    for (const Subsection &sub : s.subsections)
      if (sub.title == c.displayName() || sub.title == capitalize(humanize(c.name)))
        return sub.number;
  }
  return "";
}

} // namespace

/// A clause's notes and text; a clause that replaces one of the master's
/// says so, naming the clause it replaces (LANGUAGE.md 12.4: nothing silent).
void ContractBuilder::appendClause(std::vector<Block> &blocks, const Clause &c) {
  appendNotes(blocks, c.doc);
  appendParagraphs(blocks, c.text);
  if (!c.replaces || !agreement.master)
    return;
  std::string number = numberInMaster(program, *agreement.master, *c.replaces);
  std::string name = quoted(c.replaces->title.empty() ? capitalize(humanize(c.replaces->name))
                                                      : c.replaces->title);
  std::string clause =
      number.empty() ? "the " + name + " clause" : "clause " + number + " (" + name + ")";
  blocks.push_back(paragraph("This clause replaces " + clause + " of the " +
                             masterTitle(*agreement.master) +
                             ". That clause does not apply to this agreement."));
}

Section ContractBuilder::termination() {
  Section s{"", "Termination", {}, {}};
  const Agreement &a = agreement;
  if (a.terminationNotice)
    s.blocks.push_back(paragraph("To end this agreement, a party must give the other party at "
                                 "least " +
                                 notice(words.noun(*a.terminationNotice)) +
                                 ", unless a right below says otherwise."));
  if (a.terminationRights.empty())
    return s;
  List rights;
  for (const TerminationRight &r : a.terminationRights) {
    std::string who = r.party ? subject(words, r.party) : "Either party";
    std::string with = r.notice ? " with at least " + notice(words.noun(*r.notice)) : "";
    if (r.condition)
      rights.items.push_back(who + " may end this agreement" + with + " if " +
                             words.condition(*r.condition) + ".");
    else
      rights.items.push_back(who +
                             " may end this agreement at any time and for any reason (for "
                             "convenience)" +
                             with + ".");
  }
  s.blocks.push_back(paragraph("The parties have these rights to end this agreement:"));
  s.blocks.push_back(std::move(rights));
  words.takeNotes();
  return s;
}

/// The section of a clause with a well-known id; empty when there is none.
Section ContractBuilder::clauseSection(const std::string &id, const std::string &title) {
  Section s{"", title, {}, {}};
  for (const auto &c : agreement.clauses)
    if (c->name == id) {
      if (!c->title.empty())
        s.title = c->title;
      appendClause(s.blocks, *c);
    }
  return s;
}

Section ContractBuilder::amendments() {
  Section s{"", "Amendments", {}, {}};
  if (!agreement.review)
    return s;
  const Window &w = *agreement.review;
  std::string every = w.rolling ? "every " + words.period(w)
                                : "every " + countOf(w.count, spelling(w.unit),
                                                     core::windowUnitInfo(w.unit).plural);
  if (w.count == 1 && !w.rolling)
    every = std::string("every ") + spelling(w.unit);
  s.blocks.push_back(paragraph("The parties will review this agreement " + every +
                               ". A change to this agreement takes effect only when all parties "
                               "agree to it in writing."));
  return s;
}

Section ContractBuilder::otherClauses() {
  Section s{"", "Other Terms", {}, {}};
  for (const auto &c : agreement.clauses) {
    bool known = false;
    for (const char *id : wellKnownClauses)
      known = known || c->name == id;
    if (known)
      continue;
    Subsection sub{"", c->title.empty() ? capitalize(humanize(c->name)) : c->title, {}};
    appendClause(sub.blocks, *c);
    s.subsections.push_back(std::move(sub));
  }
  return s;
}

} // namespace tenor::doc
