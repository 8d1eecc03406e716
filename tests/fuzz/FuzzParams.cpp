//===- FuzzParams.cpp - Fuzzes the evaluator's command line and --param ---===//
//
// The input is an evaluator's command line, its arguments separated by NUL
// bytes. It is parsed against a fixed spec (two datasets and one parameter
// of every type a parameter may have), as a generated evaluator's main()
// does; then each `--param` value, and each argument as it is, goes through
// every parameter parser: the numeric kinds of parseParam() (number, int,
// percent, duration, money, data size) and the field parsers generated
// code uses for bool, text, timestamp, date, interval and enum parameters.
// A rejection must say why; any rejection is an expected outcome.
//
//===----------------------------------------------------------------------===//

#include "FuzzFieldCheck.h"

#include "tenor/rt/Evaluator.h"
#include "tenor/rt/cli/Cli.h"
#include "tenor/rt/report/ReportModel.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace tenor;

namespace {

constexpr std::string_view datasets[] = {"requests", "incidents"};
constexpr std::string_view params[] = {"credit", "target", "window", "count", "ratio", "quota",
                                       "paused", "region", "label",  "start", "day",   "span"};
constexpr std::string_view required[] = {"credit"};

void mustSayWhy(bool ok, const std::string &error) {
  if (!ok && error.empty())
    __builtin_trap();
}

/// Parses `value` as every type of parameter, as generated readParams() does.
void parseAsEveryType(std::string_view name, std::string_view value) {
  for (rt::ValueKind kind :
       {rt::ValueKind::Number, rt::ValueKind::Int, rt::ValueKind::Percent, rt::ValueKind::Duration,
        rt::ValueKind::Money, rt::ValueKind::DataSize}) {
    std::string error;
    std::optional<rt::Rational> out;
    mustSayWhy(rt::parseParam(name, value, kind, "USD", out, error), error);
  }
  rt::RawValue raw = rt::paramText(value);
  std::string error;
  bool flag = false;
  mustSayWhy(rt::takeParam(name, rt::parseBoolField(raw), flag, error), error);
  error.clear();
  std::string text;
  mustSayWhy(rt::takeParam(name, rt::parseTextField(raw), text, error), error);
  error.clear();
  std::optional<rt::Timestamp> at;
  mustSayWhy(rt::takeParam(name, rt::parseTimestampField(raw), at, error), error);
  error.clear();
  rt::Date day;
  mustSayWhy(rt::takeParam(name, rt::parseDateField(raw), day, error), error);
  error.clear();
  rt::Interval span;
  mustSayWhy(rt::takeParam(name, rt::parseIntervalField(raw), span, error), error);
  error.clear();
  int member = 0;
  mustSayWhy(rt::takeParam(name, rt::parseEnumField(raw, fuzz::enumMembers), member, error), error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string_view input(reinterpret_cast<const char *>(data), size);
  std::vector<std::string_view> args;
  for (size_t from = 0;;) {
    size_t nul = input.find('\0', from);
    args.push_back(input.substr(from, nul == std::string_view::npos ? nul : nul - from));
    if (nul == std::string_view::npos)
      break;
    from = nul + 1;
  }
  rt::CliSpec spec{"fuzz-evaluator", datasets, params, required};
  rt::CliResult result = rt::parseCommandLine(args, spec);
  if (result.ok()) {
    for (const rt::ParamArg &p : result.options.params)
      parseAsEveryType(p.name, p.value);
    if (result.options.help)
      (void)rt::usageText(spec);
  }
  for (std::string_view arg : args)
    parseAsEveryType("arg", arg);
  return 0;
}
