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

#include <string_view>
#include <type_traits>

namespace tenor::diag {

/// Text shown as written: a name, a spelling, a type, a path. Anything that
/// converts to llvm::StringRef.
struct Str {};
/// A whole number: a count, a limit, a byte.
struct Int {};

/// The kind of agreement item a diagnostic is about.
enum class ItemKind { Objective, Obligation, Report };
std::string_view spelling(ItemKind kind);

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
