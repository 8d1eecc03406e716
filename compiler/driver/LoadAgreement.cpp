//===- LoadAgreement.cpp - What the back-end commands share ---------------===//
//
// `emit`, `build`, `run` and `doc` all start the same way: read one file,
// load it (parse it and its imports) and check it with diagnostics on
// standard error, and choose the agreement to work on (the one
// `--agreement` names, else the file's only one). They end the same way too: write a text to a file
// or to standard output.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/DriverErrors.h"
#include "driver/Options.h"

#include "diag/DiagEngine.h"
#include "load/Load.h"
#include "sema/Sema.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace tenor {

std::optional<CheckedAgreement> loadAgreement(const std::string &file, int &failure) {
  failure = ExitErrors;
  CheckedAgreement out;
  out.sources = std::make_unique<llvm::SourceMgr>();
  llvm::SourceMgr &sm = *out.sources;
  DiagEngine diags(sm);
  diags.setConsumer(makeTextConsumer(sm, llvm::errs()));
  auto buffer = llvm::MemoryBuffer::getFileOrSTDIN(file, false, true);
  if (!buffer) {
    diags.reportFile(file, DiagID::CannotOpenFile, file, buffer.getError().message());
    diags.finish();
    failure = ExitUsage;
    return std::nullopt;
  }
  unsigned id = sm.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
  std::optional<ast::ModuleGraph> graph = load(sm, id, diags, loadOptions());
  std::optional<ir::Program> program;
  if (graph)
    program = check(*graph, diags);
  diags.finish();
  if (!program)
    return std::nullopt;
  if (!verifyProgram(*program, sm)) {
    failure = ExitInternal;
    return std::nullopt;
  }
  for (auto &a : program->agreements)
    if (opts::agreementName.empty() ? !out.agreement : a->name == opts::agreementName)
      out.agreement = a.get();
  if (!out.agreement || (opts::agreementName.empty() && program->agreements.size() > 1)) {
    if (opts::agreementName.empty())
      driverError(file, DiagID::AgreementNotChosen);
    else
      driverError(file, DiagID::NoAgreementNamed, opts::agreementName);
    return std::nullopt;
  }
  out.program = std::move(*program);
  return out;
}

bool writeFile(const std::string &path, llvm::StringRef text) {
  if (path.empty() || path == "-") {
    llvm::outs() << text;
    return true;
  }
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec);
  if (ec) {
    driverError("", DiagID::CannotWriteFile, path, ec.message());
    return false;
  }
  os << text;
  return true;
}

} // namespace tenor
