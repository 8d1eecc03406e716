//===- IrVerifyImpl.h - The verifier shared by its two files ----*- C++ -*-===//
//
// Private to IrVerify.cpp (declarations) and IrVerifyExprs.cpp
// (expressions): the walk's state and the checks both halves use.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_IRVERIFYIMPL_H
#define TENOR_IR_IRVERIFYIMPL_H

#include "ir/Decimal.h"
#include "ir/IrVerify.h"

#include <set>

namespace tenor::ir {

/// What an expression may refer to where it appears.
struct Scope {
  const Dataset *row = nullptr; ///< the row a FieldRef reads; null: none
  const Function *fn = nullptr; ///< the function whose parameters are in scope
  llvm::SMRange owner;          ///< the enclosing declaration, for locations
};

class Verifier {
public:
  explicit Verifier(const Program &p) : program(p) {}
  std::vector<Violation> run();

private:
  const Program &program;
  const Agreement *agreement = nullptr; ///< the agreement being walked
  std::set<const void *> owned;         ///< every declaration the program owns
  std::vector<Violation> out;

  void fail(llvm::SMRange at, std::string invariant);
  void collect(const Agreement &a);
  bool isOwned(const void *node) const { return owned.count(node) != 0; }
  template <typename T, typename List> static bool in(const T *node, const List &list) {
    for (auto &item : list)
      if (item.get() == node)
        return true;
    return false;
  }

  // Declarations (IrVerify.cpp).
  void named(const Named &n, const char *kind);
  void topLevel();
  void agreementDecls(const Agreement &a);
  void partiesAndCalendars(const Agreement &a);
  void dataset(const Dataset &d);
  void reads(const std::vector<const Dataset *> &list, llvm::SMRange owner, const char *what);
  void objective(const Objective &o);
  void obligation(const Obligation &o);
  void obligationClock(const Obligation &o, const Scope &s);
  void obligationForm(const Obligation &o, const Scope &s);
  void remedy(const Remedy &r);
  void payerAndPayee(const Remedy &r);
  void tiers(const Remedy &r, const Scope &s);
  void tierRanges(const Remedy &r);
  void rangeTableRanges(const Remedy &r);
  void holdbacksAndCaps(const Agreement &a);
  void intervalSet(const IntervalSet &s, const Agreement &a, llvm::SMRange range);
  void excludedTime(const Agreement &a);
  void reportsAndTermination(const Agreement &a);
  void window(const Window &w, llvm::SMRange owner, const char *what);
  void condition(const Condition &c, llvm::SMRange owner);
  void party(const Party *p, bool required, llvm::SMRange owner, const char *what);
  void amount(const Amount &a, const Scope &s, const char *what);
  void money(const Expr *e, const Scope &s, const char *what);

  // Expressions (IrVerifyExprs.cpp).
public:
  /// Checks `e` and everything under it; `what` names it when it is null.
  void expr(const Expr *e, const Scope &s, const char *what);
  /// Like expr(), and `e` is a Bool.
  void boolExpr(const Expr *e, const Scope &s, const char *what);
  /// Like expr(), and `e` is a Number of dimension `d`.
  void numberExpr(const Expr *e, const Scope &s, const Dimension &d, const char *what);

private:
  void exprNode(const Expr &e, const Scope &s);
  void reference(const Expr &e, const Scope &s);
  void literal(const Expr &e);
  void operation(const Expr &e);
  void binary(const BinaryExpr &e);
  void arithmetic(const BinaryExpr &e);
  void aggregate(const AggregateExpr &e, const Scope &s);
  void call(const Expr &e);
  void shape(const Expr &e, const Type &want, const char *what);
};

/// True when `s` is exact decimal text: an optional `-`, digits, and an
/// optional fraction (`900`, `0.999`, `-1.5`).
bool isDecimal(const std::string &s);
/// True when `s` is a date written YYYY-MM-DD.
bool isDate(const std::string &s);

} // namespace tenor::ir

#endif
