// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration's rules, checked in core so that every front end applies the
// same: consultation types, working hours, absences over booked appointments,
// the clinic and online booking. A refused change writes nothing.
#include "clinicfixture.h"

#include "service/accesstoken.h"
#include "service/configurationservice.h"
#include "service/translations.h"

#include <QSettings>
#include <QSignalSpy>

using namespace tbib;
using namespace tbib::test;

Q_DECLARE_METATYPE(tbib::CollisionChoice::Action)

class TestConfigurationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typeValidation_data();
    void typeValidation();
    void addedTypeIsInTheCatalogueAndBookable();
    void editKeepsTheDoctor();
    void usedTypeIsDeactivatedNeverDeleted();

    void hoursParsing_data();
    void hoursParsing();
    void workingHoursMoveTheSlots();

    void absenceValidation_data();
    void absenceValidation();
    void absenceAppliesEveryChoiceTogether();
    void refusedMoveWritesNothing();
    void editedAndRemovedAbsence();

    void clinicValidation_data();
    void clinicValidation();
    void clinicSaved();

    void onlineValidation_data();
    void onlineValidation();
    void onlineSavedAndAnnounced();
    void regeneratedTokenIsTheOnlyOneAccepted();

private:
    [[nodiscard]] ConsultationType newType(const QString &name) const
    {
        ConsultationType t;
        t.doctorId = m_fx->doctor;
        t.name = name;
        t.duration = Duration{45};
        t.price = QStringLiteral("300 MAD");
        t.color = QStringLiteral("#8E24AA");
        return t;
    }
    [[nodiscard]] qsizetype typeCount() const { return ClinicStore(*m_fx->db).types().value().size(); }

    std::unique_ptr<ClinicFixture> m_fx;
    std::unique_ptr<QSettings> m_machine;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<ConfigurationService> m_config;
};

void TestConfigurationService::initTestCase()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
}

void TestConfigurationService::init()
{
    m_fx = std::make_unique<ClinicFixture>();
    QVERIFY(m_fx->setUp());
    m_machine = std::make_unique<QSettings>(m_fx->dir.filePath(QStringLiteral("machine.ini")), QSettings::IniFormat);
    m_booking = std::make_unique<BookingService>(*m_fx->db, m_fx->clock);
    m_config = std::make_unique<ConfigurationService>(*m_booking, *m_fx->db, *m_machine);
}

void TestConfigurationService::cleanup()
{
    m_config.reset();
    m_booking.reset();
    m_machine.reset();
    m_fx.reset();
}

void TestConfigurationService::typeValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("price");
    QTest::addColumn<bool>("otherDoctor");
    QTest::addColumn<QString>("field"); // empty: accepted

    const QString purple = QStringLiteral("#8E24AA");
    QTest::newRow("valid") << "Bilan" << 45 << purple << "300 MAD" << false << "";
    QTest::newRow("emptyName") << "" << 45 << purple << "" << false << "name";
    QTest::newRow("blankName") << "   " << 45 << purple << "" << false << "name";
    QTest::newRow("nameTooLong") << QString(81, u'x') << 45 << purple << "" << false << "name";
    QTest::newRow("durationBelowFive") << "Bilan" << 4 << purple << "" << false << "duration";
    QTest::newRow("durationFiveAccepted") << "Bilan" << 5 << purple << "" << false << "";
    QTest::newRow("duration480Accepted") << "Bilan" << 480 << purple << "" << false << "";
    QTest::newRow("durationAbove480") << "Bilan" << 481 << purple << "" << false << "duration";
    QTest::newRow("priceTooLong") << "Bilan" << 45 << purple << QString(41, u'9') << false << "price";
    QTest::newRow("colourName") << "Bilan" << 45 << "red" << "" << false << "color";
    QTest::newRow("colourShortForm") << "Bilan" << 45 << "#FFF" << "" << false << "color";
    QTest::newRow("colourLowerCaseAccepted") << "Bilan" << 45 << "#8e24aa" << "" << false << "";
    QTest::newRow("duplicateIgnoringCase") << "consultation" << 45 << purple << "" << false << "name";
    QTest::newRow("duplicateIgnoringSpaces") << "  Première   consultation " << 45 << purple << "" << false << "name";
    QTest::newRow("duplicateOfAnInactiveType") << "Ancienne" << 45 << purple << "" << false << "name";
    QTest::newRow("sameNameOtherDoctorAccepted") << "Consultation" << 45 << purple << "" << true << "";
}

