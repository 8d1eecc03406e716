//===- BuildCommand.cpp - `tenorc emit`, `build` and `run` ----------------===//
//
// The evaluator back end from the command line: emit the generated C++ (or
// the plan it is printed from, or the contract's worked examples),
// compile it with the system's C++ compiler against the runtime library, or
// build into a cache keyed by the generated source and run the result.
//
// The compiler is $CXX, else the first of c++, g++ and clang++ on PATH. The
// runtime is found through $TENOR_RUNTIME_INCLUDE and $TENOR_RUNTIME_LIB,
// else where this tenorc was built.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/DriverErrors.h"
#include "driver/Options.h"

#include "codegen/CodeGen.h"
#include "diag/DiagEngine.h"
#include "worked/WorkedExamples.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA1.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace tenor {

namespace {

std::string envOr(const char *name, const char *fallback) {
  const char *v = std::getenv(name);
  return v && *v ? v : fallback;
}

/// Parses and checks `file` and generates the evaluator of its agreement;
/// none with the exit code in `failure` when the file is unreadable or wrong.
std::optional<std::string> generate(const std::string &file, int &failure) {
  std::optional<CheckedAgreement> checked = loadAgreement(file, failure);
  if (!checked)
    return std::nullopt;
  return emitEvaluator(checked->program, *checked->agreement);
}

/// Compiles `source` (a .cpp path) into `exe`.
bool compile(const std::string &source, const std::string &exe) {
  std::string cxx = envOr("CXX", "");
  if (cxx.empty()) {
    for (const char *name : {"c++", "g++", "clang++"})
      if (auto found = llvm::sys::findProgramByName(name)) {
        cxx = *found;
        break;
      }
  } else if (auto found = llvm::sys::findProgramByName(cxx)) {
    cxx = *found;
  }
  if (cxx.empty()) {
    driverError("", DiagID::NoCompiler);
    return false;
  }
  std::string include = envOr("TENOR_RUNTIME_INCLUDE", TENOR_RUNTIME_INCLUDE_DIR);
  // The runtime's headers include core's tables (tenor/core/*.h).
  std::string coreInclude = envOr("TENOR_CORE_INCLUDE", TENOR_CORE_INCLUDE_DIR);
  std::string lib = envOr("TENOR_RUNTIME_LIB", TENOR_RUNTIME_LIBRARY);
  if (!llvm::sys::fs::exists(lib) || !llvm::sys::fs::exists(include)) {
    driverError("", DiagID::RuntimeNotFound, lib);
    return false;
  }
  std::vector<std::string> args = {
      cxx, "-std=c++20", "-O2",   "-I" + include, "-I" + coreInclude, source,     "-o",
      exe, lib,          "-lfmt", "-ldate-tz",    "-lsimdjson",       "-lpthread"};
  // A runtime built with sanitizers needs them in the evaluator too.
  for (llvm::StringRef flag : llvm::split(TENOR_EVALUATOR_FLAGS, ' '))
    if (!flag.empty())
      args.push_back(flag.str());
  std::vector<llvm::StringRef> refs(args.begin(), args.end());
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(cxx, refs, llvm::None, {}, 0, 0, &message);
  if (rc != 0) {
    // A message says the compiler could not be run; without one, it ran
    // and printed its own errors.
    if (message.empty())
      driverError("", DiagID::CompilerFailed);
    else
      driverError("", DiagID::CannotRunCompiler, message);
    return false;
  }
  return true;
}

/// Builds `cpp` into `exe` through a temporary source file.
bool buildExecutable(const std::string &cpp, const std::string &exe) {
  llvm::SmallString<128> source;
  if (std::error_code ec = llvm::sys::fs::createTemporaryFile("tenor-evaluator", "cpp", source)) {
    driverError("", DiagID::CannotCreateTempFile, ec.message());
    return false;
  }
  bool ok = writeFile(source.str().str(), cpp) && compile(source.str().str(), exe);
  llvm::sys::fs::remove(source);
  return ok;
}

} // namespace

int runEmit() {
  const std::string kind = opts::emitArgs.size() == 2 ? opts::emitArgs[0] : "";
  if (kind != "cpp" && kind != "plan" && kind != "examples") {
    driverError("", DiagID::EmitUsage);
    return ExitUsage;
  }
  int failure = ExitErrors;
  if (kind == "plan" || kind == "examples") {
    std::optional<CheckedAgreement> checked = loadAgreement(opts::emitArgs[1], failure);
    if (!checked)
      return failure;
    const ir::Agreement &a = *checked->agreement;
    std::string text = kind == "plan"
                           ? emitPlan(a)
                           : worked::examplesJsonLines(a, worked::chooseWorkedExamples(a));
    return writeFile(opts::emitOutput, text) ? ExitOk : ExitUsage;
  }
  std::optional<std::string> cpp = generate(opts::emitArgs[1], failure);
  if (!cpp)
    return failure;
  return writeFile(opts::emitOutput, *cpp) ? ExitOk : ExitUsage;
}

int runBuild() {
  // Checked here rather than by cl::Required, whose message names neither
  // the command nor what is missing.
  if (opts::buildFile.empty() || opts::buildOutput.empty()) {
    driverError("", DiagID::BuildUsage);
    return ExitUsage;
  }
  int failure = ExitErrors;
  std::optional<std::string> cpp = generate(opts::buildFile, failure);
  if (!cpp)
    return failure;
  return buildExecutable(*cpp, opts::buildOutput) ? ExitOk : ExitUsage;
}

int runRun() {
  if (opts::runArgs.empty()) {
    driverError("", DiagID::RunUsage);
    return ExitUsage;
  }
  int failure = ExitErrors;
  std::optional<std::string> cpp = generate(opts::runArgs[0], failure);
  if (!cpp)
    return failure;
  // The cache key covers everything the executable depends on: the
  // generated source (so imports too) and the runtime it links.
  std::string lib = envOr("TENOR_RUNTIME_LIB", TENOR_RUNTIME_LIBRARY);
  llvm::sys::fs::file_status status;
  llvm::sys::fs::status(lib, status);
  llvm::SHA1 hash;
  hash.update(*cpp);
  hash.update(std::to_string(status.getLastModificationTime().time_since_epoch().count()));
  std::string key = llvm::toHex(hash.final(), true);
  llvm::SmallString<256> dir;
  if (const char *env = std::getenv("TENOR_CACHE"))
    dir = env;
  else if (!llvm::sys::path::cache_directory(dir))
    dir = "/tmp";
  llvm::sys::path::append(dir, "tenor");
  llvm::sys::fs::create_directories(dir);
  llvm::SmallString<256> exe(dir);
  llvm::sys::path::append(exe, "evaluator-" + key);
  if (!llvm::sys::fs::exists(exe) && !buildExecutable(*cpp, exe.str().str()))
    return ExitUsage;
  std::vector<llvm::StringRef> args = {exe};
  for (size_t i = 1; i < opts::runArgs.size(); ++i)
    args.push_back(opts::runArgs[i]);
  llvm::outs().flush();
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(exe, args, llvm::None, {}, 0, 0, &message);
  if (rc < 0) {
    driverError("", DiagID::CannotRunEvaluator, message);
    return ExitUsage;
  }
  return rc;
}

} // namespace tenor
