//===- WorkedDeadlines.cpp - A deadline rule's worked example -------------===//
//
// A deadline in business hours is shown across closed hours: the item
// starts one hour before the last closing of a week (Friday 16:00 for
// 09:00-17:00 on weekdays), so its clock stops over the weekend. One item
// completes when the deadline falls due (on time), one a minute of counted
// time later (late). A deadline without a calendar counts elapsed time
// from Friday 16:00 in the agreement's zone. Business days are shown the
// same way: due at the close of the N-th business day, late a minute after.
// The due instant, the counted time and the outcome come from the runtime.
//
//===----------------------------------------------------------------------===//

#include "worked/RuntimeSpecs.h"
#include "worked/WorkedExamples.h"

#include "tenor/rt/base/Zone.h"
#include "tenor/rt/eval/Obligations.h"
#include "tenor/rt/eval/WorkedExamples.h"

#include <stdexcept>

namespace tenor::worked {

using namespace ir;

namespace {

/// The week the examples are set in: Monday 1 June 2026, far from any
/// change of daylight saving time in the zones that have one.
constexpr rt::Date weekStart{2026, 6, 1};

/// One hour before the last closing of the week, or the last opening if
/// that is later; none when the calendar is never open that week.
std::optional<rt::Timestamp> lastHourOfWeek(const rt::BusinessCalendar &cal) {
  for (int day = 6; day >= 0; --day) {
    rt::Date d = rt::addDays(weekStart, day);
    auto spans = cal.hours(rt::weekdayOf(d));
    if (spans.empty() || cal.isException(d))
      continue;
    const rt::DaySpan &last = spans.back();
    int from = std::max(last.fromMinute, last.toMinute - 60);
    return cal.zone().atLocalTime(d, rt::Duration::minutes(from));
  }
  return std::nullopt;
}

/// The on-time and late items of one obligation.
void addItems(const Obligation &o, const rt::DeadlineSpec &spec, const std::string &zone,
              rt::Timestamp opened, std::vector<DeadlineExample> &out) {
  for (rt::Duration extra : {rt::Duration(), rt::Duration::minutes(1)}) {
    DeadlineExample ex{&o, zone, opened, {}, {}, false};
    // Business days end at a closing time: a minute after it is late. Other
    // clocks count one more minute of their own time.
    ex.done =
        spec.businessDays > 0
            ? rt::deadlineOf(spec, opened).due + extra
            : rt::deadlineOf(rt::DeadlineSpec{spec.calendar, spec.within + extra}, opened).due;
    ex.elapsed =
        spec.calendar ? spec.calendar->businessTimeBetween(opened, ex.done) : ex.done - opened;
    ex.late = rt::deadlineExampleLate(spec, opened, ex.done);
    out.push_back(ex);
  }
}

} // namespace

std::vector<DeadlineExample> chooseDeadlineExamples(const Agreement &a) {
  std::vector<DeadlineExample> out;
  for (const auto &o : a.obligations) {
    std::optional<rt::Rational> within = literalValue(o->deadline.get());
    if (o->kind != Obligation::Kind::Items || o->form != Obligation::Form::Within || !within)
      continue;
    bool businessDays = o->clock == Obligation::Clock::BusinessDays;
    // A zone this host's tz database lacks leaves the rule without an
    // example rather than failing the contract.
    try {
      rt::Duration d{int64_t((*within * rt::Rational(rt::microsPerSecond)).floor())};
      if (o->calendar) {
        rt::BusinessCalendar cal = calendarOf(*o->calendar);
        if (std::optional<rt::Timestamp> opened = lastHourOfWeek(cal))
          addItems(*o,
                   businessDays ? rt::DeadlineSpec{&cal, {}, int64_t(within->floor())}
                                : rt::DeadlineSpec{&cal, d},
                   o->calendar->timezone, *opened, out);
      } else {
        rt::TimeZone zone = rt::TimeZone::byName(a.timezone);
        rt::Timestamp opened = zone.atLocalTime(rt::addDays(weekStart, 4), rt::Duration::hours(16));
        addItems(*o, rt::DeadlineSpec{nullptr, d}, a.timezone, opened, out);
      }
    } catch (const std::exception &) {
      continue;
    }
  }
  return out;
}

} // namespace tenor::worked
