//===- ReplayMain.cpp - Runs a fuzz harness over saved inputs -------------===//
//
// In the ordinary builds (release and the gcc sanitizer build) each fuzz
// harness is linked with this main instead of libFuzzer's, so that CTest can
// replay the committed corpora and regression inputs on every run without
// clang. Arguments are files or folders; a folder's files are replayed in
// name order so that a failure always points at the same input. A folder
// that does not exist is skipped: a harness may have no regressions yet.
// `-timeout=N` fails the replay when one input takes more than N seconds,
// as libFuzzer's option of that name does, so that an input that once hung
// or took exponential time fails the test instead of stalling it.
//
//===----------------------------------------------------------------------===//

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace fs = std::filesystem;

static unsigned timeoutSeconds = 0;

static void onTimeout(int) {
  const char message[] = "replay: the input above took longer than -timeout\n";
  ssize_t ignored = write(2, message, sizeof message - 1);
  (void)ignored;
  _exit(1);
}

static bool replay(const fs::path &file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
    return false;
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // A copy of exactly the input's size, so that ASan sees reads past its end.
  std::vector<uint8_t> data(bytes.begin(), bytes.end());
  std::fprintf(stderr, "replay: %s\n", file.c_str());
  alarm(timeoutSeconds);
  LLVMFuzzerTestOneInput(data.data(), data.size());
  alarm(0);
  return true;
}

int main(int argc, char **argv) {
  if (LLVMFuzzerInitialize)
    LLVMFuzzerInitialize(&argc, &argv);
  size_t count = 0;
  bool ok = true;
  std::signal(SIGALRM, onTimeout);
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]).starts_with("-timeout=")) {
      timeoutSeconds = unsigned(std::atoi(argv[i] + 9));
      continue;
    }
    fs::path arg(argv[i]);
    std::error_code ec;
    if (!fs::exists(arg, ec))
      continue;
    std::vector<fs::path> files;
    if (fs::is_directory(arg, ec)) {
      for (const fs::directory_entry &e : fs::directory_iterator(arg, ec))
        if (e.is_regular_file())
          files.push_back(e.path());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(arg);
    }
    for (const fs::path &f : files) {
      ok = replay(f) && ok;
      ++count;
    }
  }
  std::printf("replayed %zu inputs\n", count);
  return ok ? 0 : 1;
}
