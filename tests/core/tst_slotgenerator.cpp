// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/slotgenerator.h"

#include "schedulefixture.h"

#include <QTest>

using namespace tbib;
using namespace tbib::test;

namespace {

QString slotText(const ScheduleContext &c, const QList<TimeRange> &slots)
{
    QStringList out;
    for (const auto &s : slots)
        out << wallText(c.zone, s.start);
    return out.join(u' ');
}

} // namespace


class TestSlotGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleDay_data();
    void singleDay();
    void ranges_data();
    void ranges();
    void slotsAreWholeTypeDurations();
    void blockedRule_data();
    void blockedRule();
};

void TestSlotGenerator::singleDay_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("error");    // expected error code, or empty
    QTest::addColumn<int>("count");        // -1: don't check
    QTest::addColumn<QString>("exact");    // the whole list of local starts, or empty
    QTest::addColumn<QStringList>("included");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QString>("firstUtc"); // ISO instant of the first slot, or empty

    const QString tue = QStringLiteral("2026-11-24");
    auto add = [](const char *name, const Row &row, const QString &date, const QString &error, int count,
                  const QString &exact = {}, const QStringList &inc = {}, const QStringList &exc = {},
                  const QString &firstUtc = {}) {
        QTest::newRow(name) << row << date << error << count << exact << inc << exc << firstUtc;
    };

    Row r;
    add("fifteenMinuteType", r, tue, {}, 32, {}, {"09:00", "12:15", "14:00", "18:15"}, {"12:30", "13:00", "18:30"},
        "2026-11-24T08:00:00Z");
    r.duration = 20;
    add("twentyMinuteType", r, tue, {}, 23,
        "09:00 09:20 09:40 10:00 10:20 10:40 11:00 11:20 11:40 12:00 "
        "14:00 14:20 14:40 15:00 15:20 15:40 16:00 16:20 16:40 17:00 17:20 17:40 18:00");
    r.duration = 45;
    add("fortyFiveMinuteType", r, tue, {}, 10, "09:00 09:45 10:30 11:15 14:00 14:45 15:30 16:15 17:00 17:45");

    r = Row();
    r.duration = 45;
    r.hours = QStringLiteral("09:00-12:30 13:50-16:00");
    add("lunchBreakRestartsAlignment", r, tue, {}, 6, "09:00 09:45 10:30 11:15 13:50 14:35");

    add("closedWeekday", Row(), QStringLiteral("2026-11-29"), {}, 0);
    add("saturdayMorning", Row(), QStringLiteral("2026-11-28"), {}, 12, {}, {"09:00", "11:45"}, {"12:00"});

    r = Row();
    r.absences = QStringList{"2026-11-24 00:00|2026-11-25 00:00"};
    add("absenceWholeDay", r, tue, {}, 0);
    r.absences = QStringList{"2026-11-24 10:00|2026-11-24 11:00"};
    add("absencePartOfDay", r, tue, {}, 28, {}, {"09:45", "11:00"}, {"10:00", "10:15", "10:30", "10:45"});
    r.absences = QStringList{"2026-11-23 15:00|2026-11-25 10:00"};
    add("absenceSpanningDaysMiddle", r, tue, {}, 0);
    add("absenceSpanningDaysLastDay", r, QStringLiteral("2026-11-25"), {}, 28, {}, {"10:00"}, {"09:45"});

    r = Row();
    r.appointments = QStringList{"2026-11-24 10:10|2026-11-24 10:40"};
    add("offGridAppointmentConflicts", r, tue, {}, 29, {}, {"09:45", "10:45"}, {"10:00", "10:15", "10:30"});
    r.duration = 45;
    add("offGridAppointmentLongType", r, tue, {}, 8, "09:00 11:15 14:00 14:45 15:30 16:15 17:00 17:45");
    r = Row();
    r.appointments = QStringList{"2026-11-24 09:00|2026-11-24 09:15"};
    add("touchingAppointmentDoesNotBlock", r, tue, {}, 31, {}, {"09:15"}, {"09:00"});
    r.appointments = QStringList{"2026-11-24 08:00|2026-11-24 12:30", "2026-11-24 12:00|2026-11-24 19:00"};
    add("overlappingAppointmentsFillDay", r, tue, {}, 0);

    r = Row();
    r.now = QStringLiteral("2026-11-24 10:05");
    add("thePastToday", r, tue, {}, 27, {}, {"10:15"}, {"09:00", "10:00"});
    add("thePastDay", r, QStringLiteral("2026-11-20"), {}, 0);
    r.minNotice = 60;
    add("minimumNotice", r, tue, {}, 23, {}, {"11:15"}, {"11:00"});
    r.minNotice = 24 * 60;
    add("minimumNoticeNextDay", r, QStringLiteral("2026-11-25"), {}, 27, {}, {"10:15"}, {"10:00"});

    r = Row();
    r.horizonDays = 2;
    add("horizonInside", r, tue, {}, 32);
    add("horizonOutside", r, QStringLiteral("2026-11-26"), {}, 0);
    r.now = QStringLiteral("2026-11-23 10:00");
    add("horizonBoundary", r, QStringLiteral("2026-11-25"), {}, 4, "09:00 09:15 09:30 09:45");

    r = Row();
    r.emergencyOnly = true;
    r.now = QStringLiteral("2026-11-24 07:00");
    add("emergencyToday", r, tue, {}, 32);
    add("emergencyTomorrow", r, QStringLiteral("2026-11-25"), {}, 32);
    add("emergencyAfterTomorrow", r, QStringLiteral("2026-11-26"), QStringLiteral("emergency_only"), -1);

    r = Row();
    r.requireExisting = true;
    add("existingRequiredUnknownPatient", r, tue, QStringLiteral("existing_patient_required"), -1);
    r.patient = QStringLiteral("new");
    add("existingRequiredNoPastVisit", r, tue, QStringLiteral("existing_patient_required"), -1);
    r.patient = QStringLiteral("followed");
    add("existingRequiredFollowedPatient", r, tue, {}, 32);
    r = Row();
    r.patient = QStringLiteral("blocked");
    add("blockedPatient", r, tue, QStringLiteral("patient_blocked"), -1);
    r.requireExisting = true;
    r.emergencyOnly = true;
    add("emergencyBeforeBlocked", r, QStringLiteral("2026-12-01"), QStringLiteral("emergency_only"), -1);

    // DST. Working hours are wall-clock; each interval's bounds are converted
    // once and slots run in real minutes from the start.
    r = Row();
    r.now = QStringLiteral("2026-03-20 07:00");
    add("dstParisSaturdayBefore", r, QStringLiteral("2026-03-28"), {}, 12, {}, {"09:00"}, {}, "2026-03-28T08:00:00Z");
    add("dstParisMondayAfter", r, QStringLiteral("2026-03-30"), {}, 32, {}, {"09:00"}, {}, "2026-03-30T07:00:00Z");
    r.hours = QStringLiteral("01:00-04:00");
    r.duration = 30;
    add("dstSpringForwardParis", r, QStringLiteral("2026-03-29"), {}, 4, "01:00 01:30 03:00 03:30", {}, {},
        "2026-03-29T00:00:00Z");
    r.now = QStringLiteral("2026-10-20 07:00");
    add("dstFallBackParis", r, QStringLiteral("2026-10-25"), {}, 8, "01:00 01:30 02:00 02:30 02:00 02:30 03:00 03:30");
    r.zone = "Africa/Casablanca";
    r.now = QStringLiteral("2026-03-16 07:00");
    add("dstSpringForwardCasablanca", r, QStringLiteral("2026-03-22"), {}, 4, "01:00 01:30 03:00 03:30", {}, {},
        "2026-03-22T01:00:00Z");
    r.now = QStringLiteral("2026-02-10 07:00");
    add("dstRamadanStartCasablanca", r, QStringLiteral("2026-02-15"), {}, 8,
        "01:00 01:30 02:00 02:30 02:00 02:30 03:00 03:30");
    r = Row();
    r.zone = "Africa/Casablanca";
    r.now = QStringLiteral("2026-02-10 07:00");
    add("ramadanWorkdayCasablanca", r, QStringLiteral("2026-02-17"), {}, 32, {}, {"09:00"}, {}, "2026-02-17T09:00:00Z");
    add("normalWorkdayCasablanca", r, QStringLiteral("2026-02-10"), {}, 32, {}, {"09:00"}, {}, "2026-02-10T08:00:00Z");
}

