// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/bookingservice.h"

#include "clinicfixture.h"

#include <QSignalSpy>

#include <atomic>
#include <thread>

using namespace tbib;
using namespace tbib::test;

class TestBookingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void publicBookingCreatesThenRecognisesPatient();
    void refusedBookingChangesNothing_data();
    void refusedBookingChangesNothing();
    void freedTimeIsBookable_data();
    void freedTimeIsBookable();
    void existingPatientRule_data();
    void existingPatientRule();
    void noShowInvariant();
    void blockedByCountAndUnblock();
    void blockedByFlag();
    void undoingCancelChecksOverlap();
    void moveAndResize();
    void deskOverrides();
    void signalsFollowChanges();
    void waitingQueueByArrival();
    void catalogueFollowsEveryConnection();
    void concurrentSameTimeOneWins();
    void concurrentDistinctTimesAllWin();

private:
    std::unique_ptr<ClinicFixture> f;
    std::unique_ptr<BookingService> service;
};

void TestBookingService::init()
{
    f = std::make_unique<ClinicFixture>();
    QVERIFY(f->setUp());
    service = std::make_unique<BookingService>(*f->db, f->clock);
}

void TestBookingService::cleanup()
{
    service.reset();
    f.reset();
}

void TestBookingService::publicBookingCreatesThenRecognisesPatient()
{
    const PatientIdentity nadia{"Nadia", "El Idrissi", QDate(1990, 2, 3), "06 61 23 45 67"};
    const auto before = f->count("patients");
    auto first = service->bookPublic({f->doctor, f->t15, f->local("2026-11-24 09:00"), "Toux", nadia});
    QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    QCOMPARE(first->range.seconds(), 15 * 60);
    QCOMPARE(first->source, BookingSource::Web);
    QCOMPARE(first->status, AppointmentStatus::Booked);
    QCOMPARE(f->count("patients"), before + 1);

    // The same person writes her phone the international way: recognised.
    const PatientIdentity again{"nadia", "EL IDRISSI", QDate(1990, 2, 3), "+212 6 61 23 45 67"};
    auto eligible = service->eligibility(f->doctor, f->t15, again);
    QVERIFY(eligible);
    QVERIFY(eligible->existingPatient);
    auto second = service->bookPublic({f->doctor, f->t15, f->local("2026-11-24 09:15"), {}, again});
    QVERIFY(second);
    QCOMPARE(second->patientId, first->patientId);
    QCOMPARE(f->count("patients"), before + 1);

    // Same phone, another birth date: another person.
    auto eligibleOther = service->eligibility(f->doctor, f->t15, {"Nadia", "El Idrissi", QDate(2015, 2, 3), nadia.phone});
    QVERIFY(eligibleOther);
    QVERIFY(!eligibleOther->existingPatient);
}

void TestBookingService::refusedBookingChangesNothing_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("typeChoice"); // 0 t15, 1 inactive, 2 unknown, 3 emergency, 4 followUp
    QTest::addColumn<bool>("validIdentity");
    QTest::addColumn<QString>("expected");

    QTest::newRow("slotTaken") << "2026-11-24 10:00" << 0 << true << "slot_taken";
    QTest::newRow("notOnGrid") << "2026-11-24 09:05" << 0 << true << "not_on_grid";
    QTest::newRow("outsideHours") << "2026-11-24 19:00" << 0 << true << "outside_working_hours";
    QTest::newRow("inThePast") << "2026-11-23 06:00" << 0 << true << "in_the_past";
    QTest::newRow("beyondHorizon") << "2027-02-01 09:00" << 0 << true << "beyond_horizon";
    QTest::newRow("inactiveType") << "2026-11-24 09:00" << 1 << true << "not_found";
    QTest::newRow("unknownType") << "2026-11-24 09:00" << 2 << true << "not_found";
    QTest::newRow("emergencyLater") << "2026-11-26 09:00" << 3 << true << "emergency_only";
    QTest::newRow("existingOnly") << "2026-11-24 09:00" << 4 << true << "existing_patient_required";
    QTest::newRow("invalidIdentityFirst") << "2026-11-24 19:00" << 2 << false << "invalid_input";
}

