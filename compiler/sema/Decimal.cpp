//===- Decimal.cpp - Exact decimal text for literals ----------------------===//

#include "sema/Decimal.h"

#include <algorithm>

namespace tenor {

namespace {
/// A decimal as digits and the number of them after the point.
struct Digits {
  std::string digits; ///< no point, no sign
  unsigned scale = 0;
  bool negative = false;
};

Digits split(llvm::StringRef text) {
  Digits d;
  d.negative = text.consume_front("-");
  auto [whole, frac] = text.split('.');
  d.digits = whole.str() + frac.str();
  d.scale = frac.size();
  return d;
}

std::string join(Digits d) {
  while (d.digits.size() <= d.scale)
    d.digits.insert(d.digits.begin(), '0');
  std::string whole = d.digits.substr(0, d.digits.size() - d.scale);
  std::string frac = d.digits.substr(d.digits.size() - d.scale);
  while (!frac.empty() && frac.back() == '0')
    frac.pop_back();
  size_t nz = whole.find_first_not_of('0');
  whole = nz == std::string::npos ? "0" : whole.substr(nz);
  std::string out = frac.empty() ? whole : whole + "." + frac;
  return d.negative && out != "0" ? "-" + out : out;
}

/// Multiplies a digit string by a small non-negative integer.
std::string multiply(const std::string &digits, int64_t factor) {
  std::string out;
  __int128 carry = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    __int128 v = static_cast<__int128>(*it - '0') * factor + carry;
    out.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    carry = v / 10;
  }
  while (carry > 0) {
    out.push_back(static_cast<char>('0' + static_cast<int>(carry % 10)));
    carry /= 10;
  }
  std::reverse(out.begin(), out.end());
  return out.empty() ? "0" : out;
}
} // namespace

std::string normalizeDecimal(llvm::StringRef text) { return join(split(text)); }

std::string scaleDecimal(llvm::StringRef text, int64_t factor, unsigned divPow10) {
  Digits d = split(text);
  d.digits = multiply(d.digits, factor);
  d.scale += divPow10;
  return join(d);
}

} // namespace tenor
