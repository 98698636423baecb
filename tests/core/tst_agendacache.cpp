// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicfixture.h"

#include "service/agendacache.h"

#include <QRandomGenerator>

using namespace tbib;
using namespace tbib::test;

// The agenda cache answers exactly what the database would: the same views
// and busy time as ClinicStore's window reads, for any window, and never an
// answer from before a change, whoever made the change.
class TestAgendaCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameAnswersAsTheDatabase();
    void followsWritesOfThisConnection();
    void followsWritesOfAnotherConnection();
    void serviceSlotsFollowABooking();
    void refusesAnUnboundedWindow();

private:
    static QList<qint64> ids(const QList<AppointmentView> &views);
    [[nodiscard]] qint64 stamp() const { return f->db->changeStamp().value(); }
    std::unique_ptr<ClinicFixture> f;
};

void TestAgendaCache::init()
{
    f = std::make_unique<ClinicFixture>();
    QVERIFY(f->setUp());
}

void TestAgendaCache::cleanup()
{
    f.reset();
}

QList<qint64> TestAgendaCache::ids(const QList<AppointmentView> &views)
{
    QList<qint64> out;
    for (const auto &v : views)
        out.append(v.appointment.id.value);
    return out;
}

void TestAgendaCache::sameAnswersAsTheDatabase()
{
    // Three weeks of appointments of both doctors, every status, some long
    // (overnight) and some overlapping, starting on a 5-minute grid.
    QRandomGenerator random(20261202);
    const ClinicStore store(*f->db);
    const UtcSeconds origin = f->local(QStringLiteral("2026-11-23 00:00"));
    const AppointmentStatus statuses[] = {AppointmentStatus::Booked, AppointmentStatus::Arrived,
                                          AppointmentStatus::Done, AppointmentStatus::NoShow,
                                          AppointmentStatus::Cancelled};
    for (int i = 0; i < 400; ++i) {
        Appointment a;
        a.doctorId = random.bounded(3) == 0 ? f->otherDoctor : f->doctor;
        a.patientId = random.bounded(2) ? f->karim : f->lucie;
        a.typeId = f->t15;
        a.range.start = origin + qint64(random.bounded(21 * 24 * 12)) * 300;
        a.range.end = a.range.start + (random.bounded(20) == 0 ? 20 * 3600 : qint64(random.bounded(1, 13)) * 300);
        a.status = statuses[random.bounded(5)];
        a.overlapAllowed = true; // written as staff would after confirming (PostgreSQL's guard)
        QVERIFY(store.insertAppointment(a));
    }
    DoctorAbsence away;
    away.doctorId = f->doctor;
    away.range = {f->zone.startOfDay(QDate(2026, 12, 1)), f->zone.startOfDay(QDate(2026, 12, 2))};
    QVERIFY(store.insertAbsence(away));

    AgendaCache cache(*f->db);
    const qint64 s = stamp();
    for (int round = 0; round < 300; ++round) {
        const UtcSeconds from = origin - 2 * 86400 + qint64(random.bounded(25 * 24 * 4)) * 900;
        const TimeRange window{from, from + qint64(random.bounded(1, 8 * 24 * 4)) * 900};
        for (const std::optional<DoctorId> doctor : {std::optional(f->doctor), std::optional<DoctorId>()}) {
            const auto expected = store.appointmentViews(doctor, window);
            const auto got = cache.views(s, doctor, window);
            QVERIFY(expected && got);
            QCOMPARE(ids(*got), ids(*expected));
        }
        const AppointmentId except(random.bounded(1, 401));
        const auto expected = store.busyTime(f->doctor, window, except);
        const auto got = cache.busyTime(s, f->doctor, window, except);
        QVERIFY(expected && got);
        auto sorted = [](QList<TimeRange> list) {
            std::sort(list.begin(), list.end(),
                      [](TimeRange a, TimeRange b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); });
            return list;
        };
        QCOMPARE(sorted(got->appointments), sorted(expected->appointments));
        QCOMPARE(got->absences, expected->absences);
    }
    QVERIFY(cache.dayCount() > 20); // the days were kept, not read again each time
}

