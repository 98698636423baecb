// SPDX-License-Identifier: GPL-3.0-or-later
// Pure time-grid geometry and French texts (FULLCALENDAR-TIMEGRID.md §1, §1.1,
// §1.2, §3.2, §6.2, §8, scenarios 6–10, 12, 13, 15, 16 of §9).
#include "agenda/timegridgeometry.h"

#include "domain/workinghours.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace tbib;
using namespace tbib::agenda;

namespace {

qint64 hm(int h, int m = 0)
{
    return h * MsecsPerHour + m * MsecsPerMinute;
}

qint64 parseTime(const QString &hhmm)
{
    return hm(hhmm.section(u':', 0, 0).toInt(), hhmm.section(u':', 1, 1).toInt());
}

// An ISO instant with an offset, as FullCalendar's feed would give it.
UtcSeconds instant(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toSecsSinceEpoch();
}

QList<QDate> daysFrom(QDate first, int count)
{
    QList<QDate> days;
    for (int i = 0; i < count; ++i)
        days.append(first.addDays(i));
    return days;
}

} // namespace

class TestTimeGridGeometry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeToY_data();
    void timeToY();
    void yToTimeRoundTrip_data();
    void yToTimeRoundTrip();
    void rowCount_data();
    void rowCount();
    void snapping_data();
    void snapping();
    void dstDays_data();
    void dstDays();
    void slicing_data();
    void slicing();
    void endlessAndReversedEvents_data();
    void endlessAndReversedEvents();
    void labelInterval_data();
    void labelInterval();
    void slotLabels_data();
    void slotLabels();
    void frenchTitles_data();
    void frenchTitles();
    void frenchDayHeaders_data();
    void frenchDayHeaders();
    void weekStartsMonday_data();
    void weekStartsMonday();
    void dayColumns_data();
    void dayColumns();
    void eventSpanMirrorsInRtl_data();
    void eventSpanMirrorsInRtl();
    void visibleHoursFromWorkingHours_data();
    void visibleHoursFromWorkingHours();
};

void TestTimeGridGeometry::timeToY_data()
{
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<QString>("slotMax");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<double>("slotHeight");
    QTest::addColumn<QString>("time");
    QTest::addColumn<double>("y");
    QTest::newRow("midnight") << "00:00" << "24:00" << 30 << 20.0 << "00:00" << 0.0;
    QTest::newRow("nineOClock") << "00:00" << "24:00" << 30 << 20.0 << "09:00" << 360.0;
    QTest::newRow("tenPastTenIsFractional") << "00:00" << "24:00" << 30 << 20.0 << "10:10" << 406.0 + 2.0 / 3.0;
    QTest::newRow("endOfDay") << "00:00" << "24:00" << 30 << 20.0 << "24:00" << 960.0;
    QTest::newRow("beforeSlotMinClampsToTop") << "08:00" << "18:00" << 30 << 20.0 << "06:00" << 0.0;
    QTest::newRow("afterSlotMaxClampsToBottom") << "08:00" << "18:00" << 30 << 20.0 << "23:00" << 400.0;
    QTest::newRow("fromSlotMin") << "08:00" << "18:00" << 30 << 20.0 << "08:45" << 30.0;
    // Scenario 15: now = 10:15 with 40 px per hour → 410 px.
    QTest::newRow("nowIndicator40pxPerHour") << "00:00" << "24:00" << 30 << 20.0 << "10:15" << 410.0;
    QTest::newRow("fifteenMinuteSlots") << "07:00" << "19:00" << 15 << 24.0 << "09:20" << 9 * 24.0 + 8.0;
    // An overhanging last row (45-min slots up to 24:00) extends the grid.
    QTest::newRow("overhangingLastRow") << "00:00" << "24:00" << 45 << 30.0 << "24:00" << 960.0;
}

