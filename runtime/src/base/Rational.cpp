//===- Rational.cpp - Exact 128-bit fractions -----------------------------===//
//
// Arithmetic on fractions of 128-bit integers with every overflow detected.
// Products are computed on unsigned magnitudes (Clang lowers a signed 128-bit
// __builtin_mul_overflow to a libcompiler-rt call that libgcc lacks), factors
// are cancelled by gcd before multiplying so that exact results that fit are
// never lost to an intermediate overflow, and comparisons use 256-bit cross
// products so they never overflow at all. Magnitudes are kept at most
// 2^127 - 1, so negation is always exact.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Rational.h"

#include <algorithm>
#include <numeric>

using namespace tenor::rt;

namespace {

using UInt128 = unsigned __int128;

constexpr UInt128 maxMagnitude = (UInt128(1) << 127) - 1;

UInt128 magnitude(Int128 v) { return v < 0 ? UInt128(0) - UInt128(v) : UInt128(v); }

[[noreturn]] void overflow() {
  throw ArithmeticOverflow("arithmetic overflow: the exact result does not fit in 128 bits");
}

/// The signed value of magnitude `m`; throws when it is out of range.
Int128 signedValue(UInt128 m, bool negative) {
  if (m > maxMagnitude)
    overflow();
  return negative ? -Int128(m) : Int128(m);
}

int countTrailingZeros(UInt128 v) {
  uint64_t low = uint64_t(v);
  return low ? __builtin_ctzll(low) : 64 + __builtin_ctzll(uint64_t(v >> 64));
}

/// Binary gcd; gcd(0, b) is b.
UInt128 gcd(UInt128 a, UInt128 b) {
  if (a == 0)
    return b;
  if (b == 0)
    return a;
  if ((a >> 64) == 0 && (b >> 64) == 0)
    return std::gcd(uint64_t(a), uint64_t(b));
  int shift = countTrailingZeros(a | b);
  a >>= countTrailingZeros(a);
  do {
    b >>= countTrailingZeros(b);
    if (a > b)
      std::swap(a, b);
    b -= a;
  } while (b != 0);
  return a << shift;
}

Int128 checkedMul(Int128 a, Int128 b) {
  UInt128 m;
  if (__builtin_mul_overflow(magnitude(a), magnitude(b), &m))
    overflow();
  return signedValue(m, (a < 0) != (b < 0));
}

Int128 checkedAdd(Int128 a, Int128 b) {
  Int128 r;
  if (__builtin_add_overflow(a, b, &r) || magnitude(r) > maxMagnitude)
    overflow();
  return r;
}

/// The 256-bit product of two magnitudes as (high, low) halves.
std::pair<UInt128, UInt128> wideMul(UInt128 a, UInt128 b) {
  UInt128 a0 = uint64_t(a), a1 = a >> 64, b0 = uint64_t(b), b1 = b >> 64;
  UInt128 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  UInt128 mid = (p00 >> 64) + uint64_t(p01) + uint64_t(p10);
  UInt128 low = (mid << 64) | uint64_t(p00);
  UInt128 high = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
  return {high, low};
}

/// The next decimal digit of remainder/den; the remainder becomes the rest.
/// Works for every den up to 2^127 without a wider type.
unsigned nextDigit(UInt128 &remainder, UInt128 den) {
  if ((remainder >> 123) == 0) {
    UInt128 ten = remainder * 10;
    remainder = ten % den;
    return unsigned(ten / den);
  }
  UInt128 acc = 0;
  unsigned digit = 0;
  for (int i = 0; i < 10; ++i) {
    acc += remainder; // both below den <= 2^127: no wrap-around
    if (acc >= den) {
      acc -= den;
      ++digit;
    }
  }
  remainder = acc;
  return digit;
}

std::string toDigits(UInt128 v) {
  if (v == 0)
    return "0";
  std::string s;
  for (; v != 0; v /= 10)
    s.push_back(char('0' + unsigned(v % 10)));
  std::reverse(s.begin(), s.end());
  return s;
}

/// Adds one unit in the last place of a digit string; true on carry-out.
bool incrementDigits(std::string &digits) {
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (*it != '9') {
      ++*it;
      return false;
    }
    *it = '0';
  }
  return true;
}

