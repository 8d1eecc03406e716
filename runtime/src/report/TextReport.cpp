//===- TextReport.cpp - The human-readable evaluation report --------------===//
//
// The text report says what the JSON report says, for a person: one table
// per objective and obligation, the remedies owed and their totals,
// termination rights, corrective actions, holdbacks and the data read.
// Values carry their units (`99.98880%`, `15 min`, `1,000.00 USD`, `2.5 GB`);
// the JSON report is the one to process, this one is only to read. A remedy
// that owes nothing because a figure has no value shows `none` and the
// reason where the tier would be.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/TextReport.h"
#include "RemedyGroups.h"

#include "tenor/core/Units.h"
#include "tenor/rt/report/TextTable.h"
#include "tenor/rt/report/ValueFormats.h"

#include <algorithm>

using namespace tenor::rt;
using namespace tenor::rt::detail;

namespace {

/// "1234567.5" -> "1,234,567.5".
std::string groupThousands(const std::string &decimal) {
  size_t begin = decimal.starts_with('-') ? 1 : 0;
  size_t end = std::min(decimal.find('.'), decimal.size());
  std::string out = decimal.substr(0, begin);
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && (end - i) % 3 == 0)
      out += ',';
    out += decimal[i];
  }
  return out + decimal.substr(end);
}

std::string moneyText(const Rational &amount, const std::string &currency) {
  std::string text = groupThousands(formatMoney(amount, currency));
  return currency.empty() ? text : text + " " + currency;
}

/// At most `digits` decimals, trailing zeros dropped.
std::string shortDecimal(const Rational &value, int digits) {
  std::string text = value.toDecimalString(digits);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0')
      text.pop_back();
    if (text.back() == '.')
      text.pop_back();
  }
  return groupThousands(text == "-0" ? "0" : text);
}

/// Seconds in the largest unit from minutes to days that divides them
/// exactly (`15 min`, `8 h`; weeks only when written, as in contracts),
/// else in seconds with at most three decimals.
std::string durationText(const Rational &seconds) {
  using tenor::core::DurationUnit, tenor::core::unitInfo;
  const tenor::core::UnitInfo &secs = unitInfo(DurationUnit::Seconds);
  if (seconds.isInteger() && !seconds.isZero())
    for (auto u = std::rbegin(tenor::core::durationUnits);
         u != std::rend(tenor::core::durationUnits); ++u) {
      int64_t size = u->size / secs.size;
      bool shown =
          u->size >= unitInfo(DurationUnit::Minutes).size && &*u != &unitInfo(DurationUnit::Weeks);
      if (shown && seconds.numerator() % size == 0)
        return shortDecimal(seconds / Rational(size), 0) + " " + std::string(u->symbol);
    }
  return shortDecimal(seconds, 3) + " " + std::string(secs.symbol);
}

/// Bytes in the largest decimal unit not above them (`2.5 GB`).
std::string dataSizeText(const Rational &bytes) {
  Rational magnitude = bytes.sign() < 0 ? -bytes : bytes;
  for (auto u = std::rbegin(tenor::core::dataUnits); u != std::rend(tenor::core::dataUnits); ++u)
    if (u->size > 1 && magnitude >= Rational(u->size))
      return shortDecimal(bytes / Rational(u->size), 3) + " " + std::string(u->symbol);
  return shortDecimal(bytes, 3) + " " + std::string(tenor::core::dataUnits[0].symbol);
}

std::string metricText(const MetricValue &m) {
  if (m.kind == ValueKind::Bool || m.kind == ValueKind::Text)
    return m.text ? *m.text : "no value";
  if (!m.value)
    return "no value";
  switch (m.kind) {
  case ValueKind::Percent:
    return formatPercent(*m.value);
  case ValueKind::Duration:
    return durationText(*m.value);
  case ValueKind::Money:
    return moneyText(*m.value, m.currency);
  case ValueKind::DataSize:
    return dataSizeText(*m.value);
  case ValueKind::Int:
    return shortDecimal(*m.value, 10);
  case ValueKind::Number:
  case ValueKind::Bool:
  case ValueKind::Text:
    break;
  }
  return formatFraction(*m.value);
}

std::string outcomeText(std::optional<bool> met, bool partial) {
  std::string text = !met ? "unknown" : *met ? "met" : "breached";
  return partial ? text + " (partial)" : text;
}

