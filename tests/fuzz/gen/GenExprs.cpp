//===- GenExprs.cpp - Expressions of a wanted type and dimension ----------===//
//
// Each function returns the text of an expression that sema gives exactly
// the wanted type: a dimension for numbers (and whole numbers when an `int`
// is wanted), a kind otherwise. Compound expressions are parenthesised, so
// the text never depends on operator precedence. Optional fields are used
// only through `??`, `is missing` or the narrowing forms that sema knows
// (`f is not missing and …`, `if f is missing then … else f`).
//
//===----------------------------------------------------------------------===//

#include "GenModel.h"

#include <cstdio>

namespace tenor::gen {

using K = GType::Kind;

static std::string paren(const std::string &s) { return "(" + s + ")"; }

/// The field a condition `(f is missing)` or `(f is not missing)` tests,
/// or "": sema knows such an `f` to be present on the right of `and` (of
/// `or` for `is missing`) and in one branch of an `if`, where `??` on it is
/// then an error (E0313).
static std::string testedField(const std::string &cond, bool *negated) {
  for (bool neg : {true, false}) {
    std::string tail = neg ? " is not missing)" : " is missing)";
    if (cond.size() <= tail.size() + 1 || cond[0] != '(' ||
        cond.compare(cond.size() - tail.size(), tail.size(), tail) != 0)
      continue;
    std::string name = cond.substr(1, cond.size() - tail.size() - 1);
    if (name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
        std::string::npos)
      return "";
    *negated = neg;
    return name;
  }
  return "";
}

/// Runs `gen` with `name` known present (when not empty).
template <typename F> static std::string narrowed(Ctx &ctx, const std::string &name, F gen) {
  bool added = !name.empty() && ctx.present.insert(name).second;
  std::string out = gen();
  if (added)
    ctx.present.erase(name);
  return out;
}

/// `if c then a else b` with what sema knows of `c` in each branch.
template <typename F> static std::string ifThenElse(Ctx &ctx, const std::string &cond, F branch) {
  bool negated = false;
  std::string name = testedField(cond, &negated);
  std::string a = narrowed(ctx, negated ? name : "", branch);
  std::string b = narrowed(ctx, negated ? "" : name, branch);
  return paren("if " + cond + " then " + a + " else " + b);
}

bool Generator::moneyAllowed(const Ctx &ctx) const {
  if (!ctx.fn)
    return true;
  for (auto &p : ctx.fn->params)
    if (p.second.kind == K::Num && p.second.dim == Dim::moneyD())
      return true;
  return false;
}

std::vector<std::string> Generator::atoms(Ctx &ctx, const GType &want) {
  std::vector<std::string> out;
  if (ctx.fn)
    for (auto &p : ctx.fn->params)
      if (p.second.fits(want))
        out.push_back(p.first);
  for (const GNamed &k : consts)
    if (k.type.fits(want) && !(ctx.fn && k.type.kind == K::Num && k.type.dim.money))
      out.push_back(k.name);
  if (ctx.agreement && !ctx.fn) {
    for (const GNamed &p : params)
      if (p.type.fits(want))
        out.push_back(p.name);
    if (ctx.period) {
      for (const GNamed &m : metrics)
        if (m.type.fits(want))
          out.push_back(m.name);
      for (const GSubject &o : obligations) {
        if (GType::num({}, true).fits(want))
          for (const char *s : {".items", ".breaches", ".pending"})
            out.push_back(o.name + s);
        if (GType::num({}, false, true).fits(want))
          out.push_back(o.name + ".compliance");
      }
    }
  }
  if (ctx.row)
    for (const GField &f : ctx.row->fields)
      if (f.type.fits(want) && (!f.type.optional || ctx.present.count(f.name)))
        out.push_back(f.name);
  if (ctx.period && want.kind == K::Num && want.dim == Dim::timeD() && !want.integer) {
    out.push_back("period.length");
    ctx.usedPeriod = true;
  }
  return out;
}

std::string Generator::timestampLiteral() {
  static const char *offsets[] = {"Z", "Z", "+02:00", "-05:00", "+05:30"};
  char buf[64];
  unsigned month = c.between(1, 12), day = c.between(1, 28), hour = c.pick(24),
           minute = c.pick(4) * 15;
  snprintf(buf, sizeof buf, "2026-%02u-%02uT%02u:%02u:00%s%s", month, day, hour, minute,
           c.chance(5) ? ".250" : "", offsets[c.pick(5)]);
  return buf;
}

std::string Generator::dateLiteral() {
  char buf[32];
  snprintf(buf, sizeof buf, "2026-%02u-%02u", c.between(1, 12), c.between(1, 28));
  return buf;
}

std::string Generator::moneyLiteral() {
  return std::string(
             pickOf({"100", "1", "250", "99.99", "1_000", "18500", "0.01", "5000", "12.50"})) +
         " " + currency;
}

std::string Generator::literal(Dim d, bool wantInt) {
  if (d.none()) {
    if (wantInt || c.chance(30))
      return pickOf({"0", "1", "2", "3", "5", "10", "42", "100", "500", "1_000"});
    if (c.chance(60))
      return pickOf({"95%", "99.9%", "99.95%", "50%", "0%", "100%", "12.5%", "99.99%", "90%"});
    return pickOf({"0.5", "2.75", "1.25", "0.001", "3.0"});
  }
  if (d == Dim::timeD())
    return pickOf({"500 ms", "30 s", "1 min", "5 min", "15 min", "1 h", "4 h", "8 h", "1 d", "2 d",
                   "1 w", "0.5 h", "90 s"});
  if (d == Dim::dataD())
    return pickOf({"1 B", "512 KB", "10 MB", "1 GB", "2.5 GB", "1 TB"});
  if (d == Dim::moneyD())
    return moneyLiteral();
  // A derived dimension: split one unit off. Money's exponent is at most
  // one, so the two factors never both carry money.
  for (Dim u : {Dim::timeD(), Dim::dataD(), Dim::moneyD()}) {
    int e = u == Dim::timeD() ? d.time : u == Dim::dataD() ? d.data : d.money;
    if (e > 0)
      return paren(literal(u, false) + " * " + literal(d / u, false));
  }
  // All exponents negative: one over the inverse.
  return paren("1 / " + literal(Dim{} / d, false));
}

std::string Generator::numLeaf(Ctx &ctx, Dim d, bool wantInt) {
  std::vector<std::string> names = atoms(ctx, GType::num(d, wantInt));
  if (!names.empty() && (c.chance(65) || (ctx.fn && d.money)))
    return names[c.pick(names.size())];
  if (ctx.fn && d.money) {
    // No money literal inside a function (its money has no currency): go
    // through a money parameter.
    std::string p;
    for (auto &param : ctx.fn->params)
      if (param.second.kind == K::Num && param.second.dim == Dim::moneyD())
        p = param.first;
    if (d.money > 0)
      return paren(p + " * " + num(ctx, d / Dim::moneyD(), false, 0));
    return paren(num(ctx, d * Dim::moneyD(), false, 0) + " / " + p);
  }
  return literal(d, wantInt);
}

std::string Generator::num(Ctx &ctx, Dim d, bool wantInt, int depth) {
  if (depth <= 0 || c.chance(25))
    return numLeaf(ctx, d, wantInt);
  switch (c.pick(13)) {
  case 0:
  case 1: {
    const char *op = c.chance(60) ? " + " : " - ";
    return paren(num(ctx, d, wantInt, depth - 1) + op + num(ctx, d, wantInt, depth - 1));
  }
  case 2: {
    if (wantInt)
      return paren(num(ctx, d, true, depth - 1) + " * " + num(ctx, {}, true, depth - 1));
    Dim x = std::vector<Dim>{Dim{}, Dim::timeD(), Dim::dataD(), Dim::moneyD()}[c.pick(4)];
    Dim rest = d / x;
    if ((x.money && rest.money) || !rest.bounded() ||
        (!moneyAllowed(ctx) && (x.money || rest.money)))
      x = Dim{}, rest = d;
    return paren(num(ctx, x, false, depth - 1) + " * " + num(ctx, rest, false, depth - 1));
  }
  case 3: {
    if (wantInt)
      break;
    Dim x = std::vector<Dim>{Dim{}, Dim::timeD(), Dim::dataD(), Dim::moneyD()}[c.pick(4)];
    Dim top = d * x;
    if (!top.bounded() || (!moneyAllowed(ctx) && (x.money || top.money)))
      x = Dim{}, top = d;
    return paren(num(ctx, top, false, depth - 1) + " / " + num(ctx, x, false, depth - 1));
  }
  case 4:
    // A negated percent literal in an objective's target is an error
    // (E0412), whichever side of the comparison it is on.
    if (ctx.target)
      break;
    return paren("-" + num(ctx, d, wantInt, depth - 1));
  case 5:
    return ifThenElse(ctx, boolean(ctx, depth - 1),
                      [&] { return num(ctx, d, wantInt, depth - 1); });
  case 6:
    if (c.chance(30))
      return "abs(" + num(ctx, d, wantInt, depth - 1) + ")";
    return std::string(c.chance(50) ? "min(" : "max(") + num(ctx, d, wantInt, depth - 1) + ", " +
           num(ctx, d, wantInt, depth - 1) + ")";
  case 7:
  case 8:
    if (ctx.period && ctx.agreement && ctx.aggregates && !ctx.fn && !datasets.empty())
      return aggregate(ctx, d, wantInt, depth);
    break;
  case 9: {
    std::string out = call(ctx, GType::num(d, wantInt), depth - 1);
    if (!out.empty())
      return out;
    break;
  }
  case 10:
    if (d == Dim::timeD() && !wantInt) {
      if (ctx.row && c.chance(50))
        for (const GField &f : ctx.row->fields)
          if (f.type.kind == K::Interval && !f.type.optional)
            return f.name + ".length";
      return paren(timestamp(ctx, depth - 1) + " - " + timestamp(ctx, depth - 1));
    }
    break;
  case 11:
  case 12:
    // An optional field of the row, given a default.
    if (ctx.row) {
      std::vector<const GField *> opt;
      for (const GField &f : ctx.row->fields)
        if (f.type.optional && f.type.required().fits(GType::num(d, wantInt)) &&
            !ctx.present.count(f.name))
          opt.push_back(&f);
      if (!opt.empty()) {
        const GField &f = *opt[c.pick(opt.size())];
        std::string fallback = num(ctx, d, wantInt, depth - 1);
        if (c.chance(30)) {
          ctx.present.insert(f.name);
          std::string out =
              paren("if " + f.name + " is missing then " + fallback + " else " + f.name);
          ctx.present.erase(f.name);
          return out;
        }
        return paren(f.name + " ?? " + fallback);
      }
    }
    break;
  }
  return numLeaf(ctx, d, wantInt);
}

std::string Generator::filter(const GDataset &ds, Ctx &outer, int depth) {
  Ctx row;
  row.row = &ds;
  row.agreement = outer.agreement;
  // A filter is applied to each row as it is read, before any period
  // exists: no metric, aggregate or `period` (E0324, E0325).
  row.period = false;
  return boolean(row, depth);
}

std::string Generator::aggregate(Ctx &ctx, Dim d, bool wantInt, int depth) {
  const GDataset &ds = datasets[c.pick(datasets.size())];
  auto where = [&](bool required) {
    if (!required && c.chance(45))
      return std::string();
    return " where " + filter(ds, ctx, std::min(depth, 2));
  };
  if (d.none() && (wantInt || c.chance(40))) {
    if (wantInt || c.chance(50))
      return "count(" + ds.name + where(false) + ")";
    return "share(" + ds.name + where(true) + ")";
  }
  std::vector<const GField *> fields;
  for (const GField &f : ds.fields)
    if (f.type.kind == K::Num && f.type.dim == d && (!wantInt || f.type.integer))
      fields.push_back(&f);
  if (d == Dim::timeD() && !wantInt)
    for (const GField &f : ds.fields)
      if (f.type.kind == K::Interval)
        fields.push_back(&f);
  if (fields.empty())
    return numLeaf(ctx, d, wantInt);
  const GField &f = *fields[c.pick(fields.size())];
  std::string arg = ds.name + "." + f.name;
  if (f.type.kind == K::Interval)
    return "covered(" + arg + where(false) + ")";
  std::vector<const char *> fns = {"sum", "min", "max"};
  if (!wantInt)
    fns.push_back("avg");
  if (c.chance(20))
    return "percentile(" + arg + where(false) + ", " +
           pickOf({"99%", "95%", "50%", "0.9", "100%", "1"}) + ")";
  return std::string(fns[c.pick(fns.size())]) + "(" + arg + where(false) + ")";
}

std::string Generator::call(Ctx &ctx, const GType &want, int depth) {
  std::vector<const GFn *> fit;
  for (const GFn &f : fns) {
    // A function that reads `period` needs one: not in a derived field or
    // a filter (E0325).
    if (&f == ctx.fn || !f.result.fits(want) || (f.usesPeriod && !ctx.period))
      continue;
    bool money = f.result.kind == K::Num && f.result.dim.money;
    for (auto &p : f.params)
      money |= p.second.kind == K::Num && p.second.dim.money != 0;
    if (money && !moneyAllowed(ctx))
      continue;
    fit.push_back(&f);
  }
  if (fit.empty())
    return "";
  const GFn &f = *fit[c.pick(fit.size())];
  std::string out = f.name + "(";
  for (size_t i = 0; i < f.params.size(); ++i)
    out += (i ? ", " : "") + value(ctx, f.params[i].second, depth);
  ctx.usedPeriod |= f.usesPeriod;
  return out + ")";
}

std::string Generator::timestamp(Ctx &ctx, int depth) {
  std::vector<std::string> names = atoms(ctx, GType::of(K::Timestamp));
  if (ctx.row)
    for (const GField &f : ctx.row->fields)
      if (f.type.kind == K::Interval && !f.type.optional)
        names.push_back(f.name + (c.chance(50) ? ".start" : ".end"));
  if (ctx.period && c.chance(30)) {
    ctx.usedPeriod = true;
    return c.chance(50) ? "period.start" : "period.end";
  }
  if (depth > 0)
    switch (c.pick(6)) {
    case 0:
      return paren(timestamp(ctx, depth - 1) + (c.chance(50) ? " + " : " - ") +
                   num(ctx, Dim::timeD(), false, depth - 1));
    case 1:
      return paren(num(ctx, Dim::timeD(), false, depth - 1) + " + " + timestamp(ctx, depth - 1));
    case 2:
      if (ctx.row)
        for (const GField &f : ctx.row->fields)
          if (f.type.kind == K::Timestamp && f.type.optional && !ctx.present.count(f.name))
            return paren(f.name + " ?? " + timestamp(ctx, depth - 1));
      break;
    case 3: {
      std::string out = call(ctx, GType::of(K::Timestamp), depth - 1);
      if (!out.empty())
        return out;
      break;
    }
    default:
      break;
    }
  if (!names.empty() && c.chance(80))
    return names[c.pick(names.size())];
  return timestampLiteral();
}

std::string Generator::text(Ctx &ctx) {
  std::vector<std::string> names = atoms(ctx, GType::of(K::Text));
  if (!names.empty() && c.chance(60))
    return names[c.pick(names.size())];
  if (ctx.row)
    for (const GField &f : ctx.row->fields)
      if (f.type.kind == K::Text && f.type.optional && !ctx.present.count(f.name) && c.chance(50))
        return paren(f.name + " ?? \"" + pickOf({"none", "unknown", ""}) + "\"");
  return std::string("\"") +
         pickOf({"maintenance", "EU", "us-east", "P1", "ok", "", "caf\xc3\xa9",
                 "a \\\"quoted\\\" word", "tab\\there", "done"}) +
         "\"";
}

std::string Generator::enumValue(Ctx &ctx, int enumId, bool bare) {
  std::vector<std::string> names = atoms(ctx, GType::enumOf(enumId));
  if (!names.empty() && c.chance(50))
    return names[c.pick(names.size())];
  const GEnum &e = enums[enumId];
  const std::string &m = e.members[c.pick(e.members.size())];
  return bare ? m : e.name + "." + m;
}

std::string Generator::value(Ctx &ctx, const GType &want, int depth) {
  switch (want.kind) {
  case K::Num:
    return num(ctx, want.dim, want.integer, depth);
  case K::Bool:
    return boolean(ctx, depth);
  case K::Timestamp:
    return timestamp(ctx, depth);
  case K::Text:
    return text(ctx);
  case K::Enum:
    return enumValue(ctx, want.enumId, false);
  case K::Date: {
    std::vector<std::string> names = atoms(ctx, want);
    if (!names.empty() && c.chance(60))
      return names[c.pick(names.size())];
    return dateLiteral();
  }
  case K::Interval:
    break;
  }
  // Intervals are only ever fields, used where they stand.
  return "";
}

/// A comparison about one field of the row: what real `where` filters are.
static const char *orderedOp(Choices &c) {
  static const char *ops[] = {"==", "!=", "<", "<=", ">", ">="};
  return ops[c.pick(6)];
}

std::string Generator::comparison(Ctx &ctx, int depth) {
  if (ctx.row && !ctx.row->fields.empty() && c.chance(75)) {
    const GField &f = ctx.row->fields[c.pick(ctx.row->fields.size())];
    GType t = f.type.required();
    bool present = !f.type.optional || ctx.present.count(f.name);
    if (!present) {
      switch (c.pick(4)) {
      case 0:
        return paren(f.name + " is missing");
      case 1:
        return paren(f.name + " is not missing");
      case 2: {
        if (t.kind == K::Interval)
          return paren(f.name + " is not missing");
        ctx.present.insert(f.name);
        std::string rest = comparison(ctx, depth);
        // `f is not missing and …`: sema narrows f on the right of `and`,
        // but only when the right side is about f; a comparison about
        // another field is just as valid.
        ctx.present.erase(f.name);
        return paren(f.name + " is not missing and " + rest);
      }
      default:
        break;
      }
    }
    std::string use = present ? f.name : "";
    auto withDefault = [&](const std::string &fallback) {
      return present ? f.name : paren(f.name + " ?? " + fallback);
    };
    switch (t.kind) {
    case K::Num:
      use = withDefault(num(ctx, t.dim, t.integer, 0));
      if (c.chance(15)) {
        std::string set = literal(t.dim, t.integer);
        for (unsigned i = c.pick(3); i > 0; --i)
          set += ", " + literal(t.dim, t.integer);
        return paren(use + " in {" + set + "}");
      }
      return paren(use + " " + orderedOp(c) + " " + num(ctx, t.dim, false, depth - 1));
    case K::Timestamp:
      use = withDefault(timestamp(ctx, 0));
      return paren(use + " " + orderedOp(c) + " " + timestamp(ctx, depth - 1));
    case K::Date:
      use = withDefault(dateLiteral());
      return paren(use + " " + orderedOp(c) + " " + value(ctx, t, depth - 1));
    case K::Text:
      use = withDefault("\"\"");
      if (c.chance(20))
        return paren(use + " in {" + text(ctx) + ", " + text(ctx) + "}");
      return paren(use + (c.chance(70) ? " == " : " != ") + text(ctx));
    case K::Enum: {
      use = withDefault(enumValue(ctx, t.enumId, false));
      if (c.chance(35)) {
        std::string set = enumValue(ctx, t.enumId, true);
        for (unsigned i = c.pick(3); i > 0; --i)
          set += ", " + enumValue(ctx, t.enumId, c.chance(70));
        return paren(use + " in {" + set + "}");
      }
      return paren(use + (c.chance(70) ? " == " : " != ") + enumValue(ctx, t.enumId, c.chance(70)));
    }
    case K::Bool:
      use = withDefault(c.chance(50) ? "false" : "true");
      if (c.chance(60))
        return present ? f.name : paren(use + " == true");
      return paren(use + (c.chance(50) ? " == " : " != ") + boolean(ctx, depth - 1));
    case K::Interval:
      if (!present)
        return paren(f.name + " is missing");
      if (c.chance(50))
        return paren(f.name + ".length " + orderedOp(c) + " " +
                     num(ctx, Dim::timeD(), false, depth - 1));
      return paren(f.name + (c.chance(50) ? ".start " : ".end ") + orderedOp(c) + " " +
                   timestamp(ctx, depth - 1));
    }
  }
  switch (c.pick(5)) {
  case 0:
  case 1:
  case 2: {
    std::vector<Dim> dims = {Dim{}, Dim{}, Dim::timeD(), Dim::dataD()};
    if (moneyAllowed(ctx))
      dims.push_back(Dim::moneyD());
    Dim d = dims[c.pick(dims.size())];
    return paren(num(ctx, d, false, depth - 1) + " " + orderedOp(c) + " " +
                 num(ctx, d, false, depth - 1));
  }
  case 3:
    return paren(timestamp(ctx, depth - 1) + " " + orderedOp(c) + " " + timestamp(ctx, depth - 1));
  default:
    if (!enums.empty()) {
      int id = c.pick(enums.size());
      std::string lhs = enumValue(ctx, id, false);
      return paren(lhs + " in {" + enumValue(ctx, id, true) + ", " + enumValue(ctx, id, true) +
                   "}");
    }
    return paren(num(ctx, {}, true, depth - 1) + " " + orderedOp(c) + " " + literal({}, true));
  }
}

std::string Generator::boolean(Ctx &ctx, int depth) {
  if (depth <= 0)
    return c.chance(5) ? pickOf({"true", "false"}) : comparison(ctx, 0);
  switch (c.pick(10)) {
  case 0:
  case 1: {
    std::string lhs = boolean(ctx, depth - 1);
    bool isAnd = c.chance(60), negated = false;
    std::string name = testedField(lhs, &negated);
    std::string rhs =
        narrowed(ctx, negated == isAnd ? name : "", [&] { return boolean(ctx, depth - 1); });
    return paren(lhs + (isAnd ? " and " : " or ") + rhs);
  }
  case 2:
    return paren("not " + boolean(ctx, depth - 1));
  case 3:
    if (c.chance(40))
      return ifThenElse(ctx, boolean(ctx, depth - 1), [&] { return boolean(ctx, depth - 1); });
    break;
  case 4: {
    std::string out = call(ctx, GType::of(K::Bool), depth - 1);
    if (!out.empty())
      return out;
    break;
  }
  case 5: {
    std::vector<std::string> names = atoms(ctx, GType::of(K::Bool));
    if (!names.empty())
      return names[c.pick(names.size())];
    break;
  }
  default:
    break;
  }
  return comparison(ctx, depth);
}

} // namespace tenor::gen