void TestConfigurationService::typeValidation()
{
    QFETCH(QString, name);
    QFETCH(int, duration);
    QFETCH(QString, color);
    QFETCH(QString, price);
    QFETCH(bool, otherDoctor);
    QFETCH(QString, field);
    ConsultationType t = newType(name);
    t.duration = Duration{duration};
    t.color = color;
    t.price = price;
    if (otherDoctor)
        t.doctorId = m_fx->otherDoctor;
    const qsizetype before = typeCount();
    QSignalSpy changed(m_booking.get(), &BookingService::catalogueChanged);
    auto saved = m_config->saveType(t);
    if (field.isEmpty()) {
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(typeCount(), before + 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(saved->color, color.toUpper());
    } else {
        QVERIFY(!saved);
        QCOMPARE(saved.error().field, field);
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(typeCount(), before); // nothing written
        QCOMPARE(changed.size(), 0);
    }
}

void TestConfigurationService::addedTypeIsInTheCatalogueAndBookable()
{
    auto saved = m_config->saveType(newType(QStringLiteral("  Bilan   annuel ")));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Bilan annuel"));
    const auto catalogue = m_booking->catalogue().value();
    const ConsultationType *t = catalogue->type(saved->id);
    QVERIFY(t);
    QCOMPARE(t->duration.minutes, 45);
    // 45-minute slots from 09:00 on Tuesday: the new type is bookable at once.
    auto slots = m_booking->slots(m_fx->doctor, saved->id, DateSpan{QDate(2026, 11, 24), QDate(2026, 11, 25)});
    QVERIFY(slots);
    QVERIFY(!slots->isEmpty());
    QCOMPARE(slots->first().start, m_fx->local(QStringLiteral("2026-11-24 09:00")));
    QCOMPARE(slots->at(1).start, m_fx->local(QStringLiteral("2026-11-24 09:45")));
}

void TestConfigurationService::editKeepsTheDoctor()
{
    ConsultationType t = *m_booking->catalogue().value()->type(m_fx->t30);
    t.name = QStringLiteral("Première visite");
    t.doctorId = m_fx->otherDoctor; // ignored: appointments refer to the type
    auto saved = m_config->saveType(t);
    QVERIFY(saved);
    QCOMPARE(saved->doctorId, m_fx->doctor);
    QCOMPARE(m_booking->catalogue().value()->type(m_fx->t30)->name, QStringLiteral("Première visite"));
    // Its own name is not a duplicate of itself.
    QVERIFY(m_config->saveType(*saved));
}

void TestConfigurationService::usedTypeIsDeactivatedNeverDeleted()
{
    QVERIFY(m_fx->addAppointment(m_fx->karim, m_fx->t15, QStringLiteral("2026-11-20 09:00"), 15).isValid());
    auto used = m_config->removeType(m_fx->t15);
    QVERIFY(used);
    QCOMPARE(*used, ConfigurationService::Removal::Deactivated);
    auto stored = ClinicStore(*m_fx->db).type(m_fx->t15).value();
    QVERIFY(stored);
    QVERIFY(!stored->active);
    // Deactivated types are not offered online any more.
    auto slots = m_booking->slots(m_fx->doctor, m_fx->t15, DateSpan{QDate(2026, 11, 24), QDate(2026, 11, 25)});
    QVERIFY(!slots);
    QCOMPARE(slots.error().code, ErrorCode::NotFound);

    auto unused = m_config->removeType(m_fx->t30);
    QVERIFY(unused);
    QCOMPARE(*unused, ConfigurationService::Removal::Deleted);
    QVERIFY(!ClinicStore(*m_fx->db).type(m_fx->t30).value());
    QVERIFY(!m_config->removeType(m_fx->t30));
}

void TestConfigurationService::hoursParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty with ok=false: refused
    QTest::addColumn<bool>("ok");

    QTest::newRow("morningAndAfternoon") << "09:00-12:30, 14:00-18:30" << "09:00-12:30, 14:00-18:30" << true;
    QTest::newRow("emptyIsClosed") << "" << "" << true;
    QTest::newRow("spacesAndEnDash") << " 09:00 – 12:30 ;14:00-18:30 " << "09:00-12:30, 14:00-18:30" << true;
    QTest::newRow("unsortedIsSorted") << "14:00-18:00, 08:00-12:00" << "08:00-12:00, 14:00-18:00" << true;
    QTest::newRow("untilMidnight") << "18:00-24:00" << "18:00-24:00" << true;
    QTest::newRow("touchingIntervals") << "09:00-12:00, 12:00-13:00" << "09:00-12:00, 12:00-13:00" << true;
    QTest::newRow("reversedRefused") << "12:00-09:00" << "" << false;
    QTest::newRow("emptyIntervalRefused") << "09:00-09:00" << "" << false;
    QTest::newRow("overlapRefused") << "09:00-12:00, 11:30-13:00" << "" << false;
    QTest::newRow("containedRefused") << "08:00-18:00, 10:00-11:00" << "" << false;
    QTest::newRow("frenchHoursRefused") << "9h-12h" << "" << false;
    QTest::newRow("missingEndRefused") << "09:00" << "" << false;
    QTest::newRow("beyondMidnightRefused") << "22:00-25:00" << "" << false;
}

