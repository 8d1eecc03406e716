//===- SourceText.cpp - Checking text and mapping positions ---------------===//
//
// A Tenor source must be UTF-8 text. Binary input is told apart from text in
// another encoding because the two call for different advice.
//
//===----------------------------------------------------------------------===//

#include "parse/SourceText.h"

#include "diag/DiagEngine.h"

#include "llvm/Support/ConvertUTF.h"

namespace tenor {

llvm::SMRange SourceText::range(size_t first, size_t last) const {
  llvm::SMLoc end = loc(last + 1);
  return {loc(first), end};
}

bool SourceText::validate(DiagEngine &diags) {
  if (buffer.startswith("\xEF\xBB\xBF"))
    bomLength = 3;
  llvm::StringRef t = text();
  size_t nul = t.find('\0');
  if (nul != llvm::StringRef::npos) {
    diags.report(llvm::SMLoc::getFromPointer(t.data() + nul), DiagID::FileIsBinary);
    return false;
  }
  bool ascii = true;
  for (char c : t)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii)
    return true;

  const auto *p = reinterpret_cast<const llvm::UTF8 *>(t.data());
  const auto *end = p + t.size();
  byteOffsets.reserve(t.size() + 1);
  while (p < end) {
    unsigned len = llvm::getNumBytesForUTF8(*p);
    if (len > static_cast<unsigned>(end - p) || !llvm::isLegalUTF8Sequence(p, p + len)) {
      diags.report(llvm::SMLoc::getFromPointer(reinterpret_cast<const char *>(p)),
                   DiagID::FileNotUtf8, static_cast<unsigned>(*p));
      return false;
    }
    byteOffsets.push_back(static_cast<uint32_t>(reinterpret_cast<const char *>(p) - t.data()));
    p += len;
  }
  byteOffsets.push_back(static_cast<uint32_t>(t.size()));
  return true;
}

} // namespace tenor
