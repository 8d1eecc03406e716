//===- JsonReport.cpp - The JSON evaluation report ------------------------===//
//
// LANGUAGE.md section 8's report, keys in the spec's order: agreement,
// range, objectives, obligations, remedies, termination, totals, data; then
// the runtime's additions after every key of the spec, so that a consumer
// written against the spec's example sees its keys where it expects them:
// corrective_actions and holdbacks. Every key is always present (empty
// containers included) so that the shape does not depend on the data.
//
// Values: instants as RFC 3339 UTC; percents, compliance, durations (in
// seconds), data sizes (in bytes) and plain numbers as JSON numbers through
// formatFraction (exact when the decimal is finite, else 10 digits); ints as
// integers; money as a string with the currency's minor unit; a metric with
// no value as null. A remedy without tiers (a flat amount) has `"tier": null`.
// A remedy entry that owes nothing because a figure has no value (LANGUAGE.md
// 11.8) has `"amount": null`, `"tier": null` and a `"reason"`, the one key
// only such entries have. A holdback lists as `unknown` the periods of its
// condition's subjects whose outcome is unknown (empty when there are none).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/JsonReport.h"
#include "RemedyGroups.h"

#include "tenor/rt/report/JsonWriter.h"
#include "tenor/rt/report/ValueFormats.h"

#include <algorithm>

using namespace tenor::rt;
using namespace tenor::rt::detail;

//===----------------------------------------------------------------------===//
// Sections
//===----------------------------------------------------------------------===//