void TestBookingService::refusedBookingChangesNothing()
{
    QFETCH(QString, start);
    QFETCH(int, typeChoice);
    QFETCH(bool, validIdentity);
    QFETCH(QString, expected);
    QVERIFY(f->addAppointment(f->lucie, f->t15, "2026-11-24 10:00", 15).isValid());
    const TypeId types[] = {f->t15, f->inactive, TypeId(999), f->emergency, f->followUp};
    PatientIdentity newcomer{"Yassine", "Alaoui", QDate(1975, 9, 9), "06 99 88 77 66"};
    if (!validIdentity)
        newcomer.firstName.clear();

    const auto patients = f->count("patients");
    const auto appointments = f->count("appointments");
    QSignalSpy added(service.get(), &BookingService::appointmentAdded);
    auto r = service->bookPublic({f->doctor, types[typeChoice], f->local(start), {}, newcomer});
    QVERIFY(!r);
    QCOMPARE(r.error().codeName(), expected);
    QVERIFY(!r.error().message().isEmpty());
    QCOMPARE(f->count("patients"), patients);
    QCOMPARE(f->count("appointments"), appointments);
    QCOMPARE(added.count(), 0);
}

void TestBookingService::freedTimeIsBookable_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("cancelled") << int(AppointmentStatus::Cancelled);
    QTest::newRow("noShow") << int(AppointmentStatus::NoShow);
}

void TestBookingService::freedTimeIsBookable()
{
    QFETCH(int, status);
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    QVERIFY(a);
    auto slots = service->slots(f->doctor, f->t15, DateSpan::day(QDate(2026, 11, 24)));
    QVERIFY(slots);
    QVERIFY(!slots->contains(a->range));
    QVERIFY(service->setStatus(a->id, AppointmentStatus(status)));
    slots = service->slots(f->doctor, f->t15, DateSpan::day(QDate(2026, 11, 24)));
    QVERIFY(slots->contains(a->range));
    auto b = service->bookPublic({f->doctor, f->t15, a->range.start, {}, f->identity(f->lucie)});
    QVERIFY2(b, qPrintable(b ? QString() : b.error().codeName()));
}

void TestBookingService::existingPatientRule_data()
{
    QTest::addColumn<QString>("visit");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("otherDoctor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("doneVisitCounts") << "2026-11-02 09:00" << int(AppointmentStatus::Done) << false << "ok";
    QTest::newRow("bookedPastVisitCounts") << "2026-11-02 09:00" << int(AppointmentStatus::Booked) << false << "ok";
    QTest::newRow("cancelledVisitDoesNot") << "2026-11-02 09:00" << int(AppointmentStatus::Cancelled) << false
                                           << "existing_patient_required";
    QTest::newRow("noShowVisitDoesNot") << "2026-11-02 09:00" << int(AppointmentStatus::NoShow) << false
                                        << "existing_patient_required";
    QTest::newRow("futureVisitDoesNot") << "2026-11-30 09:00" << int(AppointmentStatus::Booked) << false
                                        << "existing_patient_required";
    QTest::newRow("otherDoctorDoesNot") << "2026-11-02 09:00" << int(AppointmentStatus::Done) << true
                                        << "existing_patient_required";
}

void TestBookingService::existingPatientRule()
{
    QFETCH(QString, visit);
    QFETCH(int, status);
    QFETCH(bool, otherDoctor);
    QFETCH(QString, expected);
    Appointment a;
    a.doctorId = otherDoctor ? f->otherDoctor : f->doctor;
    a.patientId = f->karim;
    a.typeId = f->t15;
    a.range = {f->local(visit), f->local(visit) + 900};
    a.status = AppointmentStatus(status);
    QVERIFY(ClinicStore(*f->db).insertAppointment(a));

    const auto eligibility = service->eligibility(f->doctor, f->followUp, f->identity(f->karim));
    QCOMPARE(eligibility ? QStringLiteral("ok") : eligibility.error().codeName(), expected);
    const auto slots = service->slots(f->doctor, f->followUp, DateSpan::day(QDate(2026, 11, 24)), f->identity(f->karim));
    QCOMPARE(slots ? QStringLiteral("ok") : slots.error().codeName(), expected);
    const auto booking = service->bookPublic({f->doctor, f->followUp, f->local("2026-11-24 09:00"), {}, f->identity(f->karim)});
    QCOMPARE(booking ? QStringLiteral("ok") : booking.error().codeName(), expected);
}

void TestBookingService::noShowInvariant()
{
    const ClinicStore store(*f->db);
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    QVERIFY(a);
    auto noShows = [&] { return store.patient(f->karim).value()->noShowCount; };
    struct Step
    {
        AppointmentStatus status;
        int expected;
    };
    const Step steps[] = {
        {AppointmentStatus::NoShow, 1},  {AppointmentStatus::NoShow, 1},  // setting it twice counts once
        {AppointmentStatus::Arrived, 0}, {AppointmentStatus::NoShow, 1},  // undo then redo
        {AppointmentStatus::Done, 0},    {AppointmentStatus::Cancelled, 0},
        {AppointmentStatus::Booked, 0},
    };
    for (const auto &step : steps) {
        auto r = service->setStatus(a->id, step.status);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().codeName()));
        QCOMPARE(noShows(), step.expected);
    }
    // Never below zero, even when the count was reset by hand meanwhile.
    QVERIFY(service->setStatus(a->id, AppointmentStatus::NoShow));
    QVERIFY(service->setPatientBlocked(f->karim, false)); // resets to 0
    QVERIFY(service->setStatus(a->id, AppointmentStatus::Booked));
    QCOMPARE(noShows(), 0);
}

