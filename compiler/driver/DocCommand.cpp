//===- DocCommand.cpp - `tenorc doc` --------------------------------------===//
//
// The contract document back end from the command line: check a file and
// write the plain-language contract of its agreement as Markdown (the
// default) or HTML, to standard output or to the file given with `-o`.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/Options.h"

#include "doc/Doc.h"

namespace tenor {

int runDoc() {
  int failure = ExitErrors;
  std::optional<CheckedAgreement> checked = loadAgreement(opts::docFile, failure);
  if (!checked)
    return failure;
  std::string text = opts::docFormat == opts::DocFormat::Html
                         ? doc::renderHtml(checked->program, *checked->agreement)
                         : doc::renderMarkdown(checked->program, *checked->agreement);
  return writeFile(opts::docOutput, text) ? ExitOk : ExitUsage;
}

} // namespace tenor
