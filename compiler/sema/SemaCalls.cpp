//===- SemaCalls.cpp - Aggregates, built-ins and user functions -----------===//
//
// LANGUAGE.md section 6.4. Aggregates take a dataset (`count(ds)`), a field
// of one (`sum(ds.f)`), optionally filtered (`count(ds where c)`); inside the
// filter the dataset's fields are in scope. `min` and `max` are aggregates
// with one argument and built-ins with two.
//
//===----------------------------------------------------------------------===//

#include "sema/SemaImpl.h"

#include "sema/Decimal.h"

#include "llvm/ADT/StringSwitch.h"

namespace tenor {

using ir::Type;
using Agg = ir::AggregateExpr::Fn;

static std::optional<Agg> aggregateNamed(llvm::StringRef name, size_t args) {
  if ((name == "min" || name == "max") && args != 1)
    return std::nullopt;
  return llvm::StringSwitch<std::optional<Agg>>(name)
      .Case("count", Agg::Count)
      .Case("sum", Agg::Sum)
      .Case("avg", Agg::Avg)
      .Case("min", Agg::Min)
      .Case("max", Agg::Max)
      .Case("share", Agg::Share)
      .Case("percentile", Agg::Percentile)
      .Case("covered", Agg::Covered)
      .Default(std::nullopt);
}

ir::ExprPtr Sema::checkCall(const ast::CallExpr &e, ExprContext &ctx) {
  auto *callee = llvm::dyn_cast<ast::NameExpr>(e.callee.get());
  if (!callee) {
    // `alias.fn(…)`: a function of an imported module.
    auto *m = llvm::dyn_cast<ast::MemberExpr>(e.callee.get());
    auto *alias = m ? llvm::dyn_cast<ast::NameExpr>(m->base.get()) : nullptr;
    if (alias && isImportAlias(alias->name)) {
      ast::QualifiedName q{{ast::Ident{alias->name, alias->range}, m->member}, m->range};
      const ast::Decl *d = lookupTop(*currentModule, q, true, diag::ItemKind::Function);
      if (auto *fn = llvm::dyn_cast_or_null<ast::FnDecl>(d))
        return checkUserCall(e, *fn, ctx);
      if (!d)
        return nullptr;
    }
    diags.report(e.callee->range, DiagID::NotCallable, diag::NameOrExpr{});
    return nullptr;
  }
  if (aggregateNamed(callee->name, e.args.size()))
    return checkAggregate(e, callee->name, ctx);
  if (callee->name == "min" || callee->name == "max" || callee->name == "abs")
    return checkBuiltin(e, callee->name, ctx);
  bool ambiguous = false;
  const ast::Decl *d = lookupTop(*currentModule, callee->name, callee->range, false,
                                 diag::ItemKind::Function, &ambiguous);
  if (auto *fn = llvm::dyn_cast_or_null<ast::FnDecl>(d))
    return checkUserCall(e, *fn, ctx);
  if (ambiguous)
    return nullptr;
  bool inAgreement = agreement && agreement->decls.count(callee->name);
  bool isParam =
      ctx.fnParams && llvm::any_of(*ctx.fnParams, [&](auto &p) { return p.first == callee->name; });
  if (d || inAgreement || isParam || (ctx.row && ctx.row->field(callee->name))) {
    diags.report(callee->range, DiagID::NotCallable, diag::NameOrExpr{callee->name});
    return nullptr;
  }
  auto diag =
      diags.report(callee->range, DiagID::UndefinedName, diag::ItemKind::Function, callee->name);
  std::vector<std::string> names = {"count", "sum",        "avg",     "min", "max",
                                    "share", "percentile", "covered", "abs"};
  for (auto &entry : currentModule->decls)
    if (llvm::isa<ast::FnDecl>(entry.getValue()))
      names.push_back(entry.getKey().str());
  suggest(diag, callee->name, names);
  return nullptr;
}

const ir::Dataset *Sema::datasetNamed(const ast::Expr &e, bool report) {
  auto *n = llvm::dyn_cast<ast::NameExpr>(&e);
  if (n && agreement)
    if (auto it = agreement->decls.find(n->name); it != agreement->decls.end()) {
      if (auto *d = llvm::dyn_cast<ast::DataDecl>(it->second)) {
        auto *ds = static_cast<ir::Dataset *>(resolveAgreementDecl(d));
        noteUse(ds);
        return ds;
      }
      // Used, if wrongly: not also reported as unused.
      noteUse(it->second);
    }
  if (report)
    diags.report(e.range, DiagID::ExpectedDataset,
                 diag::NameOrExpr{n ? llvm::StringRef(n->name) : llvm::StringRef()});
  return nullptr;
}

bool Sema::aggregateRows(ir::AggregateExpr &out, const ast::Expr &dsExpr, const ast::Expr *filter,
                         const ExprContext &ctx) {
  out.dataset = datasetNamed(dsExpr, true);
  if (!out.dataset)
    return false;
  ExprContext rowCtx = ctx;
  rowCtx.row = out.dataset;
  // The evaluator filters each row as it reads it and sums per local day,
  // before any period exists (docs/architecture.md): the filter sees the
  // row, parameters and constants, but not `period` or what has a value per
  // period (E0324, E0325), like the filter of `each` or `from`.
  rowCtx.periodAllowed = false;
  return !filter || (out.filter = checkBoolExpr(*filter, rowCtx, "`where`"));
}

bool Sema::aggregatedField(ir::AggregateExpr &out, const ast::Expr &arg,
                           const ast::Ident &fieldName, llvm::StringRef name) {
  const ir::Field *field = out.dataset->field(fieldName.text);
  if (!field) {
    auto diag =
        diags.report(fieldName.range, DiagID::UnknownField, fieldName.text, out.dataset->name);
    std::vector<std::string> names;
    for (auto &f : out.dataset->fields)
      names.push_back(f->name);
    suggest(diag, fieldName.text, names);
    return false;
  }
  if (field->type.isError())
    return false; // reported where the field is declared
  auto value = std::make_unique<ir::FieldRefExpr>(field->type, arg.range);
  value->field = field;
  Type t = field->type.required();
  if (out.fn == Agg::Covered) {
    if (t.kind != Type::Kind::Interval) {
      diags.report(arg.range, DiagID::AggregateFieldType, name, "an interval", t.str());
      return false;
    }
    t = Type::duration();
  } else if (!t.isNumber()) {
    diags.report(arg.range, DiagID::AggregateFieldType, name, "a number", t.str());
    return false;
  } else if (out.fn == Agg::Avg) {
    t.integer = false;
  }
  out.type = t;
  out.value = std::move(value);
  return true;
}

ir::ExprPtr Sema::percentileRank(const ast::Expr &e, ExprContext &ctx) {
  ir::ExprPtr rank = checkExpr(e, ctx);
  if (!rank)
    return nullptr;
  auto *lit = llvm::dyn_cast<ir::LiteralExpr>(rank.get());
  if (!lit || !rank->type.isDimensionless() || lit->value.front() == '-' ||
      compareDecimal(lit->value, "1") > 0 || compareDecimal(lit->value, "0") == 0) {
    diags.report(e.range, DiagID::PercentileRank);
    return nullptr;
  }
  return rank;
}

ir::ExprPtr Sema::checkAggregate(const ast::CallExpr &e, llvm::StringRef name, ExprContext &ctx) {
  Agg fn = *aggregateNamed(name, e.args.size());
  // Like a metric, an aggregate has a value per period: none in a derived
  // field, an `each` or `from` filter, a parameter's default, a holdback or
  // `cap total`, which the evaluator computes without a period.
  if (!ctx.periodAllowed) {
    diags.report(e.range, DiagID::MetricOutsidePeriod, name.str() + "(…)");
    return nullptr;
  }
  size_t wanted = fn == Agg::Percentile ? 2 : 1;
  if (e.args.size() != wanted) {
    diags.report(e.range, DiagID::WrongArgumentCount, name, wanted, e.args.size());
    return nullptr;
  }
  const ast::Expr *arg = e.args[0].get();
  const ast::Expr *filter = nullptr;
  if (auto *f = llvm::dyn_cast<ast::FilterExpr>(arg)) {
    arg = f->source.get();
    filter = f->condition.get();
  }
  auto out = std::make_unique<ir::AggregateExpr>(Type::integerType(), e.range);
  out->fn = fn;
  // count(ds) and share(ds where c) take a dataset; the others `ds.field`.
  bool wantsField = fn != Agg::Count && fn != Agg::Share;
  const ast::Expr *dsExpr = arg;
  const ast::Ident *fieldName = nullptr;
  if (wantsField) {
    auto *m = llvm::dyn_cast<ast::MemberExpr>(arg);
    if (!m) {
      diags.report(arg->range, DiagID::AggregateNeedsField, name);
      return nullptr;
    }
    dsExpr = m->base.get();
    fieldName = &m->member;
  }
  if (!aggregateRows(*out, *dsExpr, filter, ctx))
    return nullptr;
  if (fn == Agg::Share) {
    if (!out->filter) {
      diags.report(e.range, DiagID::ShareNeedsWhere);
      return nullptr;
    }
    // share(ds where c): the condition counted against all rows.
    out->condition = std::move(out->filter);
    out->type = Type::percentType();
    return out;
  }
  if (fn == Agg::Count)
    return out;
  if (!aggregatedField(*out, *arg, *fieldName, name))
    return nullptr;
  if (fn == Agg::Percentile && !(out->rank = percentileRank(*e.args[1], ctx)))
    return nullptr;
  return out;
}

ir::ExprPtr Sema::checkBuiltin(const ast::CallExpr &e, llvm::StringRef name, ExprContext &ctx) {
  size_t wanted = name == "abs" ? 1 : 2;
  if (e.args.size() != wanted) {
    diags.report(e.range, DiagID::WrongArgumentCount, name, wanted, e.args.size());
    return nullptr;
  }
  auto out = std::make_unique<ir::BuiltinExpr>(Type::error(), e.range);
  out->fn = name == "abs"   ? ir::BuiltinExpr::Fn::Abs
            : name == "min" ? ir::BuiltinExpr::Fn::Min
                            : ir::BuiltinExpr::Fn::Max;
  for (const ast::ExprPtr &a : e.args) {
    ir::ExprPtr arg = checkExpr(*a, ctx);
    if (!arg || !requirePresent(*arg, ctx))
      return nullptr;
    if (!arg->type.isNumber()) {
      diags.report(a->range, DiagID::ArgumentType, name, "a number", arg->type.str());
      return nullptr;
    }
    out->args.push_back(std::move(arg));
  }
  if (wanted == 2 && out->args[0]->type.dim != out->args[1]->type.dim) {
    diags.report(e.range, DiagID::CompareDimensions, out->args[0]->type.str(),
                 out->args[1]->type.str());
    return nullptr;
  }
  out->type = out->args[0]->type;
  if (wanted == 2)
    out->type.integer = out->type.integer && out->args[1]->type.integer;
  return out;
}

/// The first `period.…` that `e`, or a function it calls, reads; null if
/// none. A function's body may read `period`, so a call needs a period too.
static const ir::Expr *periodUse(const ir::Expr &e) {
  if (e.kind() == ir::Expr::Kind::PeriodAttr)
    return &e;
  if (const auto *c = llvm::dyn_cast<ir::CallExpr>(&e))
    if (c->fn && c->fn->body)
      if (const ir::Expr *use = periodUse(*c->fn->body))
        return use;
  const ir::Expr *found = nullptr;
  ir::forEachChild(e, [&](const ir::Expr &child) {
    if (!found)
      found = periodUse(child);
  });
  return found;
}

ir::ExprPtr Sema::checkUserCall(const ast::CallExpr &e, const ast::FnDecl &fnDecl,
                                ExprContext &ctx) {
  ir::Function *fn = resolveFn(fnDecl);
  noteUse(fn);
  if (!fn)
    return nullptr;
  if (!ctx.periodAllowed && fn->body)
    if (const ir::Expr *use = periodUse(*fn->body)) {
      diags.report(e.range, DiagID::PeriodOutsideMetric)
          .note(use->range.Start, DiagID::PeriodReadHere, fn->name);
      return nullptr;
    }
  if (e.args.size() != fn->params.size()) {
    diags.report(e.range, DiagID::WrongArgumentCount, fn->name, fn->params.size(), e.args.size())
        .note(fnDecl.name.range.Start, DiagID::DeclaredHere, fn->name);
    return nullptr;
  }
  // A function is declared outside any agreement, so its `money` has no
  // currency: it takes and gives money in the currency of the agreement
  // that calls it.
  auto inCallerCurrency = [&](Type t) {
    if (agreement && t.isNumber() && t.dim.money && t.dim.currency.empty())
      t.dim.currency = agreement->agreement->currency;
    return t;
  };
  auto out = std::make_unique<ir::CallExpr>(inCallerCurrency(fn->result), e.range);
  out->fn = fn;
  bool ok = true;
  for (size_t i = 0; i < e.args.size(); ++i) {
    ir::ExprPtr arg = checkExpr(*e.args[i], ctx);
    if (!arg) {
      ok = false;
      continue;
    }
    ok &= checkAssignable(inCallerCurrency(fn->params[i].second), *arg, e.args[i]->range,
                          diag::Named{diag::ItemKind::Parameter, fn->params[i].first, fn->name});
    out->args.push_back(std::move(arg));
  }
  return ok ? std::move(out) : nullptr;
}

} // namespace tenor