void TestBookingService::blockedByCountAndUnblock()
{
    const QString starts[] = {"2026-11-24 09:00", "2026-11-24 09:15", "2026-11-24 09:30"};
    QList<AppointmentId> ids;
    for (const auto &s : starts) {
        auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local(s), {}, {}});
        QVERIFY(a);
        ids << a->id;
        QVERIFY(service->setStatus(a->id, AppointmentStatus::NoShow));
    }
    const auto karim = f->identity(f->karim);
    auto refused = service->bookPublic({f->doctor, f->t15, f->local("2026-11-25 09:00"), {}, karim});
    QVERIFY(!refused);
    QCOMPARE(refused.error().codeName(), QStringLiteral("patient_blocked"));
    QCOMPARE(service->eligibility(f->doctor, f->t15, karim).error().codeName(), QStringLiteral("patient_blocked"));
    QCOMPARE(service->slots(f->doctor, f->t15, DateSpan::day(QDate(2026, 11, 25)), karim).error().codeName(),
             QStringLiteral("patient_blocked"));
    // The desk still can, with the explicit override only.
    QCOMPARE(service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-25 09:00"), {}, {}}).error().codeName(),
             QStringLiteral("patient_blocked"));
    QVERIFY(service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-25 09:00"), {}, Override::PatientRules}));

    // Undoing one mistaken "Absent" unblocks by itself.
    QVERIFY(service->setStatus(ids.last(), AppointmentStatus::Done));
    QVERIFY(service->bookPublic({f->doctor, f->t15, f->local("2026-11-25 09:15"), {}, karim}));
    // The other doctor's limit is their own.
    QVERIFY(service->setStatus(ids.last(), AppointmentStatus::NoShow));
    QVERIFY(!service->eligibility(f->doctor, f->t15, karim));
    QVERIFY(service->setPatientBlocked(f->karim, false));
    QCOMPARE(ClinicStore(*f->db).patient(f->karim).value()->noShowCount, 0);
    QVERIFY(service->eligibility(f->doctor, f->t15, karim));
}

void TestBookingService::blockedByFlag()
{
    QSignalSpy changed(service.get(), &BookingService::patientChanged);
    QVERIFY(service->setPatientBlocked(f->lucie, true, QStringLiteral("Rendez-vous manqués")));
    QCOMPARE(changed.count(), 1);
    const auto lucie = f->identity(f->lucie);
    QCOMPARE(service->eligibility(f->doctor, f->t15, lucie).error().codeName(), QStringLiteral("patient_blocked"));
    QVERIFY(service->setPatientBlocked(f->lucie, false));
    QVERIFY(service->eligibility(f->doctor, f->t15, lucie));
}

