//===- RenderHtml.cpp - A contract as one self-contained HTML file --------===//
//
// Writes the document model as an HTML5 file that needs nothing else: the
// style sheet is inline, there are no scripts, images, fonts or links to
// other files. It is also well-formed XML (void elements closed, attributes
// quoted, only XML's own entities), so a strict XML parser can check it.
// The print style sheet sets A4 pages with margins and page numbers and
// keeps headings with what follows them and tables and signatures whole.
//
//===----------------------------------------------------------------------===//

#include "doc/Doc.h"

namespace tenor::doc {
namespace {

// No `<` or `&` in here: the file stays well-formed XML.
const char *const styleSheet = R"css(
body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.5;
  color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
header { border-bottom: 2px solid #333; margin-bottom: 1.5em; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.3em; }
h2 { font-size: 1.35em; margin: 1.8em 0 0.6em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
p, li { margin: 0.5em 0; }
.meta { color: #444; margin: 0.2em 0; }
.note { margin: 0.6em 0; padding: 0.1em 0.9em; border-left: 3px solid #999; background: #f4f4f4;
  color: #333; font-size: 0.95em; }
nav.toc { margin: 1em 0 1.5em; }
nav.toc ol { list-style: none; padding-left: 0; margin: 0.3em 0; }
nav.toc ol ol { padding-left: 1.6em; }
nav.toc a { color: inherit; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.3em; }
th, td { border: 1px solid #888; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #eee; }
.signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
  gap: 1.5em 3em; margin-top: 1em; }
.signature p { margin: 0.9em 0; }
.blank { display: inline-block; width: 14em; border-bottom: 1px solid #000; }
@page { size: A4; margin: 20mm 18mm 22mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h1, h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  table, tr, .signature { break-inside: avoid; page-break-inside: avoid; }
  .signatures-block { break-before: auto; break-inside: avoid; page-break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  thead { display: table-header-group; }
}
)css";

std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string inlineText(const Text &text) {
  std::string out;
  for (const Span &s : text.spans) {
    switch (s.style) {
    case Span::Style::Plain:
      out += escape(s.text);
      break;
    case Span::Style::Strong:
      out += "<strong>" + escape(s.text) + "</strong>";
      break;
    case Span::Style::Emphasis:
      out += "<em>" + escape(s.text) + "</em>";
      break;
    }
  }
  return out;
}

/// "section-3-1" for "3.1", "section-3" for "3.".
std::string anchor(std::string number) {
  if (!number.empty() && number.back() == '.')
    number.pop_back();
  for (char &c : number)
    c = c == '.' ? '-' : c;
  return "section-" + number;
}

void table(std::string &out, const Table &t) {
  out += "<table>\n";
  if (!t.caption.empty())
    out += "<caption>" + inlineText(t.caption) + "</caption>\n";
  out += "<thead><tr>";
  for (const Text &h : t.header)
    out += "<th scope=\"col\">" + inlineText(h) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const std::vector<Text> &row : t.rows) {
    out += "<tr>";
    for (const Text &cell : row)
      out += "<td>" + inlineText(cell) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void blocks(std::string &out, const std::vector<Block> &bs) {
  for (const Block &b : bs) {
    if (const auto *p = std::get_if<Paragraph>(&b)) {
      out += "<p>" + inlineText(p->text) + "</p>\n";
    } else if (const auto *l = std::get_if<List>(&b)) {
      out += "<ul>\n";
      for (const Text &item : l->items)
        out += "<li>" + inlineText(item) + "</li>\n";
      out += "</ul>\n";
    } else if (const auto *t = std::get_if<Table>(&b)) {
      table(out, *t);
    } else if (const auto *n = std::get_if<Note>(&b)) {
      out += "<aside class=\"note\"><p><em>Note:</em> " + inlineText(n->text) + "</p></aside>\n";
    }
  }
}

/// The table of contents: every section and subsection, linked to it.
void tableOfContents(std::string &out, const Contract &c) {
  if (c.sections.empty())
    return;
  out += "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n";
  for (const Section &s : c.sections) {
    out += "<li><a href=\"#" + anchor(s.number) + "\">" + escape(s.number + " " + s.title) + "</a>";
    if (!s.subsections.empty()) {
      out += "\n<ol>\n";
      for (const Subsection &sub : s.subsections)
        out += "<li><a href=\"#" + anchor(sub.number) + "\">" +
               escape(sub.number + " " + sub.title) + "</a></li>\n";
      out += "</ol>\n";
    }
    out += "</li>\n";
  }
  if (!c.signatories.empty())
    out += "<li><a href=\"#signatures\">" + escape(c.signatureTitle) + "</a></li>\n";
  out += "</ol>\n</nav>\n";
}

void signatures(std::string &out, const Contract &c) {
  if (c.signatories.empty())
    return;
  out += "<section class=\"signatures-block\" id=\"signatures\">\n<h2>" + escape(c.signatureTitle) +
         "</h2>\n";
  if (!c.signatureIntro.empty())
    out += "<p>" + inlineText(c.signatureIntro) + "</p>\n";
  out += "<div class=\"signatures\">\n";
  for (const Signatory &s : c.signatories) {
    out += "<div class=\"signature\">\n<p><strong>" + escape(s.legalName) + "</strong> (" +
           escape(s.role) + ")</p>\n";
    for (const char *line : {"Signature", "Name", "Title", "Date"})
      out += std::string("<p>") + line + ": <span class=\"blank\"></span></p>\n";
    out += "</div>\n";
  }
  out += "</div>\n</section>\n";
}

} // namespace

std::string renderHtml(const Contract &c) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                    "<title>" +
                    escape(c.title) + "</title>\n<style>" + styleSheet +
                    "</style>\n</head>\n<body>\n<article>\n<header>\n<h1>" + escape(c.title) +
                    "</h1>\n";
  for (const Text &m : c.meta)
    out += "<p class=\"meta\">" + inlineText(m) + "</p>\n";
  out += "</header>\n";
  tableOfContents(out, c);
  if (!c.preface.empty()) {
    out += "<section class=\"preface\">\n";
    blocks(out, c.preface);
    out += "</section>\n";
  }
  for (const Section &s : c.sections) {
    out += "<section id=\"" + anchor(s.number) + "\">\n<h2>" + escape(s.number + " " + s.title) +
           "</h2>\n";
    blocks(out, s.blocks);
    for (const Subsection &sub : s.subsections) {
      out += "<section id=\"" + anchor(sub.number) + "\">\n<h3>" +
             escape(sub.number + " " + sub.title) + "</h3>\n";
      blocks(out, sub.blocks);
      out += "</section>\n";
    }
    out += "</section>\n";
  }
  signatures(out, c);
  out += "</article>\n</body>\n</html>\n";
  return out;
}

} // namespace tenor::doc
