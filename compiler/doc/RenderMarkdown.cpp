//===- RenderMarkdown.cpp - A contract as CommonMark ----------------------===//
//
// Writes the document model as CommonMark: ATX headings, one line a
// paragraph, `-` lists, and tables as GitHub pipe tables (a CommonMark
// renderer without the table extension shows them as text, which still
// reads). Every piece of text is escaped, so a title with `*`, `_`, `|` or
// `<` in it prints those characters instead of turning into markup, and a
// paragraph that starts with `1.` or `-` stays a paragraph.
//
//===----------------------------------------------------------------------===//

#include "doc/Doc.h"

#include <cctype>

namespace tenor::doc {
namespace {

/// Characters that are markup anywhere in a line of CommonMark (or GFM).
bool isInlineSpecial(char c) {
  switch (c) {
  case '\\':
  case '`':
  case '*':
  case '_':
  case '[':
  case ']':
  case '<':
  case '>':
  case '~':
  case '|':
  case '#':
    return true;
  default:
    return false;
  }
}

/// Plain text with its inline markup escaped and on one line.
std::string escapeInline(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
      continue;
    }
    // `&amp;`, `&#42;`: an entity reference only when a name follows.
    bool entity = c == '&' && i + 1 < text.size() &&
                  (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#');
    if (isInlineSpecial(c) || entity)
      out += '\\';
    out += c;
  }
  return out;
}

/// Escapes what would open a block at the start of a line: a list marker
/// (`-`, `+`, `1.`, `1)`), a setext underline (`=`), an indented code block.
std::string escapeLineStart(std::string line) {
  size_t first = line.find_first_not_of(' ');
  line.erase(0, first == std::string::npos ? line.size() : first);
  if (line.empty())
    return line;
  if (line[0] == '-' || line[0] == '+' || line[0] == '=')
    return "\\" + line;
  size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
    ++digits;
  if (digits > 0 && digits <= 9 && digits < line.size() &&
      (line[digits] == '.' || line[digits] == ')'))
    line.insert(digits, "\\");
  return line;
}

/// Inline text; `lineStart` when it begins a line of its own (a paragraph,
/// a list item), where it must not open a block.
std::string inlineText(const Text &text, bool lineStart = true) {
  std::string out;
  for (const Span &s : text.spans) {
    std::string escaped = escapeInline(s.text);
    switch (s.style) {
    case Span::Style::Plain:
      out += escaped;
      break;
    case Span::Style::Strong:
      out += "**" + escaped + "**";
      break;
    case Span::Style::Emphasis:
      out += "*" + escaped + "*";
      break;
    }
  }
  return lineStart ? escapeLineStart(out) : out;
}

std::string plainText(const Text &text) {
  std::string out;
  for (const Span &s : text.spans)
    out += s.text;
  return out;
}

void table(std::string &out, const Table &t) {
  // The caption is strong text of its own: a paragraph right before the table.
  if (!t.caption.empty())
    out += "**" + escapeInline(plainText(t.caption)) + "**\n\n";
  auto row = [&](const std::vector<Text> &cells) {
    out += "|";
    for (const Text &cell : cells) {
      out += " " + inlineText(cell, false) + " |";
    }
    out += "\n";
  };
  row(t.header);
  out += "|";
  for (size_t i = 0; i < t.header.size(); ++i)
    out += " --- |";
  out += "\n";
  for (const std::vector<Text> &r : t.rows)
    row(r);
  out += "\n";
}

void blocks(std::string &out, const std::vector<Block> &bs) {
  for (const Block &b : bs) {
    if (const auto *p = std::get_if<Paragraph>(&b)) {
      out += inlineText(p->text) + "\n\n";
    } else if (const auto *l = std::get_if<List>(&b)) {
      for (const Text &item : l->items)
        out += "- " + inlineText(item) + "\n";
      out += "\n";
    } else if (const auto *t = std::get_if<Table>(&b)) {
      table(out, *t);
    } else if (const auto *n = std::get_if<Note>(&b)) {
      // A quoted, italic "Note:" paragraph: never read as one of the terms.
      out += "> *Note:* " + inlineText(n->text, false) + "\n\n";
    }
  }
}

void signatures(std::string &out, const Contract &c) {
  if (c.signatories.empty())
    return;
  out += "## " + escapeInline(c.signatureTitle) + "\n\n";
  if (!c.signatureIntro.empty())
    out += inlineText(c.signatureIntro) + "\n\n";
  const std::string blank = escapeInline(std::string(30, '_'));
  for (const Signatory &s : c.signatories) {
    out += "**" + escapeInline(s.legalName) + "** (" + escapeInline(s.role) + ")\\\n";
    out += "Signature: " + blank + "\\\n";
    out += "Name: " + blank + "\\\n";
    out += "Title: " + blank + "\\\n";
    out += "Date: " + blank + "\n\n";
  }
}

} // namespace

std::string renderMarkdown(const Contract &c) {
  std::string out = "# " + escapeInline(c.title) + "\n\n";
  for (const Text &m : c.meta)
    out += inlineText(m) + "\n\n";
  blocks(out, c.preface);
  for (const Section &s : c.sections) {
    out += "## " + escapeInline(s.number + " " + s.title) + "\n\n";
    blocks(out, s.blocks);
    for (const Subsection &sub : s.subsections) {
      out += "### " + escapeInline(sub.number + " " + sub.title) + "\n\n";
      blocks(out, sub.blocks);
    }
  }
  signatures(out, c);
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

} // namespace tenor::doc
