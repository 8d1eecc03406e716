//===- Explain.cpp - `tenorc explain` and docs/diagnostics.md -------------===//
//
// Joins the registry (Diagnostics.def) with the explanations
// (Explanations.def) and prints them: one code, the list of codes, or the
// whole catalogue as Markdown. A code without an explanation is still listed,
// with a line saying so; tests/explain fails on it.
//
//===----------------------------------------------------------------------===//

#include "diag/Explain.h"
#include "diag/DiagSupport.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <iterator>
#include <vector>

using namespace tenor;

llvm::ArrayRef<Explanation> tenor::allExplanations() {
  static const std::vector<Explanation> table = {
#define EXPLAIN(Code, Text, Wrong, Right) {#Code, Text, Wrong, Right},
#include "diag/Explanations.def"
  };
  return table;
}

const Explanation *tenor::findExplanation(llvm::StringRef code) {
  for (const Explanation &e : allExplanations())
    if (e.code == code)
      return &e;
  return nullptr;
}

const DiagInfo *tenor::findDiagnostic(llvm::StringRef code) {
  if (code.empty())
    return nullptr;
  for (const DiagInfo &info : allDiagInfos())
    if (info.code == code)
      return &info;
  return nullptr;
}

std::string tenor::displayFormat(llvm::StringRef format) {
  std::string out;
  for (size_t i = 0; i < format.size(); ++i) {
    char c = format[i];
    if ((c == '{' || c == '}') && i + 1 < format.size() && format[i + 1] == c) {
      out += c;
      ++i;
    } else if (c == '{') {
      size_t close = format.find('}', i);
      if (close == llvm::StringRef::npos)
        close = format.size() - 1;
      out += "…";
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

constexpr size_t wrapColumn = 79;

/// Writes `text` as lines of at most wrapColumn columns, breaking at spaces.
void printWrapped(llvm::raw_ostream &os, llvm::StringRef text) {
  llvm::SmallVector<llvm::StringRef, 64> words;
  text.split(words, ' ', -1, /*KeepEmpty=*/false);
  size_t column = 0;
  for (llvm::StringRef w : words) {
    size_t width = llvm::count_if(w, [](char c) { return (c & 0xC0) != 0x80; });
    if (column != 0 && column + 1 + width > wrapColumn) {
      os << '\n';
      column = 0;
    }
    if (column != 0) {
      os << ' ';
      ++column;
    }
    os << w;
    column += width;
  }
  os << '\n';
}

/// Snippets are raw strings that start and end with a line break.
llvm::StringRef trimSnippet(llvm::StringRef s) {
  s.consume_front("\n");
  return s.rtrim("\n ");
}

bool isShellSession(llvm::StringRef snippet) { return trimSnippet(snippet).startswith("$ "); }

/// "This file gets E0301:", or "This session …" for a shell example.
std::string wrongHeading(const Explanation &e) {
  return (llvm::Twine("This ") + (isShellSession(e.wrong) ? "session" : "file") + " gets " +
          e.code + ":")
      .str();
}

void printIndented(llvm::raw_ostream &os, llvm::StringRef snippet) {
  llvm::SmallVector<llvm::StringRef, 32> lines;
  trimSnippet(snippet).split(lines, '\n');
  for (llvm::StringRef line : lines) {
    if (!line.empty())
      os << "    " << line;
    os << '\n';
  }
}

void printFenced(llvm::raw_ostream &os, llvm::StringRef snippet) {
  os << "```" << (isShellSession(snippet) ? "console" : "tenor") << '\n'
     << trimSnippet(snippet) << "\n```\n";
}

struct Stage {
  llvm::StringRef prefix;
  llvm::StringRef title;
};

const Stage stages[] = {
    {"E00", "Input files (E00xx)"},
    {"E01", "Lexical structure and syntax (E01xx)"},
    {"E02", "Names, modules and imports (E02xx)"},
    {"E03", "Types and dimensions (E03xx)"},
    {"E04", "Agreement rules (E04xx)"},
    {"E09", "The driver's commands (E09xx)"},
    {"W", "Warnings (Wxxxx)"},
    {"", "Other diagnostics"},
};

const Stage &stageOf(llvm::StringRef code) {
  for (const Stage &s : stages)
    if (code.startswith(s.prefix))
      return s;
  return stages[std::size(stages) - 1];
}

std::string escapeTableCell(llvm::StringRef text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += '\\';
    out += c;
  }
  return out;
}

} // namespace

void tenor::printExplanation(llvm::raw_ostream &os, const DiagInfo &info) {
  os << info.code << ": " << detail::severityName(info.severity) << ": "
     << displayFormat(info.format) << "\n(" << info.name << ")\n\n";
  const Explanation *e = findExplanation(info.code);
  if (!e) {
    os << "No explanation has been written for " << info.code << " yet.\n";
    return;
  }
  printWrapped(os, e->text);
  os << '\n' << wrongHeading(*e) << "\n\n";
  printIndented(os, e->wrong);
  os << "\nCorrected:\n\n";
  printIndented(os, e->right);
}

void tenor::printDiagnosticList(llvm::raw_ostream &os) {
  for (const DiagInfo &info : allDiagInfos()) {
    if (info.code.empty())
      continue;
    os << info.code << "  " << llvm::left_justify(detail::severityName(info.severity), 7) << "  "
       << displayFormat(info.format) << '\n';
  }
}

void tenor::printDiagnosticsMarkdown(llvm::raw_ostream &os) {
  os << "# Diagnostics of `tenorc`\n\n"
        "<!-- Generated by `tenorc explain --markdown`; regenerate with utils/update-goldens. "
        "-->\n\n";
  printWrapped(os, "Every diagnostic that `tenorc` reports has a code. This page gives, for each "
                   "code, the message (`…` stands for what the compiler fills in), the rule "
                   "behind it with the section of the language reference (LANGUAGE.md) that "
                   "states it, a minimal example that gets the diagnostic and the same example "
                   "corrected. `tenorc explain CODE` prints the same text in a terminal.");
  os << '\n';
  printWrapped(os, "Examples are complete files. An example that needs several files separates "
                   "them with `//--- NAME.tenor` lines and the first file is the one checked; "
                   "an example that starts with `$` is a shell session. Every example is "
                   "checked against the compiler by tests/explain.");

  for (const Stage &stage : stages) {
    llvm::SmallVector<const DiagInfo *, 32> infos;
    for (const DiagInfo &info : allDiagInfos())
      if (!info.code.empty() && &stageOf(info.code) == &stage)
        infos.push_back(&info);
    if (infos.empty())
      continue;
    os << "\n## " << stage.title << "\n\n| code | severity | message |\n|---|---|---|\n";
    for (const DiagInfo *info : infos)
      os << "| [" << info->code << "](#" << info->code.lower() << ") | "
         << detail::severityName(info->severity) << " | "
         << escapeTableCell(displayFormat(info->format)) << " |\n";
    for (const DiagInfo *info : infos) {
      os << "\n### " << info->code << "\n\n**" << detail::severityName(info->severity)
         << "**: " << displayFormat(info->format) << "\n\n";
      const Explanation *e = findExplanation(info->code);
      if (!e) {
        os << "No explanation has been written for " << info->code << " yet.\n";
        continue;
      }
      printWrapped(os, e->text);
      os << '\n' << wrongHeading(*e) << "\n\n";
      printFenced(os, e->wrong);
      os << "\nCorrected:\n\n";
      printFenced(os, e->right);
    }
  }
}
