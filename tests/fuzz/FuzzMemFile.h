//===- FuzzMemFile.h - A fuzz input as a file, without the disk -*- C++ -*-===//
//
// The data readers read files block by block, and the paths that move a
// record across a block boundary only run when they read a file. A memfd
// gives the input a path (/proc/self/fd/N) without touching the disk or
// leaving anything behind when a run is killed.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_FUZZ_FUZZMEMFILE_H
#define TENOR_TESTS_FUZZ_FUZZMEMFILE_H

#include "tenor/rt/data/InputFile.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include <sys/mman.h>
#include <unistd.h>

namespace tenor::fuzz {

class MemFile {
public:
  explicit MemFile(std::string_view content) : fd(memfd_create("tenor-fuzz", 0)) {
    if (fd < 0)
      __builtin_trap(); // the harness cannot run at all: not a finding
    for (size_t done = 0; done < content.size();) {
      ssize_t n = ::write(fd, content.data() + done, content.size() - done);
      if (n <= 0)
        __builtin_trap();
      done += size_t(n);
    }
  }
  ~MemFile() { ::close(fd); }
  MemFile(const MemFile &) = delete;
  MemFile &operator=(const MemFile &) = delete;

  std::string path() const { return "/proc/self/fd/" + std::to_string(fd); }

private:
  int fd;
};

/// A data harness's input: the first byte picks the block size the reader
/// reads with (block boundaries anywhere in a record), the rest is the file.
struct BlockwiseInput {
  rt::InputLimits limits;
  std::string_view content;
};

inline BlockwiseInput splitBlockwiseInput(const uint8_t *data, size_t size) {
  static const size_t blockSizes[] = {1, 2, 3, 7, 16, 64, 4096, size_t(1) << 20};
  BlockwiseInput in;
  in.limits.blockSize = blockSizes[data[0] % std::size(blockSizes)];
  in.content = std::string_view(reinterpret_cast<const char *>(data) + 1, size - 1);
  return in;
}

} // namespace tenor::fuzz

#endif
