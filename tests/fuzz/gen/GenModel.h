//===- GenModel.h - What the agreement generator knows ----------*- C++ -*-===//
//
// Private to tests/fuzz/gen. The generator keeps a model of everything it
// has declared (enums, calendars, constants, functions, datasets and their
// fields, parameters, metrics, objectives, obligations) with the type and
// dimension of each, the way sema will see it. Expressions are then built
// for a wanted type from what the model says is in scope where they stand.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_FUZZ_GEN_GENMODEL_H
#define TENOR_TESTS_FUZZ_GEN_GENMODEL_H

#include "AgreementGenerator.h"

#include <set>
#include <string>
#include <vector>

namespace tenor::gen {

/// Exponents of time, data and money, as in ir::Dimension. The currency is
/// the agreement's, except inside a function, where money has none.
struct Dim {
  int time = 0, data = 0, money = 0;
  bool operator==(const Dim &) const = default;
  bool none() const { return !time && !data && !money; }
  Dim operator*(const Dim &o) const { return {time + o.time, data + o.data, money + o.money}; }
  Dim operator/(const Dim &o) const { return {time - o.time, data - o.data, money - o.money}; }
  /// Whether a literal of this dimension can be written (`5 min`, `10 GB`).
  bool isUnit() const {
    int n = (time != 0) + (data != 0) + (money != 0);
    return n == 0 || (n == 1 && time + data + money == 1);
  }
  bool bounded() const {
    return time >= -2 && time <= 2 && data >= -2 && data <= 2 && money >= -1 && money <= 1;
  }
  static Dim timeD() { return {1, 0, 0}; }
  static Dim dataD() { return {0, 1, 0}; }
  static Dim moneyD() { return {0, 0, 1}; }
};

struct GType {
  enum class Kind { Bool, Num, Text, Timestamp, Date, Interval, Enum };
  Kind kind = Kind::Bool;
  Dim dim;
  bool integer = false;
  bool percent = false;
  bool optional = false;
  int enumId = -1;

  static GType of(Kind k) {
    GType t;
    t.kind = k;
    return t;
  }
  static GType num(Dim d, bool integer = false, bool percent = false) {
    GType t = of(Kind::Num);
    t.dim = d;
    t.integer = integer;
    t.percent = percent;
    return t;
  }
  static GType enumOf(int id) {
    GType t = of(Kind::Enum);
    t.enumId = id;
    return t;
  }
  GType required() const {
    GType t = *this;
    t.optional = false;
    return t;
  }
  bool sameShape(const GType &o) const {
    return kind == o.kind && (kind != Kind::Num || dim == o.dim) &&
           (kind != Kind::Enum || enumId == o.enumId);
  }
  /// Whether a value of this type may stand where `want` is declared
  /// (sema's checkAssignable, ignoring optionality).
  bool fits(const GType &want) const { return sameShape(want) && (!want.integer || integer); }
};

struct GEnum {
  std::string name;
  std::vector<std::string> members;
};

struct GField {
  std::string name;
  GType type;
  bool derived = false;
};

struct GDataset {
  std::string name;
  std::vector<GField> fields;
  /// Index of the time key (the first non-derived timestamp or interval).
  size_t timeKey = 0;
  const GField *field(const std::string &n) const {
    for (const GField &f : fields)
      if (f.name == n)
        return &f;
    return nullptr;
  }
};

/// A schema: the fields a dataset that uses it gets.
struct GSchema {
  std::string name;
  std::vector<GField> fields;
};

struct GFn {
  std::string name;
  std::vector<std::pair<std::string, GType>> params;
  GType result;
  bool usesPeriod = false;
};

/// A value with a name: a constant, a parameter or a metric.
struct GNamed {
  std::string name;
  GType type;
  bool usesPeriod = false; ///< constants: through a function
};

struct GSubject {
  std::string name;
  std::string unit; ///< the window's unit word: day, week, month, quarter, year
  bool obligation = false;
};

/// Where an expression stands, which decides what it may use.
struct Ctx {
  const GDataset *row = nullptr; ///< its fields are in scope
  bool period = false;           ///< metrics, `period`, aggregates
  bool agreement = true;         ///< agreement items (params, datasets) visible
  const GFn *fn = nullptr;       ///< inside a function body: its parameters
  std::set<std::string> present; ///< optional fields known to be present
  bool usedPeriod = false;       ///< set when the expression used `period`
  bool aggregates = true;        ///< aggregates may be written here
  bool target = false;           ///< an objective's target: no negated literals
};

class Generator {
public:
  explicit Generator(Choices &c) : c(c) {}
  std::string run();

  // ---- GenNames.cpp / AgreementGenerator.cpp: declarations ----
  std::string fresh(const std::string &base);
  const char *pickOf(std::initializer_list<const char *> options);
  void importLibrary();
  void genEnum();
  void genCalendar();
  void genConst();
  void genFn();
  void genSchema();
  GField genField(std::vector<GField> &soFar, bool allowDerived);
  GDataset genDataset();
  void genAgreement();
  std::string genWindow(std::string *unit);
  void genObligation(bool corrective);
  void genMetric();
  void genObjective();
  void genExclusion();
  void genRemedy();
  void genTiers(const std::string &indent, bool hasBase);
  void genHoldbackAndCaps();
  void genReports();
  void genTermination();
  std::string genCondition();
  std::string title(const std::string &name);
  /// How a type is written in a declaration (`duration`, `priority`, `int?`).
  std::string typeName(const GType &t) const;

  // ---- GenExprs.cpp: expressions of a wanted type ----
  std::string value(Ctx &ctx, const GType &want, int depth);
  std::string num(Ctx &ctx, Dim d, bool wantInt, int depth);
  std::string numLeaf(Ctx &ctx, Dim d, bool wantInt);
  std::string literal(Dim d, bool wantInt);
  std::string moneyLiteral();
  std::string boolean(Ctx &ctx, int depth);
  std::string comparison(Ctx &ctx, int depth);
  std::string timestamp(Ctx &ctx, int depth);
  std::string text(Ctx &ctx);
  std::string enumValue(Ctx &ctx, int enumId, bool bare);
  std::string aggregate(Ctx &ctx, Dim d, bool wantInt, int depth);
  std::string filter(const GDataset &ds, Ctx &outer, int depth);
  std::string call(Ctx &ctx, const GType &want, int depth);
  /// Names in scope whose type fits `want` (fields, parameters, constants,
  /// metrics, obligation statistics, function parameters).
  std::vector<std::string> atoms(Ctx &ctx, const GType &want);
  bool moneyAllowed(const Ctx &ctx) const;
  std::string timestampLiteral();
  std::string dateLiteral();

  Choices &c;
  std::set<std::string> taken;
  std::string currency = "USD";
  bool internal = false;
  std::vector<std::string> imports;
  std::vector<GEnum> enums;
  std::vector<std::string> calendars;
  std::vector<GNamed> consts;
  std::vector<GFn> fns;
  std::vector<GSchema> schemas;
  std::vector<GDataset> datasets;
  std::vector<GNamed> params;
  std::vector<GNamed> metrics;
  std::vector<GSubject> objectives;
  std::vector<GSubject> obligations; ///< with items: their statistics are values
  std::vector<std::string> correctives;
  std::vector<std::string> remedies;
  std::vector<std::string> parties; ///< provider or team first
  std::vector<std::string> services;
  std::string top;  ///< top-level declarations
  std::string body; ///< the agreement's items
};

} // namespace tenor::gen

#endif
