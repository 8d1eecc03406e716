#!/usr/bin/env python3
"""Checks of generated contracts, for the tests in tests/doc.

  doccheck.py html FILE...          the HTML is strict, balanced and self-contained
  doccheck.py markdown MD CMARK_XML  cmark parsed the Markdown into headings,
                                     paragraphs, lists and strong text only (no
                                     markup leaked out of escaped text), and
                                     every pipe-table row has as many cells as
                                     its header
  doccheck.py same-text CMARK_XML HTML
                                     the Markdown (as cmark read it) and the
                                     HTML say the same words in the same order
  doccheck.py pdf FILE MIN MAX       FILE is a PDF with MIN to MAX pages

Exits 1 with a message naming the first problem found.
"""
import html.parser
import re
import sys
import xml.etree.ElementTree as ET

VOID = {"meta", "br", "hr"}
ALLOWED = {"html", "head", "meta", "title", "style", "body", "article", "header", "section",
           "h1", "h2", "h3", "p", "ul", "li", "strong", "em", "table", "caption", "thead",
           "tbody", "tr", "th", "td", "div", "span", "aside", "nav", "ol", "a"} | VOID


def fail(message):
    print("doccheck: " + message, file=sys.stderr)
    sys.exit(1)


class StrictHtml(html.parser.HTMLParser):
    """Balanced tags from a known set, no scripts or outside resources."""

    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.stack, self.ids, self.headings = name, [], set(), []
        self.text, self.skip = [], 0

    def where(self):
        line, col = self.getpos()
        return "%s:%d:%d" % (self.name, line, col + 1)

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            fail("%s: element <%s> is not expected in a contract" % (self.where(), tag))
        for key, value in attrs:
            # A link within the page (the table of contents) loads nothing.
            if key == "href" and value.startswith("#"):
                continue
            if key in ("src", "href", "srcset", "action") or key.startswith("on"):
                fail("%s: attribute %s= loads or runs something" % (self.where(), key))
            if key == "id":
                if value in self.ids:
                    fail("%s: duplicate id %r" % (self.where(), value))
                self.ids.add(value)
        if tag in ("h1", "h2", "h3"):
            self.headings.append(int(tag[1]))
        # The table of contents repeats the headings; Markdown has none.
        if tag in ("style", "title", "head", "nav"):
            self.skip += 1
        if tag in VOID:
            return
        if tag in ("p", "li", "td", "th", "h1", "h2", "h3", "caption", "tr"):
            self.text.append("\n")
        self.stack.append((tag, self.where()))

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            fail("%s: <%s/> is not a void element" % (self.where(), tag))
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            fail("%s: </%s> closes nothing" % (self.where(), tag))
        open_tag, opened = self.stack.pop()
        if open_tag != tag:
            fail("%s: </%s> closes <%s> opened at %s" % (self.where(), tag, open_tag, opened))
        if tag in ("style", "title", "head", "nav"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)

    def handle_comment(self, data):
        fail("%s: unexpected comment" % self.where())

    def handle_pi(self, data):
        fail("%s: unexpected processing instruction" % self.where())


def check_html(path):
    source = open(path, encoding="utf-8").read()
    if not source.startswith("<!DOCTYPE html>\n"):
        fail(path + ": does not start with <!DOCTYPE html>")
    style = re.search(r"<style>(.*?)</style>", source, re.S)
    if not style:
        fail(path + ": has no inline style sheet")
    css = style.group(1)
    for needle in ("url(", "@import", "expression("):
        if needle in css:
            fail(path + ": the style sheet loads something: " + needle)
    for needle in ("@media print", "@page", "break-inside: avoid", "break-after: avoid"):
        if needle not in css:
            fail(path + ": the print style sheet lacks " + needle)
    parser = StrictHtml(path)
    parser.feed(source)
    parser.close()
    if parser.stack:
        tag, opened = parser.stack[-1]
        fail("%s: <%s> opened at %s is never closed" % (path, tag, opened))
    if parser.headings.count(1) != 1:
        fail(path + ": must have exactly one <h1>")
    for before, after in zip(parser.headings, parser.headings[1:]):
        if after > before + 1:
            fail("%s: heading level jumps from h%d to h%d" % (path, before, after))
    return "".join(parser.text)


MARKDOWN_NODES = {"document", "heading", "paragraph", "list", "item", "text", "strong",
                  "emph", "block_quote", "softbreak", "linebreak"}


def local(tag):
    return tag.split("}")[-1]


def cmark_text(path):
    root = ET.parse(path).getroot()
    out = []

    def walk(node):
        kind = local(node.tag)
        if kind not in MARKDOWN_NODES:
            fail("%s: cmark found a %s node: markup leaked out of the text" % (path, kind))
        if kind in ("heading", "paragraph", "item"):
            out.append("\n")
        if kind in ("softbreak", "linebreak"):
            out.append("\n")
        if kind == "text" and node.text:
            out.append(node.text)
        for child in node:
            walk(child)

    walk(root)
    return "".join(out)


def check_markdown(md_path, xml_path):
    cmark_text(xml_path)
    lines = open(md_path, encoding="utf-8").read().split("\n")
    cells = None
    for number, line in enumerate(lines, 1):
        if not line.startswith("|"):
            cells = None
            continue
        count = len(re.findall(r"(?<!\\)\|", line))
        if cells is None:
            cells = count
        elif count != cells:
            fail("%s:%d: table row has %d cells, its header %d" % (md_path, number, count - 1,
                                                                     cells - 1))


def words(text):
    """The words of a text, without table rules, pipes and signature lines."""
    text = text.replace("|", " ")
    text = re.sub(r"_{10,}", " ", text)
    return [w for w in text.split() if not re.fullmatch(r"-{3,}", w)]


def same_text(xml_path, html_path):
    md = words(cmark_text(xml_path))
    page = words(check_html(html_path))
    for i, (a, b) in enumerate(zip(md, page)):
        if a != b:
            fail("Markdown and HTML differ at word %d: %r vs %r\n  md:   %s\n  html: %s" %
                 (i, a, b, " ".join(md[max(0, i - 8):i + 8]), " ".join(page[max(0, i - 8):i + 8])))
    if len(md) != len(page):
        fail("Markdown has %d words, HTML %d" % (len(md), len(page)))


def check_pdf(path, low, high):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-"):
        fail(path + ": is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if not low <= pages <= high:
        fail("%s: has %d pages, expected %d to %d" % (path, pages, low, high))
    print("%s: %d pages" % (path, pages))


def main(argv):
    if len(argv) >= 2 and argv[0] == "html":
        for path in argv[1:]:
            check_html(path)
    elif len(argv) == 3 and argv[0] == "markdown":
        check_markdown(argv[1], argv[2])
    elif len(argv) == 3 and argv[0] == "same-text":
        same_text(argv[1], argv[2])
    elif len(argv) == 4 and argv[0] == "pdf":
        check_pdf(argv[1], int(argv[2]), int(argv[3]))
    else:
        fail("usage: see the top of " + __file__)


if __name__ == "__main__":
    main(sys.argv[1:])