void TestConfigurationService::hoursParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, ok);
    auto parsed = ConfigurationService::parseIntervals(text, 2);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(ConfigurationService::formatIntervals(*parsed), canonical);
    } else {
        QCOMPARE(parsed.error().field, QStringLiteral("hours:2"));
        QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Mardi")), qPrintable(parsed.error().message));
    }
}

void TestConfigurationService::workingHoursMoveTheSlots()
{
    std::array<QList<LocalInterval>, 7> week;
    week[1] = intervals(QStringLiteral("07:30-08:30"));
    QSignalSpy changed(m_booking.get(), &BookingService::catalogueChanged);
    QVERIFY(m_config->setWorkingHours(m_fx->doctor, week));
    QCOMPARE(changed.size(), 1);
    auto slots = m_booking->slots(m_fx->doctor, m_fx->t30, DateSpan{QDate(2026, 11, 24), QDate(2026, 11, 25)});
    QVERIFY(slots);
    QCOMPARE(slots->size(), 2);
    QCOMPARE(slots->first().start, m_fx->local(QStringLiteral("2026-11-24 07:30")));
    // Monday is closed now.
    auto monday = m_booking->slots(m_fx->doctor, m_fx->t30, DateSpan{QDate(2026, 11, 30), QDate(2026, 12, 1)});
    QVERIFY(monday && monday->isEmpty());

    // A week built by hand with an overlap is refused whole.
    week[2] = {{540, 720}, {700, 800}};
    auto refused = m_config->setWorkingHours(m_fx->doctor, week);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("hours:3"));
    QCOMPARE(m_booking->catalogue().value()->doctor(m_fx->doctor)->hours.intervals(2).size(), 1);
}

