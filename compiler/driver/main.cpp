//===- main.cpp - The tenorc driver ---------------------------------------===//
//
// Parses the command line and dispatches to the subcommand. The work runs on
// a thread with a large stack: the parser and every later stage recurse over
// nested expressions, and the depth limit of the parse stage is set so that
// this stack is never the limit, even in sanitizer builds.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/DriverErrors.h"
#include "driver/Heap.h"
#include "driver/Options.h"

#include "llvm/Support/raw_ostream.h"

#include <exception>
#include <new>

#include <pthread.h>

namespace tenor::opts {
using namespace llvm;

cl::SubCommand check("check", "Type-check Tenor files and report diagnostics");

cl::OptionCategory checkCategory("check options");
cl::list<std::string> checkFiles(cl::Positional, cl::OneOrMore, cl::desc("<file>..."),
                                 cl::sub(check), cl::cat(checkCategory));
cl::opt<bool> dumpAst("dump-ast", cl::desc("Print the syntax tree of each file"), cl::sub(check),
                      cl::cat(checkCategory));
cl::opt<bool> dumpIr("dump-ir", cl::desc("Print the typed IR of each file"), cl::sub(check),
                     cl::cat(checkCategory));
cl::opt<bool> verify("verify",
                     cl::desc("Check diagnostics against `// expected-error{{...}}` comments"),
                     cl::sub(check), cl::cat(checkCategory));
cl::opt<DiagFormat>
    diagnosticsFormat("diagnostics-format", cl::desc("How diagnostics are written"),
                      cl::init(DiagFormat::Text),
                      cl::values(clEnumValN(DiagFormat::Text, "text",
                                            "file:line:col: error[CODE]: message (default)"),
                                 clEnumValN(DiagFormat::Json, "json", "one JSON object a line"),
                                 clEnumValN(DiagFormat::Sarif, "sarif", "a SARIF 2.1.0 log")),
                      cl::sub(check), cl::cat(checkCategory));

cl::SubCommand
    emit("emit", "Write the generated evaluator source, the plan it is printed from, "
                 "or the contract's worked examples: tenorc emit cpp|plan|examples FILE [-o OUT]");
cl::SubCommand build("build", "Compile an agreement's evaluator: tenorc build FILE -o EXE");
cl::SubCommand run("run", "Build (cached) and run an evaluator: tenorc run FILE -- ARGS");
cl::SubCommand doc("doc", "Write the plain-language contract: tenorc doc FILE [--format md|html]");

cl::OptionCategory backendCategory("evaluator options");
cl::list<std::string> emitArgs(cl::Positional, cl::ZeroOrMore, cl::desc("cpp|plan|examples <file>"),
                               cl::sub(emit), cl::cat(backendCategory));
cl::opt<std::string> emitOutput("o", cl::desc("Output file (default: standard output)"),
                                cl::value_desc("file"), cl::sub(emit), cl::cat(backendCategory));
cl::opt<std::string> buildFile(cl::Positional, cl::desc("<file>"), cl::sub(build),
                               cl::cat(backendCategory));
cl::opt<std::string> buildOutput("o", cl::desc("The evaluator to write"), cl::value_desc("exe"),
                                 cl::sub(build), cl::cat(backendCategory));
cl::list<std::string> runArgs(cl::Positional, cl::ZeroOrMore,
                              cl::desc("<file> -- <evaluator args>"), cl::sub(run),
                              cl::cat(backendCategory));
cl::opt<std::string> agreementName("agreement",
                                   cl::desc("The agreement to use, when a file has several"),
                                   cl::value_desc("name"), cl::sub(emit), cl::sub(build),
                                   cl::sub(run), cl::sub(doc), cl::cat(backendCategory));

cl::OptionCategory docCategory("doc options");
cl::opt<std::string> docFile(cl::Positional, cl::Required, cl::desc("<file>"), cl::sub(doc),
                             cl::cat(docCategory));
cl::opt<DocFormat> docFormat("format", cl::desc("The format of the contract"),
                             cl::init(DocFormat::Markdown),
                             cl::values(clEnumValN(DocFormat::Markdown, "md", "Markdown (default)"),
                                        clEnumValN(DocFormat::Html, "html", "one HTML file")),
                             cl::sub(doc), cl::cat(docCategory));
cl::opt<std::string> docOutput("o", cl::desc("Output file (default: standard output)"),
                               cl::value_desc("file"), cl::sub(doc), cl::cat(docCategory));

cl::SubCommand explain("explain", "Explain a diagnostic code: tenorc explain E0301 | --list | "
                                  "--markdown");
cl::OptionCategory explainCategory("explain options");
cl::opt<std::string> explainCode(cl::Positional, cl::desc("<code>"), cl::sub(explain),
                                 cl::cat(explainCategory));
cl::opt<bool> explainList("list", cl::desc("List every code with its message"), cl::sub(explain),
                          cl::cat(explainCategory));
cl::opt<bool> explainMarkdown("markdown", cl::desc("Print every explanation as Markdown"),
                              cl::sub(explain), cl::cat(explainCategory));

} // namespace tenor::opts