void TestSlotGenerator::singleDay()
{
    QFETCH(Row, row);
    QFETCH(QString, date);
    QFETCH(QString, error);
    QFETCH(int, count);
    QFETCH(QString, exact);
    QFETCH(QStringList, included);
    QFETCH(QStringList, excluded);
    QFETCH(QString, firstUtc);

    const ScheduleContext c = makeContext(row);
    const auto slots = generateSlots(c, DateSpan::day(QDate::fromString(date, Qt::ISODate)));
    if (!error.isEmpty()) {
        QVERIFY2(!slots, qPrintable(slots ? slotText(c, *slots) : QString()));
        QCOMPARE(slots.error().codeName(), error);
        return;
    }
    QVERIFY2(slots, qPrintable(slots ? QString() : slots.error().codeName()));
    const QString text = slotText(c, *slots);
    if (count >= 0)
        QVERIFY2(slots->size() == count, qPrintable(QStringLiteral("%1 slots: %2").arg(slots->size()).arg(text)));
    if (!exact.isEmpty())
        QCOMPARE(text, exact);
    const QStringList starts = text.split(u' ', Qt::SkipEmptyParts);
    for (const auto &t : included)
        QVERIFY2(starts.contains(t), qPrintable(t + u" missing from " + text));
    for (const auto &t : excluded)
        QVERIFY2(!starts.contains(t), qPrintable(t + u" should not be in " + text));
    if (!firstUtc.isEmpty())
        QCOMPARE(utcText(slots->first().start), firstUtc);
}

