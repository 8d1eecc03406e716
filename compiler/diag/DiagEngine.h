//===- DiagEngine.h - Reporting diagnostics ---------------------*- C++ -*-===//
//
// Every stage reports its findings through one DiagEngine. A diagnostic has a
// code from Diagnostics.def, a severity, a location, optional ranges and notes;
// consumers decide how it is shown (text, JSON lines, SARIF) or checked
// (`--verify`).
//
// `DiagID::Name` is a typed descriptor generated from the registry entry: it
// carries the entry's argument types (Carbon's CARBON_DIAGNOSTIC is the
// model), so `report(loc, DiagID::Name, args...)` compiles only with the
// number and kinds of arguments the entry declares. DiagKind is the plain
// enum a finished diagnostic carries.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DIAG_DIAGENGINE_H
#define TENOR_DIAG_DIAGENGINE_H

#include "diag/DiagArgs.h"

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
enum class DiagKind : unsigned {
#define DIAG(Code, Name, Sev, Format, ...) Name,
#define NOTE(Name, Format, ...) Name,
#include "diag/Diagnostics.def"
};

/// A registry entry with the types of its arguments.
template <typename... ArgTypes> struct DiagDesc {
  DiagKind kind;
  static constexpr unsigned arity = sizeof...(ArgTypes);
  constexpr operator DiagKind() const { return kind; }
};

/// One typed descriptor per registry entry: `DiagID::CompareDimensions`.
struct DiagID {
  using Str = diag::Str;
  using Int = diag::Int;
  using ItemKind = diag::ItemKind;
  using Named = diag::Named;
  using Clause = diag::Clause;
  using AmountRole = diag::AmountRole;
  using DurationRole = diag::DurationRole;
  using DeadlineEnd = diag::DeadlineEnd;
  using MemberOwner = diag::MemberOwner;
  using Members = diag::Members;
  using NameOrExpr = diag::NameOrExpr;
  using ConditionCount = diag::ConditionCount;
#define DIAG(Code, Name, Sev, Format, ...)                                                         \
  static constexpr DiagDesc<__VA_ARGS__> Name{DiagKind::Name};
#define NOTE(Name, Format, ...) static constexpr DiagDesc<__VA_ARGS__> Name{DiagKind::Name};
#include "diag/Diagnostics.def"
};

namespace diag {
/// Whether values of types `Args` may be the arguments of an entry declared
/// with `Decl`.
template <typename... Decl, typename... Args>
constexpr bool argumentsMatch(DiagDesc<Decl...> *, Args *...) {
  if constexpr (sizeof...(Decl) != sizeof...(Args))
    return false;
  else
    return (accepts<Decl, std::decay_t<Args>> && ...);
}
} // namespace diag

/// Formats the registry's message of `id` from already formatted values.
template <typename... Values> std::string formatDiag(DiagKind id, const Values &...values);

/// What the registry says about one diagnostic.
struct DiagInfo {
  llvm::StringRef code; ///< "E0301"; empty for notes
  llvm::StringRef name; ///< "CompareDimensions"
  Severity severity;
  llvm::StringRef format; ///< fmt format string
};

const DiagInfo &diagInfo(DiagKind id);
/// Every entry of the registry, in table order.
llvm::ArrayRef<DiagInfo> allDiagInfos();

/// A note attached to a diagnostic.
struct DiagNote {
  llvm::SMLoc loc;
  std::string message;
};

/// One finished diagnostic, as consumers see it.
struct Diagnostic {
  DiagKind id;
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
  template <typename... Decl, typename... Args>
  DiagBuilder &note(llvm::SMLoc loc, DiagDesc<Decl...> id, const Args &...args) {
    static_assert(diag::argumentsMatch((DiagDesc<Decl...> *)nullptr, (Args *)nullptr...),
                  "the arguments do not match the types this note declares in Diagnostics.def");
    diag.notes.push_back({loc, formatDiag(id.kind, diag::formatted<Decl>(args)...)});
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
  /// A diagnostic without a location (the driver's) prints as `tenorc:`.
  template <typename... Decl, typename... Args>
  DiagBuilder report(llvm::SMLoc loc, DiagDesc<Decl...> id, const Args &...args) {
    static_assert(diag::argumentsMatch((DiagDesc<Decl...> *)nullptr, (Args *)nullptr...),
                  "the arguments do not match the types this diagnostic declares in "
                  "Diagnostics.def");
    Diagnostic d{id.kind, diagInfo(id.kind).severity, loc, {}, {}, {}, {}};
    d.message = formatDiag(id.kind, diag::formatted<Decl>(args)...);
    return DiagBuilder(*this, std::move(d));
  }
  template <typename... Decl, typename... Args>
  DiagBuilder report(llvm::SMRange range, DiagDesc<Decl...> id, const Args &...args) {
    DiagBuilder b = report(range.Start, id, args...);
    b.range(range);
    return b;
  }
  /// A diagnostic about a whole file that may have no buffer (cannot open it).
  template <typename... Decl, typename... Args>
  void reportFile(llvm::StringRef file, DiagDesc<Decl...> id, const Args &...args) {
    DiagBuilder b = report(llvm::SMLoc(), id, args...);
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

template <typename... Values> std::string formatDiag(DiagKind id, const Values &...values) {
  const DiagInfo &info = diagInfo(id);
  return fmt::vformat(fmt::string_view(info.format.data(), info.format.size()),
                      fmt::make_format_args(values...));
}

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
