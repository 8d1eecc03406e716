//===- DiagEngine.cpp - Counting, limiting and routing diagnostics --------===//
//
// The engine is the single funnel between the stages and the consumer: it
// counts errors and warnings, enforces the error limit (so that a badly broken
// file produces a screenful, not thousands of cascading errors) and hands each
// finished diagnostic to the consumer.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagEngine.h"

using namespace tenor;

DiagConsumer::~DiagConsumer() = default;

DiagBuilder::~DiagBuilder() {
  // A moved-from builder has no engine; only the last owner emits.
  if (engine)
    engine->emit(std::move(diag));
}

DiagEngine::DiagEngine(llvm::SourceMgr &sm) : sm(sm) {}

DiagEngine::~DiagEngine() = default;

void DiagEngine::setConsumer(std::unique_ptr<DiagConsumer> c) { consumer = std::move(c); }

void DiagEngine::emit(Diagnostic d) {
  // Once stopped, stages may still be unwinding and reporting; drop it all.
  if (stopped)
    return;
  if (d.severity == Severity::Error)
    ++errors;
  else if (d.severity == Severity::Warning)
    ++warnings;

  bool limitHit = d.severity == Severity::Error && errorLimit != 0 && errors >= errorLimit;
  llvm::SMLoc lastLoc = d.loc;
  std::string lastFile = d.file;
  if (consumer)
    consumer->handle(d);
  if (!limitHit)
    return;

  // Point the final diagnostic where the last error was, so the reader sees
  // how far the compiler got.
  stopped = true;
  const DiagInfo &info = diagInfo(DiagID::TooManyErrors);
  Diagnostic stop{DiagID::TooManyErrors, info.severity, lastLoc, {}, {}, {}, std::move(lastFile)};
  stop.message = fmt::vformat(fmt::string_view(info.format.data(), info.format.size()),
                              fmt::make_format_args(errorLimit));
  if (consumer)
    consumer->handle(stop);
}

bool DiagEngine::finish() {
  if (finished)
    return finishResult;
  finished = true;
  finishResult = consumer ? consumer->finish() : true;
  return finishResult;
}
