//===- SemaImpl.h - The state of semantic analysis --------------*- C++ -*-===//
//
// Private to sema/. One Sema object checks one module: it owns the scopes
// (module top level, imports, the agreement being checked, the row of a
// dataset inside `where` and aggregates, function parameters) and builds the
// IR as it goes. Work is split by area over Sema*.cpp files.
//
// Declarations are resolved on first use (metrics may use metrics declared
// after them); a declaration being resolved is marked, so a cycle is
// reported instead of recursing forever.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_SEMA_SEMAIMPL_H
#define TENOR_SEMA_SEMAIMPL_H

#include "diag/DiagEngine.h"
#include "sema/Sema.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Casting.h"

#include <map>
#include <set>

namespace tenor {

/// A module's own top-level declarations and the modules it imports.
struct ModuleScope {
  std::string path;
  const ast::Module *ast = nullptr;
  llvm::StringMap<const ast::Decl *> decls;
  struct ImportedModule {
    std::string alias;
    ModuleScope *scope;
    llvm::SMRange range;
  };
  std::vector<ImportedModule> imports;
  /// Aliases of imports that failed (reported already): `alias.name` is
  /// then not reported again.
  std::set<std::string> failedAliases;
};

/// What a name inside an agreement may denote.
struct AgreementScope {
  ir::Agreement *agreement = nullptr;
  const ast::AgreementDecl *ast = nullptr;
  llvm::StringMap<const ast::Decl *> decls; ///< metrics, objectives, data, …
  llvm::StringMap<ir::Party *> parties;
  llvm::StringMap<llvm::SMRange> partyRanges;
  std::map<const ast::Decl *, void *> resolved;
  std::set<const ast::Decl *> resolving;
};

/// Resolves names from the top level of `module` (and, when `agreement` is
/// null, outside any agreement) until destroyed: a declaration of an imported
/// module means what it means in its own module.
class ScopeSwitch {
public:
  ScopeSwitch(ModuleScope *&current, ModuleScope *module, AgreementScope *&agr, bool leaveAgreement)
      : current(current), savedModule(current), agr(agr), savedAgreement(agr) {
    current = module;
    if (leaveAgreement)
      agr = nullptr;
  }
  ~ScopeSwitch() {
    current = savedModule;
    agr = savedAgreement;
  }
  ScopeSwitch(const ScopeSwitch &) = delete;
  ScopeSwitch &operator=(const ScopeSwitch &) = delete;

private:
  ModuleScope *&current;
  ModuleScope *savedModule;
  AgreementScope *&agr;
  AgreementScope *savedAgreement;
};

/// Where an expression stands, which decides what its names can mean.
struct ExprContext {
  const ir::Dataset *row = nullptr; ///< fields of this dataset are in scope
  bool periodAllowed = false;       ///< `period.start` … may be used
  const ir::Function *fn = nullptr; ///< its parameters are in scope
  const std::vector<std::pair<std::string, ir::Type>> *fnParams = nullptr;
  std::set<std::string> presentFields; ///< optional fields known not missing here
  const ir::Type *expected = nullptr;  ///< resolves bare enum members
};

class Sema {
public:
  explicit Sema(DiagEngine &diags) : diags(diags) {}

  std::optional<ir::Program> run(const ast::ModuleGraph &graph);

  // ---- SemaModule.cpp: modules, imports, top-level declarations ----
  /// The scope of `file` and, first time, of the files it imports.
  ModuleScope *scopeOfFile(const ast::ModuleFile &file);
  void collectTopLevel(ModuleScope &scope);
  /// Finds a top-level declaration by (possibly qualified) name, reporting
  /// an ambiguity between imports or, when `report`, an unknown name. Sets
  /// `*ambiguous` when it reported an ambiguity, so that a caller that looks
  /// further does not report the same name again as unknown.
  const ast::Decl *lookupTop(ModuleScope &scope, const ast::QualifiedName &name, bool report,
                             diag::ItemKind what, bool *ambiguous = nullptr);
  const ast::Decl *lookupTop(ModuleScope &scope, llvm::StringRef name, llvm::SMRange range,
                             bool report, diag::ItemKind what, bool *ambiguous = nullptr);
  ModuleScope *scopeOf(const ast::Decl *d);
  /// Whether `name` is the alias of one of the current module's imports.
  bool isImportAlias(llvm::StringRef name) const {
    return currentModule->failedAliases.count(name.str()) ||
           llvm::any_of(currentModule->imports, [&](auto &imp) { return imp.alias == name; });
  }
  ir::EnumType *resolveEnum(const ast::EnumDecl &d);
  /// Checks a calendar declaration once; the calendar as declared (its
  /// zone empty when it writes none), kept by sema, not in the program.
  ir::Calendar *resolveCalendar(const ast::CalendarDecl &d);
  /// The calendar as the current agreement uses it, its zone resolved (the
  /// agreement's when it writes none): one per declaration and zone.
  const ir::Calendar *calendarInAgreement(const ast::CalendarDecl &d);
  ir::Const *resolveConst(const ast::ConstDecl &d);
  ir::Function *resolveFn(const ast::FnDecl &d);

