//===- SarifConsumer.cpp - Diagnostics as one SARIF 2.1.0 log -------------===//
//
// Code-scanning services (GitHub, Azure DevOps, IDE viewers) read SARIF. The
// log needs the set of rules used before the results can refer to them by
// index, so diagnostics are collected and the whole log is written by finish():
// one run of the `tenorc` driver, one rule per code used (sorted by code), one
// result per diagnostic, notes as related locations. Columns count code
// points, which the run declares with `columnKind`.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagSupport.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace tenor;
using namespace tenor::detail;

namespace {

/// A position copied out of the SourceMgr; `line == 0` when unknown.
struct Place {
  std::string file;
  unsigned line = 0, column = 0, endLine = 0, endColumn = 0;
};

struct Related {
  Place place;
  std::string message;
};

struct Result {
  DiagKind id;
  Severity severity;
  std::string message;
  Place place;
  std::vector<Related> related;
};

/// The rule's one-line description: its format with each `{}` shown as `…`.
std::string describeFormat(llvm::StringRef format) {
  std::string text;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format.substr(i).startswith("{{") || format.substr(i).startswith("}}")) {
      text += format[i++];
    } else if (format[i] == '{') {
      size_t close = format.find('}', i);
      text += "…";
      i = close == llvm::StringRef::npos ? format.size() : close;
    } else {
      text += format[i];
    }
  }
  return text;
}

/// A relative path stays a relative URI reference; an absolute one becomes a
/// `file://` URI. Bytes outside RFC 3986's unreserved set are percent-encoded.
std::string fileUri(llvm::StringRef path) {
  std::string uri = path.startswith("/") ? "file://" : "";
  for (unsigned char c : path) {
    if (llvm::isAlnum(c) || llvm::StringRef("-._~/").contains(c))
      uri += static_cast<char>(c);
    else
      uri += fmt::format("%{:02X}", c);
  }
  return uri;
}

/// One character wide when there is no range, so viewers highlight the
/// character under the caret rather than the rest of the line.
Place makePlace(const Position &start, const Position &end, std::string file) {
  Place place{std::move(file), start.line, start.column, end.line, end.column};
  if (start.isValid() && end.line == start.line && end.column == start.column)
    ++place.endColumn;
  return place;
}

void writeLocation(llvm::json::OStream &j, const Place &place) {
  j.attributeObject("physicalLocation", [&] {
    j.attributeObject("artifactLocation",
                      [&] { j.attribute("uri", jsonText(fileUri(place.file))); });
    if (place.line == 0)
      return;
    j.attributeObject("region", [&] {
      j.attribute("startLine", place.line);
      j.attribute("startColumn", place.column);
      j.attribute("endLine", place.endLine);
      j.attribute("endColumn", place.endColumn);
    });
  });
}

class SarifConsumer : public DiagConsumer {
public:
  SarifConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) : sm(sm), os(os) {}

  void handle(const Diagnostic &d) override;
  bool finish() override;

private:
  void writeRules(llvm::json::OStream &j);
  void writeResult(llvm::json::OStream &j, const Result &r);

  llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
  std::vector<Result> results;
  /// Code -> rule; a std::map so rules come out sorted by code.
  std::map<std::string, DiagKind> rules;
  std::map<std::string, unsigned> ruleIndex;
};

void SarifConsumer::handle(const Diagnostic &d) {
  Position start = resolve(sm, d.loc);
  Result r{
      d.id, d.severity, d.message, makePlace(start, diagEnd(sm, d, start), diagFile(start, d)), {}};
  for (const DiagNote &note : d.notes) {
    Position at = resolve(sm, note.loc);
    r.related.push_back({makePlace(at, at, at.file.str()), note.message});
  }
  llvm::StringRef code = diagInfo(d.id).code;
  if (!code.empty())
    rules.emplace(code.str(), d.id);
  results.push_back(std::move(r));
}

bool SarifConsumer::finish() {
  for (auto &[code, id] : rules)
    ruleIndex.emplace(code, ruleIndex.size());
  {
    llvm::json::OStream j(os, 2);
    j.object([&] {
      j.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      j.attribute("version", "2.1.0");
      j.attributeArray("runs", [&] {
        j.object([&] {
          j.attributeObject("tool", [&] {
            j.attributeObject("driver", [&] {
              j.attribute("name", "tenorc");
              writeRules(j);
            });
          });
          j.attribute("columnKind", "unicodeCodePoints");
          j.attributeArray("results", [&] {
            for (const Result &r : results)
              writeResult(j, r);
          });
        });
      });
    });
  }
  os << '\n';
  os.flush();
  return true;
}

void SarifConsumer::writeRules(llvm::json::OStream &j) {
  j.attributeArray("rules", [&] {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture
    // one in a lambda.
    for (auto &rule : rules) {
      const auto &code = rule.first;
      const DiagInfo &info = diagInfo(rule.second);
      j.object([&] {
        j.attribute("id", code);
        j.attribute("name", info.name);
        j.attributeObject("shortDescription",
                          [&] { j.attribute("text", describeFormat(info.format)); });
        j.attributeObject("defaultConfiguration",
                          [&] { j.attribute("level", severityName(info.severity)); });
      });
    }
  });
}

void SarifConsumer::writeResult(llvm::json::OStream &j, const Result &r) {
  j.object([&] {
    std::string code = diagInfo(r.id).code.str();
    if (!code.empty()) {
      j.attribute("ruleId", code);
      j.attribute("ruleIndex", ruleIndex[code]);
    }
    j.attribute("level", severityName(r.severity));
    j.attributeObject("message", [&] { j.attribute("text", jsonText(r.message)); });
    // A diagnostic with neither buffer nor file name has no location at all.
    if (!r.place.file.empty())
      j.attributeArray("locations", [&] { j.object([&] { writeLocation(j, r.place); }); });
    if (r.related.empty())
      return;
    j.attributeArray("relatedLocations", [&] {
      for (size_t i = 0; i < r.related.size(); ++i) {
        j.object([&] {
          j.attribute("id", i);
          if (!r.related[i].place.file.empty())
            writeLocation(j, r.related[i].place);
          j.attributeObject("message",
                            [&] { j.attribute("text", jsonText(r.related[i].message)); });
        });
      }
    });
  });
}

} // namespace

std::unique_ptr<DiagConsumer> tenor::makeSarifConsumer(llvm::SourceMgr &sm, llvm::raw_ostream &os) {
  return std::make_unique<SarifConsumer>(sm, os);
}
