//===- KeptValues.cpp - Huge-page regions for kept values -----------------===//
//
// A size-class allocator: a block is a power of two of at least
// minKeptBlock bytes, carved from 64 MiB regions aligned to 2 MiB and
// advised as huge pages, and returned to its size class's free list when
// freed. Regions live as long as the process (an evaluator runs once). Where
// huge pages are unavailable the advice is ignored and the regions are
// ordinary memory; where mmap fails, blocks come from malloc.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/KeptValues.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <mutex>

#include <sys/mman.h>

using namespace tenor::rt;

#if defined(__SANITIZE_ADDRESS__)
// So that AddressSanitizer sees every block.
void *detail::allocateKeptBlock(size_t bytes) { return std::malloc(bytes); }
void detail::freeKeptBlock(void *p, size_t) { std::free(p); }
#else

namespace {

constexpr size_t hugePage = size_t(2) << 20;
constexpr size_t regionSize = size_t(64) << 20;

struct FreeBlock {
  FreeBlock *next;
};

struct Arena {
  std::mutex lock;
  char *next = nullptr, *end = nullptr; ///< the unused part of the current region
  FreeBlock *freeLists[64] = {};        ///< by log2 of the block size

  /// A fresh region of at least `bytes`, or false.
  bool newRegion(size_t bytes) {
    size_t size = std::max(regionSize, bytes);
    void *p =
        mmap(nullptr, size + hugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      return false;
    auto start = reinterpret_cast<uintptr_t>(p);
    auto aligned = (start + hugePage - 1) & ~(hugePage - 1);
    next = reinterpret_cast<char *>(aligned);
    end = next + size;
    madvise(next, size, MADV_HUGEPAGE);
    return true;
  }
};

Arena &arena() {
  static Arena instance;
  return instance;
}

} // namespace

void *detail::allocateKeptBlock(size_t bytes) {
  size_t size = std::bit_ceil(bytes);
  unsigned cls = unsigned(std::countr_zero(size));
  Arena &a = arena();
  std::lock_guard<std::mutex> guard(a.lock);
  if (FreeBlock *block = a.freeLists[cls]) {
    a.freeLists[cls] = block->next;
    return block;
  }
  if (size_t(a.end - a.next) < size && !a.newRegion(size))
    return std::malloc(size);
  void *p = a.next;
  a.next += size;
  return p;
}

void detail::freeKeptBlock(void *p, size_t bytes) {
  size_t size = std::bit_ceil(bytes);
  unsigned cls = unsigned(std::countr_zero(size));
  Arena &a = arena();
  std::lock_guard<std::mutex> guard(a.lock);
  a.freeLists[cls] = new (p) FreeBlock{a.freeLists[cls]};
}
#endif
