//===- Heap.cpp - Setting up the heap for the front end -------------------===//

#include "driver/Heap.h"

#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace tenor {

void prepareHeap() {
#if !defined(__SANITIZE_ADDRESS__)
  constexpr size_t step = size_t(256) << 20; // reserved address space, not memory
  constexpr uintptr_t hugePage = uintptr_t(2) << 20;
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TOP_PAD, int(step));
  mallopt(M_TRIM_THRESHOLD, int(step * 2));
  mallopt(M_MMAP_THRESHOLD, 32 << 20); // large vectors from the heap too
  // A block larger than the heap's free top grows the heap by `step` more;
  // its pages stay untouched until used, and the advice makes the kernel
  // map them 2 MiB at a time.
  auto before = reinterpret_cast<uintptr_t>(sbrk(0));
  void *volatile grow = std::malloc(size_t(4) << 20); // volatile: not elided
  auto after = reinterpret_cast<uintptr_t>(sbrk(0));
  std::free(grow);
  uintptr_t from = (before + hugePage - 1) & ~(hugePage - 1);
  if (before != uintptr_t(-1) && from < after)
    madvise(reinterpret_cast<void *>(from), after - from, MADV_HUGEPAGE);
#endif
}

} // namespace tenor
