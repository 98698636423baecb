// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timerange.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace tbib {

// The clinic's IANA time zone as pure arithmetic. Every wall-clock rule
// (working hours, "today", slot alignment) goes through here.
//
// Why not QDateTime per call: constructing a zoned QDateTime costs about a
// microsecond and the slot generator needs several conversions per doctor-day.
// The zone's UTC offsets are read once from QTimeZone (transitions 1970–2100)
// into a sorted table; conversions are then a binary search.
//
// Wall-clock readings are "wall seconds": the local reading counted as if it
// were UTC (the FullCalendar "marker" idea), so a local date is wall / 86400.
class ClinicZone final
{
public:
    ClinicZone(); // UTC
    [[nodiscard]] static bool isKnown(const QByteArray &ianaId);
    // Precondition: isKnown(ianaId). Unknown ids give UTC.
    explicit ClinicZone(const QByteArray &ianaId);
    // The same, built once per process and id, then shared (building reads every
    // transition from 1970 to 2100). Thread-safe.
    [[nodiscard]] static ClinicZone cached(const QByteArray &ianaId);

    [[nodiscard]] QByteArray id() const { return m_id; }
    [[nodiscard]] int offsetAt(UtcSeconds utc) const;
    [[nodiscard]] qint64 toWall(UtcSeconds utc) const { return utc + offsetAt(utc); }
    // Local wall reading → instant. A reading skipped by a spring-forward gap
    // moves forward by the gap (02:30 on a 02:00→03:00 night is 03:30); a
    // reading repeated by a fall-back is its first occurrence.
    [[nodiscard]] UtcSeconds fromWall(qint64 wall) const;
    [[nodiscard]] UtcSeconds fromLocal(QDate date, int minuteOfDay) const;

    [[nodiscard]] QDate dateOf(UtcSeconds utc) const;
    [[nodiscard]] int minuteOfDay(UtcSeconds utc) const;
    [[nodiscard]] UtcSeconds startOfDay(QDate date) const { return fromLocal(date, 0); }

    [[nodiscard]] static qint64 wallOf(QDate date, int minuteOfDay);
    [[nodiscard]] static QDate dateOfWall(qint64 wall);

private:
    struct Span
    {
        UtcSeconds from;
        int offset;
    };
    QByteArray m_id;
    QList<Span> m_spans; // sorted by from; m_spans[0].from is the minimum
};

} // namespace tbib
