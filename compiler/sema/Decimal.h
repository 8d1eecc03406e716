//===- Decimal.h - Exact decimal text for literals --------------*- C++ -*-===//
//
// Sema keeps literal values as exact decimal text in base units (`15 min` is
// "900", `99.99%` is "0.9999"), so no value ever passes through binary
// floating point on its way to the evaluator or the contract.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_SEMA_DECIMAL_H
#define TENOR_SEMA_DECIMAL_H

#include "ir/Decimal.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace tenor {

/// `text` without leading zeros or trailing fractional zeros ("007.50" → "7.5").
std::string normalizeDecimal(llvm::StringRef text);
/// text × factor ÷ 10^divPow10, exactly.
std::string scaleDecimal(llvm::StringRef text, int64_t factor, unsigned divPow10);
/// Comparing decimal texts is the IR's (ir/Decimal.h): one copy for sema
/// and ir::verify.
using ir::compareDecimal;

} // namespace tenor

#endif