void TestSlotGenerator::ranges_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("endExclusive");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastDate"); // local date of the last slot

    Row r;
    // Mon 23 (from 07:00, so all 32) … Sun 29: five weekdays of 32 + Saturday's 12.
    QTest::newRow("oneWeek") << r << "2026-11-23" << "2026-11-30" << QString() << 5 * 32 + 12 << "2026-11-28";
    QTest::newRow("sixtyTwoDays") << r << "2026-11-23" << "2027-01-24" << QString() << -1 << "2027-01-21";
    QTest::newRow("sixtyThreeDaysRefused") << r << "2026-11-23" << "2027-01-25" << "invalid_input" << -1 << "";
    QTest::newRow("reversedRefused") << r << "2026-11-25" << "2026-11-24" << "invalid_input" << -1 << "";
    r.emergencyOnly = true;
    QTest::newRow("emergencyRangeClipped") << r << "2026-11-23" << "2026-11-30" << QString() << 64 << "2026-11-24";
    QTest::newRow("emergencyRangeLater") << r << "2026-11-26" << "2026-11-30" << QString() << 0 << "";
    r = Row();
    r.horizonDays = 3;
    QTest::newRow("rangeClippedByHorizon") << r << "2026-11-23" << "2026-11-30" << QString() << 3 * 32 << "2026-11-25";
}

void TestSlotGenerator::ranges()
{
    QFETCH(Row, row);
    QFETCH(QString, first);
    QFETCH(QString, endExclusive);
    QFETCH(QString, error);
    QFETCH(int, count);
    QFETCH(QString, lastDate);

    const ScheduleContext c = makeContext(row);
    const auto slots = generateSlots(c, DateSpan::range(QDate::fromString(first, Qt::ISODate),
                                                        QDate::fromString(endExclusive, Qt::ISODate)));
    if (!error.isEmpty()) {
        QVERIFY(!slots);
        QCOMPARE(slots.error().codeName(), error);
        return;
    }
    QVERIFY(slots);
    if (count >= 0)
        QCOMPARE(slots->size(), count);
    if (!lastDate.isEmpty())
        QCOMPARE(c.zone.dateOf(slots->last().start).toString(Qt::ISODate), lastDate);
    // Increasing, never overlapping, never in the past.
    for (qsizetype i = 1; i < slots->size(); ++i)
        QVERIFY(slots->at(i - 1).end <= slots->at(i).start);
    for (const auto &s : *slots)
        QVERIFY(s.start >= c.now);
}

void TestSlotGenerator::slotsAreWholeTypeDurations()
{
    Row r;
    r.duration = 30;
    r.appointments = QStringList{"2026-11-24 09:40|2026-11-24 10:05", "2026-11-24 16:00|2026-11-24 17:00"};
    const ScheduleContext c = makeContext(r);
    const auto slots = generateSlots(c, DateSpan::day(QDate(2026, 11, 24)));
    QVERIFY(slots);
    for (const auto &s : *slots) {
        QCOMPARE(s.seconds(), 30 * 60);
        for (const auto &busy : c.appointments)
            QVERIFY(!busy.overlaps(s));
    }
    QCOMPARE(slotText(c, *slots),
             QStringLiteral("09:00 10:30 11:00 11:30 12:00 14:00 14:30 15:00 15:30 17:00 17:30 18:00"));
}

void TestSlotGenerator::blockedRule_data()
{
    QTest::addColumn<bool>("flag");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("blocked");
    QTest::newRow("notBlocked") << false << 0 << 3 << false;
    QTest::newRow("blockedByFlag") << true << 0 << 3 << true;
    QTest::newRow("belowLimit") << false << 2 << 3 << false;
    QTest::newRow("blockedByCount") << false << 3 << 3 << true;
    QTest::newRow("aboveLimit") << false << 5 << 3 << true;
    QTest::newRow("doctorLimitOne") << false << 1 << 1 << true;
    QTest::newRow("limitZeroMeansNever") << false << 9 << 0 << false;
}

void TestSlotGenerator::blockedRule()
{
    QFETCH(bool, flag);
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(bool, blocked);
    Patient p;
    p.blocked = flag;
    p.noShowCount = count;
    Doctor d;
    d.noShowLimit = limit;
    QCOMPARE(isBlockedFor(p, d), blocked);
}

QTEST_GUILESS_MAIN(TestSlotGenerator)
#include "tst_slotgenerator.moc"
