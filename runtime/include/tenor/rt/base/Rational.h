//===- Rational.h - Exact numbers for evaluators ----------------*- C++ -*-===//
//
// Every number an evaluator computes with is exact: counts, sums of decimal
// values, ratios such as uptime, percentages and money. A Rational is a
// fraction of two 128-bit integers kept in lowest terms with a positive
// denominator, so 99.99% is 9999/10000 and compares equal to a measured
// 446,400/446,444... only when it really is equal. Overflow is detected and
// reported (ArithmeticOverflow), never wrapped.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_BASE_RATIONAL_H
#define TENOR_RT_BASE_RATIONAL_H

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tenor::rt {

using Int128 = __int128;

/// Thrown when an exact result does not fit in 128 bits.
struct ArithmeticOverflow : std::overflow_error {
  using std::overflow_error::overflow_error;
};

/// Thrown by a division by zero. Per period it means that the metric has no
/// value (LANGUAGE.md 11.8): generated period functions catch it.
struct DivisionByZero : std::domain_error {
  DivisionByZero() : std::domain_error("division by zero") {}
};

/// An exact fraction in lowest terms. Numerator and denominator stay within
/// +-(2^127 - 1); results beyond that throw ArithmeticOverflow.
class Rational {
public:
  constexpr Rational() = default;
  constexpr Rational(int64_t n) : num(n) {} // NOLINT: integers convert implicitly
  /// n/d in lowest terms; d == 0 throws DivisionByZero.
  static Rational fraction(Int128 n, Int128 d);
  /// Parses a decimal number: optional sign, digits, optional `.digits`;
  /// `_` between digits is allowed (Tenor literal syntax). No exponent.
  static std::optional<Rational> parseDecimal(std::string_view text);

  Int128 numerator() const { return num; }
  Int128 denominator() const { return den; }
  bool isInteger() const { return den == 1; }
  bool isZero() const { return num == 0; }
  int sign() const { return num < 0 ? -1 : num > 0 ? 1 : 0; }

  friend Rational operator+(const Rational &a, const Rational &b);
  friend Rational operator-(const Rational &a, const Rational &b);
  friend Rational operator*(const Rational &a, const Rational &b);
  /// Division by zero throws DivisionByZero.
  friend Rational operator/(const Rational &a, const Rational &b);
  Rational operator-() const;
  Rational &operator+=(const Rational &b) { return *this = *this + b; }
  Rational &operator-=(const Rational &b) { return *this = *this - b; }
  Rational &operator*=(const Rational &b) { return *this = *this * b; }
  Rational &operator/=(const Rational &b) { return *this = *this / b; }

  friend bool operator==(const Rational &a, const Rational &b) = default;
  friend std::strong_ordering operator<=>(const Rational &a, const Rational &b);

  /// The largest integer not above the value.
  Int128 floor() const;
  /// The smallest integer not below the value.
  Int128 ceil() const;

  /// Rounded half away from zero ("half-up" for money) to `scale` decimals.
  Rational roundHalfUp(int scale) const;
  /// Exact decimal text with exactly `scale` digits after the point, after
  /// rounding half-up: toDecimalString(2) of 1/3 is "0.33".
  std::string toDecimalString(int scale) const;
  /// Shortest exact decimal text when the value has a finite decimal
  /// expansion (at most 30 digits after the point), else rounded to 30.
  std::string toString() const;
  double toDouble() const;

private:
  /// Adopts n/d as is: the caller guarantees lowest terms and d > 0.
  static Rational raw(Int128 n, Int128 d) {
    Rational r;
    r.num = n;
    r.den = d;
    return r;
  }

  Int128 num = 0;
  Int128 den = 1;
};

} // namespace tenor::rt

#endif
