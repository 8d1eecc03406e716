//===- CheckExamples.cpp - An evaluator checks a contract's worked examples -===//
//
// Each line names what it exemplifies (a remedy, an obligation or a total
// cap), gives its inputs and the outcome the contract prints. The outcome
// is recomputed from the evaluator's generated spec of that name; a name the
// evaluator does not know is a disagreement too, since the contract then
// describes something the evaluator does not compute.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/cli/CheckExamples.h"
#include "tenor/rt/data/Jsonl.h"

#include <cstdio>
#include <fmt/format.h>

namespace tenor::rt {

namespace {

std::string text(const JsonlRow &row, std::string_view key) {
  return std::string(row.field(key).value.text);
}

std::optional<Rational> number(const JsonlRow &row, std::string_view key) {
  RawValue v = row.field(key).value;
  if (v.isMissing() || v.text.empty())
    return std::nullopt;
  return Rational::parseDecimal(v.text);
}

/// Splits "a,b,c".
std::vector<std::string> list(const std::string &s) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    size_t comma = s.find(',', start);
    parts.push_back(s.substr(start, comma == std::string::npos ? comma : comma - start));
    if (comma == std::string::npos)
      break;
    start = comma + 1;
  }
  return parts;
}

/// The outcome the evaluator computes for one example, or why it cannot.
std::string recomputeTier(const JsonlRow &row, const WorkedExampleHooks &hooks) {
  std::optional<RemedySpec> spec = hooks.remedy(text(row, "remedy"));
  if (!spec)
    return "no remedy of that name";
  return exampleAmount(remedyExample(*spec, number(row, "measure"), number(row, "base")),
                       spec->currency);
}

std::string recomputeDeadline(const JsonlRow &row, const WorkedExampleHooks &hooks) {
  std::optional<DeadlineSpec> spec = hooks.deadline(text(row, "obligation"));
  std::optional<Timestamp> opened = parseTimestamp(text(row, "opened"));
  std::optional<Timestamp> done = parseTimestamp(text(row, "done"));
  if (!spec)
    return "no deadline of that name";
  if (!opened || !done)
    return "bad times";
  return deadlineExampleLate(*spec, *opened, *done) ? "late" : "on time";
}

std::string recomputeTotalCap(const JsonlRow &row, const WorkedExampleHooks &hooks) {
  std::optional<Rational> index = number(row, "cap");
  std::optional<TotalCapSpec> cap;
  if (index)
    cap = hooks.totalCap(size_t(index->floor()), number(row, "of"));
  if (!cap)
    return "no total cap of that number";
  std::vector<std::string> names = list(text(row, "remedies")),
                           amounts = list(text(row, "amounts"));
  std::vector<CapShare> shares;
  for (size_t i = 0; i < names.size() && i < amounts.size(); ++i) {
    std::optional<RemedySpec> spec = hooks.remedy(names[i]);
    std::optional<Rational> amount = Rational::parseDecimal(amounts[i]);
    if (!spec || !amount)
      return "no remedy " + names[i];
    shares.push_back({names[i], spec->kind, *amount});
  }
  std::string owes;
  for (const Rational &left : totalCapExample(*cap, std::string(hooks.currency), shares))
    owes += (owes.empty() ? "" : ",") + exampleAmount(left, std::string(hooks.currency));
  return owes;
}

} // namespace

int checkWorkedExamples(const std::string &path, const WorkedExampleHooks &hooks) {
  JsonlReader reader;
  DataError error;
  if (!reader.open(path, error)) {
    std::fprintf(stderr, "error: %s: %s\n", path.c_str(), error.reason.c_str());
    return 2;
  }
  JsonlRow row;
  int checked = 0, disagree = 0;
  while (reader.next(row)) {
    if (row.bad()) {
      std::fprintf(stderr, "error: %s:%llu: %s\n", path.c_str(), (unsigned long long)row.line(),
                   row.error().reason.c_str());
      return 2;
    }
    std::string kind = text(row, "kind"), expected = text(row, "outcome"), actual;
    if (kind == "tier")
      actual = recomputeTier(row, hooks);
    else if (kind == "deadline")
      actual = recomputeDeadline(row, hooks);
    else if (kind == "total-cap")
      actual = recomputeTotalCap(row, hooks);
    else
      actual = "an unknown kind of example";
    ++checked;
    if (actual != expected) {
      ++disagree;
      std::printf("%s", fmt::format("worked example {}: the contract says {}, the evaluator "
                                    "computes {}\n",
                                    text(row, "example"), expected, actual)
                            .c_str());
    }
  }
  std::printf("%s", fmt::format("{} of {} worked examples agree with the evaluator\n",
                                checked - disagree, checked)
                        .c_str());
  return disagree ? 1 : 0;
}

} // namespace tenor::rt
