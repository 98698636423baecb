// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulecontext.h"

namespace tbib {

// The brain of DESIGN §3: free candidate starts for one doctor, one type, one
// patient, over a date or a range of dates, and the check a booking must pass.
// Pure functions over a ScheduleContext; the caller loads the context.

struct DateSpan final
{
    QDate first;
    QDate endExclusive;
    bool singleDate = true; // a date query (not a range) makes emergency_only an error
    static constexpr int MaxDays = 62;

    [[nodiscard]] static DateSpan day(QDate date) { return {date, date.addDays(1), true}; }
    [[nodiscard]] static DateSpan range(QDate first, QDate endExclusive) { return {first, endExclusive, false}; }
};

[[nodiscard]] Result<QList<TimeRange>> generateSlots(const ScheduleContext &context, const DateSpan &span);

enum class Change {
    NewBooking, // a new appointment at start
    Move,       // an existing appointment to a new start, same length
    Resize,     // an existing appointment to a new end, same start
    Reoccupy,   // a freed appointment (cancelled/no_show) taking its time again
};

struct BookingCheck final
{
    TimeRange range; // for NewBooking only the start counts: the end is start + the type's duration
    Change change = Change::NewBooking;
    Channel channel = Channel::Public;
    Overrides overrides;
};

// Every rule in the precedence order of DESIGN §3; the first failing one wins.
[[nodiscard]] Result<TimeRange> checkBooking(const ScheduleContext &context, const BookingCheck &check);

// Absences and appointments merged into sorted, disjoint busy intervals.
[[nodiscard]] QList<TimeRange> mergeBusy(const QList<TimeRange> &a, const QList<TimeRange> &b);

} // namespace tbib
