//===- RationalTest.cpp - Exact arithmetic, rounding and decimal text -----===//
//
// Rational is what makes "exactly 95% is not below 95%" true: these tests
// pin its arithmetic, overflow detection, half-up rounding (negative halves
// included), decimal parsing, and the table of LANGUAGE.md section 10.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/base/Rational.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

Rational dec(std::string_view text) {
  std::optional<Rational> r = Rational::parseDecimal(text);
  EXPECT_TRUE(r.has_value()) << text;
  return r.value_or(Rational());
}

Int128 pow2(int n) { return Int128(1) << n; }

TEST(RationalTest, FractionsAreInLowestTermsWithPositiveDenominator) {
  Rational r = Rational::fraction(6, -4);
  EXPECT_EQ(r.numerator(), -3);
  EXPECT_EQ(r.denominator(), 2);
  EXPECT_EQ(Rational::fraction(0, -7), Rational(0));
  EXPECT_EQ(Rational::fraction(0, -7).denominator(), 1);
  EXPECT_THROW(Rational::fraction(1, 0), std::domain_error);
}

TEST(RationalTest, Arithmetic) {
  EXPECT_EQ(Rational::fraction(1, 3) + Rational::fraction(1, 6), Rational::fraction(1, 2));
  EXPECT_EQ(Rational::fraction(1, 3) - Rational::fraction(1, 3), Rational(0));
  EXPECT_EQ((Rational::fraction(1, 3) - Rational::fraction(1, 3)).denominator(), 1);
  EXPECT_EQ(Rational::fraction(2, 3) * Rational::fraction(9, 4), Rational::fraction(3, 2));
  EXPECT_EQ(Rational::fraction(-2, 3) / Rational::fraction(-4, 9), Rational::fraction(3, 2));
  EXPECT_EQ(Rational(1) / Rational(3), Rational::fraction(1, 3));
  EXPECT_EQ(Rational(0) * Rational::fraction(5, 7), Rational(0));
  EXPECT_EQ(-Rational::fraction(5, 7), Rational::fraction(-5, 7));
  EXPECT_THROW(Rational(1) / Rational(0), std::domain_error);
  EXPECT_EQ(dec("0.1") + dec("0.2"), dec("0.3"));
  Rational acc;
  acc += 5;
  acc -= Rational::fraction(1, 2);
  acc *= 2;
  acc /= 3;
  EXPECT_EQ(acc, 3);
}

TEST(RationalTest, OverflowIsDetected) {
  Rational big = Rational::fraction(pow2(126), 1);
  EXPECT_THROW(big * Rational(2), ArithmeticOverflow);
  EXPECT_THROW(big + big, ArithmeticOverflow);
  EXPECT_THROW(-big - big, ArithmeticOverflow);
  EXPECT_NO_THROW(big + (big - Rational(1)));
  EXPECT_THROW(Rational::fraction(1, pow2(100)) + Rational::fraction(1, pow2(100) - 1),
               ArithmeticOverflow);
}

TEST(RationalTest, CancellingBeforeMultiplyingAvoidsOverflow) {
  Rational a = Rational::fraction(pow2(100), 3);
  Rational b = Rational::fraction(3, pow2(100));
  EXPECT_EQ(a * b, Rational(1));
  EXPECT_EQ(a / a, Rational(1));
  EXPECT_EQ(Rational::fraction(pow2(100), 7) * Rational::fraction(14, pow2(99)), Rational(4));
}

TEST(RationalTest, ComparisonIsExactForHugeTerms) {
  Int128 big = pow2(126);
  Rational a = Rational::fraction(big, big - 1); // slightly above 1
  Rational b = Rational::fraction(big - 1, big - 2);
  EXPECT_LT(a, b);
  EXPECT_GT(-a, -b);
  EXPECT_LT(-a, Rational(0));
  EXPECT_LT(Rational::fraction(1, 3), Rational::fraction(1, 2));
  EXPECT_EQ(Rational::fraction(2, 4) <=> Rational::fraction(1, 2), std::strong_ordering::equal);
}

