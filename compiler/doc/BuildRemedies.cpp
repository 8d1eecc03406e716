//===- BuildRemedies.cpp - Credits, penalties, bonuses and holdbacks ------===//
//
// What is owed when a service level is missed or beaten. Each remedy says
// who pays whom and when, then gives its tiers as a table (the measure in
// the first column, the amount in the second) or its flat amount, then its
// cap, minimum and how to claim it. Limits across remedies and holdbacks
// follow. Tiers keep the evaluator's rule: the last row whose condition
// holds gives the amount.
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Words.h"
#include "tenor/core/Currencies.h"

#include "llvm/Support/Casting.h"

namespace tenor::doc {

using namespace ir;

namespace {

/// The kind's word from core/RemedyKinds.def; the contract calls a credit a
/// "service credit", as SLAs do.
std::string kindWord(Remedy::Kind k, bool plural) {
  const core::RemedyKindInfo &info = core::remedyKindInfo(k);
  return std::string(k == Remedy::Kind::Credit ? "service " : "") +
         (plural ? info.plural : info.singular);
}

std::string kindNoun(Remedy::Kind k) { return kindWord(k, false); }

std::string kindPlural(Remedy::Kind k) { return kindWord(k, true); }

/// "the Monthly Uptime Percentage" → "Monthly Uptime Percentage".
std::string heading(std::string noun) {
  if (noun.rfind("the ", 0) == 0)
    noun = noun.substr(4);
  return capitalize(noun);
}

/// "10% of the Monthly Charges", or money as it is.
std::string amountWords(Explainer &words, const Amount &a, const std::string &base) {
  if (!a.value)
    return "?";
  std::string amount = words.noun(*a.value);
  return a.kind == Amount::Kind::Money || base.empty() ? amount : amount + " of " + base;
}

/// "service credits", "service credits and penalties".
std::string kindsPlural(const std::vector<Remedy::Kind> &kinds) {
  std::vector<std::string> names;
  for (Remedy::Kind k : kinds)
    names.push_back(kindPlural(k));
  return joinList(names);
}

} // namespace

Section ContractBuilder::remedies() {
  Section s{"", "Remedies", {}, {}};
  if (agreement.remedies.empty() && agreement.holdbacks.empty())
    return s;
  if (!agreement.currency.empty()) {
    unsigned digits = core::minorDigitsOf(agreement.currency);
    std::string unit =
        formatMoney(digits ? "0." + std::string(digits - 1, '0') + "1" : "1", agreement.currency);
    s.blocks.push_back(paragraph("All amounts are in " + agreement.currency +
                                 ". Each amount is rounded to the nearest " + unit +
                                 " (halves are rounded up) once, at the end of its calculation."));
  }
  for (const auto &r : agreement.remedies) {
    std::string name = r->title.empty()
                           ? capitalize(kindNoun(r->kind)) + " (" + humanize(r->name) + ")"
                           : r->title;
    s.subsections.push_back({"", name, remedyBlocks(*r)});
  }
  std::vector<Block> limits = limitBlocks();
  if (!limits.empty())
    s.subsections.push_back({"", "Overall limits", std::move(limits)});
  for (const auto &h : agreement.holdbacks)
    s.subsections.push_back(
        {"", h->title.empty() ? capitalize(humanize(h->name)) : h->title, holdbackBlocks(*h)});
  words.takeNotes();
  return s;
}

std::vector<Block> ContractBuilder::remedyBlocks(const Remedy &r) {
  std::vector<Block> blocks;
  appendParagraphs(blocks, r.doc);
  bool bonus = r.kind == Remedy::Kind::Bonus;
  const Party *payer = r.payer, *payee = r.payee;
  std::string kind = kindNoun(r.kind);
  std::string what = r.forObjective    ? words.objective(*r.forObjective)
                     : r.forObligation ? words.obligation(*r.forObligation)
                                       : "the service level";
  std::string period = words.period(r.window());
  std::string verb = r.kind == Remedy::Kind::Credit ? " will give " : " will pay ";
  blocks.push_back(paragraph(subject(words, payer) + verb + words.party(payee) + " " +
                             indefinite(kind) + " " + kind + " for each " + period + " in which " +
                             what + (bonus ? " is met." : " is not met.")));
  std::string base = r.base ? words.noun(*r.base) : "";
  if (!r.tiers.empty()) {
    std::string measure = r.measure ? words.noun(*r.measure) : "the measure";
    blocks.push_back(paragraph("The amount depends on " + measure + " for that " + period +
                               (base.empty() ? "" : ", as a share of " + base) + ":"));
    blocks.push_back(tierTable(r));
    if (r.tiers.size() > 1)
      blocks.push_back(paragraph("If more than one row applies, the last row that applies is "
                                 "used. If no row applies, nothing is owed."));
    if (std::optional<Block> example = tierExample(r))
      blocks.push_back(std::move(*example));
  } else if (r.amount) {
    blocks.push_back(paragraph("The " + kind + " is " + amountWords(words, *r.amount, base) + "."));
  }
  if (r.cap) {
    std::string cap = amountWords(words, *r.cap, base);
    blocks.push_back(paragraph(capitalize(indefinite(kind)) + " " + kind + " for one " + period +
                               " is never more than " + cap + "."));
    if (std::optional<Block> example = capExample(r))
      blocks.push_back(std::move(*example));
  }
  if (r.minimum)
    blocks.push_back(paragraph(capitalize(indefinite(kind)) + " " + kind + " of less than " +
                               words.noun(*r.minimum->value) + " is not issued."));
  if (r.claimWithin)
    blocks.push_back(paragraph("To receive " + indefinite(kind) + " " + kind + ", " +
                               words.party(payee) + " must claim it within " +
                               words.span(*r.claimWithin) + " after the end of the " + period +
                               " it is for."));
  return blocks;
}

Table ContractBuilder::tierTable(const Remedy &r) {
  Table t;
  std::string title = r.title.empty() ? capitalize(kindNoun(r.kind)) : r.title;
  t.caption = title + " by " + (r.measure ? heading(words.noun(*r.measure)) : "measure");
  t.header = {r.measure ? heading(words.noun(*r.measure)) : "Measure",
              capitalize(kindNoun(r.kind))};
  bool docs = false;
  for (const Tier &tier : r.tiers)
    docs = docs || !tier.doc.empty();
  if (docs)
    t.header.push_back("Meaning");
  bool share = r.measure && isShareLike(*r.measure);
  std::string base = r.base ? words.noun(*r.base) : "";
  for (const Tier &tier : r.tiers) {
    std::string threshold = "?";
    if (const auto *lit = llvm::dyn_cast_or_null<LiteralExpr>(tier.threshold.get()))
      threshold = words.quantity(*lit, share);
    else if (tier.threshold)
      threshold = words.noun(*tier.threshold);
    std::string amount = amountWords(words, tier.amount, base);
    std::vector<Text> row{std::string(spelling(tier.kind)) + " " + threshold, amount};
    if (docs)
      row.push_back(paragraphsOf(tier.doc).empty() ? "" : paragraphsOf(tier.doc).front());
    t.rows.push_back(std::move(row));
  }
  return t;
}

/// `cap total …`: the limits across all remedies of a kind.
std::vector<Block> ContractBuilder::limitBlocks() {
  std::vector<Block> blocks;
  for (size_t i = 0; i < agreement.totalCaps.size(); ++i) {
    const TotalCap &c = agreement.totalCaps[i];
    std::string amount = !c.amount ? "the agreed limit"
                         : c.of    ? words.noun(*c.amount->value) + " of " + words.noun(*c.of)
                                   : words.noun(*c.amount->value);
    blocks.push_back(paragraph("The total of all " + kindsPlural(c.kinds) + " for one calendar " +
                               spelling(c.per) + " is never more than " + amount + "."));
    if (std::optional<Block> example = totalCapExample(i))
      blocks.push_back(std::move(*example));
  }
  return blocks;
}

std::vector<Block> ContractBuilder::holdbackBlocks(const Holdback &h) {
  std::vector<Block> blocks;
  appendParagraphs(blocks, h.doc);
  const Party *payee = h.payee, *payer = h.payer;
  std::string amount = !h.amount ? "an agreed amount"
                                 : amountWords(words, *h.amount, h.base ? words.noun(*h.base) : "");
  std::string name = h.title.empty() ? "a reserve" : "the " + quoted(h.title);
  blocks.push_back(
      paragraph(subject(words, payer) + " will hold back " + amount + " as " + name + "."));
  blocks.push_back(paragraph("At the end of the term, " + words.party(payer) +
                             " will pay the reserve to " + words.party(payee) + " if " +
                             words.condition(h.releasedIf) + ". Otherwise, " + words.party(payee) +
                             " does not receive it."));
  return blocks;
}

} // namespace tenor::doc