void TestConfigurationService::absenceValidation_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("reasonLength");
    QTest::addColumn<QString>("field");

    QTest::newRow("oneDay") << "2026-11-24 00:00" << "2026-11-25 00:00" << 10 << "";
    QTest::newRow("oneHour") << "2026-11-24 10:00" << "2026-11-24 11:00" << 0 << "";
    QTest::newRow("endBeforeStart") << "2026-11-24 11:00" << "2026-11-24 10:00" << 0 << "end";
    QTest::newRow("emptyRange") << "2026-11-24 11:00" << "2026-11-24 11:00" << 0 << "end";
    QTest::newRow("overAYear") << "2026-11-24 00:00" << "2027-11-26 00:00" << 0 << "end";
    QTest::newRow("reasonTooLong") << "2026-11-24 10:00" << "2026-11-24 11:00" << 201 << "reason";
}

void TestConfigurationService::absenceValidation()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, reasonLength);
    QFETCH(QString, field);
    const DoctorAbsence a{{}, m_fx->doctor, {m_fx->local(from), m_fx->local(to)}, QString(reasonLength, u'r')};
    auto saved = m_config->saveAbsence(a, {});
    QCOMPARE(saved.has_value(), field.isEmpty());
    if (!saved)
        QCOMPARE(saved.error().field, field);
    QCOMPARE(m_config->absences(m_fx->doctor).value().size(), field.isEmpty() ? 1 : 0);
}

void TestConfigurationService::absenceAppliesEveryChoiceTogether()
{
    const AppointmentId keep = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 09:00"), 30);
    const AppointmentId move = m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-24 09:30"), 30);
    const AppointmentId cancel = m_fx->addAppointment(m_fx->karim, m_fx->t15, QStringLiteral("2026-11-24 10:00"), 15);
    const AppointmentId freed = m_fx->addAppointment(m_fx->lucie, m_fx->t15, QStringLiteral("2026-11-24 10:30"), 15,
                                                     AppointmentStatus::Cancelled);
    const AppointmentId outside = m_fx->addAppointment(m_fx->lucie, m_fx->t15, QStringLiteral("2026-11-24 14:00"), 15);
    const TimeRange morning = range(m_fx->zone, QStringLiteral("2026-11-24 09:00"), QStringLiteral("2026-11-24 12:30"));

    // What the absence would cover: booked ones inside, not the cancelled one, not the afternoon.
    auto covered = m_config->absenceCollisions(m_fx->doctor, morning);
    QVERIFY(covered);
    QList<AppointmentId> ids;
    for (const auto &v : *covered)
        ids.append(v.appointment.id);
    QCOMPARE(ids, (QList<AppointmentId>{keep, move, cancel}));
    QCOMPARE(covered->at(0).patient.fullName(), QStringLiteral("Karim Connu"));

    QSignalSpy changed(m_booking.get(), &BookingService::appointmentChanged);
    QSignalSpy absences(m_booking.get(), &BookingService::absencesChanged);
    const QList<CollisionChoice> choices{
        {keep, CollisionChoice::Action::Keep, 0, {}},
        {move, CollisionChoice::Action::Move, m_fx->local(QStringLiteral("2026-11-24 15:00")), {}},
        {cancel, CollisionChoice::Action::Cancel, 0, {}},
    };
    auto saved = m_config->saveAbsence({{}, m_fx->doctor, morning, QStringLiteral("  Congrès ")}, choices);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->reason, QStringLiteral("Congrès"));
    const ClinicStore store(*m_fx->db);
    QCOMPARE(store.appointment(keep).value()->range.start, m_fx->local(QStringLiteral("2026-11-24 09:00")));
    QCOMPARE(store.appointment(keep).value()->status, AppointmentStatus::Booked);
    const Appointment moved = *store.appointment(move).value();
    QCOMPARE(moved.range, range(m_fx->zone, QStringLiteral("2026-11-24 15:00"), QStringLiteral("2026-11-24 15:30")));
    QCOMPARE(store.appointment(cancel).value()->status, AppointmentStatus::Cancelled);
    QCOMPARE(store.appointment(freed).value()->status, AppointmentStatus::Cancelled);
    QCOMPARE(store.appointment(outside).value()->status, AppointmentStatus::Booked);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(absences.size(), 1);
    QCOMPARE(absences.at(0).at(0).value<DoctorId>(), m_fx->doctor);
    // The morning is closed to online booking now.
    auto slots = m_booking->slots(m_fx->doctor, m_fx->t30, DateSpan{QDate(2026, 11, 24), QDate(2026, 11, 25)});
    QVERIFY(slots && !slots->isEmpty());
    QVERIFY(slots->first().start >= m_fx->local(QStringLiteral("2026-11-24 14:00")));
}