void TestAgendaCache::followsWritesOfThisConnection()
{
    AgendaCache cache(*f->db);
    const TimeRange day{f->zone.startOfDay(QDate(2026, 11, 24)), f->zone.startOfDay(QDate(2026, 11, 25))};
    const auto before = cache.views(stamp(), f->doctor, day);
    QVERIFY(before && before->isEmpty());
    const AppointmentId id = f->addAppointment(f->karim, f->t15, QStringLiteral("2026-11-24 09:00"), 15);
    QVERIFY(id.isValid());
    const auto after = cache.views(stamp(), f->doctor, day);
    QVERIFY(after);
    QCOMPARE(ids(*after), QList<qint64>{id.value});

    // A change of a patient's name shows too (the views carry it).
    Patient p = *ClinicStore(*f->db).patient(f->karim).value();
    p.lastName = QStringLiteral("Renommé");
    QVERIFY(ClinicStore(*f->db).updatePatient(p));
    const auto renamed = cache.views(stamp(), f->doctor, day);
    QVERIFY(renamed && renamed->size() == 1);
    QCOMPARE(renamed->first().patient.lastName, QStringLiteral("Renommé"));
}

void TestAgendaCache::followsWritesOfAnotherConnection()
{
    AgendaCache cache(*f->db);
    const TimeRange day{f->zone.startOfDay(QDate(2026, 11, 25)), f->zone.startOfDay(QDate(2026, 11, 26))};
    QVERIFY(cache.busyTime(stamp(), f->doctor, day)->appointments.isEmpty());
    {
        auto other = Database::open(f->path());
        QVERIFY(other);
        Appointment a;
        a.doctorId = f->doctor;
        a.patientId = f->lucie;
        a.typeId = f->t30;
        a.range = {f->local(QStringLiteral("2026-11-25 10:00")), f->local(QStringLiteral("2026-11-25 10:30"))};
        QVERIFY(ClinicStore(**other).insertAppointment(a));
        DoctorAbsence away;
        away.doctorId = f->doctor;
        away.range = {f->local(QStringLiteral("2026-11-25 14:00")), f->local(QStringLiteral("2026-11-25 18:30"))};
        QVERIFY(ClinicStore(**other).insertAbsence(away));
    }
    const auto busy = cache.busyTime(stamp(), f->doctor, day);
    QVERIFY(busy);
    QCOMPARE(busy->appointments.size(), 1);
    QCOMPARE(busy->absences.size(), 1);
}

void TestAgendaCache::serviceSlotsFollowABooking()
{
    // The slot list reads the cache; the booking it leads to must remove the
    // slot from the very next list, and a second booking of it is refused.
    BookingService service(*f->db, f->clock);
    const DateSpan span = DateSpan::day(QDate(2026, 11, 24));
    const auto first = service.slots(f->doctor, f->t30, span);
    QVERIFY(first && !first->isEmpty());
    const UtcSeconds start = first->first().start;
    const PatientIdentity someone{QStringLiteral("Nadia"), QStringLiteral("Nouvelle"), QDate(1990, 2, 3),
                                  QStringLiteral("0661000000")};
    QVERIFY(service.bookPublic({f->doctor, f->t30, start, {}, someone}));
    const auto second = service.slots(f->doctor, f->t30, span);
    QVERIFY(second);
    QCOMPARE(second->size(), first->size() - 1);
    QVERIFY(std::none_of(second->cbegin(), second->cend(), [&](const TimeRange &r) { return r.start == start; }));
    const auto again = service.bookPublic({f->doctor, f->t30, start, {}, someone});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::SlotTaken);
}

void TestAgendaCache::refusesAnUnboundedWindow()
{
    AgendaCache cache(*f->db);
    const auto answer = cache.views(stamp(), f->doctor, {0, qint64(20000) * 86400});
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, ErrorCode::InvalidInput);
    QCOMPARE(cache.dayCount(), 0);
}

QTEST_GUILESS_MAIN(TestAgendaCache)
#include "tst_agendacache.moc"