  // ---- SemaTypes.cpp: type references and units ----
  ir::Type resolveTypeRef(const ast::TypeRef &t, int64_t *unitMicros = nullptr);
  ir::Type resolveTypeRefOnce(const ast::TypeRef &t, int64_t *unitMicros);
  bool checkAssignable(const ir::Type &declared, const ir::Expr &value, llvm::SMRange at,
                       const diag::Named &what);

  // ---- SemaExprs.cpp: expressions ----
  /// Checks `e`; null when it has an error, which has been reported.
  ir::ExprPtr checkExpr(const ast::Expr &e, ExprContext &ctx);
  ir::ExprPtr checkExprKind(const ast::Expr &e, ExprContext &ctx);
  ir::ExprPtr checkBoolExpr(const ast::Expr &e, ExprContext &ctx, const char *what);
  ir::ExprPtr checkName(const ast::NameExpr &e, ExprContext &ctx);
  ir::ExprPtr checkMember(const ast::MemberExpr &e, ExprContext &ctx);

  // ---- SemaNames.cpp: the steps of checkName and checkMember ----
  /// A function parameter, a field of the row, or a member of the expected
  /// enum; null when the name is none of them (nothing reported).
  ir::ExprPtr checkLocalName(const ast::NameExpr &e, ExprContext &ctx);
  /// A reference to the agreement's item `d` (a metric, parameter or data).
  ir::ExprPtr agreementItemRef(const ast::NameExpr &e, const ast::Decl &d, const ExprContext &ctx);
  void reportUnknownName(const ast::NameExpr &e, const ExprContext &ctx);
  /// `name.member` where `name` is `period`, an obligation, a dataset, an
  /// import's alias or an enum; none when `name` is a value of its own.
  std::optional<ir::ExprPtr> namedMember(const ast::MemberExpr &e, const ast::NameExpr &base,
                                         ExprContext &ctx);
  ir::ExprPtr periodMember(const ast::MemberExpr &e, const ExprContext &ctx);
  ir::ExprPtr obligationMember(const ast::MemberExpr &e, const ast::NameExpr &base,
                               const ast::ObligationDecl &o, const ExprContext &ctx);
  /// `enum.Member`; `enumName` as the user wrote it, for the diagnostic.
  ir::ExprPtr enumMemberOf(const ast::MemberExpr &e, const ast::EnumDecl &en,
                           llvm::StringRef enumName);
  /// `alias.enum.Member`: an enum of an imported module.
  ir::ExprPtr importedEnumMember(const ast::MemberExpr &e, const ast::MemberExpr &inner,
                                 const ast::NameExpr &alias);
  /// A member of a value: the parts of an interval.
  ir::ExprPtr valueMember(const ast::MemberExpr &e, ExprContext &ctx);
  /// A reference to constant `c` (null when it has no value).
  ir::ExprPtr constRef(const ast::ConstDecl &c, llvm::SMRange range);
  ir::ExprPtr checkBinary(const ast::BinaryExpr &e, ExprContext &ctx);
  ir::ExprPtr checkArithmetic(const ast::BinaryExpr &e, ir::ExprPtr lhs, ir::ExprPtr rhs);
  ir::ExprPtr checkComparison(const ast::BinaryExpr &e, ir::ExprPtr lhs, ir::ExprPtr rhs);
  ir::ExprPtr checkUnary(const ast::UnaryExpr &e, ExprContext &ctx);
  ir::ExprPtr checkIf(const ast::IfExpr &e, ExprContext &ctx);
  ir::ExprPtr checkInSet(const ast::InSetExpr &e, ExprContext &ctx);
  ir::ExprPtr checkLiteral(const ast::Expr &e);
  ir::ExprPtr checkQuantity(const ast::QuantityExpr &e);
  bool requirePresent(const ir::Expr &e, const ExprContext &ctx);
  ir::ExprPtr enumMember(llvm::StringRef name, llvm::SMRange range, const ir::Type *expected,
                         bool *ambiguous = nullptr);

