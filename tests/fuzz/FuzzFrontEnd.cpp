//===- FuzzFrontEnd.cpp - Fuzzes tenorc from source text to back ends -----===//
//
// The input is one .tenor file. It is loaded (scanned and parsed with its
// imports) and checked as `tenorc check` does (imports of std.* come from the repository's stdlib/;
// the buffer is named as if it sat in that folder, so file imports resolve
// there too), with the AST and IR dumps that `--dump-ast`/`--dump-ir` print.
// When it checks clean, every agreement also goes through the two back ends
// in-process: the contract (`tenorc doc`, Markdown and HTML) and the
// evaluator's C++ (`tenorc emit cpp`). Diagnostics go to a null stream in
// one of the three formats, chosen by the input's length so that all three
// consumers are exercised.
//
// A finding is a crash, a sanitizer report, a hang or running out of memory:
// rejecting the input with diagnostics is the expected outcome for most.
//
//===----------------------------------------------------------------------===//

#include "ast/AstDump.h"
#include "codegen/CodeGen.h"
#include "diag/DiagEngine.h"
#include "doc/Doc.h"
#include "ir/IrDump.h"
#include "ir/IrVerify.h"
#include "load/Load.h"
#include "sema/Sema.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <memory>
#include <optional>

using namespace tenor;

static std::unique_ptr<DiagConsumer> makeConsumer(llvm::SourceMgr &sm, size_t size) {
  switch (size % 3) {
  case 0:
    return makeTextConsumer(sm, llvm::nulls());
  case 1:
    return makeJsonConsumer(sm, llvm::nulls());
  default:
    return makeSarifConsumer(sm, llvm::nulls());
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::SourceMgr sm;
  DiagEngine diags(sm);
  diags.setConsumer(makeConsumer(sm, size));
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  unsigned id = sm.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, TENOR_STDLIB_DIR "/fuzz-input.tenor"),
      llvm::SMLoc());
  LoadOptions options;
  options.stdlibDir = TENOR_STDLIB_DIR;
  std::optional<ast::ModuleGraph> graph = load(sm, id, diags, options);
  if (!graph) {
    diags.finish();
    return 0;
  }
  dumpModule(graph->root().module, sm, llvm::nulls());
  std::optional<ir::Program> program = check(*graph, diags);
  diags.finish();
  if (!program || diags.hasErrors())
    return 0;
  dumpProgram(*program, sm, llvm::nulls());
  // An IR that breaks an invariant of compiler/ir/README.md is a sema bug.
  if (!ir::verify(*program).empty())
    __builtin_trap();
  for (const auto &agreement : program->agreements) {
    std::string markdown = doc::renderMarkdown(*program, *agreement);
    std::string html = doc::renderHtml(*program, *agreement);
    std::string cpp = emitEvaluator(*program, *agreement);
    // Every back end writes something for an agreement that checks clean.
    if (markdown.empty() || html.empty() || cpp.empty())
      __builtin_trap();
  }
  return 0;
}