std::string nameAndTitle(const std::string &name, const std::string &title) {
  return title.empty() || title == name ? name : name + ": " + title;
}

std::string periodText(const Period &p) {
  return formatTimestamp(p.start) + " to " + formatTimestamp(p.end);
}

/// The heading of an objective or obligation, then (indented; the caller
/// dedents) its table of periods.
void writePeriodsTable(TextWriter &w, const std::string &heading, const TextTable &table,
                       bool noPeriods) {
  w.line(heading);
  w.indent();
  if (noPeriods)
    w.line("no periods evaluated");
  else
    w.table(table);
}

void writeObjective(TextWriter &w, const ObjectiveResult &o) {
  std::vector<std::string> metricNames;
  for (const ObjectivePeriod &p : o.periods)
    for (const MetricValue &m : p.metrics)
      if (std::find(metricNames.begin(), metricNames.end(), m.name) == metricNames.end())
        metricNames.push_back(m.name);
  std::vector<std::string> header = {"start", "end", "result"};
  header.insert(header.end(), metricNames.begin(), metricNames.end());
  std::vector<TextTable::Align> align(3, TextTable::Align::Left);
  align.resize(header.size(), TextTable::Align::Right);
  TextTable table(header, align);
  for (const ObjectivePeriod &p : o.periods) {
    std::vector<std::string> row = {formatTimestamp(p.period.start), formatTimestamp(p.period.end),
                                    outcomeText(p.met, p.partial)};
    row.resize(header.size());
    for (const MetricValue &m : p.metrics) {
      auto it = std::find(metricNames.begin(), metricNames.end(), m.name);
      row[3 + size_t(it - metricNames.begin())] = metricText(m);
    }
    table.addRow(std::move(row));
  }
  writePeriodsTable(w, nameAndTitle(o.name, o.title), table, o.periods.empty());
  w.dedent();
}

void writeObligation(TextWriter &w, const ObligationResult &o) {
  using Align = TextTable::Align;
  TextTable table({"start", "end", "result", "items", "breaches", "pending", "compliance"},
                  {Align::Left, Align::Left, Align::Left, Align::Right, Align::Right, Align::Right,
                   Align::Right});
  for (const ObligationPeriod &p : o.periods)
    table.addRow({formatTimestamp(p.period.start), formatTimestamp(p.period.end),
                  outcomeText(p.met, p.partial), groupThousands(std::to_string(p.items)),
                  groupThousands(std::to_string(p.breaches)),
                  groupThousands(std::to_string(p.pending)), formatPercent(p.compliance, 2)});
  writePeriodsTable(w, nameAndTitle(o.name, o.title), table, o.periods.empty());
  for (const ObligationPeriod &p : o.periods) {
    if (p.breachedItems.empty())
      continue;
    std::string items;
    for (const std::string &item : p.breachedItems)
      items += (items.empty() ? "" : ", ") + item;
    w.line("breached in " + formatTimestamp(p.period.start) + ": " + items);
  }
  w.dedent();
}

void writeResults(TextWriter &w, const Report &r) {
  if (!r.objectives.empty()) {
    w.subheading("Objectives");
    for (size_t i = 0; i < r.objectives.size(); ++i) {
      if (i > 0)
        w.line();
      writeObjective(w, r.objectives[i]);
    }
  }
  if (!r.obligations.empty()) {
    w.subheading("Obligations");
    for (size_t i = 0; i < r.obligations.size(); ++i) {
      if (i > 0)
        w.line();
      writeObligation(w, r.obligations[i]);
    }
  }
}

void writeRemedies(TextWriter &w, const Report &r) {
  w.subheading("Remedies");
  using Align = TextTable::Align;
  TextTable table({"remedy", "kind", "start", "end", "amount", "tier"},
                  {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right});
  for (const auto &[name, amounts] : groupRemedies(r))
    for (const RemedyAmount *a : amounts)
      table.addRow({name, std::string(remedyKindName(a->kind)), formatTimestamp(a->period.start),
                    formatTimestamp(a->period.end),
                    a->amount ? moneyText(*a->amount, a->currency) : "none",
                    (a->amount ? a->tier : "nothing owed: " + a->reason) +
                        (a->partial ? " (partial)" : "")});
  if (table.rows() == 0)
    w.line("nothing owed");
  else
    w.table(table);
  RemedyTotals totals = totalRemedies(r);
  auto sums = [&](const std::map<std::string, Rational> &byCurrency) {
    std::string text;
    for (const auto &[currency, sum] : byCurrency)
      text += (text.empty() ? "" : ", ") + moneyText(sum, currency);
    return text.empty() ? std::string("none") : text;
  };
  w.line();
  w.line("Totals");
  w.indent();
  w.fields({{"credits", sums(totals.credits)},
            {"penalties", sums(totals.penalties)},
            {"bonuses", sums(totals.bonuses)}});
  w.dedent();
}

