//===- ValueFormats.cpp - How reports write numbers -----------------------===//
//
// Exact decimals where the value has a short one, else a fixed number of
// digits rounded half-up; Rational::toDecimalString does the rounding.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/ValueFormats.h"
#include "tenor/rt/base/Currency.h"

#include <algorithm>

using namespace tenor::rt;

/// Drops trailing zeros after the point, and the point itself if bare.
static std::string trimFraction(std::string text) {
  if (text.find('.') == std::string::npos)
    return text;
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.')
    text.pop_back();
  if (text == "-0")
    text = "0";
  return text;
}

std::string tenor::rt::formatFraction(const Rational &value) {
  constexpr int maxExactDigits = 20, roundedDigits = 10;
  Int128 d = value.denominator();
  int twos = 0, fives = 0;
  for (; d % 2 == 0; d /= 2)
    ++twos;
  for (; d % 5 == 0; d /= 5)
    ++fives;
  int digits = std::max(twos, fives);
  if (d == 1 && digits <= maxExactDigits)
    return value.toDecimalString(digits);
  return trimFraction(value.toDecimalString(roundedDigits));
}

std::string tenor::rt::formatMoney(const Rational &amount, std::string_view currency) {
  return amount.toDecimalString(currencyMinorUnit(currency));
}

std::string tenor::rt::formatSeconds(Duration d) {
  return trimFraction(Rational::fraction(d.micros, microsPerSecond).toDecimalString(6));
}

std::string tenor::rt::formatPercent(const Rational &fraction, int decimals) {
  return (fraction * Rational(100)).toDecimalString(decimals) + "%";
}
