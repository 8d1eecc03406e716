//===- InputFile.cpp - Block-wise reading of data files -------------------===//
//
// POSIX open/read into one growing buffer. The buffer grows by doubling only
// while a single record does not fit, so reading a file of short rows uses
// one block of memory however large the file is.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/InputFile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tenor::rt;

InputFile::~InputFile() {
  if (fd >= 0)
    ::close(fd);
}

void InputFile::reserve(size_t newCapacity) {
  auto grown = std::make_unique<char[]>(newCapacity + padding);
  if (size() > 0)
    std::memcpy(grown.get(), begin(), size());
  std::memset(grown.get() + size(), 0, newCapacity + padding - size());
  stop -= start;
  start = 0;
  buffer = std::move(grown);
  capacity = newCapacity;
}

bool InputFile::open(const std::string &filePath, std::string &error) {
  path = filePath;
  fd = ::open(filePath.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open `" + filePath + "`: " + std::strerror(errno);
    return false;
  }
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    error = "cannot read `" + filePath + "`: it is a directory";
    return false;
  }
  reserve(std::max<size_t>(limits.blockSize, 1));
  refill();
  if (!readError.empty()) {
    error = readError;
    return false;
  }
  return true;
}

void InputFile::assign(std::string_view content) {
  start = stop = 0;
  reserve(std::max<size_t>(content.size(), 1));
  if (!content.empty())
    std::memcpy(buffer.get(), content.data(), content.size());
  stop = content.size();
  eof = true;
}

bool InputFile::refill() {
  if (eof || full())
    return false;
  if (start > 0) {
    std::memmove(buffer.get(), begin(), size());
    stop -= start;
    start = 0;
  }
  if (stop == capacity)
    reserve(std::min(capacity * 2, std::max(limits.maxRecordSize, capacity + 1)));
  for (;;) {
    ssize_t n = ::read(fd, buffer.get() + stop, capacity - stop);
    if (n > 0) {
      stop += size_t(n);
      std::memset(buffer.get() + stop, 0, padding);
      return true;
    }
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      readError = "cannot read `" + path + "`: " + std::strerror(errno);
    eof = true;
    return false;
  }
}

SkipEnd InputFile::skipPastNewline(size_t maxBytes) {
  size_t skipped = 0;
  for (;;) {
    size_t window = std::min(size(), maxBytes - skipped);
    const void *newline = std::memchr(begin(), '\n', window);
    if (newline) {
      consume(size_t(static_cast<const char *>(newline) - begin()) + 1);
      return SkipEnd::LineFeed;
    }
    consume(window);
    skipped += window;
    if (skipped >= maxBytes)
      return SkipEnd::TooFar;
    if (!refill())
      return SkipEnd::EndOfFile;
  }
}

void InputFile::skipByteOrderMark() {
  while (size() < 3 && refill()) {
  }
  if (size() >= 3 && std::memcmp(begin(), "\xEF\xBB\xBF", 3) == 0)
    consume(3);
}