void TestTimeGridGeometry::timeToY()
{
    QFETCH(QString, slotMin);
    QFETCH(QString, slotMax);
    QFETCH(int, slotMinutes);
    QFETCH(double, slotHeight);
    QFETCH(QString, time);
    QFETCH(double, y);
    const TimeAxis axis{parseTime(slotMin), parseTime(slotMax), slotMinutes * MsecsPerMinute, slotHeight};
    QVERIFY2(qAbs(axis.yForTime(parseTime(time)) - y) < 1e-9,
             qPrintable(QString::number(axis.yForTime(parseTime(time)))));
}

void TestTimeGridGeometry::yToTimeRoundTrip_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<double>("slotHeight");
    for (const char *t : {"07:00", "07:05", "09:10", "12:30", "17:59", "20:00"}) {
        for (double h : {20.0, 27.5, 40.0})
            QTest::addRow("%s@%gpx", t, h) << QString::fromLatin1(t) << h;
    }
}

void TestTimeGridGeometry::yToTimeRoundTrip()
{
    QFETCH(QString, time);
    QFETCH(double, slotHeight);
    const TimeAxis axis{hm(7), hm(20), 30 * MsecsPerMinute, slotHeight};
    const qint64 t = parseTime(time);
    QCOMPARE(axis.timeForY(axis.yForTime(t)), t);
}

void TestTimeGridGeometry::rowCount_data()
{
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<QString>("slotMax");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("rows");
    QTest::newRow("fullDay30") << "00:00" << "24:00" << 30 << 48;
    QTest::newRow("window07to20") << "07:00" << "20:00" << 30 << 26;
    QTest::newRow("lastRowOverhangs45") << "00:00" << "24:00" << 45 << 32;
    QTest::newRow("desk15min") << "08:00" << "19:00" << 15 << 44;
}

void TestTimeGridGeometry::rowCount()
{
    QFETCH(QString, slotMin);
    QFETCH(QString, slotMax);
    QFETCH(int, slotMinutes);
    QFETCH(int, rows);
    const TimeAxis axis{parseTime(slotMin), parseTime(slotMax), slotMinutes * MsecsPerMinute, 20.0};
    QCOMPARE(axis.rowCount(), rows);
}

void TestTimeGridGeometry::snapping_data()
{
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<int>("snapMinutes");
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<double>("y");
    QTest::addColumn<QString>("start"); // empty = no hit
    QTest::addColumn<QString>("end");
    // Scenario 16: 40 % into the 09:00 row (row 18, 360 px) with 10-min snaps.
    QTest::newRow("snap10At40Percent") << 30 << 10 << "00:00" << 368.0 << "09:10" << "09:20";
    QTest::newRow("snap20DoesNotDivideFallsBackToSlot") << 30 << 20 << "00:00" << 368.0 << "09:00" << "09:30";
    QTest::newRow("snapLongerThanSlotIgnored") << 30 << 60 << "00:00" << 368.0 << "09:00" << "09:30";
    QTest::newRow("snap15SecondHalf") << 30 << 15 << "00:00" << 372.0 << "09:15" << "09:30";
    QTest::newRow("snap5LastOfRow") << 30 << 5 << "00:00" << 379.9 << "09:25" << "09:30";
    QTest::newRow("rowTopEdge") << 30 << 10 << "00:00" << 360.0 << "09:00" << "09:10";
    QTest::newRow("countsFromSlotMin") << 30 << 10 << "07:30" << 10.0 << "07:40" << "07:50";
    QTest::newRow("aboveGridNoHit") << 30 << 10 << "00:00" << -1.0 << "" << "";
    QTest::newRow("belowGridNoHit") << 30 << 10 << "00:00" << 960.0 << "" << "";
}

void TestTimeGridGeometry::snapping()
{
    QFETCH(int, slotMinutes);
    QFETCH(int, snapMinutes);
    QFETCH(QString, slotMin);
    QFETCH(double, y);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const TimeAxis axis{parseTime(slotMin), MsecsPerDay, slotMinutes * MsecsPerMinute, 20.0};
    const auto hit = hitAtY(axis, snapMinutes * MsecsPerMinute, y);
    QCOMPARE(hit.has_value(), !start.isEmpty());
    if (hit) {
        QCOMPARE(formatTimeOfDay(hit->start), start);
        QCOMPARE(formatTimeOfDay(hit->end), end);
    }
}

