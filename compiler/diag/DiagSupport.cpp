//===- DiagSupport.cpp - Helpers shared by the consumers ------------------===//
//
// Position arithmetic and UTF-8 handling used by every consumer; see
// DiagSupport.h for why columns count code points.
//
//===----------------------------------------------------------------------===//

#include "diag/DiagSupport.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/JSON.h"

#include <functional>

using namespace tenor;
using namespace tenor::detail;

llvm::StringRef detail::severityName(Severity s) {
  switch (s) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  }
  return "error";
}

Position detail::resolve(const llvm::SourceMgr &sm, llvm::SMLoc loc) {
  if (!loc.isValid())
    return {};
  unsigned id = sm.FindBufferContainingLoc(loc);
  if (id == 0)
    return {};
  // SourceMgr's column counts bytes from the line start; recount in code points.
  auto [line, byteColumn] = sm.getLineAndColumn(loc, id);
  llvm::StringRef before(loc.getPointer() - (byteColumn - 1), byteColumn - 1);
  return {id, sm.getBufferInfo(id).Buffer->getBufferIdentifier(), line,
          countCodePoints(before) + 1};
}

llvm::StringRef detail::lineContaining(const llvm::SourceMgr &sm, llvm::SMLoc loc) {
  unsigned id = sm.FindBufferContainingLoc(loc);
  const char *bufferEnd = sm.getBufferInfo(id).Buffer->getBufferEnd();
  unsigned byteColumn = sm.getLineAndColumn(loc, id).second;
  const char *start = loc.getPointer() - (byteColumn - 1);
  const char *end = loc.getPointer();
  while (end != bufferEnd && *end != '\n' && *end != '\r')
    ++end;
  return llvm::StringRef(start, end - start);
}

unsigned detail::utf8Length(llvm::StringRef text, size_t i) {
  auto *begin = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
  unsigned n = llvm::getNumBytesForUTF8(*begin);
  if (n == 1 || n > text.size() - i || !llvm::isLegalUTF8Sequence(begin, begin + n))
    return 1;
  return n;
}

int detail::decodeUtf8(llvm::StringRef text, size_t i) {
  auto *source = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
  auto *end = reinterpret_cast<const llvm::UTF8 *>(text.data() + text.size());
  llvm::UTF32 codePoint = 0;
  if (llvm::convertUTF8Sequence(&source, end, &codePoint, llvm::strictConversion) !=
      llvm::conversionOK)
    return -1;
  return static_cast<int>(codePoint);
}

unsigned detail::countCodePoints(llvm::StringRef text) {
  unsigned count = 0;
  for (size_t i = 0; i < text.size(); i += utf8Length(text, i))
    ++count;
  return count;
}

bool detail::rangeContains(llvm::SMRange r, llvm::SMLoc loc) {
  // std::less_equal orders pointers into different buffers without UB.
  std::less_equal<const char *> le;
  return le(r.Start.getPointer(), loc.getPointer()) && le(loc.getPointer(), r.End.getPointer());
}

Position detail::diagEnd(const llvm::SourceMgr &sm, const Diagnostic &d, const Position &start) {
  if (!start.isValid())
    return start;
  for (const llvm::SMRange &r : d.ranges) {
    if (rangeContains(r, d.loc)) {
      Position end = resolve(sm, r.End);
      if (end.bufferId == start.bufferId)
        return end;
    }
  }
  return start;
}

std::string detail::diagFile(const Position &start, const Diagnostic &d) {
  return start.isValid() ? start.file.str() : d.file;
}

std::string detail::jsonText(llvm::StringRef text) {
  return llvm::json::isUTF8(text) ? text.str() : llvm::json::fixUTF8(text);
}
