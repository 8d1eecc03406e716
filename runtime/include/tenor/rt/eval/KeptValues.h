//===- KeptValues.h - Memory for the values aggregates keep -----*- C++ -*-===//
//
// `percentile` and `covered` keep every value, in one vector per day and
// then per period. With ten million rows that is about a hundred megabytes
// in a few hundred growing vectors, and on this project's machines the page
// faults of fresh 4 KiB pages were an eighth of an evaluator's time
// (bench/compare.sh). KeptAllocator takes their larger blocks from regions
// the kernel may back with 2 MiB transparent huge pages (madvise mode), so
// one fault maps 512 times as much; freed blocks are reused by size.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_EVAL_KEPTVALUES_H
#define TENOR_RT_EVAL_KEPTVALUES_H

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

namespace tenor::rt {

namespace detail {
/// Blocks of at least `minKeptBlock` bytes come from the huge-page regions,
/// rounded up to a power of two; smaller ones from malloc.
inline constexpr size_t minKeptBlock = size_t(16) << 10;
void *allocateKeptBlock(size_t bytes);
void freeKeptBlock(void *p, size_t bytes);
} // namespace detail

/// A std::allocator for kept values (see above).
template <typename T> struct KeptAllocator {
  using value_type = T;
  KeptAllocator() = default;
  template <typename U> KeptAllocator(const KeptAllocator<U> &) {} // NOLINT: rebinding

  T *allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    void *p = bytes >= detail::minKeptBlock ? detail::allocateKeptBlock(bytes) : std::malloc(bytes);
    if (!p)
      throw std::bad_alloc();
    return static_cast<T *>(p);
  }
  void deallocate(T *p, size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes >= detail::minKeptBlock)
      detail::freeKeptBlock(p, bytes);
    else
      std::free(p);
  }
  friend bool operator==(const KeptAllocator &, const KeptAllocator &) { return true; }
};

template <typename T> using KeptVector = std::vector<T, KeptAllocator<T>>;

} // namespace tenor::rt

#endif
