//===- Currency.cpp - Minor units of currencies ---------------------------===//
//
// The minor unit of a currency, as the one table of core/ says
// (core/Currencies.def), so that the runtime rounds as the contract says.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Currency.h"
#include "tenor/core/Currencies.h"

int tenor::rt::currencyMinorUnit(std::string_view currency) {
  return static_cast<int>(tenor::core::minorDigitsOf(currency));
}
