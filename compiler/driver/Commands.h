//===- Commands.h - The subcommands of tenorc -------------------*- C++ -*-===//
//
// Each subcommand of LANGUAGE.md section 7 is one function that runs after
// the command line is parsed and returns the process exit code: 0 success,
// 1 the input has errors, 2 usage or I/O errors.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DRIVER_COMMANDS_H
#define TENOR_DRIVER_COMMANDS_H

#include "sema/Sema.h"

namespace tenor {

/// Exit codes shared by every subcommand.
enum ExitCode : int { ExitOk = 0, ExitErrors = 1, ExitUsage = 2 };

/// `tenorc check FILE...`
int runCheck();
/// `tenorc emit cpp FILE [-o OUT]`
int runEmit();
/// `tenorc build FILE -o EXE`
int runBuild();
/// `tenorc run FILE -- EVALUATOR-ARGS`
int runRun();

/// Where `import std.x` looks: $TENOR_STDLIB, else the stdlib/ folder of
/// the source tree tenorc was built from.
SemaOptions semaOptions();

} // namespace tenor

#endif