void writeRights(TextWriter &w, const Report &r) {
  w.subheading("Termination rights");
  if (r.termination.empty())
    w.line("none arose");
  for (const TerminationEvent &t : r.termination)
    w.line(t.party + " may terminate: " + t.condition + " (arose " + formatTimestamp(t.arose) +
           ")");
  if (!r.correctiveActions.empty()) {
    w.subheading("Corrective actions due");
    for (const CorrectiveAction &a : r.correctiveActions)
      w.line(a.obligation + " (" + a.trigger + " breached " + periodText(a.breachedPeriod) +
             "): " + a.deliverable + ", due " + formatTimestamp(a.due));
  }
  if (!r.holdbacks.empty()) {
    w.subheading("Holdbacks");
    for (const HoldbackResult &h : r.holdbacks) {
      w.line(nameAndTitle(h.name, h.title) + ": " + h.status + ", " +
             moneyText(h.amount, h.currency));
      if (h.unknown.empty())
        continue;
      std::string periods;
      for (const UnknownPeriod &u : h.unknown)
        periods += (periods.empty() ? "" : ", ") + u.subject + " " + periodText(u.period);
      w.indent();
      w.line("unknown, neither met nor breached: " + periods);
      w.dedent();
    }
  }
}

/// The gaps of each sampled dataset, the first few spans in words; the
/// JSON report lists them all.
void writeGaps(TextWriter &w, const Report &r) {
  constexpr size_t shown = 10;
  for (const auto &[name, gaps] : r.gaps) {
    std::string text;
    for (size_t i = 0; i < gaps.size() && i < shown; ++i)
      text += (text.empty() ? "" : ", ") + formatTimestamp(gaps[i].start) + " to " +
              formatTimestamp(gaps[i].end);
    if (gaps.size() > shown)
      text += " and " + groupThousands(std::to_string(gaps.size() - shown)) + " more";
    w.line();
    w.line("gaps in " + name + ": " + (gaps.empty() ? std::string("none") : text));
  }
}

void writeData(TextWriter &w, const Report &r) {
  if (r.data.empty())
    return;
  w.subheading("Data");
  using Align = TextTable::Align;
  TextTable table({"dataset", "rows", "skipped", "outside"},
                  {Align::Left, Align::Right, Align::Right, Align::Right});
  int64_t outside = 0;
  for (const auto &[name, stats] : r.data) {
    table.addRow({name, groupThousands(std::to_string(stats.rows)),
                  groupThousands(std::to_string(stats.skipped)),
                  groupThousands(std::to_string(stats.outside))});
    outside += stats.outside;
  }
  w.table(table);
  // Rows read but used nowhere: say so in words, not only as a number.
  if (outside > 0) {
    w.line();
    w.line(groupThousands(std::to_string(outside)) + (outside == 1 ? " row lies" : " rows lie") +
           " outside the evaluated range (the agreement's effective dates and --from/--to)" +
           (outside == 1 ? " and was" : " and were") + " not used");
  }
  writeGaps(w, r);
}

} // namespace

std::string tenor::rt::writeTextReport(const Report &r) {
  std::string out;
  TextWriter w(out);
  w.heading(r.title.empty() ? r.id : r.title);
  std::vector<std::pair<std::string, std::string>> about = {{"agreement", r.id}};
  if (!r.version.empty())
    about.push_back({"version", r.version});
  about.push_back(
      {"range", formatTimestamp(r.range.start) + " to " + formatTimestamp(r.range.end)});
  w.fields(about);
  writeResults(w, r);
  writeRemedies(w, r);
  writeRights(w, r);
  writeData(w, r);
  return out;
}
