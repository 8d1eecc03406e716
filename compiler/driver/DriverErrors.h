//===- DriverErrors.h - The driver's own errors -----------------*- C++ -*-===//
//
// Errors of the command line and of the commands' work outside any source
// file (no compiler found, a file that cannot be written) are registry
// entries (E09xx in Diagnostics.def) like every other diagnostic: printed by
// the text consumer as `tenorc: error[E09xx]: ...`, explained by `tenorc
// explain`. Each command still decides its exit code.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DRIVER_DRIVERERRORS_H
#define TENOR_DRIVER_DRIVERERRORS_H

#include "diag/DiagEngine.h"

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

namespace tenor {

/// Prints the driver error `id` on standard error; `file` names the file it
/// is about, if any, in place of `tenorc`.
template <typename... Decl, typename... Args>
void driverError(llvm::StringRef file, DiagDesc<Decl...> id, const Args &...args) {
  llvm::SourceMgr sm;
  DiagEngine diags(sm);
  diags.setConsumer(makeTextConsumer(sm, llvm::errs()));
  diags.reportFile(file, id, args...);
  diags.finish();
}

} // namespace tenor

#endif
