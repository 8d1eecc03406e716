//===- BuildRemedies.cpp - Credits, penalties, bonuses and holdbacks ------===//
//
// What is owed when a service level is missed or beaten. Each remedy says
// who pays whom and when, then gives its tiers as a table (the measure in
// the first column, the amount in the second) or its flat amount, then its
// cap, minimum and how to claim it. Limits across remedies and holdbacks
// follow. Every tier table is printed as the disjoint ranges sema computed
// (LANGUAGE.md 11.6), from the lowest values to the highest, whatever form
// the source uses; a total cap names the order in which it reduces the
// remedies, the order the evaluator uses (ir::TotalCap::reduceFirst).
//
//===----------------------------------------------------------------------===//

#include "doc/Builder.h"
#include "doc/Words.h"
#include "ir/NoValue.h"
#include "tenor/core/Currencies.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
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

/// "the “Availability service credit”", or the kind and name untitled.
std::string remedyName(const Remedy &r) {
  return r.title.empty() ? "the " + kindNoun(r.kind) + " " + quoted(humanize(r.name))
                         : "the " + quoted(r.title);
}

/// Whether a remedy may owe for more than one of its periods in one window
/// of `per` (a daily penalty under a monthly cap).
bool severalPeriodsPer(const Remedy &r, WindowUnit per) {
  const Window &w = r.window();
  return w.rolling || static_cast<int>(w.unit) < static_cast<int>(per);
}

/// "service credits", "service credits and penalties".
std::string kindsPlural(const std::vector<Remedy::Kind> &kinds) {
  std::vector<std::string> names;
  for (Remedy::Kind k : kinds)
    names.push_back(kindPlural(k));
  return joinList(names);
}

