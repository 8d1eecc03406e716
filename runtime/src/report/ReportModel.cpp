//===- ReportModel.cpp - What an evaluation report holds ------------------===//
//
// The report model's few computations: whether anything was breached, and a
// metric's value of a non-numeric type as the text reports show it
// (timestamps and dates as RFC 3339, an interval as start/end, an enum
// member by its name).
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/report/ReportModel.h"

namespace tenor::rt {

bool Report::anyBreach() const {
  for (const ObjectiveResult &o : objectives)
    for (const ObjectivePeriod &p : o.periods)
      if (p.met == false)
        return true;
  for (const ObligationResult &o : obligations)
    for (const ObligationPeriod &p : o.periods)
      if (!p.met)
        return true;
  return false;
}

namespace {
MetricValue textMetric(std::string name, ValueKind kind, std::optional<std::string> text) {
  return {std::move(name), kind, std::nullopt, {}, std::move(text)};
}
} // namespace

MetricValue metricValue(std::string name, const std::optional<bool> &v) {
  return textMetric(std::move(name), ValueKind::Bool,
                    v ? std::optional<std::string>(*v ? "true" : "false") : std::nullopt);
}
MetricValue metricValue(std::string name, const std::optional<std::string_view> &v) {
  return textMetric(std::move(name), ValueKind::Text,
                    v ? std::optional<std::string>(*v) : std::nullopt);
}
MetricValue metricValue(std::string name, const std::optional<Timestamp> &v) {
  return textMetric(std::move(name), ValueKind::Text,
                    v ? std::optional(formatTimestamp(*v)) : std::nullopt);
}
MetricValue metricValue(std::string name, const std::optional<Date> &v) {
  return textMetric(std::move(name), ValueKind::Text,
                    v ? std::optional(formatDate(*v)) : std::nullopt);
}
MetricValue metricValue(std::string name, const std::optional<Interval> &v) {
  return textMetric(std::move(name), ValueKind::Text,
                    v ? std::optional(formatTimestamp(v->start) + "/" + formatTimestamp(v->end))
                      : std::nullopt);
}
MetricValue metricValue(std::string name, const std::optional<int> &v,
                        std::span<const std::string_view> members) {
  bool known = v && *v >= 0 && size_t(*v) < members.size();
  return textMetric(std::move(name), ValueKind::Text,
                    known ? std::optional<std::string>(members[size_t(*v)]) : std::nullopt);
}

} // namespace tenor::rt
