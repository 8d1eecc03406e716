//===- Currencies.h - ISO 4217 codes and their minor units ------*- C++ -*-===//
//
// The lookups generated from Currencies.def, the one table of currencies:
// sema accepts a currency code when it is here, and contracts and reports
// round money to its minor digits.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_CORE_CURRENCIES_H
#define TENOR_CORE_CURRENCIES_H

#include <cstddef>
#include <string_view>

namespace tenor::core {

struct Currency {
  std::string_view code; ///< ISO 4217, three capital letters
  unsigned minorDigits;  ///< decimals of the minor unit, 0 to 4
};

/// Every currency, sorted by code.
inline constexpr Currency currencies[] = {
#define TENOR_CURRENCY(Code, MinorDigits) {#Code, MinorDigits},
#include "tenor/core/Currencies.def"
};

/// The currency of ISO 4217 code `code` ("EUR"); null if there is none.
constexpr const Currency *currencyNamed(std::string_view code) {
  size_t low = 0, high = std::size(currencies);
  while (low < high) {
    size_t mid = low + (high - low) / 2;
    if (currencies[mid].code < code)
      low = mid + 1;
    else
      high = mid;
  }
  return low < std::size(currencies) && currencies[low].code == code ? &currencies[low] : nullptr;
}

/// Decimals of `code`'s minor unit; 2 for an amount without a known
/// currency (a plain number printed as money).
constexpr unsigned minorDigitsOf(std::string_view code) {
  const Currency *c = currencyNamed(code);
  return c ? c->minorDigits : 2;
}

} // namespace tenor::core

#endif
