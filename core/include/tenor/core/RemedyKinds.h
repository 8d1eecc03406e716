//===- RemedyKinds.h - The kinds of a remedy --------------------*- C++ -*-===//
//
// core::RemedyKind, generated from RemedyKinds.def, is the remedy kind of
// the IR and the runtime alike (each names it with a `using`).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_REMEDYKINDS_H
#define TENOR_CORE_REMEDYKINDS_H

#include <cstddef>

namespace tenor::core {

enum class RemedyKind {
#define TENOR_REMEDY_KIND(Name, Singular, Plural) Name,
#include "tenor/core/RemedyKinds.def"
};

struct RemedyKindInfo {
  const char *name;     ///< the enumerator, for generated C++ ("Penalty")
  const char *singular; ///< "penalty"
  const char *plural;   ///< "penalties"
};

inline constexpr RemedyKindInfo remedyKinds[] = {
#define TENOR_REMEDY_KIND(Name, Singular, Plural) {#Name, Singular, Plural},
#include "tenor/core/RemedyKinds.def"
};

constexpr const RemedyKindInfo &remedyKindInfo(RemedyKind k) {
  return remedyKinds[static_cast<size_t>(k)];
}

} // namespace tenor::core

#endif
