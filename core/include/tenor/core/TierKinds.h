//===- TierKinds.h - The kinds of a tier line -------------------*- C++ -*-===//
//
// core::TierKind, generated from TierKinds.def, is the tier kind of the AST,
// the IR and the runtime alike (each names it with a `using`), so no stage
// maps kinds by position.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_TIERKINDS_H
#define TENOR_CORE_TIERKINDS_H

#include <cstddef>

namespace tenor::core {

enum class TierKind {
#define TENOR_TIER_KIND(Name, Spelling, Inclusive, GoesDown) Name,
#include "tenor/core/TierKinds.def"
};

struct TierKindInfo {
  const char *name;     ///< the enumerator, for generated C++ ("AtLeast")
  const char *spelling; ///< as written in Tenor and in contracts ("at least")
  bool inclusive;       ///< the threshold itself is in the line
  bool goesDown;        ///< the line holds for measures under the threshold
};

inline constexpr TierKindInfo tierKinds[] = {
#define TENOR_TIER_KIND(Name, Spelling, Inclusive, GoesDown) {#Name, Spelling, Inclusive, GoesDown},
#include "tenor/core/TierKinds.def"
};

constexpr const TierKindInfo &tierKindInfo(TierKind k) { return tierKinds[static_cast<size_t>(k)]; }

} // namespace tenor::core

#endif
