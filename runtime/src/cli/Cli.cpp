//===- Cli.cpp - The evaluator's command line -----------------------------===//
//
// A table of options and one handler per option. Parsing stops at the first
// error: one precise message is more useful than a cascade, and the user
// fixes one thing at a time anyway.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/cli/Cli.h"
#include "tenor/rt/data/Suggest.h"

#include <algorithm>
#include <cctype>

using namespace tenor::rt;

namespace {

struct OptionInfo {
  std::string_view name;
  bool takesValue;
};

constexpr OptionInfo optionTable[] = {
    {"--data", true},
    {"--param", true},
    {"--from", true},
    {"--to", true},
    {"--as-of", true},
    {"--format", true},
    {"-o", true},
    {"--output", true},
    {"--fail-on-breach", false},
    {"--skip-bad-rows", false},
    {"--help", false},
    {"-h", false},
    {"--version", false},
};

const OptionInfo *findOption(std::string_view name) {
  for (const OptionInfo &info : optionTable)
    if (info.name == name)
      return &info;
  return nullptr;
}

std::string quoted(std::string_view text) {
  std::string result = "`";
  result += text;
  result += '`';
  return result;
}

/// "; did you mean `x`?" or "; the known NOUN are `a` and `b`" or "".
std::string nameHint(std::string_view name, std::span<const std::string_view> known,
                     std::string_view noun) {
  if (std::optional<std::string_view> close = closestMatch(name, known))
    return "; did you mean " + quoted(*close) + "?";
  if (known.empty())
    return "; this agreement has no " + std::string(noun);
  return "; the " + std::string(noun) + " are " + listNames(known);
}

bool endsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size())
    return false;
  std::string_view tail = text.substr(text.size() - suffix.size());
  return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == b;
  });
}

class Parser {
public:
  Parser(const CliSpec &spec, CliResult &result) : spec(spec), result(result) {}

  /// Parses all arguments; false on the first error (in result.error).
  bool run(std::span<const std::string_view> args);

private:
  bool handle(std::string_view option, std::string_view value);
  bool handleData(std::string_view value);
  bool handleParam(std::string_view value);
  bool handleBound(std::string_view option, std::string_view value,
                   std::optional<TimeBound> &bound);
  bool handleAsOf(std::string_view value);
  bool handleFormat(std::string_view value);
  bool checkComplete();
  bool fail(std::string message) {
    result.error = std::move(message);
    return false;
  }
  /// Errors out when a single-valued option appears a second time.
  bool once(std::string_view option, bool alreadySet) {
    return !alreadySet || fail("option " + quoted(option) + " is given twice");
  }

  const CliSpec &spec;
  CliResult &result;
  bool formatSeen = false;
};

} // namespace

bool Parser::run(std::span<const std::string_view> args) {
  // `--help` and `--version` answer whatever else the line says.
  for (std::string_view arg : args) {
    result.options.help |= arg == "--help" || arg == "-h";
    result.options.version |= arg == "--version";
  }
  if (result.options.help || result.options.version)
    return true;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg.size() < 2 || arg[0] != '-')
      return fail("unexpected argument " + quoted(arg) +
                  "; data files are given as --data NAME=PATH");
    std::string_view name = arg, value;
    size_t equals = arg.find('=');
    bool inlineValue = arg.starts_with("--") && equals != std::string_view::npos;
    if (inlineValue) {
      name = arg.substr(0, equals);
      value = arg.substr(equals + 1);
    }
    const OptionInfo *info = findOption(name);
    if (!info) {
      std::vector<std::string_view> names;
      for (const OptionInfo &o : optionTable)
        names.push_back(o.name);
      std::optional<std::string_view> close = closestMatch(name, names);
      return fail("unknown option " + quoted(name) +
                  (close ? "; did you mean " + quoted(*close) + "?" : std::string()));
    }
    if (!info->takesValue && inlineValue)
      return fail("option " + quoted(name) + " takes no value");
    if (info->takesValue && !inlineValue) {
      if (i + 1 == args.size() || (args[i + 1].size() > 1 && args[i + 1][0] == '-'))
        return fail("option " + quoted(name) + " needs a value");
      value = args[++i];
    }
    if (!handle(name, value))
      return false;
  }
  return checkComplete();
}

