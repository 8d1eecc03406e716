//===- Conditions.h - The parts of a termination condition ------*- C++ -*-===//
//
// core::ConditionSubject and core::ConditionForm, generated from
// Conditions.def, are the condition subject and form of the IR and the
// runtime alike (each names them with a `using`).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_CONDITIONS_H
#define TENOR_CORE_CONDITIONS_H

#include <cstddef>

namespace tenor::core {

/// A named objective or obligation, or all or any of the objectives.
enum class ConditionSubject {
#define TENOR_CONDITION_SUBJECT(Name, Spelling) Name,
#include "tenor/core/Conditions.def"
};

/// `in N consecutive`, `in N of the last M`, or over the whole term.
enum class ConditionForm {
#define TENOR_CONDITION_FORM(Name, Spelling) Name,
#include "tenor/core/Conditions.def"
};

struct ConditionPartInfo {
  const char *name;     ///< the enumerator, for generated C++ ("OfLast")
  const char *spelling; ///< as the plan dump prints it ("of-last")
};

inline constexpr ConditionPartInfo conditionSubjects[] = {
#define TENOR_CONDITION_SUBJECT(Name, Spelling) {#Name, Spelling},
#include "tenor/core/Conditions.def"
};

inline constexpr ConditionPartInfo conditionForms[] = {
#define TENOR_CONDITION_FORM(Name, Spelling) {#Name, Spelling},
#include "tenor/core/Conditions.def"
};

constexpr const ConditionPartInfo &conditionSubjectInfo(ConditionSubject s) {
  return conditionSubjects[static_cast<size_t>(s)];
}

constexpr const ConditionPartInfo &conditionFormInfo(ConditionForm f) {
  return conditionForms[static_cast<size_t>(f)];
}

} // namespace tenor::core

#endif
