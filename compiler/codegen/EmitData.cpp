//===- EmitData.cpp - Rows, parsing and accumulation ----------------------===//
//
// For each dataset: a row struct with the fields the formulas use, a parser
// from a CSV or JSON Lines row, the per-day state of its aggregates with a
// merge of one aggregate, the per-row update of that state, and the reading
// loop that also collects obligation items.
//
//===----------------------------------------------------------------------===//

#include "codegen/Emitter.h"

#include <algorithm>

namespace tenor {

using ir::Type;
using Agg = ir::AggregateExpr::Fn;

// The value type min, max and percentile keep. Fields stored as int64_t or
// rt::Duration are kept as they are: ordering them is ordering their values,
// and converting every row to an rt::Rational (normalized by a gcd, 32 bytes)
// made percentiles several times slower. Metrics convert the one result with
// rt::val (EmitExprs.cpp, Emitter::aggregate).
static std::string keptValueType(const ir::AggregateExpr &a) {
  // As Emitter::storageType stores the field (derived values are Rationals).
  const ir::Field &f = *llvm::cast<ir::FieldRefExpr>(a.value.get())->field;
  if (f.derived || f.type.kind != Type::Kind::Number)
    return "rt::Rational";
  if (f.type.dim == ir::Dimension::timeDim())
    return "rt::Duration";
  if (f.type.integer || f.type.dim == ir::Dimension::dataDim())
    return "int64_t";
  return "rt::Rational";
}

static bool keepsRawValues(const ir::AggregateExpr &a) {
  return (a.fn == Agg::Min || a.fn == Agg::Max || a.fn == Agg::Percentile) &&
         keptValueType(a) != "rt::Rational";
}

static std::string accumulatorType(const ir::AggregateExpr &a) {
  switch (a.fn) {
  case Agg::Count:
    return "rt::CountAcc";
  case Agg::Sum:
    return "rt::SumAcc";
  case Agg::Avg:
    return "rt::AvgAcc";
  case Agg::Min:
  case Agg::Max:
    return "rt::MinMaxAcc<" + keptValueType(a) + ">";
  case Agg::Share:
    return "rt::ShareAcc";
  case Agg::Percentile:
    return "rt::PercentileAcc<" + keptValueType(a) + ">";
  case Agg::Covered:
    return "rt::CoveredAcc";
  }
  return "";
}

void Emitter::emitRowStruct(const DatasetPlan &p) {
  open("struct " + ident("Row", p.id));
  // Rows that are only accumulated view their text in the reader's buffer
  // instead of copying it each row; kept rows outlive their line.
  for (const ir::Field *f : p.read)
    line("{} {}{{}};", storageType(*f, /*ownText=*/p.keyIsInterval), ident("f", f->name));
  for (auto &f : p.dataset->fields)
    if (f->derived)
      line("{} {}{{}};", storageType(*f), ident("f", f->name));
  close("};");
  blank();
}

std::string Emitter::enumMembers(const ir::EnumType &e) {
  std::string names;
  for (const ir::EnumMember &m : e.members)
    names += (names.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(m.name) + ")";
  return constant(
      "{" + names + "}",
      ("std::array<std::string_view, " + std::to_string(e.members.size()) + ">").c_str());
}

std::string Emitter::parseCall(const ir::Field &f, const std::string &raw) {
  const Type &t = f.type;
  switch (t.kind) {
  case Type::Kind::Bool:
    return "rt::parseBoolField(" + raw + ")";
  case Type::Kind::Text:
    return "rt::parseTextField(" + raw + ")";
  case Type::Kind::Timestamp:
    return "rt::parseTimestampField(" + raw + ")";
  case Type::Kind::Date:
    return "rt::parseDateField(" + raw + ")";
  case Type::Kind::Interval:
    return "rt::parseIntervalField(" + raw + ")";
  case Type::Kind::Enum:
    return "rt::parseEnumField(" + raw + ", " + enumMembers(*t.enumType) + ")";
  default:
    break;
  }
  if (t.dim == ir::Dimension::timeDim())
    return fmt::format("rt::parseDurationField({}, rt::durationUnitOf({}))", raw, f.unitMicros);
  if (t.dim == ir::Dimension::dataDim())
    return "rt::parseDataSizeField(" + raw + ")";
  if (t.dim.money)
    return "rt::parseMoneyField(" + raw + ", " + quoted(t.dim.currency) + ")";
  if (t.integer)
    return "rt::parseIntField(" + raw + ")";
  return (t.percent ? "rt::parsePercentField(" : "rt::parseNumberField(") + raw + ")";
}

std::string Emitter::fastParseCall(const ir::Field &f, const std::string &raw,
                                   const std::string &out) {
  const Type &t = f.type;
  switch (t.kind) {
  case Type::Kind::Bool:
    return fmt::format("rt::fast::boolField({}, {})", raw, out);
  case Type::Kind::Text:
    return fmt::format("rt::fast::textField({}, {})", raw, out);
  case Type::Kind::Timestamp:
    return fmt::format("rt::fast::timestampField({}, {})", raw, out);
  case Type::Kind::Number:
    if (t.dim == ir::Dimension::timeDim())
      return fmt::format("rt::fast::durationField({}, {}, {})", raw, f.unitMicros, out);
    if (t.integer && !t.dim.money && t.dim != ir::Dimension::dataDim())
      return fmt::format("rt::fast::intField({}, {})", raw, out);
    return "";
  default:
    return "";
  }
}

void Emitter::emitRowParser(const DatasetPlan &p) {
  open(fmt::format("static bool {}(const rt::RowSource &src, {} &r, rt::DataError &err)",
                   ident("parse", p.id), ident("Row", p.id)));
  // Each field is looked up once a row (for JSON Lines a lookup searches the
  // row's keys), and its common spellings take rt::fast's inline path.
  for (size_t i = 0; i < p.read.size(); ++i) {
    const ir::Field &f = *p.read[i];
    std::string out = "r." + ident("f", f.name);
    std::string fast = fastParseCall(f, "v.value", out);
    line(
        "if (const rt::DataField v = src.field({}); {}!rt::take({}, v, {}, {}, err)) return false;",
        i, fast.empty() ? "" : "!" + fast + " && ", parseCall(f, "v.value"), quoted(f.name), out);
  }
  for (auto &f : p.dataset->fields) {
    if (!f->derived)
      continue;
    std::vector<std::string> hoisted;
    // A derived value that divides by zero has no value, and a field must
    // have one: the row is bad (LANGUAGE.md section 8), and skippable.
    line("try {{ r.{} = {}; }} catch (const rt::DivisionByZero &) {{", ident("f", f->name),
         expr(*f->derived, ExprMode::Row, hoisted));
    line("  err = src.rowError({});",
         quoted("derived field `" + f->name + "`: division by zero; the row has no value for it"));
    line("  return false;");
    line("}}");
  }
  line("return true;");
  close();
  blank();
}

/// The field a completion or start time reads first, if it reads one
/// that the row parses.
static const ir::Field *firstReadField(const ir::Expr &e, const DatasetPlan &p) {
  if (auto *f = llvm::dyn_cast<ir::FieldRefExpr>(&e))
    return std::find(p.read.begin(), p.read.end(), f->field) != p.read.end() ? f->field : nullptr;
  const ir::Field *found = nullptr;
  ir::forEachChild(e, [&](const ir::Expr &child) {
    if (!found)
      found = firstReadField(child, p);
  });
  return found;
}

void Emitter::emitItemCheck(const DatasetPlan &p) {
  // A completion before the time an item's deadline counts from would count
  // as on time: it is bad data, located at the completion's field, and
  // --skip-bad-rows skips the row. A completion before the item's time key
  // alone is not: an approval is due before the change it approves.
  std::vector<const ir::Obligation *> within;
  for (const ir::Obligation *o : p.obligations)
    if (o->form == ir::Obligation::Form::Within && o->condition && o->anchor)
      within.push_back(o);
  if (within.empty())
    return;
  open(fmt::format("static bool {}(const rt::RowSource &src, const {} &r, rt::DataError &err)",
                   ident("checkItems", p.id), ident("Row", p.id)));
  auto column = [&](const ir::Field *f) {
    return size_t(std::find(p.read.begin(), p.read.end(), f) - p.read.begin());
  };
  const ir::Field *keyField = p.dataset->timeKey;
  for (const ir::Obligation *o : within) {
    std::vector<std::string> hoisted;
    const ir::Field *doneField = firstReadField(*o->condition, p);
    if (!doneField)
      doneField = keyField;
    const ir::Field *anchorField = nullptr;
    if (auto *f = llvm::dyn_cast<ir::FieldRefExpr>(o->anchor.get()))
      anchorField = f->field;
    open(o->eachFilter ? "if (" + expr(*o->eachFilter, ExprMode::Row, hoisted) + ")" : "");
    line("std::optional<rt::Timestamp> done = {};", expr(*o->condition, ExprMode::Row, hoisted));
    line("rt::Timestamp from = {};", expr(*o->anchor, ExprMode::Row, hoisted));
    std::string fromName = anchorField ? "`" + anchorField->name + "`"
                                       : "the time the deadline of `" + o->name + "` counts from";
    line("if (done && *done < from) {{ err = rt::fieldError(src.field({}), {}, "
         "rt::completionBefore(*done, {}, from)); return false; }}",
         column(doneField), quoted(doneField->name), quoted(fromName));
    close();
  }
  line("return true;");
  close();
  blank();
}

void Emitter::emitDayState(const DatasetPlan &p) {
  open("struct " + ident("State", p.id));
  for (size_t i = 0; i < p.aggregates.size(); ++i)
    line("{} a{};", accumulatorType(*p.aggregates[i]), i);
  // Periods merge one aggregate at a time, when a formula first asks for it.
  if (!p.keyIsInterval && !p.aggregates.empty()) {
    open("void mergeOne(const " + ident("State", p.id) + " &o, size_t i)");
    open("switch (i)");
    for (size_t i = 0; i < p.aggregates.size(); ++i)
      line("case {0}: a{0}.merge(o.a{0}); break;", i);
    close();
    close();
  }
  close("};");
  blank();
}

void Emitter::emitAccumulate(const DatasetPlan &p) {
  open(fmt::format("static void {}([[maybe_unused]] const {} &r, [[maybe_unused]] {} &s)",
                   ident("accumulate", p.id), ident("Row", p.id), ident("State", p.id)));
  for (size_t i = 0; i < p.aggregates.size(); ++i) {
    const ir::AggregateExpr &a = *p.aggregates[i];
    std::vector<std::string> hoisted;
    std::string guard = a.filter ? expr(*a.filter, ExprMode::Row, hoisted) : "";
    std::string update;
    if (a.fn == Agg::Count) {
      update = fmt::format("s.a{}.add();", i);
    } else if (a.fn == Agg::Share) {
      update = fmt::format("s.a{}.add({});", i, expr(*a.condition, ExprMode::Row, hoisted));
    } else {
      auto *f = llvm::cast<ir::FieldRefExpr>(a.value.get())->field;
      std::string member = "r." + ident("f", f->name);
      std::string value = f->type.optional ? "*" + member : member;
      bool rawAdd = ((a.fn == Agg::Sum || a.fn == Agg::Avg || a.fn == Agg::Covered) &&
                     storageType(*f).find("rt::Duration") == std::string::npos) ||
                    keepsRawValues(a);
      update = fmt::format("s.a{}.add({});", i, rawAdd ? value : "rt::val(" + value + ")");
      if (a.fn == Agg::Covered && !p.cutBy.empty())
        update = addOutsideExcluded(p, i, value);
      if (f->type.optional)
        guard = guard.empty() ? member : "(" + guard + ") && " + member;
    }
    line("{}{}", guard.empty() ? "" : "if (" + guard + ") ", update);
  }
  close();
  blank();
}

/// What the reader does with a row that parsed: count it, set it aside when
/// it is outside the range or excluded, else keep or accumulate it and
/// collect its obligation items.
void Emitter::emitRowUse(const DatasetPlan &p) {
  const std::string &id = p.id;
  line("++stats.rows;");
  // Rows outside the effective dates and --from/--to are counted apart (the
  // report's `outside`), before exclusions: they are used nowhere.
  std::string key = "r." + ident("f", p.dataset->timeKey->name);
  line("if (!{}) {{ ++stats.outside; continue; }}", p.keyIsInterval
                                                        ? "rt::overlaps(" + key + ", accepted)"
                                                        : "rt::contains(accepted, " + key + ")");
  std::string excluded;
  std::vector<std::string> hoisted;
  for (const ir::Expr *x : p.dataset->exclusions)
    excluded += (excluded.empty() ? "" : " || ") + expr(*x, ExprMode::Row, hoisted);
  if (!excluded.empty())
    line("if ({}) continue;", excluded);
  emitExcludedTime(p, key);
  if (p.keyIsInterval) {
    line("keys.add({});", key);
    line("{}.push_back(r);", ident("kept", id));
  } else {
    line("keys.add({});", key);
    line("{}(r, {}.at({}));", ident("accumulate", id), ident("days", id), key);
  }
  for (const ir::Obligation *o : p.obligations)
    line("{}(r);", ident("collect", o->name));
}

/// `during` exclusions (LANGUAGE.md 11.7): a row of a set's dataset adds its
/// interval to the set; a row of a dataset the sets cut is dropped when its
/// time (all of its interval) is inside one. Covered intervals are cut in
/// emitAccumulate.
void Emitter::emitExcludedTime(const DatasetPlan &p, const std::string &key) {
  for (unsigned i : p.builds) {
    const ir::IntervalSet &set = *plan.excludedTime[i];
    std::vector<std::string> hoisted;
    std::string member = "r." + ident("f", set.field->name);
    std::string guard = set.filter ? expr(*set.filter, ExprMode::Row, hoisted) : "";
    if (set.field->type.optional)
      guard = guard.empty() ? member : "(" + guard + ") && " + member;
    line("{}excluded{}.add({});", guard.empty() ? "" : "if (" + guard + ") ", i,
         set.field->type.optional ? "*" + member : member);
  }
  for (unsigned i : p.cutBy)
    line("if (excluded{}.{}({})) continue;", i, p.keyIsInterval ? "covers" : "contains", key);
}

/// `s.aN.add(value)` of a covered interval, with the parts inside `during`
/// sets cut away (one nested loop per set).
std::string Emitter::addOutsideExcluded(const DatasetPlan &p, size_t slot,
                                        const std::string &value) {
  std::string add = fmt::format("s.a{}.add({});", slot, "v" + std::to_string(p.cutBy.size()));
  for (size_t k = p.cutBy.size(); k-- > 0;)
    add = fmt::format("excluded{}.forEachPartOutside(v{}, [&](rt::Interval v{}) {{ {} }});",
                      p.cutBy[k], k, k + 1, add);
  return fmt::format("{{ rt::Interval v0 = {}; {} }}", value, add);
}

void Emitter::emitReader(const DatasetPlan &p) {
  const std::string &id = p.id;
  std::string columns, optional;
  for (const ir::Field *f : p.read) {
    columns +=
        (columns.empty() ? "" : ", ") + std::string("std::string_view(") + quoted(f->name) + ")";
    optional += (optional.empty() ? "" : ", ") + std::string(f->type.optional ? "true" : "false");
  }
  open(fmt::format(
      "static bool {}(const rt::EvalOptions &opt, rt::Interval accepted, rt::DataStats &stats, "
      "std::string &error)",
      ident("read", id)));
  line("const rt::DataArg *arg = opt.findData({});", quoted(id));
  line("if (!arg) {{ error = \"missing `--data {}=PATH`\"; return false; }}", id);
  line("static constexpr std::array<std::string_view, {}> columns{{{}}};", p.read.size(), columns);
  line("static constexpr std::array<bool, {}> optional{{{}}};", p.read.size(), optional);
  line("rt::RowSource src;");
  line("rt::DataError err;");
  line("if (!src.open(*arg, columns, optional, err)) {{");
  line("  error = rt::formatDataError(arg->path, err);");
  line("  return false;");
  line("}}");
  line("{} r;", ident("Row", id));
  // A `where` condition, exclusion or deadline that divides by zero: the
  // row may already be counted in part, so it is an error even with
  // --skip-bad-rows.
  open("try");
  open("while (src.next(err))");
  bool checksItems = std::any_of(p.obligations.begin(), p.obligations.end(), [](auto *o) {
    return o->form == ir::Obligation::Form::Within && o->condition && o->anchor;
  });
  open("if (!src.ok() || !" + ident("parse", id) + "(src, r, err)" +
       (checksItems ? " || !" + ident("checkItems", id) + "(src, r, err)" : "") +
       (p.stepMicros ? " || !" + ident("checkSample", id) + "(src, r, err)" : "") + ")");
  line("if (!src.ok()) err = src.error();");
  line("if (opt.skipBadRows && !err.fatal) {{ ++stats.skipped; continue; }}");
  line("error = rt::formatDataError(arg->path, err);");
  line("return false;");
  close();
  emitRowUse(p);
  close();
  close("} catch (const rt::DivisionByZero &) {");
  line("  error = rt::formatDataError(arg->path, src.rowError({}));",
       quoted("division by zero in a `where` condition, an exclusion or a deadline of this row"));
  line("  return false;");
  line("}}");
  line("return true;");
  close();
  blank();
}

/// Sampled data (LANGUAGE.md 11.2): a row whose time key is off the grid,
/// or repeats one, is a bad row located at its time key; a skipped one
/// leaves the first row for the key in place.
void Emitter::emitSampleCheck(const DatasetPlan &p) {
  if (!p.stepMicros)
    return;
  const ir::Field *key = p.dataset->timeKey;
  size_t column = size_t(std::find(p.read.begin(), p.read.end(), key) - p.read.begin());
  line("static rt::SampleKeys {}(rt::Duration{{{}}});", ident("samples", p.id), p.stepMicros);
  open(fmt::format("static bool {}(const rt::RowSource &src, const {} &r, rt::DataError &err)",
                   ident("checkSample", p.id), ident("Row", p.id)));
  line("std::string why = {}.add(r.{}, zone);", ident("samples", p.id), ident("f", key->name));
  line("if (why.empty()) return true;");
  line("err = rt::fieldError(src.field({}), {}, why);", column, quoted(key->name));
  line("return false;");
  close();
}

void Emitter::emitRows() {
  for (size_t i = 0; i < plan.excludedTime.size(); ++i)
    line("static rt::ExcludedTime excluded{};", i);
  if (!plan.excludedTime.empty())
    blank();
  for (const DatasetPlan &p : plan.datasets) {
    emitRowStruct(p);
    emitRowParser(p);
    emitItemCheck(p);
    emitSampleCheck(p);
    emitDayState(p);
    emitAccumulate(p);
    if (p.keyIsInterval)
      line("static std::vector<{}> {};", ident("Row", p.id), ident("kept", p.id));
    else
      line("static rt::DayBuckets<{}> {}(zone);", ident("State", p.id), ident("days", p.id));
    blank();
  }
}

} // namespace tenor