void TestTimeGridGeometry::dstDays_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("realHours");
    QTest::addColumn<QString>("from"); // instants with their offsets
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("drawnStart"); // wall clock
    QTest::addColumn<QString>("drawnEnd");
    QTest::addColumn<bool>("hasEnd");

    // Europe/Paris 2026 — 1 real hour drawn over the gap as 2 grid hours.
    QTest::newRow("dstSpringForwardParis2026") << QByteArray("Europe/Paris") << QDate(2026, 3, 29) << 23
        << "2026-03-29T01:30:00+01:00" << "2026-03-29T03:30:00+02:00" << "01:30" << "03:30" << true;
    QTest::newRow("dstSpringForwardParisUtcInput2026") << QByteArray("Europe/Paris") << QDate(2026, 3, 29) << 23
        << "2026-03-29T00:30:00Z" << "2026-03-29T01:30:00Z" << "01:30" << "03:30" << true;
    // The repeated hour: same wall start and end → end dropped, 1 h drawn.
    QTest::newRow("dstFallBackCollapsesParis2026") << QByteArray("Europe/Paris") << QDate(2026, 10, 25) << 25
        << "2026-10-25T02:30:00+02:00" << "2026-10-25T02:30:00+01:00" << "02:30" << "03:30" << false;
    QTest::newRow("dstFallBackTwoRealHoursParis2026") << QByteArray("Europe/Paris") << QDate(2026, 10, 25) << 25
        << "2026-10-25T01:30:00+02:00" << "2026-10-25T02:30:00+01:00" << "01:30" << "02:30" << true;
    // The spec's verified 2025 cases (scenario 9).
    QTest::newRow("dstSpringForwardParis2025") << QByteArray("Europe/Paris") << QDate(2025, 3, 30) << 23
        << "2025-03-30T01:30:00+01:00" << "2025-03-30T03:30:00+02:00" << "01:30" << "03:30" << true;
    QTest::newRow("dstFallBackCollapsesParis2025") << QByteArray("Europe/Paris") << QDate(2025, 10, 26) << 25
        << "2025-10-26T02:30:00+02:00" << "2025-10-26T02:30:00+01:00" << "02:30" << "03:30" << false;
    QTest::newRow("dstFallBackTwoRealHoursParis2025") << QByteArray("Europe/Paris") << QDate(2025, 10, 26) << 25
        << "2025-10-26T01:30:00+02:00" << "2025-10-26T02:30:00+01:00" << "01:30" << "02:30" << true;
    // Africa/Casablanca: +01 → +00 before Ramadan, back after (scenario 10;
    // 2025 dates from the spec, 2026 from the installed tzdata).
    QTest::newRow("dstRamadanStartCollapsesCasablanca2025") << QByteArray("Africa/Casablanca") << QDate(2025, 2, 23) << 25
        << "2025-02-23T02:30:00+01:00" << "2025-02-23T02:30:00+00:00" << "02:30" << "03:30" << false;
    QTest::newRow("dstRamadanStartThreeHoursCasablanca2025") << QByteArray("Africa/Casablanca") << QDate(2025, 2, 23) << 25
        << "2025-02-23T01:30:00+01:00" << "2025-02-23T03:30:00+00:00" << "01:30" << "03:30" << true;
    QTest::newRow("dstRamadanEndCasablanca2025") << QByteArray("Africa/Casablanca") << QDate(2025, 4, 6) << 23
        << "2025-04-06T01:30:00+00:00" << "2025-04-06T03:30:00+01:00" << "01:30" << "03:30" << true;
    QTest::newRow("dstRamadanStartCollapsesCasablanca2026") << QByteArray("Africa/Casablanca") << QDate(2026, 2, 15) << 25
        << "2026-02-15T02:30:00+01:00" << "2026-02-15T02:30:00+00:00" << "02:30" << "03:30" << false;
    QTest::newRow("dstRamadanEndCasablanca2026") << QByteArray("Africa/Casablanca") << QDate(2026, 3, 22) << 23
        << "2026-03-22T01:30:00+00:00" << "2026-03-22T03:30:00+01:00" << "01:30" << "03:30" << true;
    QTest::newRow("ordinaryDayParis") << QByteArray("Europe/Paris") << QDate(2026, 3, 30) << 24
        << "2026-03-30T09:00:00+02:00" << "2026-03-30T09:45:00+02:00" << "09:00" << "09:45" << true;
}

