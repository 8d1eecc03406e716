//===- Heap.h - Setting up the heap for the front end -----------*- C++ -*-===//
//
// ANTLR's runtime allocates a token, a rule context and a children vector
// per rule invocation: a 100k-line agreement makes about 270 MB of small
// blocks. With glibc's defaults the parsing thread got its own arena that
// grows by mprotect a page range at a time, and every fresh 4 KiB page
// faulted; half of `tenorc check`'s time went to the allocator and the
// kernel (perf, bench/frontend.sh). prepareHeap() makes every thread use the
// main heap, grows it in large steps, and advises the kernel to back it with
// 2 MiB transparent huge pages.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DRIVER_HEAP_H
#define TENOR_DRIVER_HEAP_H

namespace tenor {

/// Call once, before any thread starts. Does nothing under sanitizers, which
/// bring their own allocator.
void prepareHeap();

} // namespace tenor

#endif
