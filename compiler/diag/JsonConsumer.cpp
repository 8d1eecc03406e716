//===- JsonConsumer.cpp - Diagnostics as JSON lines -----------------------===//
//
// One JSON object per diagnostic, one per line, for editors and scripts:
// {"file","line","column","end_line","end_column","severity","code",
//  "message","ranges":[…],"notes":[…]}. Keys are written in that fixed order
// so the output can be compared textually. Lines and columns are 1-based,
// columns count code points, ends are exclusive; a position that is not known
// (a diagnostic about a whole file) is written as line 0, column 0.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagSupport.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace tenor;
using namespace tenor::detail;

namespace {

class JsonConsumer : public DiagConsumer {
public:
  JsonConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}

  void handle(const Diagnostic &d) override;

  bool finish() override {
    os.flush();
    return true;
  }

private:
  void writeRanges(llvm::json::OStream &j, const Diagnostic &d);
  void writeNotes(llvm::json::OStream &j, const Diagnostic &d);

  llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
};

void JsonConsumer::handle(const Diagnostic &d) {
  Position start = resolve(sm, d.loc);
  Position end = diagEnd(sm, d, start);
  {
    llvm::json::OStream j(os);
    j.object([&] {
      j.attribute("file", jsonText(diagFile(start, d)));
      j.attribute("line", start.line);
      j.attribute("column", start.column);
      j.attribute("end_line", end.line);
      j.attribute("end_column", end.column);
      j.attribute("severity", severityName(d.severity));
      j.attribute("code", diagInfo(d.id).code);
      j.attribute("message", jsonText(d.message));
      writeRanges(j, d);
      writeNotes(j, d);
    });
  }
  os << '\n';
}

void JsonConsumer::writeRanges(llvm::json::OStream &j, const Diagnostic &d) {
  j.attributeArray("ranges", [&] {
    for (const llvm::SMRange &r : d.ranges) {
      Position from = resolve(sm, r.Start), to = resolve(sm, r.End);
      j.object([&] {
        j.attribute("line", from.line);
        j.attribute("column", from.column);
        j.attribute("end_line", to.line);
        j.attribute("end_column", to.column);
      });
    }
  });
}

void JsonConsumer::writeNotes(llvm::json::OStream &j, const Diagnostic &d) {
  j.attributeArray("notes", [&] {
    for (const DiagNote &note : d.notes) {
      Position at = resolve(sm, note.loc);
      j.object([&] {
        j.attribute("file", jsonText(at.file));
        j.attribute("line", at.line);
        j.attribute("column", at.column);
        j.attribute("message", jsonText(note.message));
      });
    }
  });
}

} // namespace

std::unique_ptr<DiagConsumer> tenor::makeJsonConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) {
  return std::make_unique<JsonConsumer>(sm, os);
}