namespace {

void writeBounds(JsonWriter &w, const Period &p) {
  w.key("start").string(formatTimestamp(p.start));
  w.key("end").string(formatTimestamp(p.end));
}

void writeMetricValue(JsonWriter &w, const MetricValue &m) {
  if (m.kind == ValueKind::Bool || m.kind == ValueKind::Text) {
    if (!m.text)
      w.null();
    else if (m.kind == ValueKind::Bool)
      w.boolean(*m.text == "true");
    else
      w.string(*m.text);
    return;
  }
  if (!m.value) {
    w.null();
    return;
  }
  if (m.kind == ValueKind::Money)
    w.string(formatMoney(*m.value, m.currency));
  else if (m.kind == ValueKind::Int && m.value->isInteger())
    w.number(m.value->toDecimalString(0));
  else
    w.number(formatFraction(*m.value));
}

void writeObjectives(JsonWriter &w, const Report &r) {
  w.key("objectives").beginObject();
  for (const ObjectiveResult &o : r.objectives) {
    w.key(o.name).beginArray();
    for (const ObjectivePeriod &p : o.periods) {
      w.beginObject();
      writeBounds(w, p.period);
      w.key("partial").boolean(p.partial);
      w.key("met");
      if (p.met)
        w.boolean(*p.met);
      else
        w.null();
      w.key("metrics").beginObject();
      for (const MetricValue &m : p.metrics)
        writeMetricValue(w.key(m.name), m);
      w.endObject().endObject();
    }
    w.endArray();
  }
  w.endObject();
}

void writeObligations(JsonWriter &w, const Report &r) {
  w.key("obligations").beginObject();
  for (const ObligationResult &o : r.obligations) {
    w.key(o.name).beginArray();
    for (const ObligationPeriod &p : o.periods) {
      w.beginObject();
      writeBounds(w, p.period);
      w.key("partial").boolean(p.partial);
      w.key("items").integer(p.items);
      w.key("breaches").integer(p.breaches);
      w.key("pending").integer(p.pending);
      w.key("compliance").number(formatFraction(p.compliance));
      w.key("met").boolean(p.met);
      w.key("breached_items").beginArray();
      for (const std::string &item : p.breachedItems)
        w.string(item);
      w.endArray().endObject();
    }
    w.endArray();
  }
  w.endObject();
}

void writeRemedies(JsonWriter &w, const Report &r) {
  w.key("remedies").beginObject();
  for (const auto &[name, amounts] : groupRemedies(r)) {
    w.key(name).beginArray();
    for (const RemedyAmount *a : amounts) {
      w.beginObject();
      writeBounds(w, a->period);
      w.key("partial").boolean(a->partial);
      w.key("kind").string(remedyKindName(a->kind));
      w.key("amount");
      if (a->amount)
        w.string(formatMoney(*a->amount, a->currency));
      else
        w.null();
      w.key("currency").string(a->currency);
      w.key("tier");
      if (a->tier.empty())
        w.null();
      else
        w.string(a->tier);
      if (!a->amount)
        w.key("reason").string(a->reason);
      w.endObject();
    }
    w.endArray();
  }
  w.endObject();
}

void writeTermination(JsonWriter &w, const Report &r) {
  w.key("termination").beginArray();
  for (const TerminationEvent &t : r.termination) {
    w.beginObject();
    w.key("party").string(t.party);
    w.key("condition").string(t.condition);
    w.key("arose").string(formatTimestamp(t.arose));
    w.endObject();
  }
  w.endArray();
}

void writeSums(JsonWriter &w, std::string_view key, const std::map<std::string, Rational> &sums) {
  w.key(key).beginObject();
  for (const auto &[currency, sum] : sums)
    w.key(currency).string(formatMoney(sum, currency));
  w.endObject();
}

void writeTotals(JsonWriter &w, const Report &r) {
  RemedyTotals totals = totalRemedies(r);
  w.key("totals").beginObject();
  writeSums(w, "credits", totals.credits);
  writeSums(w, "penalties", totals.penalties);
  writeSums(w, "bonuses", totals.bonuses);
  w.endObject();
}

void writeData(JsonWriter &w, const Report &r) {
  w.key("data").beginObject();
  for (const auto &[name, stats] : r.data) {
    w.key(name).beginObject();
    w.key("rows").integer(stats.rows);
    w.key("skipped").integer(stats.skipped);
    w.key("outside").integer(stats.outside);
    // Sampled datasets only (LANGUAGE.md 11.2): events have no gaps.
    if (auto it = r.gaps.find(name); it != r.gaps.end()) {
      w.key("gaps").beginArray();
      for (const Interval &g : it->second) {
        w.beginObject();
        w.key("start").string(formatTimestamp(g.start));
        w.key("end").string(formatTimestamp(g.end));
        w.endObject();
      }
      w.endArray();
    }
    w.endObject();
  }
  w.endObject();
}

void writeCorrectiveActions(JsonWriter &w, const Report &r) {
  w.key("corrective_actions").beginArray();
  for (const CorrectiveAction &a : r.correctiveActions) {
    w.beginObject();
    w.key("obligation").string(a.obligation);
    w.key("trigger").string(a.trigger);
    writeBounds(w, a.breachedPeriod);
    w.key("due").string(formatTimestamp(a.due));
    w.key("deliverable").string(a.deliverable);
    w.endObject();
  }
  w.endArray();
}

void writeHoldbacks(JsonWriter &w, const Report &r) {
  w.key("holdbacks").beginObject();
  for (const HoldbackResult &h : r.holdbacks) {
    w.key(h.name).beginObject();
    w.key("status").string(h.status);
    w.key("amount").string(formatMoney(h.amount, h.currency));
    w.key("currency").string(h.currency);
    w.key("unknown").beginArray();
    for (const UnknownPeriod &u : h.unknown) {
      w.beginObject();
      w.key("subject").string(u.subject);
      writeBounds(w, u.period);
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }
  w.endObject();
}

} // namespace

std::string tenor::rt::writeJsonReport(const Report &r) {
  std::string out;
  JsonWriter w(out);
  w.beginObject();
  w.key("agreement").beginObject();
  w.key("id").string(r.id);
  w.key("title").string(r.title);
  w.key("version").string(r.version);
  w.endObject();
  w.key("range").beginObject();
  w.key("from").string(formatTimestamp(r.range.start));
  w.key("to").string(formatTimestamp(r.range.end));
  w.endObject();
  writeObjectives(w, r);
  writeObligations(w, r);
  writeRemedies(w, r);
  writeTermination(w, r);
  writeTotals(w, r);
  writeData(w, r);
  writeCorrectiveActions(w, r);
  writeHoldbacks(w, r);
  w.endObject();
  return out;
}