/// Rolling windows overlap (one is assessed every day), so a credit or
/// penalty for one pays an incident once per window that contains it; the
/// compiler warns the author (W0465) and the contract tells the reader.
std::string rollingRepeat(const std::string &period, const Window &w) {
  unsigned long long seconds = 0;
  llvm::StringRef(w.rollingSeconds).getAsInteger(10, seconds);
  return "A " + period + " is assessed at the end of every day, so these periods overlap: " +
         "one incident is paid for once in each " + period + " that contains it (an incident " +
         "within one day, " + std::to_string(seconds / 86400) + " times).";
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

/// How to claim a remedy that must be claimed (`claim within`): to whom,
/// what the claim says, and that a late claim is not owed (docs/language.md).
Block ContractBuilder::claimProcedure(const Remedy &r, const std::string &kind,
                                      const std::string &period) {
  std::string to = r.payer ? words.party(r.payer) : "the other party";
  return paragraph(
      "To receive " + indefinite(kind) + " " + kind + ", " + words.party(r.payee) + " must send " +
      to + " a written claim within " + words.span(*r.claimWithin) + " after the end of the " +
      period + " it is for. The claim names the " + period + " and the service level that " +
      (r.kind == Remedy::Kind::Bonus ? "was met. " : "was not met. ") +
      capitalize(indefinite(kind)) + " " + kind + " that is not claimed in time is not owed.");
}

std::vector<Block> ContractBuilder::remedyBlocks(const Remedy &r) {
  std::vector<Block> blocks;
  appendNotes(blocks, r.doc);
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
  if (!bonus && r.window().rolling)
    blocks.push_back(paragraph(rollingRepeat(period, r.window())));
  std::string base = r.base ? words.noun(*r.base) : "";
  if (!r.tiers.empty()) {
    std::string measure = r.measure ? words.noun(*r.measure) : "the measure";
    blocks.push_back(paragraph("The amount depends on " + measure + " for that " + period +
                               (base.empty() ? "" : ", as a share of " + base) + ":"));
    blocks.push_back(tierTable(r));
    blocks.push_back(paragraph("If no row applies, nothing is owed."));
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
  // The minimum holds for the amount after every limit (docs/language.md).
  bool limited = r.cap || llvm::any_of(agreement.totalCaps, [&](const TotalCap &c) {
                   return llvm::is_contained(c.reduceFirst, &r);
                 });
  if (r.minimum)
    blocks.push_back(
        paragraph(capitalize(indefinite(kind)) + " " + kind + " of less than " +
                  words.noun(*r.minimum->value) + " is not issued" +
                  (limited ? ", also when a limit has lowered it below that amount." : ".")));
  if (r.claimWithin)
    blocks.push_back(claimProcedure(r, kind, period));
  return blocks;
}

/// "at least 99.0% but below 99.5%": a tier's range of measure values.
std::string ContractBuilder::rangeWords(const TierRange &range, bool share) {
  auto value = [&](const Bound &b) {
    if (const auto *lit = llvm::dyn_cast_or_null<LiteralExpr>(b.value))
      return words.quantity(*lit, share);
    return b.value ? words.noun(*b.value) : std::string("?");
  };
  std::string lower, upper;
  if (range.lower)
    lower = (range.lower->inclusive ? "at least " : "above ") + value(*range.lower);
  if (range.upper)
    upper = (range.upper->inclusive ? "at most " : "below ") + value(*range.upper);
  if (lower.empty() || upper.empty())
    return lower.empty() && upper.empty() ? "any value" : lower + upper;
  return lower + " but " + upper;
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
  for (unsigned i : r.ascending) {
    const Tier &tier = r.tiers[i];
    std::vector<Text> row{rangeWords(tier.values, share), amountWords(words, tier.amount, base)};
    if (docs)
      row.push_back(paragraphsOf(tier.doc).empty() ? "" : paragraphsOf(tier.doc).front());
    t.rows.push_back(std::move(row));
  }
  return t;
}

/// `cap total …`: one limit over the sum of the remedies of its kinds, and
/// the order in which it reduces them (the evaluator's, from the IR).
std::vector<Block> ContractBuilder::limitBlocks() {
  std::vector<Block> blocks;
  for (size_t i = 0; i < agreement.totalCaps.size(); ++i) {
    const TotalCap &c = agreement.totalCaps[i];
    std::string amount = !c.amount ? "the agreed limit"
                         : c.of    ? words.noun(*c.amount->value) + " of " + words.noun(*c.of)
                                   : words.noun(*c.amount->value);
    std::string per = std::string(spelling(c.per));
    if (c.kinds.size() > 1)
      blocks.push_back(paragraph(capitalize(kindsPlural(c.kinds)) + " together are limited to " +
                                 amount + " per calendar " + per + "."));
    else
      blocks.push_back(paragraph("The total of all " + kindsPlural(c.kinds) + " for one calendar " +
                                 per + " is never more than " + amount + "."));
    std::vector<std::string> order;
    bool several = false;
    for (const Remedy *r : c.reduceFirst) {
      order.push_back(remedyName(*r));
      several = several || severalPeriodsPer(*r, c.per);
    }
    std::string sentence;
    if (order.size() > 1)
      sentence = "If the total is above this limit, " + order.front() + " is reduced first";
    for (size_t i = 1; i < order.size(); ++i)
      sentence += (i + 1 == order.size() ? ", and then " : ", then ") + order[i];
    if (several)
      sentence += sentence.empty() ? "If the total is above this limit, the amounts for later "
                                     "periods are reduced first"
                                   : "; for each, the amounts for later periods are reduced "
                                     "first";
    if (!sentence.empty())
      blocks.push_back(paragraph(sentence + "."));
    if (std::optional<Block> example = totalCapExample(i))
      blocks.push_back(std::move(*example));
  }
  return blocks;
}

std::vector<Block> ContractBuilder::holdbackBlocks(const Holdback &h) {
  std::vector<Block> blocks;
  appendNotes(blocks, h.doc);
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
  // LANGUAGE.md 11.8: what "met in every period" means when a period
  // cannot be assessed, said where the reader meets the condition.
  if (mayBeUnknown(h.releasedIf, agreement))
    blocks.push_back(paragraph(h.releasedIf.form == Condition::Form::OverTerm
                                   ? "Periods that are not assessed are left out."
                               : h.releasedIf.form == Condition::Form::Consecutive
                                   ? "A period that is not assessed breaks the run."
                                   : "A period that is not assessed does not count."));
  return blocks;
}

} // namespace tenor::doc
