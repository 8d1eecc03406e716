//===- Type.h - Types and dimensions of the typed IR ------------*- C++ -*-===//
//
// LANGUAGE.md section 4. Every numeric value is a Number with a Dimension
// (the exponents of time, data and money); `int`, `percent`, `duration`,
// `money` and `datasize` are Numbers with a given dimension and a flag for
// how they print. Products and quotients add and subtract exponents, so
// `10 GB / 1 s` has the dimension data/time.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_TYPE_H
#define TENOR_IR_TYPE_H

#include <cstdint>
#include <string>

namespace tenor::ir {

struct EnumType;
struct Dataset;

/// Exponents of the base dimensions; money carries its currency.
struct Dimension {
  int8_t time = 0, data = 0, money = 0;
  std::string currency; ///< set when money != 0

  bool isNone() const { return time == 0 && data == 0 && money == 0; }
  /// An amount of money (not money per time or per byte).
  bool isMoney() const { return money == 1 && time == 0 && data == 0; }
  friend bool operator==(const Dimension &, const Dimension &) = default;
  Dimension times(const Dimension &o) const;
  Dimension dividedBy(const Dimension &o) const;
  /// "duration", "money(USD)", "data/time", "none".
  std::string str() const;

  static Dimension timeDim() { return {1, 0, 0, {}}; }
  static Dimension dataDim() { return {0, 1, 0, {}}; }
  static Dimension moneyDim(std::string currency) { return {0, 0, 1, std::move(currency)}; }
};

class Type {
public:
  enum class Kind { Error, Bool, Number, Text, Timestamp, Date, Interval, Enum, Dataset, Period };

  Kind kind = Kind::Error;
  Dimension dim;         ///< Number only
  bool integer = false;  ///< Number: an `int` (whole numbers only)
  bool percent = false;  ///< Number: declared or written as a percent
  bool optional = false; ///< `T?`: may be missing
  const EnumType *enumType = nullptr;
  const Dataset *dataset = nullptr;

  static Type error() { return {}; }
  static Type boolean() { return of(Kind::Bool); }
  static Type text() { return of(Kind::Text); }
  static Type timestamp() { return of(Kind::Timestamp); }
  static Type date() { return of(Kind::Date); }
  static Type interval() { return of(Kind::Interval); }
  static Type period() { return of(Kind::Period); }
  static Type number(Dimension d = {}) {
    Type t = of(Kind::Number);
    t.dim = std::move(d);
    return t;
  }
  static Type integerType() {
    Type t = number();
    t.integer = true;
    return t;
  }
  static Type percentType() {
    Type t = number();
    t.percent = true;
    return t;
  }
  static Type duration() { return number(Dimension::timeDim()); }
  static Type money(std::string currency) {
    return number(Dimension::moneyDim(std::move(currency)));
  }
  static Type datasize() { return number(Dimension::dataDim()); }
  static Type enumOf(const EnumType *e) {
    Type t = of(Kind::Enum);
    t.enumType = e;
    return t;
  }
  static Type datasetOf(const Dataset *d) {
    Type t = of(Kind::Dataset);
    t.dataset = d;
    return t;
  }

  bool isError() const { return kind == Kind::Error; }
  bool isNumber() const { return kind == Kind::Number; }
  bool isDimensionless() const { return isNumber() && dim.isNone(); }
  bool isMoney() const { return isNumber() && dim.isMoney(); }
  Type required() const {
    Type t = *this;
    t.optional = false;
    return t;
  }
  Type asOptional(bool opt = true) const {
    Type t = *this;
    t.optional = opt;
    return t;
  }
  /// Same kind, dimension and referent; ignores int/percent/optional.
  bool sameShape(const Type &o) const;
  /// The name a user reads: "percent", "duration", "money(USD)", "int",
  /// "number", "data/time", "timestamp?", "priority".
  std::string str() const;

private:
  static Type of(Kind k) {
    Type t;
    t.kind = k;
    return t;
  }
};

} // namespace tenor::ir

#endif