namespace {

struct Job {
  int exitCode = tenor::ExitUsage;
};

/// The last resort: an exception that reaches here is a bug of tenorc, never
/// a reason to abort; it is reported as such and the exit code is 2.
int internalError(const char *what) {
  llvm::errs() << "tenorc: internal error: " << what
               << "; this is a bug in tenorc, please report it with the input\n";
  llvm::errs().flush();
  return tenor::ExitUsage;
}

/// Running out of memory is no bug: the input is too large for the memory
/// tenorc may use (see `ulimit -v`).
int outOfMemory() {
  tenor::driverError("", tenor::DiagID::OutOfMemory);
  llvm::errs().flush();
  return tenor::ExitUsage;
}

void runCommand(Job *job) {
  if (tenor::opts::check)
    job->exitCode = tenor::runCheck();
  else if (tenor::opts::emit)
    job->exitCode = tenor::runEmit();
  else if (tenor::opts::build)
    job->exitCode = tenor::runBuild();
  else if (tenor::opts::run)
    job->exitCode = tenor::runRun();
  else if (tenor::opts::doc)
    job->exitCode = tenor::runDoc();
  else if (tenor::opts::explain)
    job->exitCode = tenor::runExplain();
}

void *runSelected(void *arg) {
  auto *job = static_cast<Job *>(arg);
  // An exception must not leave a thread's function: that would terminate.
  try {
    runCommand(job);
  } catch (const std::bad_alloc &) {
    job->exitCode = outOfMemory();
  } catch (const std::exception &e) {
    job->exitCode = internalError(e.what());
  } catch (...) {
    job->exitCode = internalError("an unknown exception");
  }
  return nullptr;
}

/// Runs the command on a thread with a 512 MiB stack (reserved, not used).
int runWithLargeStack() {
  Job job;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(512) << 20);
  pthread_t thread;
  if (pthread_create(&thread, &attr, runSelected, &job) != 0) {
    runSelected(&job);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  return job.exitCode;
}

} // namespace

static int runMain(int argc, char **argv) {
  llvm::cl::SetVersionPrinter(
      [](llvm::raw_ostream &os) { os << "tenorc " << TENOR_VERSION << "\n"; });
  llvm::cl::HideUnrelatedOptions({&tenor::opts::checkCategory, &tenor::opts::backendCategory,
                                  &tenor::opts::docCategory, &tenor::opts::explainCategory});
  if (!llvm::cl::ParseCommandLineOptions(argc, argv, "tenorc: the Tenor SLA compiler\n",
                                         &llvm::errs()))
    return tenor::ExitUsage;
  if (!tenor::opts::check && !tenor::opts::emit && !tenor::opts::build && !tenor::opts::run &&
      !tenor::opts::doc && !tenor::opts::explain) {
    tenor::driverError("", tenor::DiagID::NoCommand);
    return tenor::ExitUsage;
  }
  tenor::prepareHeap();
  return runWithLargeStack();
}

int main(int argc, char **argv) {
  try {
    return runMain(argc, argv);
  } catch (const std::bad_alloc &) {
    return outOfMemory();
  } catch (const std::exception &e) {
    return internalError(e.what());
  } catch (...) {
    return internalError("an unknown exception");
  }
}
