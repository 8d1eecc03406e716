//===- Currency.h - Minor units of currencies -------------------*- C++ -*-===//
//
// Money is rounded to the currency's minor unit, once per amount (remedies,
// caps, holdbacks) and when reports print it: 2 decimals by default, 0 for
// JPY, KRW and others, 3 for BHD, KWD, OMR, JOD, TND and others, 4 for CLF
// and UYW (ISO 4217).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_CURRENCY_H
#define TENOR_RT_BASE_CURRENCY_H

#include <string_view>

namespace tenor::rt {

/// Decimal digits of the currency's minor unit (ISO 4217; 2 if unknown).
int currencyMinorUnit(std::string_view currency);

} // namespace tenor::rt

#endif