void TestConfigurationService::refusedMoveWritesNothing()
{
    const AppointmentId a = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 09:00"), 30);
    const AppointmentId b = m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-24 09:30"), 30);
    const TimeRange morning = range(m_fx->zone, QStringLiteral("2026-11-24 09:00"), QStringLiteral("2026-11-24 12:30"));
    // Cancel a, move b … into the absence itself: refused, and a stays booked.
    const QList<CollisionChoice> choices{
        {a, CollisionChoice::Action::Cancel, 0, {}},
        {b, CollisionChoice::Action::Move, m_fx->local(QStringLiteral("2026-11-24 11:00")), {}},
    };
    QSignalSpy changed(m_booking.get(), &BookingService::appointmentChanged);
    auto saved = m_config->saveAbsence({{}, m_fx->doctor, morning, QStringLiteral("Congrès")}, choices);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::DoctorAbsent);
    QCOMPARE(saved.error().field, QStringLiteral("appointment:%1").arg(b.value));
    QCOMPARE(saved.error().message, errorMessage(ErrorCode::DoctorAbsent));
    QVERIFY(m_config->absences(m_fx->doctor).value().isEmpty());
    QCOMPARE(ClinicStore(*m_fx->db).appointment(a).value()->status, AppointmentStatus::Booked);
    QCOMPARE(changed.size(), 0);
    // Onto another appointment: slot_taken, nothing written either.
    m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-24 15:00"), 30);
    auto taken = m_config->saveAbsence({{}, m_fx->doctor, morning, {}},
                                       {{b, CollisionChoice::Action::Move, m_fx->local("2026-11-24 15:00"), {}}});
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::SlotTaken);
    QVERIFY(m_config->absences(m_fx->doctor).value().isEmpty());
    // A choice about an appointment the absence does not cover is refused.
    const AppointmentId afternoon = m_fx->addAppointment(m_fx->karim, m_fx->t15, "2026-11-24 16:00", 15);
    auto unrelated = m_config->saveAbsence({{}, m_fx->doctor, morning, {}},
                                           {{afternoon, CollisionChoice::Action::Cancel, 0, {}}});
    QVERIFY(!unrelated);
    QCOMPARE(unrelated.error().field, QStringLiteral("appointment:%1").arg(afternoon.value));
    QCOMPARE(ClinicStore(*m_fx->db).appointment(afternoon).value()->status, AppointmentStatus::Booked);
    QVERIFY(m_config->absences(m_fx->doctor).value().isEmpty());
    // With the explicit override staff may double-book.
    auto forced = m_config->saveAbsence(
        {{}, m_fx->doctor, morning, {}},
        {{b, CollisionChoice::Action::Move, m_fx->local("2026-11-24 15:00"), Override::Overlap}});
    QVERIFY(forced);
}

void TestConfigurationService::editedAndRemovedAbsence()
{
    auto saved = m_config->saveAbsence(
        {{}, m_fx->doctor, range(m_fx->zone, "2026-11-24 09:00", "2026-11-24 10:00"), QStringLiteral("Formation")}, {});
    QVERIFY(saved);
    DoctorAbsence edited = *saved;
    edited.range.end = m_fx->local("2026-11-24 12:00");
    QVERIFY(m_config->saveAbsence(edited, {}));
    auto listed = m_config->absences(m_fx->doctor).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().range.end, m_fx->local("2026-11-24 12:00"));
    QSignalSpy absences(m_booking.get(), &BookingService::absencesChanged);
    QVERIFY(m_booking->removeAbsence(saved->id));
    QCOMPARE(absences.size(), 1);
    QVERIFY(m_config->absences(m_fx->doctor).value().isEmpty());
    QVERIFY(!m_booking->removeAbsence(saved->id));
}

