//===- DocCommand.cpp - `tenorc doc` --------------------------------------===//
//
// The contract document back end from the command line: check a file and
// write the plain-language contract of its agreement as Markdown (the
// default) or HTML, to standard output or to the file given with `-o`.
//
//===----------------------------------------------------------------------===//

#include "driver/Commands.h"
#include "driver/Options.h"

#include "diag/DiagEngine.h"
#include "doc/Doc.h"

#include "llvm/Support/raw_ostream.h"

namespace tenor {

int runDoc() {
  int failure = ExitErrors;
  std::optional<CheckedAgreement> checked = loadAgreement(opts::docFile, failure);
  if (!checked)
    return failure;
  // Titles, never source names (LANGUAGE.md 12.4): ask for each one missing.
  DiagEngine diags(*checked->sources);
  diags.setConsumer(makeTextConsumer(*checked->sources, llvm::errs()));
  for (const doc::Untitled &u : doc::untitledItems(*checked->agreement))
    diags.report(u.range, DiagID::NoTitle, u.kind, u.name);
  diags.finish();
  std::string text = opts::docFormat == opts::DocFormat::Html
                         ? doc::renderHtml(checked->program, *checked->agreement)
                         : doc::renderMarkdown(checked->program, *checked->agreement);
  return writeFile(opts::docOutput, text) ? ExitOk : ExitUsage;
}

} // namespace tenor
