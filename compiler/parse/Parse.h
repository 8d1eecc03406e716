//===- Parse.h - The parse stage's one entry point --------------*- C++ -*-===//
//
// Turns one source buffer into an ast::Module. Everything ANTLR stays behind
// this header: callers see our AST and our diagnostics only.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_PARSE_H
#define TENOR_PARSE_PARSE_H

#include "ast/Ast.h"

#include <optional>

namespace llvm {
class SourceMgr;
}

namespace tenor {
class DiagEngine;

/// Parses buffer `bufferId` of `sm`. Reports every lexical and syntax error it
/// finds to `diags` and returns nothing when there was any.
std::optional<ast::Module> parse(llvm::SourceMgr &sm, unsigned bufferId, DiagEngine &diags);

/// Deepest nesting of brackets and prefix operators the parser accepts; deeper
/// input is rejected before parsing so that no recursion can exhaust the stack.
inline constexpr unsigned maxNestingDepth = 256;

/// Deepest expression tree the parser builds (E0124). Brackets are bounded
/// before parsing, but chains are not: `a + b + c` nests to the left, an
/// `else if` to the right, so a long chain is as deep as it is long. Sema,
/// the back ends and the C++ compiler that builds an evaluator all recurse
/// over expressions, so the tree's height is bounded where it is built.
inline constexpr unsigned maxExpressionDepth = 1000;

} // namespace tenor

#endif