// Spec §8.2: the grid is 24 wall hours every day; positions are wall clock.
void TestTimeGridGeometry::dstDays()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(int, realHours);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, drawnStart);
    QFETCH(QString, drawnEnd);
    QFETCH(bool, hasEnd);

    QVERIFY(ClinicZone::isKnown(zone));
    const ClinicZone clinic(zone);
    QCOMPARE(realHoursInDay(clinic, day), realHours);

    const TimeAxis axis; // 00:00–24:00, 30 min = 20 px
    QCOMPARE(axis.rowCount(), 48); // same rows on a 23 h or 25 h day

    const WallEvent ev = wallEvent(wallMsecs(clinic, instant(from)), wallMsecs(clinic, instant(to)));
    QCOMPARE(ev.hasEnd, hasEnd);
    const auto segments = sliceIntoDays(ev, {day}, axis);
    QCOMPARE(segments.size(), 1);
    QCOMPARE(formatTimeOfDay(segments.at(0).start), drawnStart);
    QCOMPARE(formatTimeOfDay(segments.at(0).end), drawnEnd);
    // And the pixels follow the wall clock: 01:30 is 60 px down whatever the offset.
    QCOMPARE(axis.yForTime(segments.at(0).start), axis.yForTime(parseTime(drawnStart)));
}

void TestTimeGridGeometry::slicing_data()
{
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<QString>("slotMax");
    QTest::addColumn<QDateTime>("start"); // wall clock
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("expected"); // "dayIndex HH:mm-HH:mm [S][E]; …"

    const QDate mon(2025, 3, 24);
    auto at = [mon](int day, int h, int m = 0) { return QDateTime(mon.addDays(day), QTime(h, m), Qt::UTC); };
    // Scenario 6: crossing midnight, clipped to 07:00–20:00.
    QTest::newRow("crossingMidnightClipped") << "07:00" << "20:00" << at(1, 18) << at(2, 9)
        << "1 18:00-20:00 S; 2 07:00-09:00 E";
    QTest::newRow("threeDaysMiddleIsWholeWindow") << "07:00" << "20:00" << at(3, 10) << at(5, 11)
        << "3 10:00-20:00 S; 4 07:00-20:00; 5 07:00-11:00 E";
    // Scenario 7: outside the window is not rendered; straddling is clipped.
    QTest::newRow("beforeWindowNotRendered") << "08:00" << "18:00" << at(0, 6) << at(0, 7) << "";
    QTest::newRow("atWindowEndNotRendered") << "08:00" << "18:00" << at(0, 18) << at(0, 19) << "";
    QTest::newRow("straddlesWindowStart") << "08:00" << "18:00" << at(0, 7, 30) << at(0, 8, 30)
        << "0 08:00-08:30 E";
    QTest::newRow("straddlesWindowEnd") << "08:00" << "18:00" << at(0, 17, 30) << at(0, 19)
        << "0 17:30-18:00 S";
    // Spec §3.2: an exclusive end at midnight leaves nothing on the next day.
    QTest::newRow("endingAtMidnightStaysOnItsDay") << "00:00" << "24:00" << at(0, 22) << at(1, 0)
        << "0 22:00-00:00 SE";
    QTest::newRow("afterLastDayNotRendered") << "00:00" << "24:00" << at(7, 9) << at(7, 10) << "";
}

