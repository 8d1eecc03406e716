//===- Decimal.cpp - Comparing exact decimal texts ------------------------===//

#include "ir/Decimal.h"

#include <algorithm>
#include <string>
#include <utility>

namespace tenor::ir {

namespace {
/// The whole part without leading zeros and the fraction without trailing
/// ones, so that equal values have equal parts.
std::pair<llvm::StringRef, llvm::StringRef> parts(llvm::StringRef text) {
  auto [whole, frac] = text.split('.');
  return {whole.ltrim('0'), frac.rtrim('0')};
}

int compareMagnitude(llvm::StringRef a, llvm::StringRef b) {
  auto [aw, af] = parts(a);
  auto [bw, bf] = parts(b);
  if (aw.size() != bw.size())
    return aw.size() < bw.size() ? -1 : 1;
  if (int c = aw.compare(bw))
    return c;
  std::string fa = af.str(), fb = bf.str();
  size_t n = std::max(fa.size(), fb.size());
  fa.resize(n, '0');
  fb.resize(n, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

/// Consumes a leading `-`; true when the value is below zero ("-0" is not).
bool negative(llvm::StringRef &text) {
  if (!text.consume_front("-"))
    return false;
  auto [whole, frac] = parts(text);
  return !whole.empty() || !frac.empty();
}
} // namespace

int compareDecimal(llvm::StringRef a, llvm::StringRef b) {
  bool na = negative(a), nb = negative(b);
  if (na != nb)
    return na ? -1 : 1;
  int c = compareMagnitude(a, b);
  return na ? -c : c;
}

} // namespace tenor::ir
