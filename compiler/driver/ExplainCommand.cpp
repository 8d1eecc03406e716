//===- ExplainCommand.cpp - `tenorc explain` ------------------------------===//
//
// Prints what a diagnostic code means (`tenorc explain E0301`), the list of
// codes (`--list`) or the whole catalogue as Markdown (`--markdown`, committed
// as docs/diagnostics.md). Nothing is compiled.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/DriverErrors.h"
#include "driver/Options.h"

#include "diag/Explain.h"

#include "llvm/Support/raw_ostream.h"

namespace tenor {

int runExplain() {
  unsigned modes = unsigned(!opts::explainCode.empty()) + unsigned(opts::explainList) +
                   unsigned(opts::explainMarkdown);
  if (modes != 1) {
    driverError("", DiagID::ExplainUsage);
    return ExitUsage;
  }
  if (opts::explainList) {
    printDiagnosticList(llvm::outs());
    return ExitOk;
  }
  if (opts::explainMarkdown) {
    printDiagnosticsMarkdown(llvm::outs());
    return ExitOk;
  }
  std::string code = llvm::StringRef(opts::explainCode).upper();
  const DiagInfo *info = findDiagnostic(code);
  if (!info) {
    driverError("", DiagID::UnknownCode, opts::explainCode);
    return ExitUsage;
  }
  printExplanation(llvm::outs(), *info);
  return ExitOk;
}

} // namespace tenor