void TestTimeGridGeometry::slicing()
{
    QFETCH(QString, slotMin);
    QFETCH(QString, slotMax);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, expected);
    const TimeAxis axis{parseTime(slotMin), parseTime(slotMax), 30 * MsecsPerMinute, 20.0};
    const WallEvent ev{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), true};
    QStringList got;
    for (const DaySegment &s : sliceIntoDays(ev, daysFrom(QDate(2025, 3, 24), 7), axis)) {
        QString flags;
        if (s.isStart)
            flags += u'S';
        if (s.isEnd)
            flags += u'E';
        const QString text = QString::number(s.dayIndex) + u' ' + formatTimeOfDay(s.start) + u'-'
            + formatTimeOfDay(s.end) + u' ' + flags;
        got.append(text.trimmed());
    }
    QCOMPARE(got.join(u"; "), expected);
}

void TestTimeGridGeometry::endlessAndReversedEvents_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty = no end
    QTest::addColumn<int>("defaultMinutes");
    QTest::addColumn<QString>("drawnEnd");
    QTest::addColumn<bool>("hasEnd");
    // Scenario 8.
    QTest::newRow("zeroDurationDrawnOneHour") << "09:00" << "09:00" << 60 << "10:00" << false;
    QTest::newRow("reversedDrawnOneHour") << "14:00" << "13:00" << 60 << "15:00" << false;
    QTest::newRow("noEndDrawnOneHour") << "09:00" << "" << 60 << "10:00" << false;
    QTest::newRow("defaultDuration30") << "09:00" << "" << 30 << "09:30" << false;
    QTest::newRow("ordinaryKeepsEnd") << "09:00" << "09:45" << 60 << "09:45" << true;
}

void TestTimeGridGeometry::endlessAndReversedEvents()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, defaultMinutes);
    QFETCH(QString, drawnEnd);
    QFETCH(bool, hasEnd);
    const auto endMs = end.isEmpty() ? std::nullopt : std::optional<qint64>(parseTime(end));
    const WallEvent ev = wallEvent(parseTime(start), endMs, defaultMinutes * MsecsPerMinute);
    QCOMPARE(formatTimeOfDay(ev.end), drawnEnd);
    QCOMPARE(ev.hasEnd, hasEnd);
}

void TestTimeGridGeometry::labelInterval_data()
{
    QTest::addColumn<int>("slotSeconds");
    QTest::addColumn<int>("intervalSeconds");
    // The spec's examples (§1 slotLabelInterval).
    QTest::newRow("slot30min") << 1800 << 3600;
    QTest::newRow("slot15min") << 900 << 1800;
    QTest::newRow("slot10min") << 600 << 1800;
    QTest::newRow("slot5min") << 300 << 900;
    QTest::newRow("slot20min") << 1200 << 3600;
    QTest::newRow("slot1h") << 3600 << 3600;
    QTest::newRow("slot45min") << 2700 << 2700;
    QTest::newRow("slot15s") << 15 << 30;
}

void TestTimeGridGeometry::labelInterval()
{
    QFETCH(int, slotSeconds);
    QFETCH(int, intervalSeconds);
    QCOMPARE(autoSlotLabelInterval(slotSeconds * 1000LL), intervalSeconds * 1000LL);
}

void TestTimeGridGeometry::slotLabels_data()
{
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<int>("slotMinutes");
    QTest::addColumn<QString>("firstRows"); // "-" = unlabelled (minor) row
    QTest::newRow("default30min") << "00:00" << 30 << "00:00 - 01:00 - 02:00";
    QTest::newRow("desk15min") << "08:00" << 15 << "08:00 - 08:30 - 09:00";
    // Verified: labels count from slotMinTime, so 07:30 + 20 min labels 7:30, 8:30…
    QTest::newRow("offHourSlotMin20min") << "07:30" << 20 << "07:30 - - 08:30 - - 09:30";
    QTest::newRow("slot45EveryRow") << "00:00" << 45 << "00:00 00:45 01:30 02:15";
}