TEST(RationalTest, FloorAndCeil) {
  EXPECT_EQ(Rational::fraction(7, 2).floor(), 3);
  EXPECT_EQ(Rational::fraction(7, 2).ceil(), 4);
  EXPECT_EQ(Rational::fraction(-7, 2).floor(), -4);
  EXPECT_EQ(Rational::fraction(-7, 2).ceil(), -3);
  EXPECT_EQ(Rational(5).floor(), 5);
  EXPECT_EQ(Rational(-5).ceil(), -5);
}

TEST(RationalTest, RoundsHalfAwayFromZero) {
  EXPECT_EQ(dec("2.345").roundHalfUp(2), dec("2.35"));
  EXPECT_EQ(dec("-2.345").roundHalfUp(2), dec("-2.35"));
  EXPECT_EQ(dec("2.3449").roundHalfUp(2), dec("2.34"));
  EXPECT_EQ(dec("0.5").roundHalfUp(0), Rational(1));
  EXPECT_EQ(dec("-0.5").roundHalfUp(0), Rational(-1));
  EXPECT_EQ(dec("1.5").roundHalfUp(0), Rational(2));
  EXPECT_EQ(dec("2.5").roundHalfUp(0), Rational(3)); // not banker's rounding
  EXPECT_EQ(dec("-2.5").roundHalfUp(0), Rational(-3));
  EXPECT_EQ(dec("-0.004").roundHalfUp(2), Rational(0));
  EXPECT_EQ(Rational::fraction(2, 3).roundHalfUp(3), dec("0.667"));
  EXPECT_EQ(Rational::fraction(-1, 8).roundHalfUp(2), dec("-0.13"));
  EXPECT_EQ(Rational(7).roundHalfUp(2), Rational(7));
}

TEST(RationalTest, DecimalStrings) {
  EXPECT_EQ(Rational::fraction(1, 3).toDecimalString(2), "0.33");
  EXPECT_EQ(Rational::fraction(2, 3).toDecimalString(2), "0.67");
  EXPECT_EQ(Rational::fraction(-1, 3).toDecimalString(2), "-0.33");
  EXPECT_EQ(dec("9.995").toDecimalString(2), "10.00");
  EXPECT_EQ(dec("-9.995").toDecimalString(2), "-10.00");
  EXPECT_EQ(dec("-0.001").toDecimalString(2), "0.00");
  EXPECT_EQ(dec("-0.005").toDecimalString(2), "-0.01");
  EXPECT_EQ(Rational(120).toDecimalString(2), "120.00");
  EXPECT_EQ(dec("2.5").toDecimalString(0), "3");
  EXPECT_EQ(dec("0.99985").toDecimalString(5), "0.99985");
  EXPECT_EQ(Rational(1).toString(), "1");
  EXPECT_EQ(Rational(-42).toString(), "-42");
  EXPECT_EQ(Rational::fraction(1, 8).toString(), "0.125");
  EXPECT_EQ(Rational::fraction(-7, 2).toString(), "-3.5");
  EXPECT_EQ(dec("0.99985").toString(), "0.99985");
  EXPECT_EQ(Rational::fraction(1, 3).toString(), "0." + std::string(30, '3'));
  EXPECT_EQ(Rational::fraction(2, 3).toString(), "0." + std::string(29, '6') + "7");
  EXPECT_EQ(Rational::fraction(1, 3).toDouble(), 1.0 / 3.0);
}

TEST(RationalTest, HugeValuesFormatExactly) {
  Int128 big = Int128(~static_cast<unsigned __int128>(0) >> 1); // 2^127 - 1
  EXPECT_EQ(Rational::fraction(big, 1).toString(), "170141183460469231731687303715884105727");
  // A denominator close to 2^127 takes the slow digit path.
  Rational tiny = Rational::fraction(1, big);
  EXPECT_EQ(tiny.toDecimalString(3), "0.000");
  EXPECT_EQ(Rational::fraction(big - 1, big).toDecimalString(3), "1.000");
  EXPECT_EQ(Rational::fraction(big / 2, big).toDecimalString(3), "0.500");
}

