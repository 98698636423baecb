// SPDX-License-Identifier: GPL-3.0-or-later
// The patient record's writes (identity, photo, block with a reason) and the
// patients list's read, through the BookingService on a real database.
#include "service/bookingservice.h"
#include "service/translations.h"

#include "clinicfixture.h"

#include <QSignalSpy>

using namespace tbib;
using namespace tbib::test;

Q_DECLARE_METATYPE(tbib::PatientIdentity)

class TestPatientEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void identityProblems_data();
    void identityProblems();
    void refusedIdentityChangesNothing_data();
    void refusedIdentityChangesNothing();
    void identityUpdateKeepsTheRest();
    void blockNeedsAReasonAndUnblockClearsAll();
    void photoIsBoundedAndRemovable();
    void summariesCarryTheLastVisit();

private:
    [[nodiscard]] Patient stored(PatientId id) const { return *ClinicStore(*f->db).patient(id).value(); }

    std::unique_ptr<ClinicFixture> f;
    std::unique_ptr<BookingService> service;
};

void TestPatientEdits::initTestCase()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
}

void TestPatientEdits::init()
{
    f = std::make_unique<ClinicFixture>();
    QVERIFY(f->setUp());
    service = std::make_unique<BookingService>(*f->db, f->clock);
}

void TestPatientEdits::cleanup()
{
    service.reset();
    f.reset();
}

// Each rule of docs/decisions.md "Identity checks", named by the field it refuses.
void TestPatientEdits::identityProblems_data()
{
    QTest::addColumn<PatientIdentity>("identity");
    QTest::addColumn<QStringList>("fields");
    const PatientIdentity ok{"Nadia", "El Idrissi", QDate(1990, 2, 3), "06 61 23 45 67"};
    auto with = [&](auto change) {
        PatientIdentity i = ok;
        change(i);
        return i;
    };
    QTest::newRow("valid") << ok << QStringList();
    QTest::newRow("emptyFirstName") << with([](auto &i) { i.firstName.clear(); }) << QStringList{"first_name"};
    QTest::newRow("blankLastName") << with([](auto &i) { i.lastName = "   "; }) << QStringList{"last_name"};
    QTest::newRow("firstNameOver100") << with([](auto &i) { i.firstName = QString(101, u'a'); })
                                      << QStringList{"first_name"};
    QTest::newRow("bornBefore1900") << with([](auto &i) { i.birthDate = QDate(1899, 12, 31); })
                                    << QStringList{"birth_date"};
    QTest::newRow("bornIn1900") << with([](auto &i) { i.birthDate = QDate(1900, 1, 1); }) << QStringList();
    QTest::newRow("noBirthDate") << with([](auto &i) { i.birthDate = {}; }) << QStringList{"birth_date"};
    QTest::newRow("bornAfterToday") << with([](auto &i) { i.birthDate = QDate(2026, 11, 24); })
                                    << QStringList{"birth_date"};
    QTest::newRow("bornToday") << with([](auto &i) { i.birthDate = QDate(2026, 11, 23); }) << QStringList();
    QTest::newRow("phoneFiveDigits") << with([](auto &i) { i.phone = "06 12 3"; }) << QStringList{"phone"};
    QTest::newRow("phoneSixDigits") << with([](auto &i) { i.phone = "06 12 34"; }) << QStringList();
    QTest::newRow("phoneLettersOnly") << with([](auto &i) { i.phone = "inconnu"; }) << QStringList{"phone"};
    QTest::newRow("phoneOver40") << with([](auto &i) { i.phone = "06 12 34 56 78" + QString(30, u' '); })
                                 << QStringList{"phone"};
    QTest::newRow("everythingWrong") << PatientIdentity{"", "", QDate(), "1"}
                                     << QStringList{"first_name", "last_name", "birth_date", "phone"};
}

void TestPatientEdits::identityProblems()
{
    QFETCH(PatientIdentity, identity);
    QFETCH(QStringList, fields);
    const QList<FieldProblem> problems = identity.problems(QDate(2026, 11, 23));
    QStringList got;
    for (const FieldProblem &p : problems) {
        got << p.field;
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
    }
    QCOMPARE(got, fields);
    // Without a date, the web's rule: a future birth date is not its concern.
    if (QByteArray(QTest::currentDataTag()) != "bornAfterToday")
        QCOMPARE(identity.isValid(), fields.isEmpty());
}

void TestPatientEdits::refusedIdentityChangesNothing_data()
{
    identityProblems_data();
}

// A refused identity (an edit or a new patient) writes nothing, announces
// nothing, and names the first field.
void TestPatientEdits::refusedIdentityChangesNothing()
{
    QFETCH(PatientIdentity, identity);
    QFETCH(QStringList, fields);
    if (fields.isEmpty())
        QSKIP("a valid row");
    const Patient before = stored(f->karim);
    QSignalSpy changed(service.get(), &BookingService::patientChanged);
    auto r = service->updatePatient(f->karim, identity);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().detail, fields.first());
    QCOMPARE(stored(f->karim), before);
    // A new patient with the same identity is refused the same way.
    auto added = service->addPatient(identity);
    QVERIFY(!added);
    QCOMPARE(added.error().detail, fields.first());
    QCOMPARE(f->count("patients"), 2);
    QCOMPARE(changed.count(), 0);
}

