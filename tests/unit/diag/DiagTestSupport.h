//===- DiagTestSupport.h - Shared fixtures of the diag unit tests -*- C++ -*-===//
//
// Tests place diagnostics by searching the source text for a snippet rather
// than by byte offsets, so each test reads like the output it expects.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_TESTS_UNIT_DIAG_DIAGTESTSUPPORT_H
#define TENOR_TESTS_UNIT_DIAG_DIAGTESTSUPPORT_H

#include "diag/DiagEngine.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tenor::test {

/// A SourceMgr with helpers to add files and find locations in them.
class Sources {
public:
  llvm::SourceMgr sm;

  unsigned add(llvm::StringRef name, llvm::StringRef text) {
    return sm.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, name), llvm::SMLoc());
  }

  /// The location of the `occurrence`-th (0-based) `needle` in buffer `id`.
  llvm::SMLoc loc(unsigned id, llvm::StringRef needle, unsigned occurrence = 0) {
    llvm::StringRef text = sm.getMemoryBuffer(id)->getBuffer();
    size_t at = text.find(needle);
    for (unsigned i = 0; i < occurrence && at != llvm::StringRef::npos; ++i)
      at = text.find(needle, at + 1);
    // Not EXPECT_NE(at, npos): binding StringRef::npos to a reference
    // duplicates the definition in LLVM 14's libLLVMSupport.a.
    if (at == llvm::StringRef::npos) {
      ADD_FAILURE() << "no `" << needle.str() << "` in buffer " << id;
      return llvm::SMLoc();
    }
    return llvm::SMLoc::getFromPointer(text.data() + at);
  }

  /// The half-open range covering `needle`.
  llvm::SMRange range(unsigned id, llvm::StringRef needle, unsigned occurrence = 0) {
    llvm::SMLoc start = loc(id, needle, occurrence);
    return llvm::SMRange(start, llvm::SMLoc::getFromPointer(start.getPointer() + needle.size()));
  }
};

/// A diagnostic built by hand, for severities the registry has no entry for.
inline Diagnostic makeDiag(DiagKind id, Severity severity, llvm::SMLoc loc, std::string message) {
  Diagnostic d{id, severity, loc, {}, std::move(message), {}, {}};
  return d;
}

/// Keeps every diagnostic it receives, for tests of the engine itself.
class RecordingConsumer : public DiagConsumer {
public:
  explicit RecordingConsumer(std::vector<Diagnostic> &out) : out(out) {}
  void handle(const Diagnostic &d) override { out.push_back(d); }

private:
  std::vector<Diagnostic> &out;
};

/// A string member of a JSON object, "<missing>" when absent, for EXPECT_EQ.
inline std::string str(const llvm::json::Object &o, llvm::StringRef key) {
  llvm::Optional<llvm::StringRef> v = o.getString(key);
  return v ? v->str() : "<missing>";
}

/// An integer member of a JSON object, -1 when absent.
inline int64_t num(const llvm::json::Object &o, llvm::StringRef key) {
  return o.getInteger(key).getValueOr(-1);
}

} // namespace tenor::test

#endif