/// The decimal expansion of |num|/den with at most `scale` fraction digits,
/// rounded half-up; with `stopWhenExact` the fraction stops at the last
/// non-zero digit of a finite expansion.
std::pair<std::string, std::string> expand(Int128 num, Int128 den, int scale, bool stopWhenExact) {
  UInt128 n = magnitude(num), d = UInt128(den);
  std::string whole = toDigits(n / d), fraction;
  UInt128 remainder = n % d;
  for (int i = 0; i < scale && !(stopWhenExact && remainder == 0); ++i)
    fraction.push_back(char('0' + nextDigit(remainder, d)));
  if (remainder != 0 && remainder >= d - remainder && incrementDigits(fraction) &&
      incrementDigits(whole))
    whole.insert(whole.begin(), '1');
  return {whole, fraction};
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// n / 10^scale in lowest terms, as magnitudes (scale <= 38).
std::pair<UInt128, UInt128> reduceDecimal(UInt128 n, int scale) {
  UInt128 d = 1;
  for (int k = 0; k < scale; ++k)
    d *= 10;
  if (n == 0 || scale == 0)
    return {n, n == 0 ? 1 : d};
  if ((n >> 64) == 0 && (d >> 64) == 0) {
    // gcd(n, 10^scale) is a power of 2 times a power of 5: cancel those
    // (shifts and divisions by a constant) instead of a general gcd.
    uint64_t small = uint64_t(n);
    int twos = std::min(__builtin_ctzll(small), scale), fives = 0;
    small >>= twos;
    for (; fives < scale && small % 5 == 0; ++fives)
      small /= 5;
    uint64_t den = uint64_t(1) << (scale - twos);
    for (int k = fives; k < scale; ++k)
      den *= 5;
    return {small, den};
  }
  UInt128 g = gcd(n, d);
  return {n / g, d / g};
}

} // namespace

Rational Rational::fraction(Int128 n, Int128 d) {
  if (d == 0)
    throw DivisionByZero();
  UInt128 un = magnitude(n), ud = magnitude(d);
  UInt128 g = gcd(un, ud);
  return raw(signedValue(un / g, (n < 0) != (d < 0)), signedValue(ud / g, false));
}

std::optional<Rational> Rational::parseDecimal(std::string_view s) {
  size_t i = 0;
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-'))
    negative = s[i++] == '-';
  UInt128 n = 0;
  int scale = 0, pendingZeros = 0;
  bool anyDigit = false, inFraction = false;
  auto push = [&n](unsigned digit) {
    // Constant bounds: no 128-bit division on this per-digit path.
    constexpr UInt128 limit = maxMagnitude / 10;
    if (n > limit || (n == limit && digit > unsigned(maxMagnitude % 10)))
      return false;
    n = n * 10 + digit;
    return true;
  };
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (isDigit(c)) {
      anyDigit = true;
      // Trailing zeros of a fraction do not change the value: defer them.
      if (inFraction && c == '0') {
        ++pendingZeros;
        continue;
      }
      for (; pendingZeros > 0; --pendingZeros, ++scale)
        if (!push(0))
          return std::nullopt;
      if (!push(unsigned(c - '0')))
        return std::nullopt;
      scale += inFraction;
    } else if (c == '_') {
      if (i == 0 || !isDigit(s[i - 1]) || i + 1 == s.size() || !isDigit(s[i + 1]))
        return std::nullopt;
    } else if (c == '.' && !inFraction) {
      inFraction = true;
    } else {
      return std::nullopt;
    }
  }
  // 10^38 is the largest power of ten below 2^127.
  if (!anyDigit || scale > 38)
    return std::nullopt;
  auto [num, den] = reduceDecimal(n, scale);
  return raw(signedValue(num, negative), Int128(den));
}

