//===- Ast.cpp - Small helpers of the syntax tree -------------------------===//
//
// The few out-of-line pieces of Ast.h: the dotted form of a qualified name and
// the source spelling of operators, window units and tier conditions, used by
// the AST dump, diagnostics and the contract generator so that they all write
// a construct the way the user would.
//
//===----------------------------------------------------------------------===//

#include "ast/Ast.h"

#include "llvm/Support/ErrorHandling.h"

namespace tenor::ast {

std::string QualifiedName::str() const {
  std::string out;
  for (const Ident &part : parts) {
    if (!out.empty())
      out += '.';
    out += part.text;
  }
  return out;
}

llvm::StringRef spelling(UnaryOp op) {
  switch (op) {
  case UnaryOp::Neg:
    return "-";
  case UnaryOp::Not:
    return "not";
  }
  llvm_unreachable("unknown unary operator");
}

llvm::StringRef spelling(BinaryOp op) {
  switch (op) {
  case BinaryOp::Or:
    return "or";
  case BinaryOp::And:
    return "and";
  case BinaryOp::Eq:
    return "==";
  case BinaryOp::Ne:
    return "!=";
  case BinaryOp::Lt:
    return "<";
  case BinaryOp::Le:
    return "<=";
  case BinaryOp::Gt:
    return ">";
  case BinaryOp::Ge:
    return ">=";
  case BinaryOp::Coalesce:
    return "??";
  case BinaryOp::Add:
    return "+";
  case BinaryOp::Sub:
    return "-";
  case BinaryOp::Mul:
    return "*";
  case BinaryOp::Div:
    return "/";
  }
  llvm_unreachable("unknown binary operator");
}

llvm::StringRef spelling(WindowUnit u) { return core::windowUnitInfo(u).singular; }

llvm::StringRef spelling(TierKind k) { return core::tierKindInfo(k).spelling; }

} // namespace tenor::ast
