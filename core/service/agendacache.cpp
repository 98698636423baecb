// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendacache.h"

#include <limits>

namespace tbib {

namespace {

constexpr qint64 SecondsPerDay = 86400;
// Beyond this many days in memory the cache starts again from empty: a clinic
// looks at a few weeks at a time, and a bound keeps a crawler from growing it.
constexpr qsizetype MaxDays = 4096;

// The UTC day of an instant, rounding towards the past for instants before 1970 too.
qint64 dayOf(UtcSeconds t)
{
    return t >= 0 ? t / SecondsPerDay : -((-t + SecondsPerDay - 1) / SecondsPerDay);
}

} // namespace

void AgendaCache::follow(qint64 stamp)
{
    if (stamp == m_stamp)
        return;
    m_days.clear();
    m_absences.clear();
    m_stamp = stamp;
}

Result<void> AgendaCache::fill(qint64 doctor, qint64 firstDay, qint64 lastDay)
{
    const std::optional<DoctorId> who = doctor ? std::optional(DoctorId(doctor)) : std::nullopt;
    auto rows = ClinicStore(m_db).appointmentViewsStarting(who, firstDay * SecondsPerDay,
                                                           (lastDay + 1) * SecondsPerDay);
    if (!rows)
        return std::unexpected(rows.error());
    for (qint64 day = firstDay; day <= lastDay; ++day)
        m_days.insert({doctor, day}, {});
    for (auto &v : *rows)
        m_days[{doctor, dayOf(v.appointment.range.start)}].append(std::move(v));
    return {};
}

Result<void> AgendaCache::visit(qint64 doctor, TimeRange window, const Visitor &visitor)
{
    // An appointment lasts at most a day, so one that overlaps the window
    // started at most that long before it.
    const qint64 first = dayOf(window.start - Appointment::MaxSeconds);
    const qint64 last = dayOf(window.end - 1);
    if (last - first + 1 > MaxDays)
        return fail(ErrorCode::InvalidInput, QStringLiteral("window"));
    if (m_days.size() + (last - first + 1) > MaxDays)
        m_days.clear();
    // Missing days are read in runs: one query for each gap.
    for (qint64 day = first; day <= last;) {
        if (m_days.contains({doctor, day})) {
            ++day;
            continue;
        }
        qint64 end = day;
        while (end + 1 <= last && !m_days.contains({doctor, end + 1}))
            ++end;
        if (auto r = fill(doctor, day, end); !r)
            return r;
        day = end + 1;
    }
    for (qint64 day = first; day <= last; ++day) {
        for (const auto &v : std::as_const(m_days[{doctor, day}])) {
            if (v.appointment.range.overlaps(window))
                visitor(v);
        }
    }
    return {};
}

Result<QList<AppointmentView>> AgendaCache::views(qint64 stamp, std::optional<DoctorId> doctor, TimeRange window)
{
    follow(stamp);
    QList<AppointmentView> out;
    auto r = visit(doctor ? doctor->value : 0, window, [&out](const AppointmentView &v) { out.append(v); });
    if (!r)
        return std::unexpected(r.error());
    return out;
}

Result<ClinicStore::BusyTime> AgendaCache::busyTime(qint64 stamp, DoctorId doctor, TimeRange window,
                                                    AppointmentId except)
{
    follow(stamp);
    ClinicStore::BusyTime busy;
    auto absences = m_absences.find(doctor.value);
    if (absences == m_absences.end()) {
        auto all = ClinicStore(m_db).absences(
            doctor, {std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2});
        if (!all)
            return std::unexpected(all.error());
        QList<TimeRange> ranges;
        ranges.reserve(all->size());
        for (const auto &a : std::as_const(*all))
            ranges.append(a.range);
        absences = m_absences.insert(doctor.value, ranges);
    }
    for (const auto &range : std::as_const(*absences)) {
        if (range.overlaps(window))
            busy.absences.append(range);
    }
    auto r = visit(doctor.value, window, [&](const AppointmentView &v) {
        if (occupiesTime(v.appointment.status) && v.appointment.id != except)
            busy.appointments.append(v.appointment.range);
    });
    if (!r)
        return std::unexpected(r.error());
    return busy;
}

} // namespace tbib
