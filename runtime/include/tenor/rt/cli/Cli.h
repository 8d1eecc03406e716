//===- Cli.h - The evaluator's command line ---------------------*- C++ -*-===//
//
// Every generated evaluator has the same command line (LANGUAGE.md section
// 8); only the names of its datasets and params differ, and the generated
// code passes them in a CliSpec so that a misspelt `--data minuts=...` is
// rejected with "did you mean `minutes`?". Errors are returned, never
// printed: the caller prints the message and exits with exitBadInput.
//
// Decisions: options may be written `--opt VALUE` or `--opt=VALUE`; `-o`
// has the long form `--output`; `-h` is `--help`; `--help` and `--version`
// win over everything else on the line. A value option given twice is an
// error (a second `--format` is more likely a mistake than an override).
// `.ndjson` is accepted as JSON Lines; extensions are matched ignoring case.
// `--from`/`--to` take a date (the generated code places it at midnight in
// the agreement's timezone) or an RFC 3339 timestamp; `--as-of` takes a
// timestamp only, as the spec writes it.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_CLI_CLI_H
#define TENOR_RT_CLI_CLI_H

#include "tenor/rt/base/Time.h"
#include "tenor/rt/data/RowSource.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tenor::rt {

/// Exit codes of an evaluator.
inline constexpr int exitEvaluated = 0;
inline constexpr int exitBreached = 1; ///< only with --fail-on-breach
inline constexpr int exitBadInput = 2; ///< bad usage or bad data

enum class ReportFormat : uint8_t { Json, Text };

/// `--param NAME=VALUE`; the value is parsed by the generated code.
struct ParamArg {
  std::string name;
  std::string value;
};

/// A `--from`/`--to` bound: exactly one of `date` and `timestamp` is set.
struct TimeBound {
  std::string text;
  std::optional<Date> date;
  std::optional<Timestamp> timestamp;
};

/// The parsed command line.
struct EvalOptions {
  std::vector<DataArg> data; ///< in command-line order
  std::vector<ParamArg> params;
  std::optional<TimeBound> from, to;
  std::optional<Timestamp> asOf;
  ReportFormat format = ReportFormat::Json;
  std::string output; ///< empty: standard output
  bool failOnBreach = false;
  bool skipBadRows = false;
  bool help = false;
  bool version = false;

  const DataArg *findData(std::string_view name) const;
  const ParamArg *findParam(std::string_view name) const;
};

/// What the generated evaluator knows about itself.
struct CliSpec {
  std::string_view program;                         ///< for the usage text
  std::span<const std::string_view> datasets;       ///< names `--data` accepts
  std::span<const std::string_view> params;         ///< names `--param` accepts
  std::span<const std::string_view> requiredParams; ///< params that must be given
};

/// Options, or an error message (without "error:" or the program name).
struct CliResult {
  EvalOptions options;
  std::string error;
  bool ok() const { return error.empty(); }
};

/// Parses the arguments after the program name.
CliResult parseCommandLine(std::span<const std::string_view> args, const CliSpec &spec);
/// Parses argv[1..argc).
CliResult parseCommandLine(int argc, const char *const *argv, const CliSpec &spec);

/// The `--help` text, naming the spec's datasets and params.
std::string usageText(const CliSpec &spec);

} // namespace tenor::rt

#endif
