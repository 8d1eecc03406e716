//===- InputFile.h - Block-wise reading of data files -----------*- C++ -*-===//
//
// Data files can be gigabytes, so readers never load them whole and never
// use iostreams per row. An InputFile keeps one buffer: readers parse records
// straight out of it and consume them from the front; when a record runs
// past the data read so far, refill() moves the unconsumed tail to the front
// and reads the next block, growing the buffer only for a record longer than
// a block. The buffer always has zero-initialized padding after the data so
// that simdjson may parse a line in place.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_DATA_INPUTFILE_H
#define TENOR_RT_DATA_INPUTFILE_H

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace tenor::rt {

/// Sizes that tests shrink to exercise records spanning blocks.
struct InputLimits {
  size_t blockSize = size_t(1) << 20; ///< bytes read at a time
  /// Longest row or line accepted, its line break included. Rows of SLA
  /// data are short; a longer one is a bad row, and the limit keeps memory
  /// bounded on input that has no line breaks (/dev/zero, a binary file).
  size_t maxRecordSize = size_t(1) << 20;
  /// How far past the start of a bad row the readers look for its end to
  /// skip it (--skip-bad-rows); data without a line break that far is not
  /// lines of text, and reading it on could take forever (an endless pipe).
  size_t maxSkipSize = size_t(64) << 20;
};

/// How InputFile::skipPastNewline() ended.
enum class SkipEnd { LineFeed, EndOfFile, TooFar };

class InputFile {
public:
  /// Readable bytes after the data (simdjson's SIMDJSON_PADDING).
  static constexpr size_t padding = 64;

  explicit InputFile(InputLimits limits = {}) : limits(limits) {}
  ~InputFile();
  InputFile(const InputFile &) = delete;
  InputFile &operator=(const InputFile &) = delete;

  /// Opens `path` and reads the first block. On failure returns false and
  /// sets `error` to a sentence such as "cannot open `x.csv`: No such file or
  /// directory".
  bool open(const std::string &path, std::string &error);
  /// Uses `content` as the whole file (tests, standard input read ahead).
  void assign(std::string_view content);

  /// The unconsumed data read so far.
  const char *begin() const { return buffer.get() + start; }
  const char *end() const { return buffer.get() + stop; }
  size_t size() const { return stop - start; }
  /// Bytes that may be read from begin(), padding included.
  size_t capacityFromBegin() const { return capacity + padding - start; }

  /// Marks the first `n` unconsumed bytes as done.
  void consume(size_t n) { start += n; }
  /// True once the whole file has been read into the buffer.
  bool atEof() const { return eof; }
  /// True when the unconsumed data fills maxRecordSize and cannot grow.
  bool full() const { return size() >= limits.maxRecordSize; }

  /// Reads more data after end(), moving the unconsumed data to the front
  /// first (pointers into the buffer are invalidated). Returns false when
  /// nothing was added: end of file, an I/O error (see ioError()), or full().
  bool refill();
  /// Discards data up to and including the next line feed, reading as
  /// needed but no further than `maxBytes` from begin(): TooFar when no line
  /// feed came within them, EndOfFile when the file (or reading) ended first.
  SkipEnd skipPastNewline(size_t maxBytes);
  /// Skips a UTF-8 byte order mark at the start of the data, if any.
  void skipByteOrderMark();

  /// Empty unless reading failed after the file was opened.
  const std::string &ioError() const { return readError; }
  const InputLimits &getLimits() const { return limits; }

private:
  void reserve(size_t newCapacity);

  InputLimits limits;
  std::unique_ptr<char[]> buffer;
  size_t capacity = 0; ///< usable bytes, not counting the padding
  size_t start = 0, stop = 0;
  int fd = -1;
  bool eof = false;
  std::string path;
  std::string readError;
};

} // namespace tenor::rt

#endif
