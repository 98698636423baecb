// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliniczone.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace tbib {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

ClinicZone::ClinicZone()
    : m_id("UTC")
    , m_spans{{std::numeric_limits<UtcSeconds>::min(), 0}}
{
}

bool ClinicZone::isKnown(const QByteArray &ianaId)
{
    return !ianaId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaId);
}

ClinicZone::ClinicZone(const QByteArray &ianaId)
    : ClinicZone()
{
    if (!isKnown(ianaId))
        return;
    const QTimeZone zone(ianaId);
    m_id = ianaId;
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    m_spans = {{std::numeric_limits<UtcSeconds>::min(), zone.offsetFromUtc(from)}};
    const auto transitions = zone.transitions(from, to);
    for (const auto &t : transitions) {
        if (t.offsetFromUtc != m_spans.last().offset)
            m_spans.append({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
    }
}

ClinicZone ClinicZone::cached(const QByteArray &ianaId)
{
    static QMutex mutex;
    static QHash<QByteArray, ClinicZone> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(ianaId);
    if (it == cache.end())
        it = cache.insert(ianaId, ClinicZone(ianaId));
    return *it;
}

int ClinicZone::offsetAt(UtcSeconds utc) const
{
    // Last span whose start is <= utc.
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), utc,
                               [](UtcSeconds v, const Span &s) { return v < s.from; });
    return std::prev(it)->offset;
}

UtcSeconds ClinicZone::fromWall(qint64 wall) const
{
    // Offsets never exceed ±14 h, so the offsets in force 14 h either side of
    // the reading are the only candidates. A candidate is right when applying
    // it lands on an instant that has that very offset.
    constexpr qint64 Reach = 14 * 3600;
    const int before = offsetAt(wall - Reach);
    if (offsetAt(wall - before) == before)
        return wall - before;
    const int after = offsetAt(wall + Reach);
    if (offsetAt(wall - after) == after)
        return wall - after;
    return wall - before; // in a gap: move forward by the gap
}

UtcSeconds ClinicZone::fromLocal(QDate date, int minuteOfDay) const
{
    return fromWall(wallOf(date, minuteOfDay));
}

QDate ClinicZone::dateOf(UtcSeconds utc) const
{
    return dateOfWall(toWall(utc));
}

int ClinicZone::minuteOfDay(UtcSeconds utc) const
{
    const qint64 wall = toWall(utc);
    return int((wall - floorDiv(wall, SecondsPerDay) * SecondsPerDay) / 60);
}

qint64 ClinicZone::wallOf(QDate date, int minuteOfDay)
{
    return (date.toJulianDay() - JulianDayOfEpoch) * SecondsPerDay + qint64(minuteOfDay) * 60;
}

QDate ClinicZone::dateOfWall(qint64 wall)
{
    return QDate::fromJulianDay(floorDiv(wall, SecondsPerDay) + JulianDayOfEpoch);
}

} // namespace tbib