void TestConfigurationService::clinicValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("field");

    QTest::newRow("valid") << "Cabinet Atlas" << QByteArray("Africa/Casablanca") << 3 << "";
    QTest::newRow("zeroNeverBlocks") << "Cabinet Atlas" << QByteArray("Europe/Paris") << 0 << "";
    QTest::newRow("emptyName") << " " << QByteArray("Europe/Paris") << 3 << "clinicName";
    QTest::newRow("unknownZone") << "Cabinet Atlas" << QByteArray("Mars/Olympus") << 3 << "timeZone";
    QTest::newRow("negativeLimit") << "Cabinet Atlas" << QByteArray("Europe/Paris") << -1 << "noShowLimit:%1";
    QTest::newRow("limitTooHigh") << "Cabinet Atlas" << QByteArray("Europe/Paris") << 100 << "noShowLimit:%1";
}

void TestConfigurationService::clinicValidation()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);
    QFETCH(int, limit);
    QFETCH(QString, field);
    if (field.contains(u'%'))
        field = field.arg(m_fx->doctor.value);
    const ClinicSettings before = m_booking->clinicSettings().value();
    auto r = m_config->saveClinic({name, zone, {{m_fx->doctor, limit}}});
    QCOMPARE(r.has_value(), field.isEmpty());
    if (!r) {
        QCOMPARE(r.error().field, field);
        QCOMPARE(m_booking->clinicSettings().value(), before);
    }
}

void TestConfigurationService::clinicSaved()
{
    QSignalSpy changed(m_booking.get(), &BookingService::catalogueChanged);
    QVERIFY(m_config->saveClinic({QStringLiteral(" Cabinet  Atlas "), "Africa/Casablanca",
                                  {{m_fx->doctor, 5}, {m_fx->otherDoctor, 0}}}));
    QCOMPARE(changed.size(), 1);
    const auto catalogue = m_booking->catalogue().value();
    QCOMPARE(catalogue->clinic.name, QStringLiteral("Cabinet Atlas"));
    QCOMPARE(catalogue->clinic.timeZone, QByteArray("Africa/Casablanca"));
    QCOMPARE(catalogue->doctor(m_fx->doctor)->noShowLimit, 5);
    QCOMPARE(catalogue->doctor(m_fx->otherDoctor)->noShowLimit, 0);
    // The hours were kept (updateDoctor rewrites them).
    QCOMPARE(catalogue->doctor(m_fx->doctor)->hours.intervals(1).size(), 2);
    // The online rules stay as they were.
    QCOMPARE(catalogue->clinic.horizonDays, 60);
}

void TestConfigurationService::onlineValidation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("publicAddress");
    QTest::addColumn<int>("notice");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("rate");
    QTest::addColumn<QString>("field");

    QTest::newRow("defaults") << "127.0.0.1" << 8080 << "" << 0 << 60 << 20 << "";
    QTest::newRow("everyNetwork") << "0.0.0.0" << 80 << "https://rdv.cabinet.ma" << 120 << 30 << 0 << "";
    QTest::newRow("ipv6") << "::1" << 8443 << "" << 0 << 60 << 20 << "";
    QTest::newRow("hostName") << "cabinet.local" << 8080 << "" << 0 << 60 << 20 << "address";
    QTest::newRow("badIpv4") << "127.0.0.300" << 8080 << "" << 0 << 60 << 20 << "address";
    QTest::newRow("portZero") << "127.0.0.1" << 0 << "" << 0 << 60 << 20 << "port";
    QTest::newRow("portTooHigh") << "127.0.0.1" << 70000 << "" << 0 << 60 << 20 << "port";
    QTest::newRow("publicWithoutScheme") << "127.0.0.1" << 8080 << "rdv.cabinet.ma" << 0 << 60 << 20
                                         << "publicAddress";
    QTest::newRow("noticeOverAWeek") << "127.0.0.1" << 8080 << "" << 10081 << 60 << 20 << "minNotice";
    QTest::newRow("horizonZero") << "127.0.0.1" << 8080 << "" << 0 << 0 << 20 << "horizon";
    QTest::newRow("rateTooHigh") << "127.0.0.1" << 8080 << "" << 0 << 60 << 1001 << "rateLimit";
}

