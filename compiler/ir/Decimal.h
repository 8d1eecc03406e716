//===- Decimal.h - Comparing exact decimal texts ----------------*- C++ -*-===//
//
// The IR keeps numbers as exact decimal text in base units (Ir.h), so no
// value passes through binary floating point. Sema (range checks, the order
// of tier lines) and ir::verify compare such texts with this one function.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_IR_DECIMAL_H
#define TENOR_IR_DECIMAL_H

#include "llvm/ADT/StringRef.h"

namespace tenor::ir {

/// -1, 0 or 1 as a < b, a == b, a > b for two exact decimal texts, each an
/// optional `-`, digits and an optional fraction ("-1.50" == "-1.5").
int compareDecimal(llvm::StringRef a, llvm::StringRef b);

} // namespace tenor::ir

#endif
