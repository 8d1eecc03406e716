//===- TenorGen.cpp - `tenor-gen`: write generated agreements -------------===//
//
// tenor-gen --seed S --count N --out DIR
//
// Writes DIR/gen-S.tenor … DIR/gen-(S+N-1).tenor, one agreement per seed
// (SeededChoices), for the compile-sample script and for reproducing a
// finding by its seed. `--out -` prints the agreements to standard output.
//
//===----------------------------------------------------------------------===//

#include "AgreementGenerator.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/stat.h>

static int usage() {
  std::cerr << "usage: tenor-gen --seed S --count N --out DIR\n";
  return 2;
}

static bool number(const char *text, uint64_t &out) {
  char *end = nullptr;
  errno = 0;
  out = std::strtoull(text, &end, 10);
  return errno == 0 && end != text && *end == '\0';
}

int main(int argc, char **argv) {
  uint64_t seed = 1, count = 1;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (i + 1 >= argc)
      return usage();
    if (arg == "--seed" && number(argv[i + 1], seed))
      ++i;
    else if (arg == "--count" && number(argv[i + 1], count))
      ++i;
    else if (arg == "--out")
      out = argv[++i];
    else
      return usage();
  }
  if (out.empty())
    return usage();
  if (out != "-" && mkdir(out.c_str(), 0777) != 0 && errno != EEXIST) {
    std::cerr << "tenor-gen: error: cannot create `" << out << "`: " << std::strerror(errno)
              << "\n";
    return 2;
  }
  for (uint64_t s = seed; s < seed + count; ++s) {
    tenor::gen::SeededChoices choices(s);
    std::string text = tenor::gen::generateAgreement(choices);
    if (out == "-") {
      std::cout << "// seed " << s << "\n" << text << "\n";
      continue;
    }
    std::string path = out + "/gen-" + std::to_string(s) + ".tenor";
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) {
      std::cerr << "tenor-gen: error: cannot write `" << path << "`\n";
      return 2;
    }
  }
  return 0;
}