void TestTimeGridGeometry::slotLabels()
{
    QFETCH(QString, slotMin);
    QFETCH(int, slotMinutes);
    QFETCH(QString, firstRows);
    const TimeAxis axis{parseTime(slotMin), MsecsPerDay, slotMinutes * MsecsPerMinute, 20.0};
    const auto labels = tbib::agenda::slotLabels(axis);
    QCOMPARE(labels.size(), axis.rowCount());
    const QStringList expected = firstRows.split(u' ');
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const bool minor = expected.at(i) == u"-";
        QCOMPARE(labels.at(i).isMajor, !minor);
        QCOMPARE(labels.at(i).text, minor ? QString() : expected.at(i));
        QCOMPARE(labels.at(i).row, int(i));
    }
}

void TestTimeGridGeometry::frenchTitles_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("multiDay");
    QTest::addColumn<QString>("title");
    // Spec §1.1 verified French table.
    QTest::newRow("weekInOneMonth") << QDate(2025, 3, 24) << QDate(2025, 3, 30) << true << "24 – 30 mars 2025";
    QTest::newRow("weekAcrossMonths") << QDate(2025, 3, 31) << QDate(2025, 4, 6) << true << "31 mars – 6 avr. 2025";
    QTest::newRow("aprilToMay") << QDate(2025, 4, 28) << QDate(2025, 5, 4) << true << "28 avr. – 4 mai 2025";
    QTest::newRow("juneToJuly") << QDate(2025, 6, 30) << QDate(2025, 7, 6) << true << "30 juin – 6 juil. 2025";
    QTest::newRow("septemberToOctober") << QDate(2025, 9, 29) << QDate(2025, 10, 5) << true
        << "29 sept. – 5 oct. 2025";
    QTest::newRow("weekAcrossYears") << QDate(2025, 12, 29) << QDate(2026, 1, 4) << true
        << "29 déc. 2025 – 4 janv. 2026";
    QTest::newRow("weekendsHidden") << QDate(2025, 3, 31) << QDate(2025, 4, 4) << true << "31 mars – 4 avr. 2025";
    QTest::newRow("dayView") << QDate(2025, 4, 2) << QDate(2025, 4, 2) << false << "2 avril 2025";
    QTest::newRow("dayViewFirstOfMonthNoOrdinal") << QDate(2025, 5, 1) << QDate(2025, 5, 1) << false << "1 mai 2025";
    QTest::newRow("dayViewDecember") << QDate(2025, 12, 31) << QDate(2025, 12, 31) << false << "31 décembre 2025";
    // Scenario 13 (navigation, validRange clipping).
    QTest::newRow("nextWeekFrom31March") << QDate(2025, 4, 7) << QDate(2025, 4, 13) << true << "7 – 13 avr. 2025";
    QTest::newRow("validRangeClipsStart") << QDate(2025, 4, 2) << QDate(2025, 4, 6) << true << "2 – 6 avr. 2025";
    QTest::newRow("validRangeClipsEnd") << QDate(2025, 4, 7) << QDate(2025, 4, 9) << true << "7 – 9 avr. 2025";
    // A week view clipped to one day keeps the week's short format.
    QTest::newRow("weekClippedToOneDay") << QDate(2025, 4, 9) << QDate(2025, 4, 9) << true << "9 avr. 2025";
    QTest::newRow("dstWeekParis2026") << QDate(2026, 3, 23) << QDate(2026, 3, 29) << true << "23 – 29 mars 2026";
    QTest::newRow("februaryAndAugust") << QDate(2026, 2, 2) << QDate(2026, 8, 2) << true
        << "2 févr. – 2 août 2026";
}

