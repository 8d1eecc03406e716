//===- Commands.h - The subcommands of tenorc -------------------*- C++ -*-===//
//
// Each subcommand of LANGUAGE.md section 7 is one function that runs after
// the command line is parsed and returns the process exit code: 0 success,
// 1 the input has errors, 2 usage or I/O errors.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DRIVER_COMMANDS_H
#define TENOR_DRIVER_COMMANDS_H

#include "ir/Ir.h"
#include "load/Load.h"

#include "llvm/Support/SourceMgr.h"

#include <memory>
#include <optional>
#include <string>

namespace tenor {

/// Exit codes shared by every subcommand. ExitInternal: a bug in tenorc
/// (the IR breaks an invariant), never the input's fault.
enum ExitCode : int { ExitOk = 0, ExitErrors = 1, ExitUsage = 2, ExitInternal = 3 };

/// `tenorc check FILE...`
int runCheck();
/// `tenorc emit cpp|plan|examples FILE [-o OUT]`
int runEmit();
/// `tenorc build FILE -o EXE`
int runBuild();
/// `tenorc run FILE -- EVALUATOR-ARGS`
int runRun();
/// `tenorc doc FILE [--format md|html] [-o OUT]`
int runDoc();
/// `tenorc explain CODE | --list | --markdown`
int runExplain();

/// Where `import std.x` looks: $TENOR_STDLIB, else the stdlib/ folder of
/// the source tree tenorc was built from.
LoadOptions loadOptions();

/// A checked file and the agreement a back end works on. The sources are
/// kept because the IR's locations point into them.
struct CheckedAgreement {
  std::unique_ptr<llvm::SourceMgr> sources;
  ir::Program program;
  const ir::Agreement *agreement = nullptr;
};

/// Parses and checks `file`, printing diagnostics, and chooses the agreement
/// `--agreement` names, else the file's only one; none after an error, with
/// the exit code in `failure` (ExitUsage when the file cannot be read, as
/// for `tenorc check`; ExitErrors when it has errors).
std::optional<CheckedAgreement> loadAgreement(const std::string &file, int &failure);

/// Runs ir::verify on what sema returned; prints each broken invariant as
/// an internal error and returns false when there is one.
bool verifyProgram(const ir::Program &program, const llvm::SourceMgr &sm);

/// Writes `text` to `path`, or to standard output when it is empty or `-`.
bool writeFile(const std::string &path, llvm::StringRef text);

} // namespace tenor

#endif
