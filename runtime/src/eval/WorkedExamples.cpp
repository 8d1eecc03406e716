//===- WorkedExamples.cpp - One point of a tier table, deadline or cap ----===//
//
// Each example is one synthetic period or item handed to the functions that
// evaluate real ones, so an example can never follow a rule of its own. The
// period is a fixed calendar month: the amounts do not depend on it.
//
//===----------------------------------------------------------------------===//

#include "tenor/rt/eval/WorkedExamples.h"
#include "tenor/rt/base/Currency.h"
#include "tenor/rt/eval/Obligations.h"

namespace tenor::rt {

namespace {

/// June 2026 in UTC: any month would do.
Period examplePeriod() {
  TimeZone utc;
  return {utc.startOfDay({2026, 6, 1}), utc.startOfDay({2026, 7, 1})};
}

} // namespace

std::optional<Rational> remedyExample(const RemedySpec &spec,
                                      const std::optional<Rational> &measure,
                                      const std::optional<Rational> &base) {
  std::optional<RemedyAmount> owed = computeRemedy(spec, examplePeriod(), measure, base);
  if (!owed)
    return std::nullopt;
  return owed->amount;
}

Deadline deadlineOf(const DeadlineSpec &deadline, Timestamp opened) {
  if (deadline.businessDays > 0 && deadline.calendar)
    return businessDaysDeadline(*deadline.calendar, opened, deadline.businessDays);
  return deadline.calendar ? calendarDeadline(*deadline.calendar, opened, deadline.within)
                           : elapsedDeadline(opened, deadline.within);
}

bool deadlineExampleLate(const DeadlineSpec &deadline, Timestamp opened, Timestamp done) {
  ObligationItem item;
  item.key = opened;
  item.hasDeadline = true;
  item.deadline = deadlineOf(deadline, opened);
  item.done = done;
  Interval all{opened, opened + Duration::seconds(1)};
  return obligationStats({item}, all, done).breaches != 0;
}

std::vector<Rational> totalCapExample(const TotalCapSpec &cap, const std::string &currency,
                                      const std::vector<CapShare> &shares) {
  std::vector<RemedyAmount> amounts;
  for (const CapShare &s : shares)
    amounts.push_back({s.remedy, s.kind, examplePeriod(), s.amount, currency, {}, {}});
  applyTotalCap(cap, TimeZone(), amounts);
  std::vector<Rational> left;
  for (const CapShare &s : shares) {
    Rational amount(0);
    for (const RemedyAmount &a : amounts)
      if (a.remedy == s.remedy && a.amount)
        amount = *a.amount;
    left.push_back(amount);
  }
  return left;
}

std::string exampleAmount(const std::optional<Rational> &amount, const std::string &currency) {
  return amount ? amount->toDecimalString(currencyMinorUnit(currency)) : "none";
}

} // namespace tenor::rt
