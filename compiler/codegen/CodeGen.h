//===- CodeGen.h - The evaluator back end's entry point ---------*- C++ -*-===//
//
// Turns one checked agreement into the C++ source of its evaluator: a
// program that reads measurement data and reports per period what was met,
// breached and owed (LANGUAGE.md section 8). The source includes only the
// runtime library's headers (runtime/include/tenor/rt). It first plans
// what the evaluator computes (Plan.h), then prints the plan as C++.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CODEGEN_CODEGEN_H
#define TENOR_CODEGEN_CODEGEN_H

#include "ir/Ir.h"

#include <string>

namespace tenor {

/// The evaluator of `agreement` (one of `program`'s agreements) as C++.
std::string emitEvaluator(const ir::Program &program, const ir::Agreement &agreement);

/// The plan of `agreement`'s evaluator as text (`tenorc emit plan`).
std::string emitPlan(const ir::Agreement &agreement);

} // namespace tenor

#endif