// The operators are hidden friends: they are defined in their namespace.
namespace tenor::rt {

Rational operator+(const Rational &a, const Rational &b) {
  if (a.den == b.den) {
    if (a.den == 1)
      return Rational::raw(checkedAdd(a.num, b.num), 1);
    return Rational::fraction(checkedAdd(a.num, b.num), a.den);
  }
  // Knuth 4.5.1: with g = gcd(b1, b2) the sum's gcd divides g.
  Int128 g = Int128(gcd(UInt128(a.den), UInt128(b.den)));
  Int128 n = checkedAdd(checkedMul(a.num, b.den / g), checkedMul(b.num, a.den / g));
  if (n == 0)
    return Rational();
  Int128 g2 = Int128(gcd(magnitude(n), UInt128(g)));
  return Rational::raw(n / g2, checkedMul(a.den / g2, b.den / g));
}

Rational operator-(const Rational &a, const Rational &b) { return a + -b; }

Rational operator*(const Rational &a, const Rational &b) {
  if (a.den == 1 && b.den == 1)
    return Rational::raw(checkedMul(a.num, b.num), 1);
  if (a.num == 0 || b.num == 0)
    return Rational();
  // Cancel across before multiplying: the result is then in lowest terms.
  Int128 g1 = Int128(gcd(magnitude(a.num), UInt128(b.den)));
  Int128 g2 = Int128(gcd(magnitude(b.num), UInt128(a.den)));
  return Rational::raw(checkedMul(a.num / g1, b.num / g2), checkedMul(a.den / g2, b.den / g1));
}

Rational operator/(const Rational &a, const Rational &b) {
  if (b.num == 0)
    throw DivisionByZero();
  Int128 sign = b.num < 0 ? -1 : 1;
  return a * Rational::raw(sign * b.den, sign * b.num);
}

std::strong_ordering operator<=>(const Rational &a, const Rational &b) {
  if (a.den == b.den)
    return a.num <=> b.num;
  if (a.sign() != b.sign())
    return a.sign() <=> b.sign();
  // Same sign: compare |a.num| * b.den with |b.num| * a.den, exactly.
  auto left = wideMul(magnitude(a.num), UInt128(b.den));
  auto right = wideMul(magnitude(b.num), UInt128(a.den));
  std::strong_ordering byMagnitude =
      left.first != right.first ? left.first <=> right.first : left.second <=> right.second;
  if (a.sign() >= 0)
    return byMagnitude;
  return 0 <=> byMagnitude;
}

} // namespace tenor::rt

Rational Rational::operator-() const { return raw(-num, den); }

Int128 Rational::floor() const {
  Int128 q = num / den;
  return num % den != 0 && num < 0 ? q - 1 : q;
}

Int128 Rational::ceil() const {
  Int128 q = num / den;
  return num % den != 0 && num > 0 ? q + 1 : q;
}

Rational Rational::roundHalfUp(int scale) const {
  if (scale < 0 || scale > 38)
    throw std::invalid_argument("roundHalfUp: scale must be within 0..38");
  if (den == 1)
    return *this;
  UInt128 d = UInt128(den), remainder = magnitude(num) % d;
  Int128 n = Int128(magnitude(num) / d), pow10 = 1;
  for (int i = 0; i < scale; ++i) {
    n = checkedAdd(checkedMul(n, 10), Int128(nextDigit(remainder, d)));
    pow10 *= 10;
  }
  if (remainder != 0 && remainder >= d - remainder)
    n = checkedAdd(n, 1);
  return fraction(num < 0 ? -n : n, pow10);
}

std::string Rational::toDecimalString(int scale) const {
  scale = std::max(scale, 0);
  auto [whole, fraction] = expand(num, den, scale, /*stopWhenExact=*/false);
  bool zero = whole == "0" && fraction.find_first_not_of('0') == std::string::npos;
  std::string out = num < 0 && !zero ? "-" + whole : whole;
  if (scale > 0)
    out += "." + fraction;
  return out;
}

std::string Rational::toString() const {
  auto [whole, fraction] = expand(num, den, 30, /*stopWhenExact=*/true);
  while (!fraction.empty() && fraction.back() == '0')
    fraction.pop_back();
  bool zero = whole == "0" && fraction.empty();
  std::string out = num < 0 && !zero ? "-" + whole : whole;
  if (!fraction.empty())
    out += "." + fraction;
  return out;
}

double Rational::toDouble() const {
  return double(static_cast<long double>(num) / static_cast<long double>(den));
}
