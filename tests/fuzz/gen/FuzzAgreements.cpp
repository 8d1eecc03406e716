//===- FuzzAgreements.cpp - libFuzzer harness over generated agreements ---===//
//
// Each input is a stream of decisions for the agreement generator. The
// agreement it yields is well-typed by construction, so the front end must
// accept it: parse and sema run in-process through the stage entry points
// (as compiler/driver does), and any error traps, after printing the
// agreement and its diagnostics, as does an IR that breaks an invariant
// (ir::verify). Then the contract writer (Markdown and HTML) and the code
// generator run on it: they must not crash, hang or trip a sanitizer.
// Whether the emitted C++ compiles is the compile-sample script's part (a
// C++ compiler per input is too slow for a fuzzer).
//
//===----------------------------------------------------------------------===//

#include "AgreementGenerator.h"
#include "FuzzedChoices.h"

#include "codegen/CodeGen.h"
#include "diag/DiagEngine.h"
#include "doc/Doc.h"
#include "ir/IrVerify.h"
#include "load/Load.h"
#include "sema/Sema.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tenor::gen::FuzzedChoices choices(data, size);
  std::string text = tenor::gen::generateAgreement(choices);

  llvm::SourceMgr sm;
  tenor::DiagEngine diags(sm);
  std::string messages;
  llvm::raw_string_ostream os(messages);
  diags.setConsumer(tenor::makeTextConsumer(sm, os));
  unsigned id = sm.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, "generated.tenor"),
                                      llvm::SMLoc());
  tenor::LoadOptions options;
  const char *stdlib = std::getenv("TENOR_STDLIB");
  options.stdlibDir = stdlib ? stdlib : TENOR_STDLIB_DIR;
  std::optional<tenor::ast::ModuleGraph> graph = tenor::load(sm, id, diags, options);
  std::optional<tenor::ir::Program> program;
  if (graph)
    program = tenor::check(*graph, diags);
  diags.finish();
  os.flush();
  if (!program || diags.hasErrors() || program->agreements.size() != 1) {
    llvm::errs() << "generated agreement does not check clean:\n"
                 << text << "\n----\n"
                 << messages << "\n";
    __builtin_trap();
  }
  for (const tenor::ir::Violation &v : tenor::ir::verify(*program)) {
    llvm::errs() << "the IR breaks invariant `" << v.invariant << "`:\n" << text << "\n";
    __builtin_trap();
  }
  const tenor::ir::Agreement &agreement = *program->agreements.front();
  std::string md = tenor::doc::renderMarkdown(*program, agreement);
  std::string html = tenor::doc::renderHtml(*program, agreement);
  std::string cpp = tenor::emitEvaluator(*program, agreement);
  if (md.empty() || html.empty() || cpp.empty())
    __builtin_trap();
  return 0;
}
