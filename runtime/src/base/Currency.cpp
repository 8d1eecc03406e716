//===- Currency.cpp - Minor units of currencies ---------------------------===//
//
// ISO 4217 lists the minor unit of every currency; most have 2 decimals, so
// only the others are listed here.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Currency.h"

using namespace tenor::rt;

int tenor::rt::currencyMinorUnit(std::string_view currency) {
  // ISO 4217 currencies whose minor unit is not 2 decimals.
  static constexpr std::string_view none[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                              "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                              "VND", "VUV", "XAF", "XOF", "XPF"};
  static constexpr std::string_view three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
  static constexpr std::string_view four[] = {"CLF", "UYW"};
  for (std::string_view code : none)
    if (code == currency)
      return 0;
  for (std::string_view code : three)
    if (code == currency)
      return 3;
  for (std::string_view code : four)
    if (code == currency)
      return 4;
  return 2;
}