  // ---- SemaCalls.cpp: aggregates, built-ins, user functions ----
  ir::ExprPtr checkCall(const ast::CallExpr &e, ExprContext &ctx);
  ir::ExprPtr checkAggregate(const ast::CallExpr &e, llvm::StringRef fn, ExprContext &ctx);
  /// The dataset an aggregate reads and its `where` filter, which sees the
  /// row but no period; false when an error was reported.
  bool aggregateRows(ir::AggregateExpr &out, const ast::Expr &dsExpr, const ast::Expr *filter,
                     const ExprContext &ctx);
  /// The field `ds.field` aggregate `name` reads, and the aggregate's type
  /// from it; false when an error was reported.
  bool aggregatedField(ir::AggregateExpr &out, const ast::Expr &arg, const ast::Ident &fieldName,
                       llvm::StringRef name);
  /// The rank of `percentile(ds.field, rank)`: a literal above 0% and at
  /// most 100%.
  ir::ExprPtr percentileRank(const ast::Expr &e, ExprContext &ctx);
  ir::ExprPtr checkBuiltin(const ast::CallExpr &e, llvm::StringRef fn, ExprContext &ctx);
  ir::ExprPtr checkUserCall(const ast::CallExpr &e, const ast::FnDecl &fn, ExprContext &ctx);
  const ir::Dataset *datasetNamed(const ast::Expr &e, bool report);

  // ---- SemaAgreement.cpp: the agreement and its items ----
  ir::Agreement *checkAgreement(const ast::AgreementDecl &d, ModuleScope &scope);
  void checkSettings(const ast::AgreementDecl &d);
  /// `incorporates master`: checks the master first, then inherits from it.
  void incorporate(const ast::SettingDecl &s);
  /// One item of the agreement, in the order written.
  void checkAgreementItem(const ast::Decl &item);
  void checkService(const ast::ServiceDecl &s);
  void inheritFromMaster(const ir::Agreement &master);
  void collectAgreementDecls(const ast::AgreementDecl &d);
  void *resolveAgreementDecl(const ast::Decl *d);
  ir::Dataset *resolveData(const ast::DataDecl &d);
  void chooseTimeKey(const ast::DataDecl &d, ir::Dataset &ds);
  // ---- SemaSampling.cpp: sampled data, what each period reads ----
  void checkSampling(const ast::DataDecl &d, ir::Dataset &ds);
  void recordReads(ir::Agreement &a);
  ir::Metric *resolveMetric(const ast::MetricDecl &d);
  ir::Param *resolveParam(const ast::ParamDecl &d);
  ir::Party *partyNamed(const ast::Ident &name, bool allowEither);
  ir::Window checkWindow(const ast::Window &w);

  // ---- SemaObjectives.cpp: objectives, obligations, exclusions ----
  ir::Objective *resolveObjective(const ast::ObjectiveDecl &d);
  ir::Obligation *resolveObligation(const ast::ObligationDecl &d);
  /// `on breach of`: the objective or obligation that starts `ob`.
  void checkTrigger(const ast::Ident &onBreachOf, ir::Obligation &ob);
  /// The `must` clause, its fields read from the row of `each`.
  void checkMust(const ast::ObligationDecl &d, ir::Obligation &ob, ExprContext &rowCtx);
  /// `must` with a deadline: the completion and start timestamps of each
  /// item, and the calendar the deadline counts in.
  void checkMustComplete(const ast::MustClause &m, ir::Obligation &ob, ExprContext &rowCtx);
  void checkDeadline(const ast::MustClause &m, ir::Obligation &ob, ExprContext &rowCtx);
  void checkTitleDeadline(const ast::ObligationDecl &d, const ir::Obligation &ob);
  /// An obligation's target: a literal share of items on time.
  void checkObligationTarget(const ast::Expr &target, ir::Obligation &ob);
  void checkExclusion(const ast::ExcludeDecl &d);
  std::unique_ptr<ir::IntervalSet> checkIntervalSet(const ast::Expr &e);
  void assignExcludedTime();
  const ir::Party *defaultProvider(llvm::SMRange at, diag::ItemKind what);
  /// Sets the agreement's provider and customer, once its parties are known.
  void chooseProviderAndCustomer();
  /// The party on the other side of `of`: the first customer, else the
  /// first other party.
  const ir::Party *counterpartyOf(const ir::Party *of) const;

