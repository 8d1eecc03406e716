//===- Untitled.cpp - Declarations the contract would name by their name --===//
//
// The contract prints titles, never source names (LANGUAGE.md section
// 12.4). A declaration that the contract prints and that has no title is
// shown by a name made from its identifier instead ("Resolve p2"); `tenorc
// doc` warns about each one (W0470) so that the author writes the title.
// The list follows what the builders print: the agreement and its master,
// services, calendars of service hours and deadlines, data, parameters,
// metrics, objectives, obligations, exclusions, remedies, holdbacks,
// reports, clauses other than the four well-known ones, and the members of
// enum fields of the data (listed where the data is described).
//
//===----------------------------------------------------------------------===//

#include "doc/Doc.h"

#include <set>

namespace tenor::doc {

using namespace ir;

namespace {

struct Collector {
  std::vector<Untitled> found;
  std::set<const Named *> seen;
  std::set<const EnumMember *> members;

  void check(const char *kind, const Named &n) {
    if (n.title.empty() && seen.insert(&n).second)
      found.push_back({kind, n.name, n.range});
  }
  template <typename T> void all(const char *kind, const std::vector<std::unique_ptr<T>> &items) {
    for (const auto &item : items)
      check(kind, *item);
  }
};

/// The clauses that get a section title of their own when untitled.
bool wellKnown(const std::string &name) {
  return name == "dispute_resolution" || name == "indemnification" || name == "confidentiality" ||
         name == "liability";
}

} // namespace

std::vector<Untitled> untitledItems(const Agreement &a) {
  Collector c;
  c.check("agreement", a);
  if (a.master)
    c.check("agreement", *a.master);
  c.all("service", a.services);
  for (const auto &s : a.services)
    if (s->hours)
      c.check("calendar", *s->hours);
  for (const auto &o : a.obligations)
    if (o->calendar)
      c.check("calendar", *o->calendar);
  c.all("dataset", a.datasets);
  // The data's description lists every member of an enum field.
  for (const auto &d : a.datasets)
    for (const auto &f : d->fields)
      if (const EnumType *e = f->type.kind == Type::Kind::Enum ? f->type.enumType : nullptr)
        for (const EnumMember &m : e->members)
          if (m.title.empty() && c.members.insert(&m).second)
            c.found.push_back({"enum member", m.name, e->range});
  c.all("parameter", a.params);
  c.all("metric", a.metrics);
  c.all("objective", a.objectives);
  c.all("obligation", a.obligations);
  c.all("exclusion", a.exclusions);
  c.all("remedy", a.remedies);
  c.all("holdback", a.holdbacks);
  c.all("report", a.reports);
  for (const auto &cl : a.clauses)
    if (!wellKnown(cl->name))
      c.check("clause", *cl);
  return std::move(c.found);
}

} // namespace tenor::doc
