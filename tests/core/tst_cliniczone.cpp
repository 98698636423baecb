// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/cliniczone.h"

#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace tbib;

class TestClinicZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromLocal_data();
    void fromLocal();
    void agreesWithQDateTime_data();
    void agreesWithQDateTime();
    void unknownZoneIsUtc();
    void dateOfAcrossMidnight();
};

void TestClinicZone::fromLocal_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("utc");

    QTest::newRow("parisWinter") << QByteArray("Europe/Paris") << "2026-11-24 09:00" << "2026-11-24T08:00:00Z";
    QTest::newRow("parisSummer") << QByteArray("Europe/Paris") << "2026-07-01 09:00" << "2026-07-01T07:00:00Z";
    // 02:30 does not exist on 2026-03-29 in Paris: it moves forward by the gap.
    QTest::newRow("parisSpringGap") << QByteArray("Europe/Paris") << "2026-03-29 02:30" << "2026-03-29T01:30:00Z";
    QTest::newRow("parisSpringAfter") << QByteArray("Europe/Paris") << "2026-03-29 03:00" << "2026-03-29T01:00:00Z";
    // 02:30 happens twice on 2026-10-25: the first occurrence (summer time).
    QTest::newRow("parisFallBackFirst") << QByteArray("Europe/Paris") << "2026-10-25 02:30" << "2026-10-25T00:30:00Z";
    QTest::newRow("parisFallBackAfter") << QByteArray("Europe/Paris") << "2026-10-25 03:00" << "2026-10-25T02:00:00Z";
    // Morocco is UTC+1 except during Ramadan (UTC+0 from 2026-02-15 to 2026-03-22).
    QTest::newRow("casablancaNormal") << QByteArray("Africa/Casablanca") << "2026-02-09 09:00" << "2026-02-09T08:00:00Z";
    QTest::newRow("casablancaRamadan") << QByteArray("Africa/Casablanca") << "2026-02-16 09:00" << "2026-02-16T09:00:00Z";
    QTest::newRow("casablancaAfterRamadan") << QByteArray("Africa/Casablanca") << "2026-03-23 09:00" << "2026-03-23T08:00:00Z";
    QTest::newRow("casablancaSpringGap") << QByteArray("Africa/Casablanca") << "2026-03-22 02:30" << "2026-03-22T02:30:00Z";
}

void TestClinicZone::fromLocal()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, local);
    QFETCH(QString, utc);
    const ClinicZone z(zone);
    const UtcSeconds t = test::at(z, local);
    QCOMPARE(test::utcText(t), utc);
}

void TestClinicZone::agreesWithQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("paris") << QByteArray("Europe/Paris");
    QTest::newRow("casablanca") << QByteArray("Africa/Casablanca");
    QTest::newRow("newYork") << QByteArray("America/New_York");
}

// Every half hour of two years, the table gives the same offset and local
// date as Qt's own zone arithmetic.
void TestClinicZone::agreesWithQDateTime()
{
    QFETCH(QByteArray, zone);
    const ClinicZone z(zone);
    const QTimeZone qz(zone);
    const UtcSeconds from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (UtcSeconds t = from; t < from + 2 * 366 * 86400; t += 1800) {
        const QDateTime q = QDateTime::fromSecsSinceEpoch(t, qz);
        QCOMPARE(z.offsetAt(t), q.offsetFromUtc());
        QCOMPARE(z.dateOf(t), q.date());
        QCOMPARE(z.minuteOfDay(t), q.time().hour() * 60 + q.time().minute());
    }
}

void TestClinicZone::unknownZoneIsUtc()
{
    QVERIFY(!ClinicZone::isKnown("Mars/Olympus_Mons"));
    QVERIFY(ClinicZone::isKnown("Africa/Casablanca"));
    const ClinicZone z("Mars/Olympus_Mons");
    QCOMPARE(z.id(), QByteArray("UTC"));
    QCOMPARE(z.offsetAt(1'000'000'000), 0);
}

void TestClinicZone::dateOfAcrossMidnight()
{
    const ClinicZone z("Europe/Paris");
    // 23:30 UTC on the 24th is already the 25th in Paris.
    const UtcSeconds t = QDateTime(QDate(2026, 11, 24), QTime(23, 30), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(z.dateOf(t), QDate(2026, 11, 25));
    QCOMPARE(z.minuteOfDay(t), 30);
    QCOMPARE(z.startOfDay(QDate(2026, 11, 25)), t - 30 * 60);
}

QTEST_GUILESS_MAIN(TestClinicZone)
#include "tst_cliniczone.moc"