void TestConfigurationService::onlineValidation()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, publicAddress);
    QFETCH(int, notice);
    QFETCH(int, horizon);
    QFETCH(int, rate);
    QFETCH(QString, field);
    OnlineBookingSettings s{true, address, port, publicAddress, notice, horizon, rate};
    auto r = m_config->saveOnlineBooking(s);
    QCOMPARE(r.has_value(), field.isEmpty());
    if (r) {
        QCOMPARE(m_config->onlineBooking(), s);
    } else {
        QCOMPARE(r.error().field, field);
        QCOMPARE(m_config->onlineBooking(), OnlineBookingSettings()); // nothing half-saved
        QVERIFY(!m_machine->contains(QStringLiteral("online/enabled")));
    }
}

void TestConfigurationService::onlineSavedAndAnnounced()
{
    QSignalSpy announced(m_config.get(), &ConfigurationService::onlineBookingChanged);
    OnlineBookingSettings s = m_config->onlineBooking();
    QCOMPARE(s.patientAddress(), QStringLiteral("http://127.0.0.1:8080/"));
    s.minNoticeMinutes = 90;
    QVERIFY(m_config->saveOnlineBooking(s));
    QCOMPARE(announced.size(), 0); // the running server reads the rules live
    QCOMPARE(m_booking->clinicSettings().value().minNoticeMinutes, 90);
    s.enabled = true;
    s.address = QStringLiteral("::1");
    QVERIFY(m_config->saveOnlineBooking(s));
    QCOMPARE(announced.size(), 1);
    QCOMPARE(m_machine->value(QStringLiteral("online/listen")).toString(), QStringLiteral("[::1]:8080"));
    QCOMPARE(m_config->onlineBooking().patientAddress(), QStringLiteral("http://[::1]:8080/"));
    s.publicAddress = QStringLiteral("https://rdv.cabinet.ma/");
    QVERIFY(m_config->saveOnlineBooking(s));
    QCOMPARE(m_config->onlineBooking().patientAddress(), QStringLiteral("https://rdv.cabinet.ma/"));
}

void TestConfigurationService::regeneratedTokenIsTheOnlyOneAccepted()
{
    QString first;
    auto initial = AccessToken::fromSettings(*m_fx->db, &first);
    QVERIFY(initial && !first.isEmpty());
    QSignalSpy announced(m_config.get(), &ConfigurationService::onlineBookingChanged);
    auto token = m_config->regenerateToken();
    QVERIFY(token);
    QCOMPARE(announced.size(), 1);
    QVERIFY(token->size() >= 32);
    auto stored = AccessToken::fromSettings(*m_fx->db, nullptr);
    QVERIFY(stored);
    QVERIFY(stored->accepts("Bearer " + token->toLatin1()));
    QVERIFY(!stored->accepts("Bearer " + first.toLatin1()));
    // Only a salted hash is kept.
    const auto settings = ClinicStore(*m_fx->db).setting(QStringLiteral("server.token_sha256")).value();
    QVERIFY(settings && !settings->contains(*token));
}

QTEST_GUILESS_MAIN(TestConfigurationService)
#include "tst_configurationservice.moc"
