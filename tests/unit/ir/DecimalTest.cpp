//===- DecimalTest.cpp - ir::compareDecimal, the one decimal comparison ---===//
//
// Sema (range checks, the order of tier lines) and ir::verify (tier ranges,
// windows, ranks) compare exact decimal texts with this one function.
//
//===----------------------------------------------------------------------===//

#include "ir/Decimal.h"

#include <gtest/gtest.h>

using tenor::ir::compareDecimal;

TEST(Decimal, ComparesByValue) {
  EXPECT_EQ(compareDecimal("0.99", "0.999"), -1);
  EXPECT_EQ(compareDecimal("10", "9.5"), 1);
  EXPECT_EQ(compareDecimal("1", "1"), 0);
}

TEST(Decimal, IgnoresLeadingAndTrailingZeros) {
  EXPECT_EQ(compareDecimal("007.50", "7.5"), 0);
  EXPECT_EQ(compareDecimal("0.10", "0.1"), 0);
  EXPECT_EQ(compareDecimal("0", "0.000"), 0);
}

TEST(Decimal, Signed) {
  EXPECT_EQ(compareDecimal("-1", "0.5"), -1);
  EXPECT_EQ(compareDecimal("-1.5", "-1.25"), -1);
  EXPECT_EQ(compareDecimal("2", "-3"), 1);
  EXPECT_EQ(compareDecimal("-0", "0"), 0);
}
