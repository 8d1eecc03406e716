//===- FuzzFields.cpp - Fuzzes every field parser of the runtime ----------===//
//
// The input's first byte selects the field kind (timestamp, interval,
// durations, money, enum, bool, int, number, percent, date, data size, text)
// and the kind of raw value the reader would hand over (CSV text, a JSON
// string, number, boolean, null...); the rest is split at line feeds into
// values parsed one after the other, so that the fast timestamp parser's
// cache of the last date is exercised as a file's rows would. Each value
// goes through the fast parser (FastFields.h) where there is one and the
// general parser (Fields.h); the fast one accepting a value that the general
// one rejects or reads differently traps. Text that parses as an RFC 3339
// timestamp, a date or an interval must also read back the same after
// formatting.
//
//===----------------------------------------------------------------------===//

#include "FuzzFieldCheck.h"

#include "tenor/rt/base/Time.h"

#include <cstdint>
#include <string>
#include <string_view>

using namespace tenor;

namespace {

constexpr unsigned rawKindCount = 10;

/// Formatting what was parsed and parsing it again gives the same value.
void checkRoundTrips(std::string_view text) {
  if (auto t = rt::parseTimestamp(text)) {
    auto again = rt::parseTimestamp(rt::formatTimestamp(*t));
    if (!again || again->micros != t->micros)
      __builtin_trap();
  }
  if (auto d = rt::parseDate(text)) {
    auto again = rt::parseDate(rt::formatDate(*d));
    if (!again || !(*again == *d))
      __builtin_trap();
  }
  if (auto iv = rt::parseInterval(text)) {
    auto again =
        rt::parseInterval(rt::formatTimestamp(iv->start) + "/" + rt::formatTimestamp(iv->end));
    if (!again || !(*again == *iv))
      __builtin_trap();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  auto kind = fuzz::FieldKind(data[0] % fuzz::fieldKindCount);
  auto rawKind = rt::RawKind((data[0] / fuzz::fieldKindCount) % rawKindCount);
  std::string_view rest(reinterpret_cast<const char *>(data) + 1, size - 1);
  rt::fast::lastDate = {}; // the cache starts as in a fresh evaluator
  uint32_t line = 1;
  for (;;) {
    size_t end = rest.find('\n');
    std::string_view text = rest.substr(0, end);
    rt::DataField field{{rawKind, text}, line, 1};
    rt::DataError err;
    if (!fuzz::typeField(kind, field, err) && err.reason.empty())
      __builtin_trap(); // every rejection says why
    checkRoundTrips(text);
    (void)rt::quoteForMessage(text);
    if (end == std::string_view::npos)
      break;
    rest.remove_prefix(end + 1);
    ++line;
  }
  return 0;
}
