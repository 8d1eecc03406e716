//===- IrVerify.h - The invariants of the typed IR --------------*- C++ -*-===//
//
// Sema promises its back ends more than the C++ types of Ir.h can say: every
// reference resolved, operand types and dimensions that agree, parties and
// datasets that exist, windows and tier tables well formed. `ir::verify`
// checks those promises on a finished Program, so that a sema change that
// breaks one is caught where it happens (every `tenorc` command runs it after
// a successful check) instead of as a wrong contract or evaluator.
// compiler/ir/README.md states each invariant.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_IRVERIFY_H
#define TENOR_IR_IRVERIFY_H

#include "ir/Ir.h"

#include "llvm/Support/SMLoc.h"

#include <string>
#include <vector>

namespace tenor::ir {

/// One broken invariant: where (the node's range, or the nearest enclosing
/// declaration's when the node has none) and which, in README.md's words.
struct Violation {
  llvm::SMRange range;
  std::string invariant;
};

/// Every invariant of compiler/ir/README.md that `p` breaks; empty when it
/// keeps them all. Only meaningful on a program sema returned without errors.
std::vector<Violation> verify(const Program &p);

} // namespace tenor::ir

#endif
