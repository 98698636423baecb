// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the core tests: local wall-clock strings ↔ instants.

#include "domain/cliniczone.h"
#include "domain/timerange.h"
#include "domain/workinghours.h"

#include <QDateTime>
#include <QStringList>

namespace tbib::test {

// "2026-11-24 09:30" read in the zone's wall clock.
inline UtcSeconds at(const ClinicZone &zone, const QString &local)
{
    const QDateTime dt = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(dt.isValid());
    return zone.fromLocal(dt.date(), dt.time().hour() * 60 + dt.time().minute());
}

inline TimeRange range(const ClinicZone &zone, const QString &from, const QString &to)
{
    return {at(zone, from), at(zone, to)};
}

inline QString wallText(const ClinicZone &zone, UtcSeconds t)
{
    return WorkingHours::formatTime(zone.minuteOfDay(t));
}

inline QString utcText(UtcSeconds t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

// Hours like "09:00-12:30 14:00-18:30".
inline QList<LocalInterval> intervals(const QString &text)
{
    QList<LocalInterval> out;
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    for (const auto &p : parts) {
        const auto ends = p.split(u'-');
        out.append({*WorkingHours::parseTime(ends[0]), *WorkingHours::parseTime(ends[1])});
    }
    return out;
}

} // namespace tbib::test
