//===- DiagEngine.h - Reporting diagnostics ---------------------*- C++ -*-===//
//
// Every stage reports its findings through one DiagEngine. A diagnostic has a
// code from Diagnostics.def, a severity, a location, optional ranges and notes;
// consumers decide how it is shown (text, JSON lines, SARIF) or checked
// (`--verify`).
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DIAG_DIAGENGINE_H
#define TENOR_DIAG_DIAGENGINE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class SourceMgr;
class raw_ostream;
} // namespace llvm

namespace tenor {

enum class Severity { Error, Warning, Note };

/// Identifies a diagnostic or a note of the registry.
enum class DiagID : unsigned {
#define DIAG(Code, Name, Sev, Format) Name,
#define NOTE(Name, Format) Name,
#include "diag/Diagnostics.def"
};

/// What the registry says about one diagnostic.
struct DiagInfo {
  llvm::StringRef code; ///< "E0301"; empty for notes
  llvm::StringRef name; ///< "CompareDimensions"
  Severity severity;
  llvm::StringRef format; ///< fmt format string
};

const DiagInfo &diagInfo(DiagID id);
/// Every entry of the registry, in table order.
llvm::ArrayRef<DiagInfo> allDiagInfos();

/// A note attached to a diagnostic.
struct DiagNote {
  llvm::SMLoc loc;
  std::string message;
};

/// One finished diagnostic, as consumers see it.
struct Diagnostic {
  DiagID id;
  Severity severity;
  llvm::SMLoc loc; ///< may be invalid for file-less diagnostics
  /// Half-open like llvm::SourceMgr's: `End` points past the last character.
  llvm::SmallVector<llvm::SMRange, 2> ranges;
  std::string message;
  std::vector<DiagNote> notes;
  std::string file; ///< for diagnostics about a file that has no buffer
};

/// Receives finished diagnostics.
class DiagConsumer {
public:
  virtual ~DiagConsumer();
  virtual void handle(const Diagnostic &d) = 0;
  /// Called once after the last diagnostic; returns false when the consumer
  /// itself failed (a `--verify` mismatch).
  virtual bool finish() { return true; }
};

class DiagEngine;

/// Collects ranges and notes; the diagnostic is emitted when it is destroyed.
class DiagBuilder {
public:
  DiagBuilder(DiagEngine &engine, Diagnostic diag) : engine(&engine), diag(std::move(diag)) {}
  DiagBuilder(DiagBuilder &&other) noexcept : engine(other.engine), diag(std::move(other.diag)) {
    other.engine = nullptr;
  }
  DiagBuilder(const DiagBuilder &) = delete;
  DiagBuilder &operator=(const DiagBuilder &) = delete;
  ~DiagBuilder();

  DiagBuilder &setFile(llvm::StringRef f) {
    diag.file = f.str();
    return *this;
  }
  DiagBuilder &range(llvm::SMRange r) {
    if (r.isValid())
      diag.ranges.push_back(r);
    return *this;
  }
  template <typename... Args> DiagBuilder &note(llvm::SMLoc loc, DiagID id, Args &&...args) {
    diag.notes.push_back(
        {loc, fmt::vformat(fmt::string_view(diagInfo(id).format.data(), diagInfo(id).format.size()),
                           fmt::make_format_args(args...))});
    return *this;
  }

private:
  DiagEngine *engine;
  Diagnostic diag;
};

/// The error limit was reached; stages may throw this to stop early.
struct TooManyErrors {};

class DiagEngine {
public:
  explicit DiagEngine(llvm::SourceMgr &sm);
  ~DiagEngine();

  llvm::SourceMgr &sourceMgr() { return sm; }
  void setConsumer(std::unique_ptr<DiagConsumer> c);

  /// Starts a diagnostic at `loc` with the registry's message formatted from `args`.
  template <typename... Args> DiagBuilder report(llvm::SMLoc loc, DiagID id, Args &&...args) {
    const DiagInfo &info = diagInfo(id);
    Diagnostic d{id, info.severity, loc, {}, {}, {}, {}};
    d.message = fmt::vformat(fmt::string_view(info.format.data(), info.format.size()),
                             fmt::make_format_args(args...));
    return DiagBuilder(*this, std::move(d));
  }
  template <typename... Args> DiagBuilder report(llvm::SMRange range, DiagID id, Args &&...args) {
    DiagBuilder b = report(range.Start, id, std::forward<Args>(args)...);
    b.range(range);
    return b;
  }
  /// A diagnostic about a whole file that may have no buffer (cannot open it).
  template <typename... Args> void reportFile(llvm::StringRef file, DiagID id, Args &&...args) {
    DiagBuilder b = report(llvm::SMLoc(), id, std::forward<Args>(args)...);
    b.setFile(file);
  }

  /// Errors and warnings reported by the stages; the final E0005 that the
  /// error limit adds is not counted (like clang's "20 errors generated").
  unsigned errorCount() const { return errors; }
  unsigned warningCount() const { return warnings; }
  bool hasErrors() const { return errors != 0; }

  /// After this many errors a final E0005 is emitted and `limitReached()`
  /// turns true; 0 means no limit (used by `--verify`).
  void setErrorLimit(unsigned n) { errorLimit = n; }
  bool limitReached() const { return stopped; }

  /// Flushes the consumer; false when the consumer failed (verify mismatch).
  /// Calling it again returns the first result without finishing twice.
  bool finish();

private:
  friend class DiagBuilder;
  void emit(Diagnostic d);

  llvm::SourceMgr &sm;
  std::unique_ptr<DiagConsumer> consumer;
  unsigned errors = 0, warnings = 0, errorLimit = 20;
  bool stopped = false;
  bool finished = false, finishResult = true;
};

/// Consumers. Text is clang/rustc style with source line, caret and ranges.
std::unique_ptr<DiagConsumer> makeTextConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os);
/// One JSON object a line.
std::unique_ptr<DiagConsumer> makeJsonConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os);
/// One SARIF 2.1.0 log written by finish().
std::unique_ptr<DiagConsumer> makeSarifConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os);
/// Compares diagnostics with `// expected-error{{…}}` comments in the
/// buffers of `sm`; prints mismatches to `os`; finish() is false on any.
std::unique_ptr<DiagConsumer> makeVerifyConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os);

} // namespace tenor

#endif
