// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotgenerator.h"

#include <algorithm>

namespace tbib {

namespace {

constexpr qint64 SecondsPerDay = 86400;

bool typeOffered(const ScheduleContext &c, bool requireActive)
{
    return c.doctor && c.type && c.type->doctorId == c.doctor->id && (c.type->active || !requireActive);
}

// Steps 1 and 2 of DESIGN §3 that do not depend on the time asked for.
std::optional<BookingError> patientRule(const ScheduleContext &c)
{
    if (c.patient && c.patient->blocked)
        return BookingError{ErrorCode::PatientBlocked, {}};
    if (c.type->requireExistingPatient && !(c.patient && c.patient->hasPastVisit))
        return BookingError{ErrorCode::ExistingPatientRequired, {}};
    return std::nullopt;
}

// The working interval of the start's local day that contains the start, as
// UTC instants. Why per day and not per candidate: the zone conversion is the
// costly part, so each interval bound is converted once.
struct UtcInterval
{
    TimeRange range;
    bool found = false;
};

UtcInterval intervalAt(const ScheduleContext &c, UtcSeconds start)
{
    const QDate date = c.zone.dateOf(start);
    for (const auto &iv : c.doctor->hours.intervals(date.dayOfWeek())) {
        const TimeRange r{c.zone.fromLocal(date, iv.startMinute), c.zone.fromLocal(date, iv.endMinute)};
        if (r.start <= start && start < r.end)
            return {r, true};
    }
    return {};
}

bool overlapsAny(const QList<TimeRange> &ranges, const TimeRange &r)
{
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const TimeRange &x) { return x.overlaps(r); });
}

} // namespace

QList<TimeRange> mergeBusy(const QList<TimeRange> &a, const QList<TimeRange> &b)
{
    QList<TimeRange> all;
    all.reserve(a.size() + b.size());
    all << a << b;
    std::sort(all.begin(), all.end(), [](const TimeRange &x, const TimeRange &y) { return x.start < y.start; });
    QList<TimeRange> merged;
    merged.reserve(all.size());
    for (const auto &r : std::as_const(all)) {
        if (!r.isValid())
            continue;
        if (!merged.isEmpty() && r.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, r.end);
        else
            merged.append(r);
    }
    return merged;
}

Result<QList<TimeRange>> generateSlots(const ScheduleContext &c, const DateSpan &span)
{
    if (!span.first.isValid() || !span.endExclusive.isValid() || span.endExclusive <= span.first
        || span.first.daysTo(span.endExclusive) > DateSpan::MaxDays)
        return fail(ErrorCode::InvalidInput, QStringLiteral("date range"));
    if (!typeOffered(c, true))
        return fail(ErrorCode::NotFound, QStringLiteral("type"));
    const qint64 d = c.type->duration.seconds();
    if (c.type->duration.minutes < ConsultationType::MinDuration || c.type->duration.minutes > ConsultationType::MaxDuration)
        return fail(ErrorCode::InvalidInput, QStringLiteral("duration"));

    QDate first = span.first;
    QDate endExclusive = span.endExclusive;
    const QDate today = c.zone.dateOf(c.now);
    if (c.type->emergencyOnly) {
        // Emergencies are for today and tomorrow: a single later date is an
        // error, a range is clipped to those two days.
        const QDate afterTomorrow = today.addDays(2);
        if (span.singleDate && first >= afterTomorrow)
            return fail(ErrorCode::EmergencyOnly);
        endExclusive = std::min(endExclusive, afterTomorrow);
    }
    if (auto refused = patientRule(c))
        return std::unexpected(*refused);

    QList<TimeRange> slots;
    const UtcSeconds earliest = c.now + qint64(c.clinic.minNoticeMinutes) * 60;
    const UtcSeconds horizon = c.now + qint64(c.clinic.horizonDays) * SecondsPerDay;
    first = std::max(first, c.zone.dateOf(earliest));
    endExclusive = std::min(endExclusive, c.zone.dateOf(horizon).addDays(1));
    if (first >= endExclusive)
        return slots;

    // One monotonic sweep: candidates are visited in increasing time, and the
    // busy list is sorted and disjoint, so the busy cursor only moves forward.
    const QList<TimeRange> busy = mergeBusy(c.absences, c.appointments);
    qsizetype cursor = 0;
    for (QDate date = first; date < endExclusive; date = date.addDays(1)) {
        for (const auto &iv : c.doctor->hours.intervals(date.dayOfWeek())) {
            const UtcSeconds a = c.zone.fromLocal(date, iv.startMinute);
            const UtcSeconds b = c.zone.fromLocal(date, iv.endMinute);
            // Alignment restarts at every interval: t = a, a+d, a+2d, … while t+d <= b.
            for (UtcSeconds t = a; t + d <= b; t += d) {
                if (t < earliest)
                    continue;
                if (t >= horizon)
                    return slots;
                while (cursor < busy.size() && busy[cursor].end <= t)
                    ++cursor;
                if (cursor == busy.size() || busy[cursor].start >= t + d)
                    slots.append({t, t + d});
            }
        }
    }
    return slots;
}

Result<TimeRange> checkBooking(const ScheduleContext &c, const BookingCheck &check)
{
    TimeRange r = check.range;
    const bool desk = check.channel == Channel::Desk;
    const bool startChanges = check.change == Change::NewBooking || check.change == Change::Move;

    if (check.change != Change::NewBooking && !r.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("range"));
    // An existing appointment keeps working even if its type was deactivated since.
    if (!typeOffered(c, check.change == Change::NewBooking))
        return fail(ErrorCode::NotFound, QStringLiteral("type"));
    if (check.change == Change::NewBooking)
        r.end = r.start + c.type->duration.seconds();
    if (r.seconds() > Appointment::MaxSeconds)
        return fail(ErrorCode::InvalidInput, QStringLiteral("longer than a day"));

    if (startChanges && c.type->emergencyOnly && c.zone.dateOf(r.start) > c.zone.dateOf(c.now).addDays(1))
        return fail(ErrorCode::EmergencyOnly);
    if (check.change == Change::NewBooking && !(desk && check.overrides.testFlag(Override::PatientRules))) {
        if (auto refused = patientRule(c))
            return std::unexpected(*refused);
    }

    const bool gridOverridden = desk && check.overrides.testFlag(Override::Grid);
    if (startChanges && !gridOverridden) {
        // Minimum notice and horizon are online-booking settings; the desk only
        // refuses the past.
        const UtcSeconds earliest = desk ? c.now : c.now + qint64(c.clinic.minNoticeMinutes) * 60;
        if (r.start < earliest)
            return fail(ErrorCode::InThePast);
        if (!desk && r.start >= c.now + qint64(c.clinic.horizonDays) * SecondsPerDay)
            return fail(ErrorCode::BeyondHorizon);
    }
    if (!gridOverridden) {
        if (overlapsAny(c.absences, r))
            return fail(ErrorCode::DoctorAbsent);
        const UtcInterval iv = intervalAt(c, r.start);
        if (!iv.found || r.end > iv.range.end)
            return fail(ErrorCode::OutsideWorkingHours);
        if (startChanges && (r.start - iv.range.start) % c.type->duration.seconds() != 0)
            return fail(ErrorCode::NotOnGrid);
    }
    if (!(desk && check.overrides.testFlag(Override::Overlap)) && overlapsAny(c.appointments, r))
        return fail(ErrorCode::SlotTaken);
    return r;
}

} // namespace tbib
