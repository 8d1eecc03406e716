//===- CliTest.cpp - The evaluator's command line -------------------------===//
//
// Every accepted form and every error message of the command line shared by
// generated evaluators, including the did-you-mean hints for the dataset and
// parameter names a particular agreement knows.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/cli/Cli.h"

#include <gtest/gtest.h>

using namespace tenor::rt;

namespace {

constexpr std::string_view datasets[] = {"minutes", "outages", "tickets"};
constexpr std::string_view params[] = {"monthly_charges", "project_fee"};
constexpr std::string_view required[] = {"monthly_charges"};
const CliSpec spec{"compute-eval", datasets, params, required};

CliResult parse(std::vector<std::string_view> args) { return parseCommandLine(args, spec); }

std::string error(std::vector<std::string_view> args) {
  CliResult r = parse(std::move(args));
  return r.ok() ? "<ok>" : r.error;
}

TEST(CliTest, FullCommandLine) {
  CliResult r = parse({"--data", "minutes=data/m.csv", "--data=outages=o.JSONL", "--param",
                       "monthly_charges=1200 USD", "--param=project_fee=", "--from", "2026-01-01",
                       "--to=2026-02-01T00:00:00+01:00", "--as-of", "2026-02-15T12:00:00Z",
                       "--format", "text", "-o", "out.txt", "--fail-on-breach", "--skip-bad-rows"});
  ASSERT_TRUE(r.ok()) << r.error;
  const EvalOptions &o = r.options;
  ASSERT_EQ(o.data.size(), 2u);
  EXPECT_EQ(o.data[0].name, "minutes");
  EXPECT_EQ(o.data[0].path, "data/m.csv");
  EXPECT_EQ(o.data[0].format, DataFormat::Csv);
  EXPECT_EQ(o.data[1].format, DataFormat::Jsonl);
  ASSERT_NE(o.findParam("monthly_charges"), nullptr);
  EXPECT_EQ(o.findParam("monthly_charges")->value, "1200 USD");
  EXPECT_EQ(o.findParam("project_fee")->value, "");
  EXPECT_EQ(o.findData("outages")->path, "o.JSONL");
  EXPECT_EQ(o.findData("tickets"), nullptr);
  ASSERT_TRUE(o.from && o.from->date);
  EXPECT_EQ(*o.from->date, (Date{2026, 1, 1}));
  EXPECT_FALSE(o.from->timestamp);
  ASSERT_TRUE(o.to && o.to->timestamp);
  EXPECT_EQ(o.to->timestamp->micros, 1769900400LL * microsPerSecond);
  EXPECT_EQ(o.asOf->micros, 1771156800LL * microsPerSecond);
  EXPECT_EQ(o.format, ReportFormat::Text);
  EXPECT_EQ(o.output, "out.txt");
  EXPECT_TRUE(o.failOnBreach);
  EXPECT_TRUE(o.skipBadRows);
}

TEST(CliTest, Defaults) {
  CliResult r = parse({"--param", "monthly_charges=1 USD"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.options.format, ReportFormat::Json);
  EXPECT_TRUE(r.options.output.empty());
  EXPECT_FALSE(r.options.from || r.options.to || r.options.asOf);
  EXPECT_FALSE(r.options.failOnBreach || r.options.skipBadRows || r.options.help);
}

TEST(CliTest, HelpAndVersionWin) {
  for (std::vector<std::string_view> args :
       {std::vector<std::string_view>{"--bogus", "--help"}, {"--data", "minutes=m.csv", "-h"}}) {
    CliResult help = parse(args);
    ASSERT_TRUE(help.ok()) << help.error;
    EXPECT_TRUE(help.options.help);
  }
  CliResult version = parse({"--version"});
  ASSERT_TRUE(version.ok());
  EXPECT_TRUE(version.options.version);
}

TEST(CliTest, UnknownOptions) {
  EXPECT_EQ(error({"--fromm", "2026-01-01"}), "unknown option `--fromm`; did you mean `--from`?");
  EXPECT_EQ(error({"--skip-bad-row"}),
            "unknown option `--skip-bad-row`; did you mean `--skip-bad-rows`?");
  EXPECT_EQ(error({"--verbose"}), "unknown option `--verbose`");
  EXPECT_EQ(error({"-x"}), "unknown option `-x`");
  EXPECT_EQ(error({"data.csv"}),
            "unexpected argument `data.csv`; data files are given as --data NAME=PATH");
}

TEST(CliTest, MissingValues) {
  EXPECT_EQ(error({"--data"}), "option `--data` needs a value");
  EXPECT_EQ(error({"--format", "--skip-bad-rows"}), "option `--format` needs a value");
  EXPECT_EQ(error({"-o"}), "option `-o` needs a value");
  EXPECT_EQ(error({"--output="}), "option `--output` needs a file name");
  EXPECT_EQ(error({"--fail-on-breach=yes"}), "option `--fail-on-breach` takes no value");
}

TEST(CliTest, DataErrors) {
  EXPECT_EQ(error({"--data", "minutes"}), "`--data` expects NAME=PATH, found `minutes`");
  EXPECT_EQ(error({"--data", "=m.csv"}), "`--data` expects NAME=PATH, found `=m.csv`");
  EXPECT_EQ(error({"--data", "minutes="}), "`--data` expects NAME=PATH, found `minutes=`");
  EXPECT_EQ(error({"--data", "minuts=m.csv"}), "unknown dataset `minuts`; did you mean `minutes`?");
  EXPECT_EQ(error({"--data", "requests=r.csv"}),
            "unknown dataset `requests`; the datasets are `minutes`, `outages` and `tickets`");
  EXPECT_EQ(error({"--data", "minutes=a.csv", "--data", "minutes=b.csv"}),
            "dataset `minutes` is given twice");
  EXPECT_EQ(error({"--data", "minutes=m.txt"}),
            "cannot tell the format of `m.txt` from its name; data files end in .csv or .jsonl");
  EXPECT_EQ(error({"--data", "minutes=m.json"}),
            "cannot tell the format of `m.json` from its name; data files end in .csv or .jsonl");
}

TEST(CliTest, ParamErrors) {
  EXPECT_EQ(error({"--param", "monthly_charges"}),
            "`--param` expects NAME=VALUE, found `monthly_charges`");
  EXPECT_EQ(error({"--param", "monthly_charge=1 USD"}),
            "unknown parameter `monthly_charge`; did you mean `monthly_charges`?");
  EXPECT_EQ(error({"--param", "fee=1 USD"}),
            "unknown parameter `fee`; the parameters are `monthly_charges` and `project_fee`");
  EXPECT_EQ(error({"--param", "monthly_charges=1 USD", "--param=monthly_charges=2 USD"}),
            "parameter `monthly_charges` is given twice");
  EXPECT_EQ(error({}), "missing parameter `monthly_charges`; give it with --param "
                       "monthly_charges=VALUE");
  const CliSpec none{"x", datasets, {}, {}};
  std::vector<std::string_view> args = {"--param", "fee=1"};
  EXPECT_EQ(parseCommandLine(args, none).error,
            "unknown parameter `fee`; this agreement has no parameters");
}

TEST(CliTest, RangeErrors) {
  std::string_view charges = "--param=monthly_charges=1 USD";
  EXPECT_EQ(error({charges, "--from", "January"}),
            "`--from` expects a date such as 2026-01-01 or a timestamp such as "
            "2026-01-01T00:00:00Z, found `January`");
  EXPECT_EQ(error({charges, "--to", "2026-02-30"}),
            "`--to` expects a date such as 2026-01-01 or a timestamp such as "
            "2026-01-01T00:00:00Z, found `2026-02-30`");
  EXPECT_EQ(error({charges, "--from", "2026-02-01", "--to", "2026-01-01"}),
            "the range is empty: `--from` 2026-02-01 is not before `--to` 2026-01-01");
  EXPECT_EQ(error({charges, "--from", "2026-01-01", "--from", "2026-01-02"}),
            "option `--from` is given twice");
  EXPECT_EQ(error({charges, "--as-of", "2026-01-01"}),
            "`--as-of` expects a timestamp such as 2026-01-01T00:00:00Z, found `2026-01-01`; add "
            "a time of day and an offset, such as `T00:00:00Z`");
}

TEST(CliTest, FormatErrors) {
  std::string_view charges = "--param=monthly_charges=1 USD";
  EXPECT_EQ(error({charges, "--format", "xml"}),
            "`--format` expects `json` or `text`, found `xml`");
  EXPECT_EQ(error({charges, "--format", "json", "--format=text"}),
            "option `--format` is given twice");
  EXPECT_EQ(error({charges, "-o", "a", "--output", "b"}), "option `--output` is given twice");
}

TEST(CliTest, ArgcArgv) {
  const char *argv[] = {"compute-eval", "--data", "tickets=t.ndjson", "--param",
                        "monthly_charges=5 USD"};
  CliResult r = parseCommandLine(5, argv, spec);
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.options.data[0].format, DataFormat::Jsonl);
}

TEST(CliTest, UsageNamesDatasetsAndParams) {
  std::string usage = usageText(spec);
  EXPECT_NE(usage.find("usage: compute-eval --data NAME=PATH..."), std::string::npos) << usage;
  EXPECT_NE(usage.find("datasets: `minutes`, `outages` and `tickets`"), std::string::npos);
  EXPECT_NE(usage.find("required: `monthly_charges`"), std::string::npos);
  EXPECT_NE(usage.find("exit codes: 0 evaluated"), std::string::npos);
}

} // namespace
