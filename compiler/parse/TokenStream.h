//===- TokenStream.h - Lexing a buffer into checked tokens ------*- C++ -*-===//
//
// Scans a whole buffer (Scanner, equivalent to the ANTLR lexer) and fixes up what a lexer rule
// cannot express: it checks the shape of dates, times and numbers, forms
// quantity literals from a number and a unit on the same line, reports
// malformed tokens in our words (replacing them with well-formed ones so the
// parser does not report them again) and rejects nesting deeper than the
// parser may recurse.
//
//===----------------------------------------------------------------------===//

#ifndef TENOR_PARSE_TOKENSTREAM_H
#define TENOR_PARSE_TOKENSTREAM_H

#include <memory>
#include <vector>

namespace antlr4 {
class Token;
class TokenSource;
} // namespace antlr4

namespace tenor {
class DiagEngine;
class SourceText;

/// The tokens of the whole buffer, ending with EOF. Returns false (after
/// reporting) only when the input is too deeply nested to parse at all. The
/// tokens name `origin` as their source; it must outlive them. `gaps` receives the
/// code point positions where a reported lexical error removed text (a stray
/// character, an unclosed comment) or swallowed it up to the end of the file
/// (an unclosed long string): a syntax error just after one of them is a
/// consequence of the mistake already reported.
bool lexTokens(antlr4::TokenSource &origin, const SourceText &source, DiagEngine &diags,
               std::vector<std::unique_ptr<antlr4::Token>> &tokens, std::vector<size_t> &gaps);

} // namespace tenor

#endif