void TestPatientEdits::identityUpdateKeepsTheRest()
{
    ClinicStore store(*f->db);
    Patient k = stored(f->karim);
    k.noShowCount = 2;
    k.photo = QByteArray("\xFF\xD8 photo", 8);
    QVERIFY(store.updatePatient(k));
    QSignalSpy changed(service.get(), &BookingService::patientChanged);
    auto r = service->updatePatient(f->karim, {"  Karim ", " Connu-Alami ", QDate(1981, 6, 1), " +212 6 99 88 77 66 "});
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<PatientId>(), f->karim);
    const Patient after = stored(f->karim);
    QCOMPARE(after, *r);
    QCOMPARE(after.firstName, QStringLiteral("Karim"));
    QCOMPARE(after.lastName, QStringLiteral("Connu-Alami"));
    QCOMPARE(after.birthDate, QDate(1981, 6, 1));
    QCOMPARE(after.phone, QStringLiteral("+212 6 99 88 77 66"));
    QCOMPARE(after.noShowCount, 2);
    QCOMPARE(after.photo, k.photo);
    QCOMPARE(after.createdAt, k.createdAt);
    // The phone key follows: the web recognises him by the new number.
    auto found = store.findPatient(QStringLiteral("06 99 88 77 66"), QDate(1981, 6, 1)).value();
    QVERIFY(found);
    QCOMPARE(found->id, f->karim);
    // The same identity again: nothing to write, nothing announced.
    QVERIFY(service->updatePatient(f->karim, {"Karim", "Connu-Alami", QDate(1981, 6, 1), "+212 6 99 88 77 66"}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(service->updatePatient(PatientId(999), f->identity(f->lucie)).error().code, ErrorCode::NotFound);
}

void TestPatientEdits::blockNeedsAReasonAndUnblockClearsAll()
{
    QSignalSpy changed(service.get(), &BookingService::patientChanged);
    for (const QString &reason : {QString(), QStringLiteral("   "), QString(501, u'x')}) {
        auto r = service->setPatientBlocked(f->lucie, true, reason);
        QVERIFY(!r);
        QCOMPARE(r.error().detail, QStringLiteral("block_reason"));
        QVERIFY(blockReasonProblem(true, reason));
    }
    QVERIFY(!blockReasonProblem(false, QString()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!stored(f->lucie).blocked);
    QCOMPARE(blockReasonProblem(true, QString()).value().message,
             QStringLiteral("Indiquez pourquoi la réservation en ligne est bloquée, pour vos collègues."));

    auto blocked = service->setPatientBlocked(f->lucie, true, QStringLiteral("  Insultes au secrétariat "));
    QVERIFY(blocked);
    QCOMPARE(changed.count(), 1);
    QVERIFY(stored(f->lucie).blocked);
    QCOMPARE(stored(f->lucie).blockReason, QStringLiteral("Insultes au secrétariat"));

    Patient l = stored(f->lucie);
    l.noShowCount = 4;
    QVERIFY(ClinicStore(*f->db).updatePatient(l));
    QVERIFY(service->setPatientBlocked(f->lucie, false));
    const Patient after = stored(f->lucie);
    QVERIFY(!after.blocked);
    QCOMPARE(after.blockReason, QString());
    QCOMPARE(after.noShowCount, 0);
    QCOMPARE(changed.count(), 2);
}

void TestPatientEdits::photoIsBoundedAndRemovable()
{
    QSignalSpy changed(service.get(), &BookingService::patientChanged);
    const QByteArray tooBig(MaxPhotoBytes + 1, 'x');
    auto refused = service->setPatientPhoto(f->karim, tooBig);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("photo"));
    QVERIFY(stored(f->karim).photo.isEmpty());
    const QByteArray photo(MaxPhotoBytes, 'p');
    QVERIFY(service->setPatientPhoto(f->karim, photo));
    QCOMPARE(stored(f->karim).photo, photo);
    QVERIFY(service->setPatientPhoto(f->karim, {}));
    QVERIFY(stored(f->karim).photo.isEmpty());
    QCOMPARE(changed.count(), 2);
}

// "Last visit": the latest appointment before now that was neither cancelled
// nor missed (DESIGN §3's past visit); a future one is not a visit yet.
void TestPatientEdits::summariesCarryTheLastVisit()
{
    f->clock.set(f->local("2026-11-23 12:00"));
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-10-01 09:00", 15, AppointmentStatus::Done).isValid());
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-11-02 09:00", 15, AppointmentStatus::Booked).isValid());
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-11-10 09:00", 15, AppointmentStatus::NoShow).isValid());
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-11-12 09:00", 15, AppointmentStatus::Cancelled).isValid());
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-11-23 14:00", 15, AppointmentStatus::Booked).isValid());
    Patient k = stored(f->karim);
    k.photo = QByteArray("photo");
    QVERIFY(ClinicStore(*f->db).updatePatient(k));

    auto all = service->patientSummaries();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).patient.id, f->karim);
    QCOMPARE(all->at(0).lastVisit, std::optional<UtcSeconds>(f->local("2026-11-02 09:00")));
    QVERIFY(all->at(0).patient.photo.isEmpty()); // the list never reads photos
    QCOMPARE(all->at(0).patient.firstName, QStringLiteral("Karim"));
    QCOMPARE(all->at(1).patient.id, f->lucie);
    QCOMPARE(all->at(1).lastVisit, std::nullopt);

    auto one = service->patientSummaries(f->karim);
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->at(0).lastVisit, all->at(0).lastVisit);
    // Once the afternoon appointment has started, it is the last visit.
    f->clock.set(f->local("2026-11-23 14:05"));
    QCOMPARE(service->patientSummaries(f->karim)->at(0).lastVisit,
             std::optional<UtcSeconds>(f->local("2026-11-23 14:00")));
    QVERIFY(service->patientSummaries(PatientId(999))->isEmpty());
}

QTEST_GUILESS_MAIN(TestPatientEdits)
#include "tst_patientedits.moc"
