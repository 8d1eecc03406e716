//===- KeptValuesTest.cpp - The allocator of kept values ------------------===//

#include "tenor/rt/eval/KeptValues.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>

using namespace tenor::rt;

namespace {

TEST(KeptValuesTest, VectorsOfEverySizeKeepTheirValues) {
  // Growing vectors pass through both kinds of blocks (malloc below
  // minKeptBlock, the regions above) and free their old blocks each time.
  std::vector<KeptVector<int64_t>> days(40);
  for (size_t d = 0; d < days.size(); ++d)
    for (int64_t i = 0; i < int64_t(d) * 5000; ++i)
      days[d].push_back(int64_t(d) * 1000000 + i);
  for (size_t d = 0; d < days.size(); ++d) {
    ASSERT_EQ(days[d].size(), d * 5000);
    for (size_t i = 0; i < days[d].size(); ++i)
      ASSERT_EQ(days[d][i], int64_t(d) * 1000000 + int64_t(i));
  }
}

TEST(KeptValuesTest, FreedBlocksAreReused) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "under AddressSanitizer every block comes from malloc";
#endif
  size_t bytes = detail::minKeptBlock * 3; // rounded up to 4 × minKeptBlock
  void *first = detail::allocateKeptBlock(bytes);
  detail::freeKeptBlock(first, bytes);
  void *again = detail::allocateKeptBlock(detail::minKeptBlock * 4);
  EXPECT_EQ(first, again);
  // A block larger than a region still works.
  size_t huge = size_t(100) << 20;
  auto *big = static_cast<unsigned char *>(detail::allocateKeptBlock(huge));
  big[0] = 1;
  big[huge - 1] = 2;
  EXPECT_EQ(big[0] + big[huge - 1], 3);
  detail::freeKeptBlock(big, huge);
  detail::freeKeptBlock(again, detail::minKeptBlock * 4);
}

} // namespace
