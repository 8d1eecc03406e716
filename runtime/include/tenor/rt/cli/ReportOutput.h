//===- ReportOutput.h - Writing the report where -o says --------*- C++ -*-===//
//
// The evaluator writes its report to the file `-o` names or to standard
// output, and says why when it cannot.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_RT_CLI_REPORTOUTPUT_H
#define TENOR_RT_CLI_REPORTOUTPUT_H

#include <string>
#include <string_view>

namespace tenor::rt {

/// Writes `content` to `path`, or to standard output when `path` is empty
/// or "-". On failure returns false with a sentence in `error`.
bool writeOutput(const std::string &path, std::string_view content, std::string &error);

} // namespace tenor::rt

#endif
