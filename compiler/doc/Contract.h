//===- Contract.h - The document model of a plain-language contract -*- C++ -*-===//
//
// What the contract builder makes from the IR and what both renderers read:
// a title, the parties, an introduction, numbered sections of paragraphs,
// lists and tables, and a signature block. Holding the words here, once,
// is what makes the Markdown and the HTML of a contract say exactly the same
// thing: the renderers only decide how each piece looks. Text is plain UTF-8
// that the renderers escape; it never holds markup.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_DOC_CONTRACT_H
#define TENOR_DOC_CONTRACT_H

#include <string>
#include <variant>
#include <vector>

namespace tenor::doc {

/// A run of text in one style.
struct Span {
  enum class Style { Plain, Strong, Emphasis };
  Style style = Style::Plain;
  std::string text;
};

/// Inline text: what a paragraph, a list item or a table cell holds.
struct Text {
  std::vector<Span> spans;

  Text() = default;
  Text(std::string plain) { append(std::move(plain)); }
  Text(const char *plain) { append(std::string(plain)); }
  static Text strong(std::string s) {
    Text t;
    t.append(std::move(s), Span::Style::Strong);
    return t;
  }
  Text &append(std::string s, Span::Style style = Span::Style::Plain) {
    if (!s.empty())
      spans.push_back({style, std::move(s)});
    return *this;
  }
  Text &appendText(const Text &other) {
    spans.insert(spans.end(), other.spans.begin(), other.spans.end());
    return *this;
  }
  bool empty() const { return spans.empty(); }
};

struct Paragraph {
  Text text;
};

/// A bulleted list; each item is one line of text.
struct List {
  std::vector<Text> items;
};

/// A table with a caption, a header row and body rows of the same width.
struct Table {
  Text caption;
  std::vector<Text> header;
  std::vector<std::vector<Text>> rows;
};

/// An author's doc comment: a note that explains, printed visibly apart from
/// the terms (LANGUAGE.md section 12.4), so that it never reads as one.
struct Note {
  Text text;
};

using Block = std::variant<Paragraph, List, Table, Note>;

/// `1.2 Respond to Priority 1 tickets`.
struct Subsection {
  std::string number;
  std::string title;
  std::vector<Block> blocks;
};

/// `3. Service Levels`: blocks first, then numbered subsections.
struct Section {
  std::string number;
  std::string title;
  std::vector<Block> blocks;
  std::vector<Subsection> subsections;
  bool empty() const { return blocks.empty() && subsections.empty(); }
};

/// One signature line of the signature block.
struct Signatory {
  std::string legalName;
  std::string role; ///< "Provider", "Customer", "Team"
};

/// A whole contract, ready to render.
struct Contract {
  std::string title;
  std::vector<Text> meta;     ///< version, term: small print under the title
  std::vector<Block> preface; ///< parties, incorporation, introduction
  std::vector<Section> sections;
  std::string signatureTitle; ///< the heading of the signature block
  Text signatureIntro;
  std::vector<Signatory> signatories;
};

} // namespace tenor::doc

#endif
