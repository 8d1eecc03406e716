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

extern llvm::cl::SubCommand check, emit, build, run, doc, explain;

enum class DiagFormat { Text, Json, Sarif };
extern llvm::cl::list<std::string> checkFiles;
extern llvm::cl::opt<bool> dumpAst;
extern llvm::cl::opt<bool> dumpIr;
extern llvm::cl::opt<bool> verify;
extern llvm::cl::opt<DiagFormat> diagnosticsFormat;

extern llvm::cl::list<std::string> emitArgs;
extern llvm::cl::opt<std::string> emitOutput;
extern llvm::cl::opt<std::string> buildFile;
extern llvm::cl::opt<std::string> buildOutput;
extern llvm::cl::list<std::string> runArgs;
/// Which agreement of a file with several to build or document.
extern llvm::cl::opt<std::string> agreementName;

enum class DocFormat { Markdown, Html };
extern llvm::cl::opt<std::string> docFile;
extern llvm::cl::opt<DocFormat> docFormat;
extern llvm::cl::opt<std::string> docOutput;

extern llvm::cl::opt<std::string> explainCode;
extern llvm::cl::opt<bool> explainList;
extern llvm::cl::opt<bool> explainMarkdown;

} // namespace tenor::opts

#endif
