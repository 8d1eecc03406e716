//===- CheckExamples.h - An evaluator checks a contract's worked examples -*- C++ -*-===//
//
// `EVALUATOR --worked-examples FILE` reads the worked examples that
// `tenorc emit examples` wrote from the contract's IR (JSON Lines, one
// example a line) and recomputes each one with the evaluator's own
// generated specs, through the functions of eval/WorkedExamples.h. It
// names every example whose outcome differs, so a test sees at once when
// the contract and the evaluator disagree.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_CLI_CHECKEXAMPLES_H
#define TENOR_RT_CLI_CHECKEXAMPLES_H

#include "tenor/rt/eval/WorkedExamples.h"

#include <optional>
#include <string>
#include <string_view>

namespace tenor::rt {

/// What the generated evaluator knows, by the names the examples use;
/// nothing for a name it does not know.
struct WorkedExampleHooks {
  std::optional<RemedySpec> (*remedy)(std::string_view name) = nullptr;
  std::optional<DeadlineSpec> (*deadline)(std::string_view obligation) = nullptr;
  /// The total cap at `index`, with `of` the example's base when given.
  std::optional<TotalCapSpec> (*totalCap)(size_t index, std::optional<Rational> of) = nullptr;
  std::string_view currency;
};

/// Checks every example of `path`; prints one line per disagreement and a
/// summary. Exit code: 0 all agree, 1 some disagree, 2 the file is bad.
int checkWorkedExamples(const std::string &path, const WorkedExampleHooks &hooks);

} // namespace tenor::rt

#endif