void TestTimeGridGeometry::frenchTitles()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, multiDay);
    QFETCH(QString, title);
    QCOMPARE(frenchTitle(first, last, multiDay), title);
}

void TestTimeGridGeometry::frenchDayHeaders_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("header");
    QTest::newRow("weekMonday24") << QDate(2025, 3, 24) << 7 << "lun. 24/03";
    QTest::newRow("weekTuesday25") << QDate(2025, 3, 25) << 7 << "mar. 25/03";
    QTest::newRow("weekSunday30") << QDate(2025, 3, 30) << 7 << "dim. 30/03";
    // Scenario 12: "lun. 31/03 … dim. 06/04".
    QTest::newRow("monday31") << QDate(2025, 3, 31) << 7 << "lun. 31/03";
    QTest::newRow("wednesday02") << QDate(2025, 4, 2) << 7 << "mer. 02/04";
    QTest::newRow("thursday03") << QDate(2025, 4, 3) << 7 << "jeu. 03/04";
    QTest::newRow("friday04") << QDate(2025, 4, 4) << 5 << "ven. 04/04";
    QTest::newRow("saturday05") << QDate(2025, 4, 5) << 7 << "sam. 05/04";
    QTest::newRow("sunday06") << QDate(2025, 4, 6) << 7 << "dim. 06/04";
    QTest::newRow("dayViewMonday") << QDate(2025, 3, 24) << 1 << "lundi";
    QTest::newRow("dayViewSunday") << QDate(2025, 4, 6) << 1 << "dimanche";
    QTest::newRow("moreThanTenColumns") << QDate(2025, 3, 24) << 14 << "lun.";
}

void TestTimeGridGeometry::frenchDayHeaders()
{
    QFETCH(QDate, day);
    QFETCH(int, columns);
    QFETCH(QString, header);
    QCOMPARE(frenchDayHeader(day, columns), header);
}

void TestTimeGridGeometry::weekStartsMonday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("monday") << QDate(2025, 3, 24) << QDate(2025, 3, 24);
    QTest::newRow("wednesday") << QDate(2025, 4, 2) << QDate(2025, 3, 31);
    QTest::newRow("sunday") << QDate(2025, 3, 30) << QDate(2025, 3, 24);
    QTest::newRow("acrossYears") << QDate(2026, 1, 1) << QDate(2025, 12, 29);
}

void TestTimeGridGeometry::weekStartsMonday()
{
    QFETCH(QDate, date);
    QFETCH(QDate, monday);
    QCOMPARE(startOfWeek(date), monday);
}

void TestTimeGridGeometry::dayColumns_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("day");
    QTest::addColumn<double>("leftOfDay");
    // 7 columns across 700 px.
    QTest::newRow("ltrFirstDayOnTheLeft") << int(Qt::LeftToRight) << 50.0 << 0 << 0.0;
    QTest::newRow("ltrThirdDay") << int(Qt::LeftToRight) << 250.0 << 2 << 200.0;
    QTest::newRow("ltrLastDay") << int(Qt::LeftToRight) << 699.0 << 6 << 600.0;
    // Arabic UI: the first day (Monday) is the rightmost column.
    QTest::newRow("rtlFirstDayOnTheRight") << int(Qt::RightToLeft) << 650.0 << 0 << 600.0;
    QTest::newRow("rtlThirdDay") << int(Qt::RightToLeft) << 450.0 << 2 << 400.0;
    QTest::newRow("rtlLastDayOnTheLeft") << int(Qt::RightToLeft) << 10.0 << 6 << 0.0;
    QTest::newRow("outsideLeft") << int(Qt::LeftToRight) << -1.0 << -1 << 0.0;
    QTest::newRow("outsideRight") << int(Qt::RightToLeft) << 700.0 << -1 << 0.0;
}

