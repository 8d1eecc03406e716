//===- DiagArgs.h - The argument types of diagnostics -----------*- C++ -*-===//
//
// Each entry of Diagnostics.def declares the types of its arguments; these
// are the types it may name. A call site passes values, and
// DiagEngine::report checks at compile time that each value is of the kind
// the entry declares, then formats it here. Wording that would otherwise be
// built at call sites (what kind of item a message is about) is an enum whose
// spelling lives in this library, so the registry holds every word a user
// reads.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DIAG_DIAGARGS_H
#define TENOR_DIAG_DIAGARGS_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tenor::diag {

/// Text shown as written: a name, a spelling, a type, a path. Anything that
/// converts to llvm::StringRef.
struct Str {};
/// A whole number: a count, a limit, a byte.
struct Int {};

/// The kind of declaration, agreement item or name a diagnostic is about:
/// "unknown function `f`", "this report needs `by`". `Name` when a lookup
/// does not know which kind it wants; `Module` is an import's alias;
/// `TotalCap` is `cap total`, which has no name of its own.
enum class ItemKind {
  Agreement,
  Bonus,
  Calendar,
  Constant,
  Credit,
  Data,
  Declaration,
  Enum,
  Field,
  Function,
  Holdback,
  Metric,
  Module,
  Name,
  Objective,
  Obligation,
  Parameter,
  Penalty,
  Report,
  Schema,
  TotalCap,
  Type,
};
std::string_view spelling(ItemKind kind);

/// A declaration by kind and name: "metric `m`"; a function's parameter
/// also names its function ("parameter `p` of `f`"); a total cap is shown
/// as written ("`cap total credits`", `name` holding what it caps).
struct Named {
  ItemKind kind;
  llvm::StringRef name;
  llvm::StringRef of = {};
};
std::string spelling(const Named &n);

/// What a declaration lacks (E0401), or what gives a percent its base
/// (E0416): "`for`", "`every` window".
enum class Clause {
  For,
  TiersOrAmount,
  Base,
  OfMoney,
  Amount,
  ReleasedIf,
  EveryWindow,
  Target,
  Each,
  Must,
};
std::string_view spelling(Clause clause);

/// Which amount of a remedy, holdback or cap a check is about: "the cap".
enum class AmountRole { Amount, TierAmount, Cap, Minimum };
std::string_view spelling(AmountRole role);

/// What must be a duration (E0334): "a notice period", "`due`".
enum class DurationRole { ClaimPeriod, Deadline, Due, NoticePeriod };
std::string_view spelling(DurationRole role);

/// Which end of a deadline must be a timestamp (E0333): "the start".
enum class DeadlineEnd { Completion, Start, After };
std::string_view spelling(DeadlineEnd end);

/// What `a.b` looked in for member `b` (E0214): `period`, an obligation,
/// an enum, another declaration (by its qualified name) or a value, whose
/// `name` is then its type as spelled.
struct MemberOwner {
  enum class Kind { Period, Obligation, Enum, Declaration, Value } kind;
  llvm::StringRef name = {};
};
std::string spelling(const MemberOwner &owner);

/// The members something has, each in backticks: "`a`, `b` or `c`", or
/// "no members".
struct Members {
  std::vector<std::string> names;
};
std::string spelling(const Members &members);

/// What a call calls (E0218) or an aggregate reads (E0217): a name as
/// written ("`x`"), or, empty, an expression that is not a name ("this
/// expression").
struct NameOrExpr {
  llvm::StringRef name;
};
std::string spelling(const NameOrExpr &e);

/// Why `count of last outOf` (or `count consecutive`, outOf 0) cannot hold:
/// a count of 0, or a count above the periods it is taken from.
struct ConditionCount {
  unsigned long long count, outOf;
};
std::string spelling(ConditionCount c);

/// Whether a value of type `A` may stand for a declared argument of type `D`.
template <typename D, typename A> inline constexpr bool accepts = std::is_same_v<D, A>;
template <typename A>
inline constexpr bool accepts<Str, A> = std::is_convertible_v<const A &, llvm::StringRef>;
template <typename A>
inline constexpr bool accepts<Int, A> =
    std::is_integral_v<A> && !std::is_same_v<A, bool> && !std::is_same_v<A, char>;

/// The value fmt formats for an argument declared `D`.
template <typename D, typename A> auto formatted(const A &a) {
  if constexpr (std::is_same_v<D, Str>) {
    llvm::StringRef s(a);
    return std::string_view(s.data(), s.size());
  } else if constexpr (std::is_same_v<D, Int>) {
    return a;
  } else {
    return spelling(a);
  }
}

/// How many arguments a format string takes: `{}` each, or the highest
/// `{N}` plus one when it numbers them; `{{` is a brace.
constexpr unsigned placeholderCount(std::string_view format) {
  unsigned automatic = 0, numbered = 0;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '{')
      continue;
    if (i + 1 < format.size() && format[i + 1] == '{') {
      ++i;
      continue;
    }
    if (i + 1 < format.size() && format[i + 1] >= '0' && format[i + 1] <= '9') {
      unsigned n = unsigned(format[i + 1] - '0') + 1;
      numbered = n > numbered ? n : numbered;
    } else {
      ++automatic;
    }
  }
  return automatic + numbered;
}

} // namespace tenor::diag

#endif
