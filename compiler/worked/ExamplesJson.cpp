//===- ExamplesJson.cpp - Worked examples as JSON Lines -------------------===//
//
// What `tenorc emit examples` writes and `EVALUATOR --worked-examples`
// reads (rt/cli/CheckExamples.cpp): one flat object per example, every
// value a string so that numbers stay exact decimals. `outcome` is what the
// contract prints: an amount ("500.00", "none"), "on time" or "late", or
// the amounts left after a total cap.
//
//===----------------------------------------------------------------------===//

#include "worked/WorkedExamples.h"

#include "tenor/rt/eval/WorkedExamples.h"

#include <utility>

namespace tenor::worked {

namespace {

std::string quote(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      out += '\\';
    out += c;
  }
  return out + "\"";
}

using Fields = std::vector<std::pair<const char *, std::string>>;

std::string object(const Fields &fields) {
  std::string line;
  for (const auto &[key, value] : fields)
    line += (line.empty() ? "{" : ",") + quote(key) + ":" + quote(value);
  return line + "}\n";
}

std::string tierLine(const RemedyExamples &ex, const std::string &id, const TierPoint &p,
                     const std::string &currency) {
  Fields f{{"example", id},
           {"kind", "tier"},
           {"remedy", ex.remedy->name},
           {"measure", p.measure.toString()}};
  if (ex.base)
    f.push_back({"base", ex.base->toString()});
  f.push_back({"outcome", rt::exampleAmount(p.owes, currency)});
  return object(f);
}

std::string amounts(const std::vector<rt::Rational> &values, const std::string &currency) {
  std::string list;
  for (const rt::Rational &v : values)
    list += (list.empty() ? "" : ",") + rt::exampleAmount(v, currency);
  return list;
}

} // namespace

std::string examplesJsonLines(const ir::Agreement &a, const WorkedExamples &w) {
  std::string out;
  for (const RemedyExamples &ex : w.remedies) {
    for (size_t i = 0; i < ex.points.size(); ++i)
      out += tierLine(ex, ex.remedy->name + "." + std::to_string(i + 1), ex.points[i], a.currency);
    if (ex.capBites)
      out += tierLine(ex, ex.remedy->name + ".cap", *ex.capBites, a.currency);
  }
  for (const DeadlineExample &ex : w.deadlines) {
    std::string outcome = ex.late ? "late" : "on time";
    out += object({{"example", ex.obligation->name + (ex.late ? ".late" : ".on-time")},
                   {"kind", "deadline"},
                   {"obligation", ex.obligation->name},
                   {"opened", rt::formatTimestamp(ex.opened)},
                   {"done", rt::formatTimestamp(ex.done)},
                   {"outcome", outcome}});
  }
  for (const TotalCapExample &ex : w.totalCaps) {
    std::string names;
    for (const ir::Remedy *r : ex.remedies)
      names += (names.empty() ? "" : ",") + r->name;
    Fields f{{"example", "cap-total." + std::to_string(ex.index + 1)},
             {"kind", "total-cap"},
             {"cap", std::to_string(ex.index)}};
    if (ex.of)
      f.push_back({"of", ex.of->toString()});
    f.insert(f.end(), {{"remedies", names},
                       {"amounts", amounts(ex.amounts, a.currency)},
                       {"outcome", amounts(ex.left, a.currency)}});
    out += object(f);
  }
  return out;
}

} // namespace tenor::worked
