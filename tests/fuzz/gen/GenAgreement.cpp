//===- GenAgreement.cpp - The agreement and its items ---------------------===//
//
// LANGUAGE.md section 6, item by item, in the order a contract engineer
// writes them: settings and parties, services, data, parameters,
// obligations with items (their statistics are values of metrics), metrics,
// objectives, corrective actions, exclusions, remedies, holdbacks and caps,
// reports, termination, clauses and review. Each item uses only what was
// declared before it, so nothing refers to itself.
//
//===----------------------------------------------------------------------===//

#include "GenModel.h"

#include <algorithm>
#include <cstdio>

namespace tenor::gen {

using K = GType::Kind;

static std::string paren(const std::string &s) { return "(" + s + ")"; }

std::string Generator::genWindow(std::string *unit) {
  if (c.chance(10)) {
    // A rolling window has a period ending every day: its conditions count
    // days (E0422).
    *unit = "day";
    return std::string("every rolling ") + pickOf({"30 d", "7 d", "90 d", "1 d"});
  }
  *unit = pickOf({"month", "month", "month", "week", "day", "quarter", "year"});
  std::string count = c.chance(20) ? pickOf({"1 ", "2 ", "3 ", "12 "}) : "";
  std::string word = *unit;
  if (!count.empty() && count != "1 ")
    word += "s";
  return "every " + count + word;
}

static std::string partyLine(const std::string &role, const std::string &name, const char *legal) {
  return "    " + role + " " + name + " \"" + legal + "\"\n";
}

void Generator::genObligation(bool corrective) {
  if (!corrective && datasets.empty())
    return;
  std::string name = fresh(
      corrective ? pickOf({"root_cause", "review_meeting", "remediation_plan", "restore_test"})
                 : pickOf({"respond", "resolve", "acknowledge", "deliver_on_time", "follow_up"}));
  std::string text = "  obligation " + name + (c.chance(80) ? " " + title(name) : "") + " {\n";
  if (internal || c.chance(70))
    text += "    by " + parties[c.pick(parties.size() > 1 ? 2 : 1)] + "\n";
  if (corrective) {
    std::vector<std::string> subjects;
    for (auto &o : objectives)
      subjects.push_back(o.name);
    for (auto &o : obligations)
      subjects.push_back(o.name);
    text += "    on breach of " + subjects[c.pick(subjects.size())] + "\n";
    text += std::string("    must deliver \"") +
            pickOf({"a root cause analysis", "a remediation plan with dates", "a written review"}) +
            "\" within " + pickOf({"5 d", "10 d", "48 h", "1 w"}) + "\n  }\n\n";
    body += text;
    correctives.push_back(name);
    return;
  }
  const GDataset &ds = datasets[c.pick(datasets.size())];
  Ctx row;
  row.row = &ds;
  row.aggregates = c.chance(3);
  text += "    each " + ds.name;
  if (c.chance(60))
    text += " where " + boolean(row, 2);
  text += "\n";
  if (c.chance(75)) {
    // `must COMPLETION within D [in CAL] after ANCHOR`: the anchor is a
    // timestamp that is never missing, the completion may be missing.
    std::vector<std::string> stamps, anchors;
    for (const GField &f : ds.fields) {
      if (f.type.kind == K::Timestamp) {
        stamps.push_back(f.name);
        if (!f.type.optional)
          anchors.push_back(f.name);
      }
      if (f.type.kind == K::Interval && !f.type.optional) {
        stamps.push_back(f.name + ".end");
        anchors.push_back(f.name + ".start");
      }
    }
    std::string anchor =
        anchors.empty() || c.chance(10) ? timestamp(row, 1) : anchors[c.pick(anchors.size())];
    std::string completion =
        stamps.empty() || c.chance(15) ? timestamp(row, 1) : stamps[c.pick(stamps.size())];
    std::string deadline =
        c.chance(85) ? literal(Dim::timeD(), false) : num(row, Dim::timeD(), false, 2);
    text += "    must " + completion + " within " + deadline;
    if (!calendars.empty() && c.chance(40))
      text += " in " + calendars[c.pick(calendars.size())];
    text += " after " + anchor + "\n";
  } else {
    text += "    must " + boolean(row, 2) + "\n";
  }
  std::string unit, window = genWindow(&unit);
  if (c.chance(60))
    text += std::string("    target ") + pickOf({"95%", "90%", "100%", "99.5%", "0%", "80%"}) +
            "  " + window + "\n";
  else
    text += "    " + window + "\n";
  body += text + "  }\n\n";
  obligations.push_back({name, unit, true});
}

void Generator::genMetric() {
  static const GType types[] = {GType::num({}, false, true), GType::num({}, false, true),
                                GType::num({}, true),        GType::num({}),
                                GType::num(Dim::timeD()),    GType::num(Dim::moneyD()),
                                GType::num(Dim::dataD())};
  GType t = types[c.pick(7)];
  std::string name = fresh(pickOf({"uptime", "on_time", "p95_wait", "error_share", "downtime",
                                   "late_items", "spend", "throughput", "volume_used"}));
  Ctx ctx;
  ctx.period = true;
  std::string formula = num(ctx, t.dim, t.integer, c.between(1, 4));
  std::string type = t.integer                ? "int"
                     : t.dim == Dim::timeD()  ? "duration"
                     : t.dim == Dim::moneyD() ? "money"
                     : t.dim == Dim::dataD()  ? "datasize"
                     : c.chance(70)           ? "percent"
                                              : "number";
  if (c.chance(30))
    body += "  /// How the " + name + " of a period is measured.\n";
  body += "  metric " + name + (c.chance(70) ? " " + title(name) : "") + ": " + type +
          "\n    = " + formula + "\n\n";
  metrics.push_back({name, t});
}

void Generator::genObjective() {
  std::string name =
      fresh(pickOf({"availability", "responsiveness", "quality", "capacity", "timeliness"}));
  std::string text = "  objective " + name + (c.chance(80) ? " " + title(name) : "") + " {\n";
  if (internal || c.chance(70))
    text += "    by " + parties[c.pick(parties.size() > 1 ? 2 : 1)] + "\n";
  if (c.chance(60)) {
    text += "    for " + services[c.pick(services.size())];
    if (services.size() > 1 && c.chance(30))
      text += ", " + services[c.pick(services.size())];
    text += "\n";
  }
  // Most targets compare a metric with a literal; some are any condition.
  Ctx ctx;
  ctx.period = true;
  ctx.target = true;
  std::string target;
  for (unsigned n = c.between(1, 2); n > 0; --n) {
    std::string part;
    if (!metrics.empty() && c.chance(75)) {
      const GNamed &m = metrics[c.pick(metrics.size())];
      part = m.name + " " + pickOf({">=", ">", "<=", "<", "==", "!="}) + " " +
             literal(m.type.dim, m.type.integer);
    } else {
      part = boolean(ctx, 2);
    }
    target =
        target.empty() ? part : paren(target) + (c.chance(70) ? " and " : " or ") + paren(part);
  }
  text += "    target " + target + "\n";
  std::string unit;
  text += "    " + genWindow(&unit) + "\n";
  if (c.chance(40))
    text += std::string("    if no data: ") + pickOf({"met", "breached", "unknown"}) + "\n";
  body += text + "  }\n\n";
  objectives.push_back({name, unit, false});
}

void Generator::genExclusion() {
  std::string name =
      fresh(pickOf({"maintenance", "customer_faults", "outside_control", "planned_work"}));
  std::string text = "  exclude " + name + (c.chance(80) ? " " + title(name) : "") + " {\n";
  bool from = c.chance(70);
  if (!from || c.chance(50))
    text += "    \"Events the parties agreed to leave out of the measurements.\"\n";
  for (unsigned n = from ? c.between(1, 2) : 0; n > 0; --n) {
    const GDataset &ds = datasets[c.pick(datasets.size())];
    Ctx row;
    row.row = &ds;
    row.aggregates = c.chance(3);
    text += "    from " + ds.name + " where " + boolean(row, 2) + "\n";
  }
  body += text + "  }\n\n";
}

/// A tier table: thresholds strictly monotone in the table's direction, so
/// each line's condition implies the one before.
void Generator::genTiers(const std::string &indent, bool hasBase) {
  Ctx ctx;
  ctx.period = true;
  static const Dim dims[] = {Dim{}, Dim{}, Dim{}, Dim::timeD(), Dim::moneyD(), Dim::dataD()};
  Dim d = dims[c.pick(6)];
  std::string measure;
  std::vector<std::string> fitting;
  for (const GNamed &m : metrics)
    if (m.type.kind == K::Num && m.type.dim == d)
      fitting.push_back(m.name);
  if (d.none())
    for (const GSubject &o : obligations)
      fitting.push_back(o.name + (c.chance(50) ? ".compliance" : ".breaches"));
  measure =
      !fitting.empty() && c.chance(80) ? fitting[c.pick(fitting.size())] : num(ctx, d, false, 2);
  bool down = c.chance(60);
  unsigned n = c.between(1, 4);
  // Thresholds as whole multiples of a step, then written in the unit.
  std::vector<unsigned> values;
  unsigned v = c.between(1, 20);
  for (unsigned i = 0; i < n; ++i) {
    values.push_back(v);
    v += c.between(1, 10);
  }
  // Dimensionless thresholds are percents near the top (99.75%) or whole
  // numbers, the same form for the whole table so that they sort alike.
  bool percents = c.chance(70);
  auto threshold = [&](unsigned x) -> std::string {
    if (d == Dim::timeD())
      return std::to_string(x) + " min";
    if (d == Dim::moneyD())
      return std::to_string(x * 100) + " " + currency;
    if (d == Dim::dataD())
      return std::to_string(x) + " GB";
    if (percents) {
      char buf[16];
      snprintf(buf, sizeof buf, "%.2f%%", 100.0 - x * 0.25);
      return buf;
    }
    return std::to_string(x);
  };
  std::vector<std::pair<double, std::string>> lines;
  for (unsigned x : values) {
    std::string t = threshold(x);
    lines.push_back({std::stod(t), t});
  }
  std::sort(lines.begin(), lines.end(),
            [&](auto &a, auto &b) { return down ? a.first > b.first : a.first < b.first; });
  body += indent + "by " + measure + " {\n";
  for (auto &[value, text] : lines) {
    const char *kind = down ? pickOf({"below", "at most"}) : pickOf({"above", "at least"});
    std::string amount;
    if (hasBase && c.chance(70))
      amount = pickOf({"5%", "10%", "25%", "30%", "50%", "100%", "2.5%"});
    else
      amount = moneyLiteral();
    if (!consts.empty() && hasBase && c.chance(10))
      for (const GNamed &k : consts)
        if (k.type.kind == K::Num && k.type.dim.none() && k.name.find("tier") != std::string::npos)
          amount = k.name;
    // A threshold may be a parameter or constant (not checked for nesting).
    std::string threshold = text;
    if (c.chance(8)) {
      Ctx named;
      std::vector<std::string> names = atoms(named, GType::num(d));
      if (!names.empty())
        threshold = names[c.pick(names.size())];
    }
    body += indent + "  " + kind + " " + threshold + ": " + amount + "\n";
  }
  body += indent + "}\n";
}

void Generator::genRemedy() {
  const char *kind = pickOf({"credit", "credit", "penalty", "bonus"});
  std::string name = fresh(std::string(kind) == "credit"  ? "service_credit"
                           : std::string(kind) == "bonus" ? "excellence_bonus"
                                                          : "late_penalty");
  body += std::string("  ") + kind + " " + name + (c.chance(80) ? " " + title(name) : "") + " {\n";
  std::vector<std::string> subjects;
  for (auto &o : objectives)
    subjects.push_back(o.name);
  for (auto &o : obligations)
    subjects.push_back(o.name);
  body += "    for " + subjects[c.pick(subjects.size())] + "\n";
  Ctx ctx;
  ctx.period = true;
  bool hasBase = c.chance(75);
  if (hasBase)
    body += "    base " + num(ctx, Dim::moneyD(), false, c.pick(3)) + "\n";
  if (c.chance(65))
    genTiers("    ", hasBase);
  else
    body += "    amount " +
            (hasBase && c.chance(60) ? std::string(pickOf({"3%", "10%", "100%", "0.5"}))
                                     : moneyLiteral()) +
            "\n";
  if (c.chance(40))
    body +=
        "    cap " +
        (hasBase && c.chance(60) ? std::string(pickOf({"100%", "50%", "25%"})) : moneyLiteral()) +
        "\n";
  if (c.chance(30))
    body += "    minimum " + moneyLiteral() + "\n";
  if (c.chance(40))
    body += std::string("    claim within ") +
            pickOf({"2 months", "1 month", "30 d", "1 quarter", "month"}) + "\n";
  body += "  }\n\n";
  remedies.push_back(name);
}

std::string Generator::genCondition() {
  std::vector<const GSubject *> named;
  for (auto &o : objectives)
    named.push_back(&o);
  for (auto &o : obligations)
    named.push_back(&o);
  std::string subject, unit = "month";
  // `all objectives` / `any objective` count every objective's periods, so
  // they count periods only when all objectives share a unit (E0422);
  // otherwise the condition is `over term`. The draws stay the same.
  bool counts = true;
  if (named.empty() || c.chance(30)) {
    subject = c.chance(50) ? "all objectives" : "any objective";
    if (!objectives.empty())
      unit = objectives.front().unit;
    for (auto &o : objectives)
      counts = counts && o.unit == unit;
  } else {
    const GSubject &s = *named[c.pick(named.size())];
    subject = s.name;
    unit = s.unit;
  }
  std::string verb = c.chance(70) ? " breached " : " met ";
  switch (c.pick(3)) {
  case 0: {
    std::string n = std::to_string(c.between(1, 4));
    if (counts)
      return subject + verb + n + " consecutive " + unit + "s";
    break;
  }
  case 1: {
    unsigned m = c.between(1, 6), n = c.between(1, m);
    if (counts)
      return subject + verb + std::to_string(n) + " of last " + std::to_string(m) + " " + unit +
             "s";
    break;
  }
  default:
    break;
  }
  return subject + verb + "over term";
}

void Generator::genHoldbackAndCaps() {
  Ctx ctx; // no period: parameters, constants and literals
  if (c.chance(25)) {
    std::string name = fresh("performance_reserve");
    body += "  holdback " + name + (c.chance(70) ? " " + title(name) : "") + " {\n";
    body += "    base " + num(ctx, Dim::moneyD(), false, 1) + "\n";
    body += "    amount " +
            (c.chance(70) ? std::string(pickOf({"10%", "5%", "20%"})) : moneyLiteral()) + "\n";
    body += "    released if " + genCondition() + "\n  }\n\n";
    remedies.push_back(name);
  }
  for (unsigned n = c.chance(35) ? c.between(1, 2) : 0; n > 0; --n) {
    const char *kinds = pickOf({"credits", "penalties", "bonuses"});
    if (c.chance(60))
      body += std::string("  cap total ") + kinds + " " + pickOf({"50%", "15%", "100%", "10%"}) +
              " of " + num(ctx, Dim::moneyD(), false, 1) + " per " +
              pickOf({"month", "quarter", "year", "week", "day"}) + "\n\n";
    else
      body += std::string("  cap total ") + kinds + " " + moneyLiteral() + " per " +
              pickOf({"month", "quarter", "year"}) + "\n\n";
  }
}

void Generator::genReports() {
  for (unsigned n = c.pick(3); n > 0; --n) {
    std::string name = fresh(pickOf({"monthly_report", "service_review", "status_report"}));
    std::string unit;
    body += "  report " + name + (c.chance(80) ? " " + title(name) : "") + " {\n";
    body += "    by " + parties[0] + "  to " + parties[1] + "  " + genWindow(&unit) + "\n";
    if (c.chance(70))
      body += std::string("    due ") + pickOf({"5 d", "10 d", "1 w", "48 h"}) + " after " +
              pickOf({"period.end", "period.end", "period.start", "(period.end + 1 d)"}) + "\n";
    std::vector<std::string> names;
    for (auto &m : metrics)
      names.push_back(m.name);
    for (auto &o : objectives)
      names.push_back(o.name);
    for (auto &o : obligations)
      names.push_back(o.name);
    for (auto &r : remedies)
      names.push_back(r);
    if (!names.empty() && c.chance(80)) {
      body += "    include ";
      for (unsigned k = c.between(1, 4); k > 0; --k)
        body += names[c.pick(names.size())] + (k > 1 ? ", " : "\n");
    }
    body += "  }\n\n";
  }
}

void Generator::genTermination() {
  if (!c.chance(70))
    return;
  body += "  termination {\n";
  if (c.chance(80))
    body += std::string("    notice ") + pickOf({"30 d", "90 d", "60 d", "2 w"}) + "\n";
  for (unsigned n = c.between(1, 3); n > 0; --n) {
    std::string party = c.chance(25) ? "either" : parties[c.chance(70) ? 1 : 0];
    if (c.chance(30))
      body += "    " + party + " may terminate for convenience with notice " +
              pickOf({"90 d", "120 d"}) + "\n";
    else
      body +=
          "    " + party + " may terminate if " + genCondition() +
          (c.chance(30) ? std::string(" with notice ") + pickOf({"30 d", "10 d"}) : std::string()) +
          "\n";
  }
  body += "  }\n\n";
}

void Generator::genAgreement() {
  internal = c.chance(20);
  std::string name = fresh(pickOf({"compute", "helpdesk", "storage", "outsourcing", "platform"}));
  body += "agreement " + name + " " + title(name + "_service_level_agreement") + " {\n";
  body += std::string("  version   \"") + pickOf({"2026.1", "1.0", "v2"}) + "\"\n";
  if (internal || c.chance(50))
    body += std::string("  kind      ") + (internal ? "internal" : "customer") + "\n";
  body += std::string("  effective 2026-01-01") + (c.chance(80) ? " until 2026-12-31" : "") + "\n";
  body += std::string("  timezone  \"") +
          pickOf({"UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London"}) +
          "\"\n";
  body += "  currency  " + currency + "\n\n  parties {\n";
  parties = {fresh(internal ? "operations" : "vendor"), fresh(internal ? "sales_team" : "client")};
  if (internal) {
    body += partyLine("team", parties[0], "Operations");
    body += partyLine("team", parties[1], "Sales");
  } else {
    body +=
        "    /// Runs the service.\n" + partyLine("provider", parties[0], "Example Cloud, Inc.");
    body += partyLine("customer", parties[1], "the Customer");
  }
  body += "  }\n\n";
  for (unsigned n = c.between(1, 3); n > 0; --n) {
    std::string s = fresh(pickOf({"region", "service_desk", "objects", "api", "network"}));
    services.push_back(s);
    body += "  service " + s + " " + title(s);
    if (c.chance(70)) {
      body += " {\n    \"What the provider operates for the customer.\"\n";
      if (!calendars.empty() && c.chance(40))
        body += "    hours " + calendars[c.pick(calendars.size())] + "\n";
      else if (c.chance(70))
        body += "    hours 24x7\n";
      body += "  }";
    }
    body += "\n\n";
  }
  for (unsigned n = c.between(2, 4); n > 0; --n)
    datasets.push_back(genDataset());
  for (unsigned n = c.between(1, 3), i = 0; i < n; ++i) {
    // The first is the fee remedies take as their base; others are any
    // type a `--param` can give (LANGUAGE.md 6.3).
    std::vector<GType> types = {GType::num(Dim::moneyD()), GType::num({}, false, true),
                                GType::num({}, true),      GType::num({}),
                                GType::num(Dim::timeD()),  GType::num(Dim::dataD()),
                                GType::of(K::Bool),        GType::of(K::Text),
                                GType::of(K::Timestamp),   GType::of(K::Date)};
    if (!enums.empty())
      types.push_back(GType::enumOf(c.pick(enums.size())));
    GType t = i == 0 ? types[0] : types[c.pick(types.size())];
    std::string p = fresh(pickOf({"monthly_fee", "project_fee", "goal", "allowance", "budget"}));
    body += "  param " + p + (c.chance(70) ? " " + title(p) : "") + ": " + typeName(t);
    if (c.chance(30)) {
      Ctx ctx;
      ctx.aggregates = false;
      body += " = " + value(ctx, t, 0);
    }
    body += "\n";
    params.push_back({p, t});
  }
  body += "\n";
  for (unsigned n = c.pick(4); n > 0; --n)
    genObligation(false);
  for (unsigned n = c.between(1, 6); n > 0; --n)
    genMetric();
  for (unsigned n = c.between(1, 3); n > 0; --n)
    genObjective();
  for (unsigned n = c.pick(3); n > 0; --n)
    genObligation(true);
  if (c.chance(50))
    body += "  duty " + parties[1] + " \"report incidents through the support portal\"\n\n";
  for (unsigned n = c.pick(3); n > 0; --n)
    genExclusion();
  for (unsigned n = c.pick(5); n > 0; --n)
    genRemedy();
  genHoldbackAndCaps();
  genReports();
  genTermination();
  for (const char *id : {"dispute_resolution", "liability", "confidentiality"})
    if (c.chance(50))
      body += std::string("  clause ") + id + " " + title(id) +
              (c.chance(50) ? " \"Short terms.\"\n\n"
                            : " \"\"\"\n    Longer terms,\n      indented.\n  \"\"\"\n\n");
  if (c.chance(60))
    body += std::string("  review every ") + pickOf({"12 months", "6 months", "year", "quarter"}) +
            "\n";
  body += "}\n";
}

std::string Generator::run() {
  currency = pickOf({"USD", "EUR", "GBP", "JPY", "CHF"});
  importLibrary();
  for (unsigned n = c.pick(3); n > 0; --n)
    genEnum();
  for (unsigned n = c.pick(3); n > 0; --n)
    genCalendar();
  for (unsigned n = c.pick(4); n > 0; --n)
    genConst();
  for (unsigned n = c.pick(4); n > 0; --n)
    genFn();
  for (unsigned n = c.pick(3); n > 0; --n)
    genSchema();
  genAgreement();
  std::string out = "//! A generated agreement (tests/fuzz/gen).\n\n";
  for (const std::string &i : imports)
    out += "import " + i + "\n";
  if (!imports.empty())
    out += "\n";
  return out + top + body;
}

std::string generateAgreement(Choices &choices) { return Generator(choices).run(); }

} // namespace tenor::gen