void TestTimeGridGeometry::dayColumns()
{
    QFETCH(int, direction);
    QFETCH(double, x);
    QFETCH(int, day);
    QFETCH(double, leftOfDay);
    const DayColumns columns{7, 700.0, Qt::LayoutDirection(direction)};
    QCOMPARE(columns.dayAt(x), day);
    if (day >= 0)
        QCOMPARE(columns.columnLeft(day), leftOfDay);
}

void TestTimeGridGeometry::eventSpanMirrorsInRtl_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<double>("nearFraction");
    QTest::addColumn<double>("farFraction");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    // Column 202 px: event area = 202 − 2 − 5.05 = 194.95 px.
    QTest::newRow("ltrFullWidth") << int(Qt::LeftToRight) << 0.0 << 1.0 << 2.0 << 196.95;
    QTest::newRow("ltrSecondHalf") << int(Qt::LeftToRight) << 0.5 << 1.0 << 99.475 << 196.95;
    QTest::newRow("rtlFullWidth") << int(Qt::RightToLeft) << 0.0 << 1.0 << 5.05 << 200.0;
    QTest::newRow("rtlFirstHalfIsOnTheRight") << int(Qt::RightToLeft) << 0.0 << 0.5 << 102.525 << 200.0;
}

void TestTimeGridGeometry::eventSpanMirrorsInRtl()
{
    QFETCH(int, direction);
    QFETCH(double, nearFraction);
    QFETCH(double, farFraction);
    QFETCH(double, left);
    QFETCH(double, right);
    const HorizontalSpan span = eventSpan(202.0, nearFraction, farFraction, Qt::LayoutDirection(direction));
    QVERIFY2(qAbs(span.left - left) < 1e-9, qPrintable(QString::number(span.left)));
    QVERIFY2(qAbs(span.right - right) < 1e-9, qPrintable(QString::number(span.right)));
}

void TestTimeGridGeometry::visibleHoursFromWorkingHours_data()
{
    QTest::addColumn<QList<QDate>>("days");
    QTest::addColumn<int>("alignMinutes");
    QTest::addColumn<QString>("slotMin");
    QTest::addColumn<QString>("slotMax");
    const QList<QDate> week = daysFrom(QDate(2025, 3, 24), 7);
    // Mon 09:00–12:30 + 14:00–18:30, Tue 08:15–12:00, Sat nothing.
    QTest::newRow("weekEarliestAndLatestWholeHours") << week << 60 << "08:00" << "19:00";
    QTest::newRow("weekHalfHourAlignment") << week << 30 << "08:00" << "18:30";
    QTest::newRow("mondayOnly") << QList<QDate>{QDate(2025, 3, 24)} << 60 << "09:00" << "19:00";
    QTest::newRow("dayWithoutHoursFallsBack") << QList<QDate>{QDate(2025, 3, 29)} << 60 << "08:00" << "18:00";
}

void TestTimeGridGeometry::visibleHoursFromWorkingHours()
{
    QFETCH(QList<QDate>, days);
    QFETCH(int, alignMinutes);
    QFETCH(QString, slotMin);
    QFETCH(QString, slotMax);
    WorkingHours hours;
    QVERIFY(hours.setIntervals(Qt::Monday, {{9 * 60, 12 * 60 + 30}, {14 * 60, 18 * 60 + 30}}));
    QVERIFY(hours.setIntervals(Qt::Tuesday, {{8 * 60 + 15, 12 * 60}}));
    const VisibleHours window = visibleHours(hours, days, alignMinutes * MsecsPerMinute);
    QCOMPARE(formatTimeOfDay(window.slotMinTime), slotMin);
    QCOMPARE(window.slotMaxTime, parseTime(slotMax));

    // An appointment outside the hours widens the window instead of vanishing.
    const VisibleHours widened = widenedToInclude(window, hm(19, 15), hm(19, 45));
    QCOMPARE(widened.slotMinTime, window.slotMinTime);
    QCOMPARE(widened.slotMaxTime, hm(20));
}

QTEST_GUILESS_MAIN(TestTimeGridGeometry)
#include "tst_timegridgeometry.moc"
