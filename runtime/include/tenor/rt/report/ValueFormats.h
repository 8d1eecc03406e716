//===- ValueFormats.h - How reports write numbers ---------------*- C++ -*-===//
//
// The formatting of the values both reports show. The spec says "percent as
// a fraction (0.99985)" and "money as a decimal string"; the rest is decided
// here:
//  - formatFraction: the exact decimal when the value has one of at most 20
//    digits after the point (0.99985, 1, 0.5); otherwise rounded half-up to
//    10 digits, trailing zeros dropped (8927/8928 is 0.9998879928). Whether
//    an objective is met is decided exactly, never from this text.
//  - formatMoney: rounded half-up to the currency's minor unit
//    (currencyMinorUnit of base/Currency.h).
//  - formatSeconds: a duration in seconds, exact (microseconds at most).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_REPORT_VALUEFORMATS_H
#define TENOR_RT_REPORT_VALUEFORMATS_H

#include "tenor/rt/base/Rational.h"
#include "tenor/rt/base/Time.h"

#include <string>
#include <string_view>

namespace tenor::rt {

/// A value as the report's metrics show it (see the file comment).
std::string formatFraction(const Rational &value);
/// A money amount with the currency's number of decimals: "120.00".
std::string formatMoney(const Rational &amount, std::string_view currency);
/// A duration as a number of seconds: "1.5", "60", "0.000001".
std::string formatSeconds(Duration d);
/// A fraction as a percentage with `decimals` digits: "99.98880%".
std::string formatPercent(const Rational &fraction, int decimals = 5);

} // namespace tenor::rt

#endif
