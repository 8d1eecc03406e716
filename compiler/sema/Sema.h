//===- Sema.h - The semantic analysis stage's entry point -------*- C++ -*-===//
//
// Resolves names (through the imports the load stage resolved), checks
// types, dimensions and the rules of an agreement (LANGUAGE.md sections 3-6) and produces the typed
// IR. Reports every mistake it finds; returns nothing when any of them is an error.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_SEMA_SEMA_H
#define TENOR_SEMA_SEMA_H

#include "ast/ModuleGraph.h"
#include "ir/Ir.h"

#include <optional>

namespace tenor {
class DiagEngine;

/// Checks the root module of `graph`, and of its imports what the root
/// uses. The load stage has read, parsed and resolved every import.
std::optional<ir::Program> check(const ast::ModuleGraph &graph, DiagEngine &diags);

} // namespace tenor

#endif