void TestBookingService::undoingCancelChecksOverlap()
{
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    QVERIFY(a);
    QVERIFY(service->cancel(a->id));
    QVERIFY(service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 09:00"), {}, {}}));
    auto undo = service->setStatus(a->id, AppointmentStatus::Booked);
    QVERIFY(!undo);
    QCOMPARE(undo.error().codeName(), QStringLiteral("slot_taken"));
    QCOMPARE(ClinicStore(*f->db).appointment(a->id).value()->status, AppointmentStatus::Cancelled);
    QVERIFY(service->setStatus(a->id, AppointmentStatus::Booked, Override::Overlap));
}

void TestBookingService::moveAndResize()
{
    auto a = service->bookDesk({f->doctor, f->karim, f->t30, f->local("2026-11-24 09:00"), {}, {}});
    auto b = service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 10:00"), {}, {}});
    QVERIFY(a && b);
    const Appointment before = *ClinicStore(*f->db).appointment(a->id).value();

    auto refused = service->move(a->id, f->local("2026-11-24 10:00"));
    QCOMPARE(refused.error().codeName(), QStringLiteral("slot_taken"));
    QCOMPARE(*ClinicStore(*f->db).appointment(a->id).value(), before);

    auto moved = service->move(a->id, f->local("2026-11-24 11:00"));
    QVERIFY(moved);
    QCOMPARE(moved->range, range(f->zone, "2026-11-24 11:00", "2026-11-24 11:30"));
    // Moving onto its own former time is no conflict with itself.
    QVERIFY(service->move(a->id, f->local("2026-11-24 11:30")));

    auto tooLong = service->resize(b->id, f->local("2026-11-24 10:45"));
    QVERIFY(tooLong);
    auto overlapping = service->resize(a->id, f->local("2026-11-24 12:45"));
    QCOMPARE(overlapping.error().codeName(), QStringLiteral("outside_working_hours"));
    QCOMPARE(service->move(AppointmentId(4242), f->local("2026-11-24 11:00")).error().codeName(),
             QStringLiteral("not_found"));
}

void TestBookingService::deskOverrides()
{
    QCOMPARE(service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:05"), {}, {}}).error().codeName(),
             QStringLiteral("not_on_grid"));
    auto offGrid = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:05"), {}, Override::Grid});
    QVERIFY(offGrid);
    QCOMPARE(service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 09:15"), {}, {}}).error().codeName(),
             QStringLiteral("slot_taken"));
    QVERIFY(service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 09:15"), {}, Override::Overlap}));
    QCOMPARE(service->bookDesk({f->doctor, PatientId(777), f->t15, f->local("2026-11-24 10:00"), {}, {}})
                 .error().codeName(),
             QStringLiteral("not_found"));
}

void TestBookingService::signalsFollowChanges()
{
    QSignalSpy added(service.get(), &BookingService::appointmentAdded);
    QSignalSpy changed(service.get(), &BookingService::appointmentChanged);
    QSignalSpy removed(service.get(), &BookingService::appointmentRemoved);
    QSignalSpy patient(service.get(), &BookingService::patientChanged);
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    QVERIFY(a);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<Appointment>().id, a->id);
    QVERIFY(service->setStatus(a->id, AppointmentStatus::NoShow));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(patient.count(), 1);
    QVERIFY(service->setPrivateNotes(a->id, "Ne pas oublier la tension"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<Appointment>().privateNotes, QStringLiteral("Ne pas oublier la tension"));
    QVERIFY(!service->move(a->id, f->local("2026-11-24 09:05")));
    QCOMPARE(changed.count(), 2); // a refused change says nothing
    QVERIFY(service->remove(a->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(ClinicStore(*f->db).patient(f->karim).value()->noShowCount, 0);
}

void TestBookingService::waitingQueueByArrival()
{
    f->clock.set(f->local("2026-11-24 08:50"));
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    auto b = service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 09:15"), {}, {}});
    QVERIFY(a && b);
    QVERIFY(service->setStatus(b->id, AppointmentStatus::Arrived));
    f->clock.advance(5 * 60);
    QVERIFY(service->setStatus(a->id, AppointmentStatus::Arrived));
    f->clock.advance(7 * 60);
    auto queue = service->waitingQueue();
    QVERIFY(queue);
    QCOMPARE(queue->size(), 2);
    QCOMPARE(queue->at(0).appointment.id, b->id);
    QCOMPARE(queue->at(0).patientName, QStringLiteral("Lucie Martin"));
    QCOMPARE(queue->at(0).waitedMinutes, 12);
    QCOMPARE(queue->at(1).waitedMinutes, 7);
    QVERIFY(service->setStatus(b->id, AppointmentStatus::InProgress));
    QCOMPARE(service->waitingQueue()->size(), 1);
    // Tomorrow the queue starts empty.
    f->clock.advance(86400);
    QCOMPARE(service->waitingQueue()->size(), 0);
}

// The service keeps settings, doctors and types in memory; a change made through
// this connection or by another program must show at once.
void TestBookingService::catalogueFollowsEveryConnection()
{
    const auto day = DateSpan::day(QDate(2026, 11, 24));
    QVERIFY(service->slots(f->doctor, f->t15, day));
    {
        auto other = Database::open(f->path());
        QVERIFY(other);
        ConsultationType t = *ClinicStore(**other).type(f->t15).value();
        t.active = false;
        QVERIFY(ClinicStore(**other).updateType(t));
    }
    QCOMPARE(service->slots(f->doctor, f->t15, day).error().codeName(), QStringLiteral("not_found"));

    ClinicSettings s = service->clinicSettings().value();
    s.horizonDays = 1;
    QVERIFY(ClinicStore(*f->db).saveClinicSettings(s)); // same connection, no transaction
    QCOMPARE(service->clinicSettings()->horizonDays, 1);
    QCOMPARE(service->slots(f->doctor, f->t30, DateSpan::day(QDate(2026, 11, 25)))->size(), 0);
}

void TestBookingService::concurrentSameTimeOneWins()
{
    constexpr int Threads = 6;
    constexpr int Rounds = 14; // 09:00 … 12:15, the whole morning
    std::atomic<int> successes = 0;
    std::atomic<int> taken = 0;
    std::atomic<int> otherErrors = 0;
    const QString path = f->path();
    const UtcSeconds base = f->local("2026-11-24 09:00");
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            auto db = Database::open(path);
            if (!db) {
                ++otherErrors;
                return;
            }
            BookingService s(**db, f->clock);
            for (int round = 0; round < Rounds; ++round) {
                const PatientIdentity who{QStringLiteral("P%1").arg(t), QStringLiteral("R%1").arg(round),
                                          QDate(1970 + t, 1, 1 + round), QStringLiteral("0600000%1%2").arg(t).arg(round, 2, 10, QLatin1Char('0'))};
                auto r = s.bookPublic({f->doctor, f->t15, base + round * 900, {}, who});
                if (r)
                    ++successes;
                else if (r.error().code == ErrorCode::SlotTaken)
                    ++taken;
                else {
                    qWarning("unexpected: %s %s", qPrintable(r.error().codeName()), qPrintable(r.error().detail));
                    ++otherErrors;
                }
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QCOMPARE(otherErrors.load(), 0);
    QCOMPARE(successes.load(), Rounds);
    QCOMPARE(taken.load(), Rounds * (Threads - 1));
    const auto all = ClinicStore(*f->db).appointments(f->doctor, {0, std::numeric_limits<qint64>::max()}).value();
    QCOMPARE(all.size(), Rounds);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].range.end <= all[i].range.start);
}

void TestBookingService::concurrentDistinctTimesAllWin()
{
    constexpr int Threads = 3;
    constexpr int PerThread = 6; // 18 quarter hours: the whole afternoon
    std::atomic<int> successes = 0;
    const QString path = f->path();
    const UtcSeconds base = f->local("2026-11-24 14:00");
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            auto db = Database::open(path);
            if (!db)
                return;
            BookingService s(**db, f->clock);
            for (int i = 0; i < PerThread; ++i) {
                const PatientIdentity who{QStringLiteral("Q%1").arg(t), QStringLiteral("S%1").arg(i),
                                          QDate(1980, 1 + t, 1 + i), QStringLiteral("0700000%1%2").arg(t).arg(i)};
                // Threads interleave their slots: t, t+3, t+6, …
                if (s.bookPublic({f->doctor, f->t15, base + (i * Threads + t) * 900, {}, who}))
                    ++successes;
            }
        });
    }
    for (auto &th : threads)
        th.join();
    QCOMPARE(successes.load(), Threads * PerThread);
}

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
