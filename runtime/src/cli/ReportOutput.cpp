//===- ReportOutput.cpp - Writing the report where -o says ----------------===//
//
// stdio rather than iostreams: the report is one string written at once, and
// errno says why a write failed. Standard output is flushed, not closed.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/cli/ReportOutput.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace tenor::rt;

bool tenor::rt::writeOutput(const std::string &path, std::string_view content, std::string &error) {
  bool toStdout = path.empty() || path == "-";
  std::FILE *file = toStdout ? stdout : std::fopen(path.c_str(), "wb");
  if (!file) {
    error = "cannot write `" + path + "`: " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  ok = (toStdout ? std::fflush(file) : std::fclose(file)) == 0 && ok;
  if (!ok)
    error = "cannot write `" + (toStdout ? std::string("standard output") : path) +
            "`: " + std::strerror(errno);
  return ok;
}
