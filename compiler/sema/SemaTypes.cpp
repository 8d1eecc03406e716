//===- SemaTypes.cpp - Type references and assignability ------------------===//
//
// LANGUAGE.md section 4: the scalar type names, `T?`, `duration in ms`, and
// when a value may stand where a type is declared (a metric's formula, a
// constant, a function's body, a derived field).
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"
#include "tenor/core/Units.h"

#include "llvm/ADT/StringSwitch.h"

namespace tenor {

static std::optional<int64_t> durationUnitMicros(llvm::StringRef unit) {
  if (auto u = core::durationUnitNamed(unit))
    return core::unitInfo(*u).size;
  return std::nullopt;
}

ir::Type Sema::resolveTypeRef(const ast::TypeRef &t, int64_t *unitMicros) {
  // A schema's types are resolved for the schema and again for each dataset
  // that uses it: resolved once, so that a mistake is reported once.
  auto [it, first] = resolvedTypeRefs.try_emplace(&t);
  if (first)
    it->second.type = resolveTypeRefOnce(t, &it->second.unitMicros);
  ir::Type type = it->second.type;
  if (unitMicros && it->second.unitMicros)
    *unitMicros = it->second.unitMicros;
  // `money` is in the currency of the agreement it is used in.
  if (type.isNumber() && type.dim.money && t.name.str() == "money") {
    std::string currency = agreement ? agreement->agreement->currency : "";
    if (currency.empty() && agreement)
      diags.report(t.range, DiagID::MoneyWithoutCurrency);
    type.dim.currency = currency;
  }
  return type;
}

ir::Type Sema::resolveTypeRefOnce(const ast::TypeRef &t, int64_t *unitMicros) {
  ir::Type type = ir::Type::error();
  std::string name = t.name.str();
  if (t.name.parts.size() == 1) {
    type = llvm::StringSwitch<ir::Type>(name)
               .Case("bool", ir::Type::boolean())
               .Case("int", ir::Type::integerType())
               .Case("number", ir::Type::number())
               .Case("percent", ir::Type::percentType())
               .Case("duration", ir::Type::duration())
               .Case("money", ir::Type::money(""))
               .Case("datasize", ir::Type::datasize())
               .Case("timestamp", ir::Type::timestamp())
               .Case("date", ir::Type::date())
               .Case("interval", ir::Type::interval())
               .Case("text", ir::Type::text())
               .Default(ir::Type::error());
  }
  if (type.isError()) {
    ModuleScope &scope = *currentModule;
    bool ambiguous = false;
    const ast::Decl *d =
        lookupTop(scope, t.name, /*report=*/false, diag::ItemKind::Type, &ambiguous);
    if (auto *e = llvm::dyn_cast_or_null<ast::EnumDecl>(d)) {
      type = ir::Type::enumOf(resolveEnum(*e));
    } else {
      if (!ambiguous) {
        auto diag = diags.report(t.name.range, DiagID::UnknownType, name);
        suggest(diag, name,
                {"bool", "int", "number", "percent", "duration", "money", "datasize", "timestamp",
                 "date", "interval", "text"});
      }
      return ir::Type::error();
    }
  }
  if (t.unit) {
    auto micros = durationUnitMicros(t.unit->text);
    if (!type.isNumber() || type.dim != ir::Dimension::timeDim())
      diags.report(t.unit->range, DiagID::UnitOnNonDuration, type.str());
    else if (!micros)
      diags.report(t.unit->range, DiagID::UnknownDurationUnit, t.unit->text);
    else
      *unitMicros = *micros;
  }
  type.optional = t.optional;
  return type;
}

bool Sema::checkAssignable(const ir::Type &declared, const ir::Expr &value, llvm::SMRange at,
                           const diag::Named &what) {
  const ir::Type &actual = value.type;
  if (declared.isError() || actual.isError())
    return true;
  if (actual.optional && !declared.optional) {
    diags.report(at, DiagID::MayBeMissing, what);
    return false;
  }
  bool ok = declared.sameShape(actual);
  if (ok && declared.isNumber() && declared.integer && !actual.integer)
    ok = false;
  if (!ok) {
    diags.report(at, DiagID::DeclaredTypeMismatch, what, declared.str(), actual.str());
    return false;
  }
  return true;
}

} // namespace tenor
