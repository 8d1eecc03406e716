//===- VerifyIr.cpp - Every command checks the IR sema hands on -----------===//
//
// After each successful check, before any dump or back end, the driver runs
// ir::verify. A broken invariant is a bug in tenorc, not in the user's file:
// it is printed as an internal error with the node's location and ends the
// command with ExitInternal, so that no contract or evaluator is produced
// from an IR the back ends were never promised. Running it in every command
// makes every lit test a test of the invariants too.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"

#include "ir/IrVerify.h"

#include "llvm/Support/raw_ostream.h"

namespace tenor {

bool verifyProgram(const ir::Program &program, const llvm::SourceMgr &sm) {
  std::vector<ir::Violation> broken = ir::verify(program);
  for (const ir::Violation &v : broken) {
    std::string where = "tenorc";
    if (v.range.Start.isValid()) {
      unsigned buffer = sm.FindBufferContainingLoc(v.range.Start);
      auto [line, col] = sm.getLineAndColumn(v.range.Start, buffer);
      where = sm.getMemoryBuffer(buffer)->getBufferIdentifier().str() + ":" + std::to_string(line) +
              ":" + std::to_string(col);
    }
    llvm::errs() << where << ": internal error: the IR breaks invariant `" << v.invariant
                 << "`; this is a bug in tenorc, please report it with the input\n";
  }
  return broken.empty();
}

} // namespace tenor
