//===- CheckCommand.cpp - `tenorc check` ----------------------------------===//
//
// Loads (parses the file and its imports) and checks each file and reports
// every diagnostic. `--verify` compares the diagnostics with the expectations
// written in the files instead of printing them; `--dump-ast` prints the
// syntax tree for tests.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/Options.h"

#include "ast/AstDump.h"
#include "diag/DiagEngine.h"
#include "ir/IrDump.h"
#include "load/Load.h"
#include "sema/Sema.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

namespace tenor {

static std::unique_ptr<DiagConsumer> makeConsumer(llvm::SourceMgr &sm) {
  if (opts::verify)
    return makeVerifyConsumer(sm, llvm::errs());
  switch (opts::diagnosticsFormat) {
  case opts::DiagFormat::Json:
    return makeJsonConsumer(sm, llvm::outs());
  case opts::DiagFormat::Sarif:
    return makeSarifConsumer(sm, llvm::outs());
  case opts::DiagFormat::Text:
    break;
  }
  return makeTextConsumer(sm, llvm::errs());
}

LoadOptions loadOptions() {
  LoadOptions options;
  const char *env = std::getenv("TENOR_STDLIB");
  options.stdlibDir = env ? env : TENOR_STDLIB_DIR;
  return options;
}

int runCheck() {
  llvm::SourceMgr sm;
  DiagEngine diags(sm);
  diags.setConsumer(makeConsumer(sm));
  if (opts::verify)
    diags.setErrorLimit(0);

  bool ioError = false, internalError = false;
  for (const std::string &file : opts::checkFiles) {
    auto buffer =
        llvm::MemoryBuffer::getFileOrSTDIN(file, /*IsText=*/false, /*RequiresNullTerminator=*/true);
    if (!buffer) {
      diags.reportFile(file, DiagID::CannotOpenFile, file, buffer.getError().message());
      ioError = true;
      continue;
    }
    unsigned id = sm.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
    std::optional<ast::ModuleGraph> graph = load(sm, id, diags, loadOptions());
    if (!graph)
      continue;
    if (opts::dumpAst)
      dumpModule(graph->root().module, sm, llvm::outs());
    std::optional<ir::Program> program = check(*graph, diags);
    if (program && !verifyProgram(*program, sm)) {
      internalError = true;
      break;
    }
    if (program && opts::dumpIr)
      dumpProgram(*program, sm, llvm::outs());
    if (diags.limitReached())
      break;
  }

  bool consumerOk = diags.finish();
  if (internalError)
    return ExitInternal;
  if (opts::verify)
    return consumerOk ? ExitOk : ExitErrors;
  if (ioError)
    return ExitUsage;
  return diags.hasErrors() ? ExitErrors : ExitOk;
}

} // namespace tenor