  // ---- SemaRemedies.cpp: remedies, holdbacks, caps, reports, termination ----
  void checkRemedy(const ast::RemedyDecl &d);
  /// `for`: the objective or obligation a remedy compensates.
  void checkRemedyTarget(const ast::Ident &forName, ir::Remedy &r);
  void checkMinimum(const ast::Expr &e, ir::Remedy &r, ExprContext &ctx);
  /// `claim within`: a calendar span, or a literal duration.
  ir::Span checkClaimPeriod(const ast::Span &c, ExprContext &ctx);
  void checkTiers(const ast::RemedyDecl &d, ir::Remedy &r, ExprContext &ctx);
  /// A tier's threshold, null when its dimension is not the measure's.
  ir::ExprPtr checkThreshold(const ast::Expr &e, const ir::Remedy &r, ExprContext &ctx);
  void checkNestedTiers(const ir::Remedy &r);
  /// Each range line's range from its own conditions; no overlaps (11.6).
  void checkRangeTiers(ir::Remedy &r);
  /// Remedy::ascending: the lines from the lowest values to the highest.
  void orderTiers(ir::Remedy &r);
  /// TotalCap::reduceFirst of every total cap, once all remedies are known.
  void orderTotalCaps();
  void checkHoldback(const ast::HoldbackDecl &d);
  void checkTotalCap(const ast::TotalCapDecl &d);
  void checkReport(const ast::ReportDecl &d);
  void checkTermination(const ast::TerminationDecl &d);
  ir::Condition checkCondition(const ast::Condition &c);
  void checkConditionUnit(const ast::Condition &c, const ir::Condition &out,
                          const ir::Window *window, const std::string &subject);
  std::optional<ir::Amount> checkMoneyOrPercent(const ast::Expr &e, ExprContext &ctx,
                                                diag::AmountRole what);
  void choosePayerAndPayee(ir::Remedy &r);
  /// Each tier's range of measure values, from the lines after it.
  void tierRanges(ir::Remedy &r);
  void checkAmountRange(const ir::Expr &amount, llvm::SMRange at, diag::AmountRole what);

  // ---- SemaRules.cpp: whole-agreement rules and warnings ----
  void checkCompleteness(const ast::AgreementDecl &d);
  void checkUnused(const ast::AgreementDecl &d);
  void checkNoDataLines(const ast::AgreementDecl &d);
  void noteUse(const void *decl) { used.insert(decl); }

  /// "did you mean `x`?" when a close name exists among `candidates`.
  void suggest(DiagBuilder &diag, llvm::StringRef name, const std::vector<std::string> &candidates);

  DiagEngine &diags;
  ir::Program program;

  std::vector<std::unique_ptr<ModuleScope>> modules;
  std::map<const ast::ModuleFile *, ModuleScope *> scopesByFile;
  std::map<const ast::Decl *, ModuleScope *> declScope;
  std::map<const ast::Decl *, void *> resolvedTop;
  std::set<const ast::Decl *> resolvingTop;
  std::map<const ast::Decl *, const ir::Agreement *> agreementsByDecl;
  std::vector<std::unique_ptr<ir::Calendar>> declaredCalendars;
  std::map<std::pair<const ast::Decl *, std::string>, const ir::Calendar *> zonedCalendars;

  ModuleScope *currentModule = nullptr;
  AgreementScope *agreement = nullptr;
  std::set<const void *> used;
  std::set<const ast::Decl *> resolvingFns;
  /// Each type reference resolved (once); `money` without its currency.
  struct ResolvedTypeRef {
    ir::Type type;
    int64_t unitMicros = 0;
  };
  std::map<const ast::TypeRef *, ResolvedTypeRef> resolvedTypeRefs;
};

/// A number literal, possibly negated (`-10%`): its exact value and its
/// spelling; none for any other expression. The checks of literal ranges
/// (targets, remedy amounts) read literals through it.
std::optional<std::pair<std::string, std::string>> signedNumberLiteral(const ir::Expr &e);

} // namespace tenor

#endif
