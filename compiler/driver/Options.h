//===- Options.h - The command line of tenorc -------------------*- C++ -*-===//
//
// Options are llvm::cl globals, each attached to the subcommands it belongs
// to; they are declared here so that each command's file can read them.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DRIVER_OPTIONS_H
#define TENOR_DRIVER_OPTIONS_H

#include "llvm/Support/CommandLine.h"

#include <string>

namespace tenor::opts {

extern llvm::cl::SubCommand check;

enum class DiagFormat { Text, Json, Sarif };
extern llvm::cl::list<std::string> checkFiles;
extern llvm::cl::opt<bool> dumpAst;
extern llvm::cl::opt<bool> verify;
extern llvm::cl::opt<DiagFormat> diagnosticsFormat;

} // namespace tenor::opts

#endif
