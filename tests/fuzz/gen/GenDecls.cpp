//===- GenDecls.cpp - Names, the standard library and top-level decls -----===//
//
// Every name the generator declares is fresh: unique across the whole file
// and never a keyword, a unit, a built-in or a name of the standard
// library. Fields then never shadow agreement items, and a bare enum member
// never means two things. Top-level enums, calendars, constants, functions
// and schemas come first, so that the agreement can use them.
//
//===----------------------------------------------------------------------===//

#include "GenModel.h"

#include <cstdio>

namespace tenor::gen {

using K = GType::Kind;

static const char *const reservedNames[] = {
    // reserved and contextual keywords, units, built-ins
    "not", "and", "or", "in", "is", "where", "if", "then", "else", "true", "false", "import", "as",
    "agreement", "schema", "enum", "calendar", "fn", "const", "version", "kind", "effective",
    "until", "timezone", "currency", "incorporates", "parties", "service", "hours", "data", "time",
    "param", "metric", "objective", "objectives", "by", "for", "target", "every", "rolling", "no",
    "obligation", "each", "must", "within", "after", "deliver", "on", "breach", "of", "duty",
    "exclude", "from", "credit", "penalty", "bonus", "holdback", "base", "amount", "cap", "minimum",
    "claim", "below", "above", "at", "least", "most", "released", "total", "per", "report", "to",
    "due", "include", "termination", "notice", "may", "terminate", "convenience", "with", "either",
    "breached", "met", "consecutive", "last", "over", "term", "all", "any", "clause", "review",
    "except", "missing", "day", "days", "week", "weeks", "month", "months", "quarter", "quarters",
    "year", "years", "ms", "s", "min", "h", "d", "w", "B", "KB", "MB", "GB", "TB", "period",
    "count", "sum", "avg", "max", "share", "percentile", "covered", "abs", "provider", "customer",
    "team", "unknown", "bool", "int", "number", "percent", "duration", "money", "datasize",
    "timestamp", "date", "interval", "text", "std",
    // the standard library's names (declarations, fields, members)
    "support", "availability", "requests", "calendars", "credits", "leads", "priority", "ticket",
    "is_urgent", "P1", "P2", "P3", "P4", "id", "summary", "opened_at", "responded_at",
    "resolved_at", "outage_cause", "unplanned", "planned_maintenance", "customer_caused",
    "force_majeure", "minute_sample", "unavailable", "outage", "during", "cause", "ref",
    "request_interval", "errors", "error_rate", "interval_error_rate", "uptime_from_minutes",
    "uptime_from_downtime", "availability_from_error_rate", "allowed_downtime", "request",
    "operation", "status", "latency", "region", "is_server_error", "is_client_error",
    "request_error_rate", "within_latency", "apdex", "us_business_hours", "eu_business_hours",
    "uk_business_hours", "four_nines", "three_and_a_half_nines", "three_nines", "two_nines",
    "ninety_five", "compute_tier1", "compute_tier2", "compute_tier3", "storage_tier1",
    "storage_tier2", "storage_tier3", "full_refund", "dispute_resolution", "indemnification",
    "confidentiality", "liability"};

const char *Generator::pickOf(std::initializer_list<const char *> options) {
  return options.begin()[c.pick(options.size())];
}

std::string Generator::fresh(const std::string &base) {
  if (taken.empty())
    for (const char *r : reservedNames)
      taken.insert(r);
  std::string name = base;
  for (unsigned n = 2; taken.count(name); ++n)
    name = base + "_" + std::to_string(n);
  taken.insert(name);
  return name;
}

std::string Generator::title(const std::string &name) {
  std::string out = name;
  for (char &ch : out)
    if (ch == '_')
      ch = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return "\"" + out + "\"";
}

// ---- the standard library ------------------------------------------------

static GType numT(Dim d, bool integer = false, bool percent = false, bool optional = false) {
  GType t = GType::num(d, integer, percent);
  t.optional = optional;
  return t;
}
static GType kindT(K k, bool optional = false) {
  GType t = GType::of(k);
  t.optional = optional;
  return t;
}

void Generator::importLibrary() {
  auto field = [](const char *n, GType t, bool derived = false) { return GField{n, t, derived}; };
  if (c.chance(35)) {
    imports.push_back("std.support");
    int priority = enums.size();
    enums.push_back({"priority", {"P1", "P2", "P3", "P4"}});
    GType p = GType::enumOf(priority);
    schemas.push_back(
        {"ticket",
         {field("id", kindT(K::Text)), field("priority", p), field("summary", kindT(K::Text, true)),
          field("opened_at", kindT(K::Timestamp)), field("responded_at", kindT(K::Timestamp, true)),
          field("resolved_at", kindT(K::Timestamp, true))}});
    fns.push_back({"is_urgent", {{"p", p}}, kindT(K::Bool)});
  }
  if (c.chance(35)) {
    imports.push_back("std.availability");
    int cause = enums.size();
    enums.push_back(
        {"outage_cause", {"unplanned", "planned_maintenance", "customer_caused", "force_majeure"}});
    schemas.push_back({"minute_sample",
                       {field("at", kindT(K::Timestamp)), field("unavailable", kindT(K::Bool))}});
    schemas.push_back({"outage",
                       {field("during", kindT(K::Interval)), field("cause", GType::enumOf(cause)),
                        field("ref", kindT(K::Text, true))}});
    schemas.push_back(
        {"request_interval",
         {field("at", kindT(K::Timestamp)), field("requests", numT({}, true)),
          field("errors", numT({}, true)), field("error_rate", numT({}, false, true), true)}});
    fns.push_back({"interval_error_rate",
                   {{"a", numT({}, true)}, {"b", numT({}, true)}},
                   numT({}, false, true)});
    fns.push_back({"uptime_from_minutes", {{"a", numT({}, true)}}, numT({}, false, true), true});
    fns.push_back(
        {"uptime_from_downtime", {{"a", numT(Dim::timeD())}}, numT({}, false, true), true});
    fns.push_back(
        {"availability_from_error_rate", {{"a", numT({}, false, true)}}, numT({}, false, true)});
    fns.push_back({"allowed_downtime", {{"a", numT({}, false, true)}}, numT(Dim::timeD()), true});
  }
  if (c.chance(25)) {
    imports.push_back("std.requests");
    schemas.push_back({"request",
                       {field("at", kindT(K::Timestamp)), field("operation", kindT(K::Text, true)),
                        field("status", numT({}, true)), field("latency", numT(Dim::timeD())),
                        field("region", kindT(K::Text, true))}});
    fns.push_back({"is_server_error", {{"a", numT({}, true)}}, kindT(K::Bool)});
    fns.push_back({"request_error_rate",
                   {{"a", numT({}, true)}, {"b", numT({}, true)}},
                   numT({}, false, true)});
    fns.push_back(
        {"within_latency", {{"a", numT(Dim::timeD())}, {"b", numT(Dim::timeD())}}, kindT(K::Bool)});
    fns.push_back({"apdex",
                   {{"a", numT({}, true)}, {"b", numT({}, true)}, {"c", numT({}, true)}},
                   numT({}, false, true)});
  }
  if (c.chance(25)) {
    imports.push_back("std.calendars");
    calendars.push_back(pickOf({"us_business_hours", "eu_business_hours", "uk_business_hours"}));
  }
  if (c.chance(20)) {
    imports.push_back("std.credits");
    for (const char *k :
         {"three_nines", "two_nines", "ninety_five", "storage_tier1", "full_refund"})
      consts.push_back({k, numT({}, false, true)});
  }
}

// ---- top-level declarations ------------------------------------------------

std::string Generator::typeName(const GType &t) const {
  std::string out;
  switch (t.kind) {
  case K::Bool:
    out = "bool";
    break;
  case K::Text:
    out = "text";
    break;
  case K::Timestamp:
    out = "timestamp";
    break;
  case K::Date:
    out = "date";
    break;
  case K::Interval:
    out = "interval";
    break;
  case K::Enum:
    out = enums[t.enumId].name;
    break;
  case K::Num:
    out = t.integer               ? "int"
          : t.dim.money           ? "money"
          : t.dim == Dim::timeD() ? "duration"
          : t.dim == Dim::dataD() ? "datasize"
          : t.percent             ? "percent"
                                  : "number";
    break;
  }
  return t.optional ? out + "?" : out;
}

static std::string doc(Choices &c, const char *text) {
  return c.chance(30) ? std::string("/// ") + text + "\n" : std::string();
}

void Generator::genEnum() {
  static const char *names[] = {"tier",   "severity", "channel", "plan",
                                "impact", "category", "zone"};
  static const char *words[] = {"gold",  "silver", "bronze", "critical", "major", "minor", "web",
                                "phone", "email",  "basic",  "premium",  "low",   "high",  "medium",
                                "north", "south",  "east",   "west",     "other"};
  GEnum e{fresh(names[c.pick(7)]), {}};
  top += doc(c, "A classification used by the agreement.");
  top += "enum " + e.name + (c.chance(40) ? " " + title(e.name) : "") + " {\n";
  unsigned n = c.between(1, 5);
  for (unsigned i = 0; i < n; ++i) {
    e.members.push_back(fresh(words[c.pick(19)]));
    std::string memberDoc = doc(c, "A member.");
    top += memberDoc.empty() ? "  " : "  " + memberDoc + "  ";
    top += e.members.back() + (c.chance(50) ? " " + title(e.members.back()) : "") +
           (i + 1 < n || c.chance(30) ? ",\n" : "\n");
  }
  top += "}\n\n";
  enums.push_back(std::move(e));
}

void Generator::genCalendar() {
  std::string name =
      fresh(pickOf({"business_hours", "support_hours", "office_hours", "shop_hours"}));
  top += doc(c, "When the support desk is staffed.");
  top += "calendar " + name + (c.chance(70) ? " " + title(name) : "") + " {\n";
  if (c.chance(70))
    top += std::string("  timezone \"") +
           pickOf({"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney",
                   "Europe/London", "Asia/Kolkata", "America/Los_Angeles"}) +
           "\"\n";
  static const char *days[] = {"monday", "tuesday",  "wednesday", "thursday",
                               "friday", "saturday", "sunday"};
  for (unsigned n = c.between(1, 3); n > 0; --n) {
    unsigned from = c.between(0, 22), to = c.between(from + 1, 24);
    unsigned fromMin = c.chance(20) ? 30 : 0, toMin = to < 24 && c.chance(20) ? 30 : 0;
    std::string dayList;
    if (c.chance(60)) {
      unsigned a = c.pick(7), b = c.pick(7);
      dayList = std::string(days[a]) + ".." + days[b];
    } else {
      dayList = days[c.pick(7)];
      for (unsigned k = c.pick(3); k > 0; --k)
        dayList += std::string(", ") + days[c.pick(7)];
    }
    char span[32];
    snprintf(span, sizeof span, " %02u:%02u-%02u:%02u", from, fromMin, to, toMin);
    top += "  " + dayList + span + "\n";
  }
  for (unsigned n = c.pick(3); n > 0; --n) {
    top += "  except ";
    for (unsigned k = c.between(1, 3); k > 0; --k) {
      unsigned m = c.between(1, 12), d = c.between(1, 20);
      char date[40];
      if (c.chance(30))
        snprintf(date, sizeof date, "2026-%02u-%02u..2026-%02u-%02u", m, d, m, d + c.pick(8));
      else
        snprintf(date, sizeof date, "2026-%02u-%02u", m, d);
      top += std::string(date) + (k > 1 ? ", " : "\n");
    }
  }
  top += "}\n\n";
  calendars.push_back(name);
}

void Generator::genConst() {
  Ctx ctx;
  ctx.agreement = false;
  ctx.aggregates = false;
  static const GType types[] = {
      GType::num({}, false, true), GType::num({}, true),      GType::num({}),
      GType::num(Dim::timeD()),    GType::num(Dim::moneyD()), GType::num(Dim::dataD())};
  GType t = types[c.pick(6)];
  std::string name =
      fresh(pickOf({"target_level", "grace", "threshold", "rate", "limit", "floor"}));
  std::string value = num(ctx, t.dim, t.integer, c.pick(3));
  // A declared type; never `money`, which has no currency outside an
  // agreement and so would not match the literal's.
  std::string declared;
  if (c.chance(40) && !t.dim.money)
    declared = t.integer               ? ": int"
               : t.dim == Dim::timeD() ? ": duration"
               : t.dim == Dim::dataD() ? ": datasize"
               : t.percent             ? ": percent"
                                       : ": number";
  top += doc(c, "A constant of the agreement.");
  top += "const " + name + declared + " = " + value + "\n\n";
  consts.push_back({name, t, ctx.usedPeriod});
}

void Generator::genFn() {
  GFn f;
  f.name = fresh(
      pickOf({"scaled", "ratio_of", "is_late", "adjusted", "allowance", "penalty_for", "in_band"}));
  std::vector<GType> paramTypes = {GType::num({}, true),        GType::num({}),
                                   GType::num({}, false, true), GType::num(Dim::timeD()),
                                   GType::num(Dim::moneyD()),   GType::of(K::Bool),
                                   GType::of(K::Timestamp),     GType::of(K::Text)};
  if (!enums.empty())
    paramTypes.push_back(GType::enumOf(c.pick(enums.size())));
  bool money = false;
  for (unsigned n = c.between(1, 3); n > 0; --n) {
    GType t = paramTypes[c.pick(paramTypes.size())];
    money |= t.kind == K::Num && t.dim.money;
    f.params.push_back(
        {fresh(pickOf({"x", "value", "share_of", "level", "spent", "fee", "when"})), t});
  }
  std::vector<GType> results = {GType::of(K::Bool),   GType::num({}, false, true),
                                GType::num({}),       GType::num(Dim::timeD()),
                                GType::num({}, true), GType::of(K::Timestamp)};
  if (money)
    results.push_back(GType::num(Dim::moneyD()));
  f.result = results[c.pick(results.size())];
  Ctx ctx;
  ctx.agreement = false;
  ctx.aggregates = false;
  ctx.period = true;
  ctx.fn = &f;
  std::string body = value(ctx, f.result, c.between(1, 3));
  f.usesPeriod = ctx.usedPeriod;
  top += doc(c, "A formula the agreement uses.");
  top += "fn " + f.name + "(";
  for (size_t i = 0; i < f.params.size(); ++i)
    top += (i ? ", " : "") + f.params[i].first + ": " + typeName(f.params[i].second);
  top += ") -> " + typeName(f.result) + " =\n  " + body + "\n\n";
  fns.push_back(std::move(f));
}

GField Generator::genField(std::vector<GField> &soFar, bool allowDerived) {
  static const char *names[] = {"opened_at", "closed_at",      "started", "ended",  "window",
                                "span",      "took",           "wait",    "cost",   "charge",
                                "fee_paid",  "severity_level", "ok",      "failed", "attempts",
                                "retries",   "score",          "ratio",   "label",  "note",
                                "owner",     "day_of",         "size",    "volume"};
  GField f;
  f.name = fresh(names[c.pick(24)]);
  if (allowDerived && !soFar.empty() && c.chance(15)) {
    std::vector<GType> derivedTypes = {GType::of(K::Bool),        GType::num({}, false, true),
                                       GType::num({}, true),      GType::num(Dim::timeD()),
                                       GType::num(Dim::moneyD()), GType::num({}),
                                       GType::of(K::Text),        GType::of(K::Timestamp)};
    if (!enums.empty())
      derivedTypes.push_back(GType::enumOf(c.pick(enums.size())));
    f.type = derivedTypes[c.pick(derivedTypes.size())];
    f.derived = true;
    return f;
  }
  switch (c.pick(20)) {
  case 0:
  case 1:
    f.type = GType::of(K::Timestamp);
    break;
  case 2:
  case 3:
    f.type = kindT(K::Timestamp, true);
    break;
  case 4:
    f.type = GType::of(K::Interval);
    break;
  case 5:
  case 6:
    f.type = numT(Dim::timeD(), false, false, c.chance(30));
    break;
  case 7:
    f.type = numT(Dim::moneyD(), false, false, c.chance(30));
    break;
  case 8:
  case 9:
    f.type = numT({}, true, false, c.chance(25));
    break;
  case 10:
    f.type = numT({});
    break;
  case 11:
    f.type = numT({}, false, true);
    break;
  case 12:
  case 13:
    f.type = kindT(K::Bool);
    break;
  case 14:
  case 15:
    f.type = kindT(K::Text, c.chance(40));
    break;
  case 16:
  case 17:
    if (!enums.empty()) {
      f.type = GType::enumOf(c.pick(enums.size()));
      f.type.optional = c.chance(25);
      break;
    }
    f.type = kindT(K::Text);
    break;
  case 18:
    f.type = kindT(K::Date, c.chance(20));
    break;
  default:
    f.type = numT(Dim::dataD());
    break;
  }
  return f;
}

/// `name: type[?] [in unit] [= derived]`, the way a data block or schema
/// writes a field; `derived` is the formula's text.
static std::string fieldText(Generator &g, Choices &c, const GField &f,
                             const std::string &derived) {
  const GType &t = f.type;
  std::string type = g.typeName(t);
  if (t.kind == K::Num && t.dim == Dim::timeD() && !f.derived && c.chance(60))
    type += std::string(" in ") + (c.chance(50)   ? "ms"
                                   : c.chance(50) ? "min"
                                   : c.chance(50) ? "h"
                                                  : "s");
  std::string out = f.name + (c.chance(15) ? " " + g.title(f.name) : "") + ": " + type;
  if (f.derived)
    out += " = " + derived;
  return out;
}

void Generator::genSchema() {
  std::vector<GField> fields;
  std::string name = fresh(pickOf({"event", "record", "sample", "entry"}));
  std::string text;
  fields.push_back(genField(fields, false));
  fields.back().type = GType::of(c.chance(70) ? K::Timestamp : K::Interval);
  for (unsigned n = c.between(1, 5); n > 0; --n)
    fields.push_back(genField(fields, true));
  // Derived fields see the fields before them, in a row of the schema; the
  // agreement's items are not in scope in a schema of the top level.
  GDataset partial;
  for (GField &f : fields) {
    std::string derived;
    if (f.derived) {
      Ctx ctx;
      ctx.row = &partial;
      ctx.agreement = false;
      ctx.aggregates = false;
      derived = value(ctx, f.type, 2);
    }
    std::string fieldDoc = doc(c, "A field.");
    text += fieldDoc.empty() ? "  " : "  " + fieldDoc + "  ";
    text += fieldText(*this, c, f, derived) + "\n";
    partial.fields.push_back(f);
  }
  top += "schema " + name + (c.chance(60) ? " " + title(name) : "") + " {\n" + text + "}\n\n";
  schemas.push_back({name, std::move(fields)});
}

GDataset Generator::genDataset() {
  GDataset ds;
  ds.name = fresh(pickOf({"tickets", "incidents", "outages", "calls", "jobs", "backups", "orders",
                          "checks", "changes", "deliveries", "samples"}));
  std::string head = doc(c, "Rows exported from the provider's systems.") + "  data " + ds.name +
                     (c.chance(70) ? " " + title(ds.name) : "");
  if (!schemas.empty() && c.chance(35)) {
    const GSchema &s = schemas[c.pick(schemas.size())];
    ds.fields = s.fields;
    body += head + ": " + s.name + "\n\n";
  } else {
    std::string text;
    ds.fields.push_back(genField(ds.fields, false));
    ds.fields.back().type = GType::of(c.chance(70) ? K::Timestamp : K::Interval);
    for (unsigned n = c.between(1, 6); n > 0; --n)
      ds.fields.push_back(genField(ds.fields, true));
    GDataset partial;
    partial.name = ds.name;
    for (GField &f : ds.fields) {
      std::string derived;
      if (f.derived) {
        Ctx ctx;
        ctx.row = &partial;
        ctx.aggregates = false;
        derived = value(ctx, f.type, 2);
      }
      text += "    " + fieldText(*this, c, f, derived) + "\n";
      partial.fields.push_back(f);
    }
    // `time f`: a later timestamp as the time key.
    for (size_t i = 1; i < ds.fields.size(); ++i)
      if (ds.fields[i].type.kind == K::Timestamp && !ds.fields[i].type.optional &&
          !ds.fields[i].derived && c.chance(15)) {
        text += "    time " + ds.fields[i].name + "\n";
        ds.timeKey = i;
        break;
      }
    body += head + " {\n" + text + "  }\n\n";
  }
  return ds;
}

} // namespace tenor::gen
