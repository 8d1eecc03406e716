//===- DataValue.cpp - Formatting data errors -----------------------------===//
//
// The one place that decides how a bad row is shown: like a compiler
// diagnostic, "file:line:column: reason", so editors can jump to it.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/data/DataValue.h"

using namespace tenor::rt;

std::string tenor::rt::formatDataError(std::string_view path, const DataError &error) {
  std::string text(path);
  if (error.line > 0) {
    text += ':' + std::to_string(error.line);
    if (error.column > 0)
      text += ':' + std::to_string(error.column);
  }
  text += ": ";
  text += error.reason;
  return text;
}

uint32_t tenor::rt::countCodePoints(std::string_view text) {
  uint32_t count = 0;
  for (char c : text)
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}