bool Parser::handle(std::string_view option, std::string_view value) {
  EvalOptions &o = result.options;
  if (option == "--data")
    return handleData(value);
  if (option == "--param")
    return handleParam(value);
  if (option == "--from")
    return handleBound(option, value, o.from);
  if (option == "--to")
    return handleBound(option, value, o.to);
  if (option == "--as-of")
    return handleAsOf(value);
  if (option == "--format")
    return handleFormat(value);
  if (option == "-o" || option == "--output") {
    if (!once(option, !o.output.empty()))
      return false;
    if (value.empty())
      return fail("option " + quoted(option) + " needs a file name");
    o.output = value;
    return true;
  }
  if (option == "--fail-on-breach")
    o.failOnBreach = true;
  else if (option == "--skip-bad-rows")
    o.skipBadRows = true;
  return true; // --help and --version were handled before parsing
}

bool Parser::handleData(std::string_view value) {
  size_t equals = value.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == value.size())
    return fail("`--data` expects NAME=PATH, found " + quoted(value));
  std::string_view name = value.substr(0, equals), path = value.substr(equals + 1);
  if (std::find(spec.datasets.begin(), spec.datasets.end(), name) == spec.datasets.end())
    return fail("unknown dataset " + quoted(name) + nameHint(name, spec.datasets, "datasets"));
  if (result.options.findData(name))
    return fail("dataset " + quoted(name) + " is given twice");
  DataFormat format;
  if (endsWithIgnoringCase(path, ".csv"))
    format = DataFormat::Csv;
  else if (endsWithIgnoringCase(path, ".jsonl") || endsWithIgnoringCase(path, ".ndjson"))
    format = DataFormat::Jsonl;
  else
    return fail("cannot tell the format of " + quoted(path) +
                " from its name; data files end in .csv or .jsonl");
  result.options.data.push_back({std::string(name), std::string(path), format});
  return true;
}

bool Parser::handleParam(std::string_view value) {
  size_t equals = value.find('=');
  if (equals == std::string_view::npos || equals == 0)
    return fail("`--param` expects NAME=VALUE, found " + quoted(value));
  std::string_view name = value.substr(0, equals);
  if (std::find(spec.params.begin(), spec.params.end(), name) == spec.params.end())
    return fail("unknown parameter " + quoted(name) + nameHint(name, spec.params, "parameters"));
  if (result.options.findParam(name))
    return fail("parameter " + quoted(name) + " is given twice");
  result.options.params.push_back({std::string(name), std::string(value.substr(equals + 1))});
  return true;
}

bool Parser::handleBound(std::string_view option, std::string_view value,
                         std::optional<TimeBound> &bound) {
  if (!once(option, bound.has_value()))
    return false;
  TimeBound b{std::string(value), parseDate(value), std::nullopt};
  if (!b.date)
    b.timestamp = parseTimestamp(value);
  if (!b.date && !b.timestamp)
    return fail(quoted(option) +
                " expects a date such as 2026-01-01 or a timestamp such as "
                "2026-01-01T00:00:00Z, found " +
                quoted(value));
  bound = std::move(b);
  return true;
}

bool Parser::handleAsOf(std::string_view value) {
  if (!once("--as-of", result.options.asOf.has_value()))
    return false;
  result.options.asOf = parseTimestamp(value);
  if (result.options.asOf)
    return true;
  std::string hint =
      parseDate(value) ? "; add a time of day and an offset, such as `T00:00:00Z`" : "";
  return fail("`--as-of` expects a timestamp such as 2026-01-01T00:00:00Z, found " + quoted(value) +
              hint);
}