TEST(RationalTest, ParsesDecimals) {
  EXPECT_EQ(dec("42"), Rational(42));
  EXPECT_EQ(dec("3.25"), Rational::fraction(13, 4));
  EXPECT_EQ(dec("-5"), Rational(-5));
  EXPECT_EQ(dec("+5"), Rational(5));
  EXPECT_EQ(dec("1_000_000"), Rational(1'000'000));
  EXPECT_EQ(dec("1_000.5_0"), Rational::fraction(2001, 2));
  EXPECT_EQ(dec("0.10"), Rational::fraction(1, 10));
  EXPECT_EQ(dec(".5"), Rational::fraction(1, 2));
  EXPECT_EQ(dec("5."), Rational(5));
  EXPECT_EQ(dec("-0"), Rational(0));
  EXPECT_EQ(dec("0.1" + std::string(60, '0')), Rational::fraction(1, 10));
  EXPECT_EQ(dec("99.99") / 100, Rational::fraction(9999, 10000));
  EXPECT_EQ(dec("0.05"), Rational::fraction(1, 20));
  EXPECT_EQ(dec("12.5"), Rational::fraction(25, 2));
  EXPECT_EQ(dec("0.0"), Rational(0));
  EXPECT_EQ(dec("-0.000"), Rational(0));
  EXPECT_EQ(dec("-0.0625"), Rational::fraction(-1, 16));
  // More than 19 digits take the 128-bit path.
  EXPECT_EQ(dec("0.0000000000000000000000000008"),
            Rational::fraction(1, Int128(125) * 10'000'000'000'000 * 1'000'000'000'000));
  EXPECT_EQ(dec("12345678901234567890.5"),
            Rational::fraction(Int128(1234567890123456789) * 100 + 5, 10));
}

TEST(RationalTest, RejectsMalformedDecimals) {
  for (std::string_view bad : {"", ".", "-", "+", "-.", "1e5", "1E5", "_1", "1_", "1__0", "1_.5",
                               "1._5", "1.2.3", "1,5", " 1", "1 ", "0x10", "--1", "١"})
    EXPECT_FALSE(Rational::parseDecimal(bad).has_value()) << bad;
  // Does not fit in 128 bits.
  EXPECT_FALSE(Rational::parseDecimal(std::string(40, '9')).has_value());
  EXPECT_FALSE(Rational::parseDecimal("0." + std::string(39, '0') + "1").has_value());
}

/// LANGUAGE.md section 10: January 2026 has 44,640 minutes; uptime is
/// 1 - unavailable * 1 min / period.length, and the last tier that holds
/// gives the credit on a monthly charge of 1000 USD.
struct CreditCase {
  int64_t unavailableMinutes;
  const char *uptimePercent;
  const char *credit; // "" when none
};

std::string creditFor(const Rational &uptime) {
  const std::pair<const char *, const char *> tiers[] = {
      {"99.99", "0.10"}, {"99.0", "0.30"}, {"95.0", "1"}};
  std::string credit;
  for (auto [below, share] : tiers)
    if (uptime < dec(below) / 100)
      credit = (dec(share) * 1000).roundHalfUp(2).toDecimalString(2);
  return credit;
}

TEST(RationalTest, LanguageSection10Table) {
  const Rational periodSeconds = 31 * 24 * 3600;
  EXPECT_EQ(periodSeconds, Rational(2'678'400));
  const CreditCase cases[] = {{0, "100.00000", ""},         {4, "99.99104", ""},
                              {5, "99.98880", "100.00"},    {446, "99.00090", "100.00"},
                              {447, "98.99866", "300.00"},  {2232, "95.00000", "300.00"},
                              {2233, "94.99776", "1000.00"}};
  for (const CreditCase &c : cases) {
    Rational uptime = Rational(1) - Rational(c.unavailableMinutes) * 60 / periodSeconds;
    EXPECT_EQ((uptime * 100).toDecimalString(5), c.uptimePercent) << c.unavailableMinutes;
    EXPECT_EQ(creditFor(uptime), c.credit) << c.unavailableMinutes;
  }
  // Exactly 95%: equal, hence not below.
  Rational at2232 = Rational(1) - Rational(2232 * 60) / periodSeconds;
  EXPECT_EQ(at2232, dec("95.0") / 100);
  EXPECT_FALSE(at2232 < dec("95.0") / 100);
  EXPECT_FALSE(Rational(1) - Rational(4 * 60) / periodSeconds < dec("99.99") / 100);
}

} // namespace
