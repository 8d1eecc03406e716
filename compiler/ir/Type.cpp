//===- Type.cpp - Types and dimensions of the typed IR --------------------===//

#include "ir/Type.h"

#include "ir/Ir.h"

namespace tenor::ir {

Dimension Dimension::times(const Dimension &o) const {
  Dimension d{static_cast<int8_t>(time + o.time), static_cast<int8_t>(data + o.data),
              static_cast<int8_t>(money + o.money), currency.empty() ? o.currency : currency};
  if (d.money == 0)
    d.currency.clear();
  return d;
}

Dimension Dimension::dividedBy(const Dimension &o) const {
  Dimension inverse{static_cast<int8_t>(-o.time), static_cast<int8_t>(-o.data),
                    static_cast<int8_t>(-o.money), o.currency};
  return times(inverse);
}

static void appendPower(std::string &out, const std::string &base, int exp) {
  if (!out.empty())
    out += '*';
  out += base;
  if (exp != 1)
    out += '^' + std::to_string(exp);
}

std::string Dimension::str() const {
  if (isNone())
    return "none";
  if (*this == timeDim())
    return "duration";
  if (*this == dataDim())
    return "datasize";
  // A function's `money` has no currency of its own (see sema).
  std::string moneyName = currency.empty() ? "money" : "money(" + currency + ")";
  if (time == 0 && data == 0 && money == 1)
    return moneyName;
  std::string num, den;
  for (auto [exp, name] :
       {std::pair<int, std::string>{data, "data"}, {money, moneyName}, {time, "time"}}) {
    if (exp > 0)
      appendPower(num, name, exp);
    else if (exp < 0)
      appendPower(den, name, -exp);
  }
  if (num.empty())
    num = "1";
  return den.empty() ? num : num + "/" + den;
}

bool Type::sameShape(const Type &o) const {
  if (kind != o.kind)
    return false;
  switch (kind) {
  case Kind::Number:
    return dim == o.dim;
  case Kind::Enum:
    return enumType == o.enumType;
  case Kind::Dataset:
    return dataset == o.dataset;
  default:
    return true;
  }
}

std::string Type::str() const {
  std::string s;
  switch (kind) {
  case Kind::Error:
    return "<error>";
  case Kind::Bool:
    s = "bool";
    break;
  case Kind::Number:
    if (dim.isNone())
      s = integer ? "int" : percent ? "percent" : "number";
    else
      s = dim.str();
    break;
  case Kind::Text:
    s = "text";
    break;
  case Kind::Timestamp:
    s = "timestamp";
    break;
  case Kind::Date:
    s = "date";
    break;
  case Kind::Interval:
    s = "interval";
    break;
  case Kind::Enum:
    s = enumType ? enumType->name : "enum";
    break;
  case Kind::Dataset:
    s = "data " + (dataset ? dataset->name : std::string());
    break;
  case Kind::Period:
    s = "period";
    break;
  }
  return optional ? s + "?" : s;
}

} // namespace tenor::ir
