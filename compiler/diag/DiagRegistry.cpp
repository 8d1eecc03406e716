//===- DiagRegistry.cpp - The table behind diagInfo() ---------------------===//
//
// Expands Diagnostics.def into one DiagInfo per entry, in the order of the
// DiagKind enum, so that looking up a diagnostic is an array index and tools
// (`tenorc explain`, the docs generator, the coverage test) can walk the whole
// registry through allDiagInfos().
//
//===----------------------------------------------------------------------===//

#include "diag/DiagEngine.h"

#include <cassert>
#include <iterator>

using namespace tenor;

static const DiagInfo infoTable[] = {
#define DIAG(Code, Name, Sev, Format, ...) {#Code, #Name, Severity::Sev, Format},
#define NOTE(Name, Format, ...) {"", #Name, Severity::Note, Format},
#include "diag/Diagnostics.def"
};

// Each entry declares one argument type per placeholder of its format.
#define DIAG(Code, Name, Sev, Format, ...)                                                         \
  static_assert(diag::placeholderCount(Format) == DiagID::Name.arity,                              \
                #Code " declares a different number of argument types than its format has");
#define NOTE(Name, Format, ...)                                                                    \
  static_assert(diag::placeholderCount(Format) == DiagID::Name.arity,                              \
                "note " #Name                                                                      \
                " declares a different number of argument types than its format has");
#include "diag/Diagnostics.def"

const DiagInfo &tenor::diagInfo(DiagKind id) {
  auto index = static_cast<unsigned>(id);
  assert(index < std::size(infoTable) && "DiagKind out of range");
  return infoTable[index];
}

llvm::ArrayRef<DiagInfo> tenor::allDiagInfos() { return llvm::ArrayRef(infoTable); }
