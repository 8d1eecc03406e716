//===- DiagRegistry.cpp - The table behind diagInfo() ---------------------===//
//
// Expands Diagnostics.def into one DiagInfo per entry, in the order of the
// DiagID enum, so that looking up a diagnostic is an array index and tools
// (`tenorc explain`, the docs generator, the coverage test) can walk the whole
// registry through allDiagInfos().
//
//===----------------------------------------------------------------------===//

#include "diag/DiagEngine.h"

#include <cassert>
#include <iterator>

using namespace tenor;

static const DiagInfo infoTable[] = {
#define DIAG(Code, Name, Sev, Format) {#Code, #Name, Severity::Sev, Format},
#define NOTE(Name, Format) {"", #Name, Severity::Note, Format},
#include "diag/Diagnostics.def"
};

const DiagInfo &tenor::diagInfo(DiagID id) {
  auto index = static_cast<unsigned>(id);
  assert(index < std::size(infoTable) && "DiagID out of range");
  return infoTable[index];
}

llvm::ArrayRef<DiagInfo> tenor::allDiagInfos() { return llvm::ArrayRef(infoTable); }