bool Parser::handleFormat(std::string_view value) {
  if (!once("--format", formatSeen))
    return false;
  formatSeen = true;
  if (value == "json")
    result.options.format = ReportFormat::Json;
  else if (value == "text")
    result.options.format = ReportFormat::Text;
  else
    return fail("`--format` expects `json` or `text`, found " + quoted(value));
  return true;
}

bool Parser::checkComplete() {
  const EvalOptions &o = result.options;
  if (o.from && o.to) {
    bool before = o.from->date && o.to->date             ? *o.from->date < *o.to->date
                  : o.from->timestamp && o.to->timestamp ? *o.from->timestamp < *o.to->timestamp
                                                         : true;
    if (!before)
      return fail("the range is empty: `--from` " + o.from->text + " is not before `--to` " +
                  o.to->text);
  }
  std::vector<std::string_view> missing;
  for (std::string_view name : spec.requiredParams)
    if (!o.findParam(name))
      missing.push_back(name);
  if (missing.size() == 1)
    return fail("missing parameter " + quoted(missing[0]) + "; give it with --param " +
                std::string(missing[0]) + "=VALUE");
  if (!missing.empty())
    return fail("missing parameters " + listNames(missing) + "; give each with --param NAME=VALUE");
  return true;
}

const DataArg *EvalOptions::findData(std::string_view name) const {
  for (const DataArg &d : data)
    if (d.name == name)
      return &d;
  return nullptr;
}

const ParamArg *EvalOptions::findParam(std::string_view name) const {
  for (const ParamArg &p : params)
    if (p.name == name)
      return &p;
  return nullptr;
}

CliResult tenor::rt::parseCommandLine(std::span<const std::string_view> args, const CliSpec &spec) {
  CliResult result;
  Parser(spec, result).run(args);
  return result;
}

CliResult tenor::rt::parseCommandLine(int argc, const char *const *argv, const CliSpec &spec) {
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i)
    args.emplace_back(argv[i]);
  return parseCommandLine(args, spec);
}

std::string tenor::rt::usageText(const CliSpec &spec) {
  std::string program(spec.program.empty() ? "evaluator" : spec.program);
  std::string indent(program.size() + 8, ' ');
  std::string text = "usage: " + program + " --data NAME=PATH... [--param NAME=VALUE...]\n" +
                     indent + "[--from DATE] [--to DATE] [--as-of TIMESTAMP]\n" + indent +
                     "[--format json|text] [-o FILE] [--fail-on-breach] [--skip-bad-rows]\n" +
                     "       " + program + " --worked-examples FILE\n\n";
  text += "Evaluates the agreement on measurement data and reports, per period, which\n"
          "objectives and obligations were met and what remedies are owed.\n\n";
  text += "options:\n"
          "  --data NAME=PATH    measurement data: .csv with a header row, or .jsonl\n";
  if (!spec.datasets.empty())
    text += "                      datasets: " + listNames(spec.datasets) + "\n";
  text += "  --param NAME=VALUE  a parameter, such as monthly_charges=\"1200 USD\"\n";
  if (!spec.params.empty())
    text += "                      parameters: " + listNames(spec.params) + "\n";
  if (!spec.requiredParams.empty())
    text += "                      required: " + listNames(spec.requiredParams) + "\n";
  text += "  --from DATE         start of the range, included (a date or an RFC 3339 time)\n"
          "  --to DATE           end of the range, excluded\n"
          "  --as-of TIMESTAMP   evaluate as of this time (later deadlines are pending)\n"
          "  --format json|text  report format (default: json)\n"
          "  -o, --output FILE   write the report to FILE instead of standard output\n"
          "  --fail-on-breach    exit with 1 when something was breached\n"
          "  --skip-bad-rows     skip rows that cannot be read and count them in the report\n"
          "  -h, --help          show this text\n"
          "  --version           show the version\n"
          "  --worked-examples FILE\n"
          "                      recompute the contract's worked examples (from `tenorc\n"
          "                      emit examples`); exit with 1 when one disagrees\n\n"
          "exit codes: 0 evaluated, 1 breached (with --fail-on-breach), 2 bad usage or data\n";
  return text;
}
