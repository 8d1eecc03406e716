//===- Parse.cpp - The parse stage --------------------------------------===//
//
// Lexes the whole buffer (TokenStream), parses it with ANTLR and builds the
// AST. Parsing first runs in SLL mode, which is fast and right for correct
// input; only when it fails is the input parsed again in full LL mode with
// error recovery, so that error messages and recovery are the best ANTLR can
// do without making every correct file pay for them.
//
//===----------------------------------------------------------------------===//

#include "parse/Parse.h"

#include "diag/DiagEngine.h"
#include "parse/AstBuilder.h"
#include "parse/Scanner.h"
#include "parse/SourceText.h"
#include "parse/SyntaxErrors.h"
#include "parse/TokenStream.h"

#include "TenorParser.h"
#include "antlr4-runtime.h"

#include "llvm/Support/SourceMgr.h"

namespace tenor {

using grammar::TenorParser;

static TenorParser::ModuleContext *parseTokens(TenorParser &parser,
                                               antlr4::CommonTokenStream &stream,
                                               SyntaxErrorStrategy &recovering) {
  parser.removeErrorListeners();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    return parser.module();
  } catch (antlr4::ParseCancellationException &) {
  }
  stream.seek(0);
  parser.reset();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::LL);
  // The parser takes shared ownership; `recovering` outlives it.
  parser.setErrorHandler(std::shared_ptr<antlr4::ANTLRErrorStrategy>(&recovering, [](auto *) {}));
  return parser.module();
}

std::optional<ast::Module> parse(llvm::SourceMgr &sm, unsigned bufferId, DiagEngine &diags) {
  const llvm::MemoryBuffer *buffer = sm.getMemoryBuffer(bufferId);
  SourceText source(buffer->getBuffer());
  if (!source.validate(diags))
    return std::nullopt;

  unsigned errorsBefore = diags.errorCount();
  try {
    std::vector<std::unique_ptr<antlr4::Token>> tokens;
    std::vector<size_t> lexicalGaps;
    ScannedTokenSource origin;
    if (!lexTokens(origin, source, diags, tokens, lexicalGaps))
      return std::nullopt;
    antlr4::ListTokenSource tokenSource(std::move(tokens));
    antlr4::CommonTokenStream stream(&tokenSource);
    TenorParser parser(&stream);
    SyntaxErrorStrategy recovering(source, diags, std::move(lexicalGaps));
    TenorParser::ModuleContext *tree = parseTokens(parser, stream, recovering);
    if (diags.errorCount() != errorsBefore)
      return std::nullopt;

    AstBuilder builder(source, stream, diags);
    ast::Module module = builder.buildModule(tree);
    if (module.decls.empty() && module.imports.empty()) {
      diags.report(llvm::SMLoc::getFromPointer(source.text().data()), DiagID::FileIsEmpty);
      return std::nullopt;
    }
    if (diags.errorCount() != errorsBefore)
      return std::nullopt;
    return module;
  } catch (TooManyErrors &) {
    return std::nullopt;
  }
}

} // namespace tenor
