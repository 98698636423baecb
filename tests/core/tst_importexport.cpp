// SPDX-License-Identifier: GPL-3.0-or-later
// The clinic file: lossless round trip, every kind of malformed file refused
// with a detail naming record and field and the database left untouched,
// the collision rule, and the demo clinic's promises (DESIGN §6).
#include "domain/clock.h"
#include "domain/cliniczone.h"
#include "io/clinicjson.h"
#include "io/democlinic.h"
#include "storage/clinicstore.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tbib;

namespace {

const QByteArray Casablanca = "Africa/Casablanca";

// Tuesday 24 November 2026, 10:40 in Casablanca: mid-morning on a working day.
UtcSeconds tuesdayMorning()
{
    return ClinicZone(Casablanca).fromLocal(QDate(2026, 11, 24), 10 * 60 + 40);
}

// A small valid file, written by hand as a clinic would: keys that are words,
// local times without offset, optional fields left out.
const char BaseFile[] = R"({
  "format": "tbib-clinic", "version": 1,
  "clinic": {"name": "Cabinet Test", "timezone": "Africa/Casablanca", "min_notice_minutes": 30,
             "horizon_days": 30, "booking_rate_limit_per_minute": 10},
  "doctors": [
    {"key": "house", "name": "Dr Test House", "specialty": "Généraliste", "no_show_limit": 2,
     "hours": {"mon": [["09:00", "12:30"], ["14:00", "18:30"]], "sat": [["09:00", "12:00"]]}},
    {"key": "heart", "name": "Dr Test Heart", "specialty": "Cardiologue",
     "hours": {"tue": [["09:00", "17:00"]]}}
  ],
  "consultation_types": [
    {"key": "general", "doctor": "house", "name": "Consultation", "duration": 20, "price": "200 MAD",
     "color": "#1E88E5"},
    {"key": "ecg", "doctor": "heart", "name": "ECG", "duration": 15, "color": "#FB8C00", "is_emergency_only": false}
  ],
  "absences": [
    {"doctor": "heart", "start": "2026-12-01T00:00", "end": "2026-12-03T00:00", "reason": "Congrès"}
  ],
  "patients": [
    {"key": "karim", "first_name": "Karim", "last_name": "Test", "birth_date": "1980-05-17", "phone": "0699 11 22 33"},
    {"key": "marie", "first_name": "Marie", "last_name": "Essai", "birth_date": "1992-02-29", "phone": "+33 6 99 88 77 66",
     "no_show_count": 1}
  ],
  "appointments": [
    {"doctor": "house", "patient": "karim", "type": "general", "start": "2026-11-23T09:00", "status": "done",
     "motif": "Fièvre"},
    {"doctor": "heart", "patient": "marie", "type": "ecg", "start": "2026-11-24T09:15:00+01:00", "status": "no_show"}
  ]
})";

QByteArray base()
{
    return QByteArray(BaseFile);
}

QByteArray replaced(const char *from, const char *to)
{
    QByteArray b = base();
    Q_ASSERT(b.contains(from));
    return b.replace(from, to);
}

std::unique_ptr<Database> openDb(const QTemporaryDir &dir, const QString &name)
{
    auto db = Database::open(test::databaseLocation(dir, name));
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error()));
    return std::move(*db);
}

QByteArray exported(const Database &db)
{
    auto s = ClinicJson::read(db);
    if (!s)
        qFatal("read failed: %s", qPrintable(s.error().detail));
    return ClinicJson::serialize(*s);
}

// One change to a snapshot, given the demo clinic it is imported into.
using Mutation = std::function<void(ClinicSnapshot &, const ClinicSnapshot &demo)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestImportExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripIsLossless_data()
    {
        // The demo's month straddles the Ramadan offset change in the second row.
        QTest::addColumn<UtcSeconds>("now");
        QTest::newRow("november") << tuesdayMorning();
        QTest::newRow("aroundRamadanOffset") << ClinicZone(Casablanca).fromLocal(QDate(2026, 2, 24), 15 * 60);
    }
    void roundTripIsLossless()
    {
        QFETCH(UtcSeconds, now);
        const ManualClock clock(now);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        auto first = openDb(m_dir, u"roundtrip-1-" + tag + u".sqlite");
        QVERIFY(DemoClinic::install(*first, clock));
        const QByteArray a = exported(*first);

        auto parsed = ClinicJson::parse(a, clock.now());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
        auto stored = ClinicJson::read(*first);
        QVERIFY(stored);
        QVERIFY(*parsed == *stored); // the file holds every field of every record

        auto second = openDb(m_dir, u"roundtrip-2-" + tag + u".sqlite");
        QVERIFY(ClinicJson::write(*second, *parsed));
        const QByteArray b = exported(*second);
        QCOMPARE(b, a);

        auto again = ClinicJson::read(*second);
        QVERIFY(again);
        QCOMPARE(again->doctors.size(), stored->doctors.size());
        QCOMPARE(again->types.size(), stored->types.size());
        QCOMPARE(again->absences.size(), stored->absences.size());
        QCOMPARE(again->patients.size(), stored->patients.size());
        QCOMPARE(again->appointments.size(), stored->appointments.size());
    }

    void handWrittenFileIsRead()
    {
        auto s = ClinicJson::parse(base(), tuesdayMorning());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        const ClinicZone zone(Casablanca);
        QCOMPARE(s->doctors.size(), 2);
        QCOMPARE(s->doctors[0].hours.intervals(1).size(), 2);
        QCOMPARE(s->doctors[1].noShowLimit, 3); // default
        QCOMPARE(s->types[1].doctorId, s->doctors[1].id);
        QCOMPARE(s->types[1].price, QString());
        // Without offset: clinic-local; with offset: as written. Both 09:xx local.
        QCOMPARE(s->appointments[0].range.start, zone.fromLocal(QDate(2026, 11, 23), 9 * 60));
        QCOMPARE(s->appointments[1].range.start, zone.fromLocal(QDate(2026, 11, 24), 9 * 60 + 15));
        // A missing end is start + the type's duration.
        QCOMPARE(s->appointments[0].range.seconds(), 20 * 60);
        QCOMPARE(s->appointments[1].status, AppointmentStatus::NoShow);
        QCOMPARE(s->appointments[0].source, BookingSource::Desk);
        QCOMPARE(s->absences[0].range.seconds(), 2 * 86400);
    }

    void instantForms_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("localMinutes") << QByteArray("2026-11-24T09:15");
        QTest::newRow("localSeconds") << QByteArray("2026-11-24T09:15:00");
        QTest::newRow("clinicOffset") << QByteArray("2026-11-24T09:15:00+01:00");
        QTest::newRow("utcZ") << QByteArray("2026-11-24T08:15:00Z");
        QTest::newRow("fraction") << QByteArray("2026-11-24T08:15:00.000Z");
        QTest::newRow("negativeOffset") << QByteArray("2026-11-24T03:15:00-05:00");
    }
    void instantForms()
    {
        QFETCH(QByteArray, start);
        auto s = ClinicJson::parse(replaced("2026-11-24T09:15:00+01:00", start.constData()), tuesdayMorning());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QCOMPARE(s->appointments[1].range.start, ClinicZone(Casablanca).fromLocal(QDate(2026, 11, 24), 9 * 60 + 15));
    }

    void malformedFileRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        const QByteArray b = base();
        QTest::newRow("truncated") << b.left(b.size() / 2) << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("notAnObject") << QByteArray("[1, 2]") << QStringLiteral("one JSON object");
        QTest::newRow("wrongFormat") << replaced(R"("tbib-clinic")", R"("other-app")") << QStringLiteral("\"format\"");
        QTest::newRow("wrongVersion") << replaced(R"("version": 1)", R"("version": 2)") << QStringLiteral("\"version\"");
        QTest::newRow("missingClinic") << replaced(R"("clinic": {)", R"("clinik": {)") << QStringLiteral("clinic: missing");
        QTest::newRow("unknownTimeZone") << replaced("Africa/Casablanca", "Mars/Olympus_Mons")
                                         << QStringLiteral("clinic: timezone \"Mars/Olympus_Mons\" is not a known");
        QTest::newRow("negativeMinNotice") << replaced(R"("min_notice_minutes": 30)", R"("min_notice_minutes": -5)")
                                           << QStringLiteral("clinic: min_notice_minutes must be between 0");
        QTest::newRow("zeroHorizon") << replaced(R"("horizon_days": 30)", R"("horizon_days": 0)")
                                     << QStringLiteral("clinic: horizon_days must be between 1");
        QTest::newRow("emptyClinicName") << replaced(R"("Cabinet Test")", R"("  ")")
                                         << QStringLiteral("clinic: name must not be empty");
        QTest::newRow("duplicateDoctorKey") << replaced(R"("key": "heart")", R"("key": "house")")
                                            << QStringLiteral("doctors[1] (\"house\"): duplicate key \"house\"");
        QTest::newRow("missingDoctorName") << replaced(R"("name": "Dr Test Heart", )", "")
                                           << QStringLiteral("doctors[1] (\"heart\"): missing required field \"name\"");
        QTest::newRow("negativeNoShowLimit") << replaced(R"("no_show_limit": 2)", R"("no_show_limit": -1)")
                                             << QStringLiteral("doctors[0] (\"house\"): no_show_limit must be between 0");
        QTest::newRow("overlappingHours") << replaced(R"(["14:00", "18:30"])", R"(["12:00", "18:30"])")
                                          << QStringLiteral("doctors[0] (\"house\"): hours.mon: intervals must not");
        QTest::newRow("reversedHours") << replaced(R"([["09:00", "12:00"]])", R"([["12:00", "09:00"]])")
                                       << QStringLiteral("doctors[0] (\"house\"): hours.sat: intervals must not");
        QTest::newRow("impossibleHour") << replaced(R"(["09:00", "17:00"])", R"(["09:00", "25:00"])")
                                        << QStringLiteral("doctors[1] (\"heart\"): hours.tue[0] must be a pair of times");
        QTest::newRow("unknownDay") << replaced(R"("tue": )", R"("tuesday": )")
                                    << QStringLiteral("doctors[1] (\"heart\"): hours.tuesday: unknown day");
        QTest::newRow("typeOfUnknownDoctor") << replaced(R"("doctor": "house", "name": "Consultation")",
                                                         R"("doctor": "nobody", "name": "Consultation")")
                                             << QStringLiteral("consultation_types[0] (\"general\"): doctor \"nobody\" matches no key in doctors");
        QTest::newRow("negativeDuration") << replaced(R"("duration": 20)", R"("duration": -20)")
                                          << QStringLiteral("consultation_types[0] (\"general\"): duration must be between 5 and 480");
        QTest::newRow("durationTooLong") << replaced(R"("duration": 15)", R"("duration": 600)")
                                         << QStringLiteral("consultation_types[1] (\"ecg\"): duration must be between 5 and 480");
        QTest::newRow("durationAsText") << replaced(R"("duration": 20)", R"("duration": "20")")
                                        << QStringLiteral("consultation_types[0] (\"general\"): duration must be a whole number");
        QTest::newRow("fractionalDuration") << replaced(R"("duration": 20)", R"("duration": 20.5)")
                                            << QStringLiteral("duration must be a whole number");
        QTest::newRow("badColour") << replaced("\"#1E88E5\"", "\"#1E88E\"")
                                   << QStringLiteral("consultation_types[0] (\"general\"): color must be written #RRGGBB");
        QTest::newRow("colourName") << replaced("\"#FB8C00\"", "\"orange\"")
                                    << QStringLiteral("consultation_types[1] (\"ecg\"): color must be written #RRGGBB");
        QTest::newRow("flagAsText") << replaced(R"("is_emergency_only": false)", R"("is_emergency_only": "no")")
                                    << QStringLiteral("consultation_types[1] (\"ecg\"): is_emergency_only must be true or false");
        QTest::newRow("absenceEndBeforeStart") << replaced(R"("end": "2026-12-03T00:00")", R"("end": "2026-11-30T00:00")")
                                               << QStringLiteral("absences[0]: end must be after start");
        QTest::newRow("absenceOfUnknownDoctor") << replaced(R"({"doctor": "heart", "start")", R"({"doctor": "lungs", "start")")
                                                << QStringLiteral("absences[0]: doctor \"lungs\" matches no key in doctors");
        QTest::newRow("impossibleBirthDate") << replaced("1980-05-17", "2026-02-30")
                                             << QStringLiteral("patients[0] (\"karim\"): birth_date must be a real date");
        QTest::newRow("birthDateFormat") << replaced("1980-05-17", "17/05/1980")
                                         << QStringLiteral("patients[0] (\"karim\"): birth_date must be a real date");
        QTest::newRow("birthDateInFuture") << replaced("1980-05-17", "2030-05-17")
                                           << QStringLiteral("patients[0] (\"karim\"): birth_date 2030-05-17 is in the future");
        QTest::newRow("missingPhone") << replaced(R"(, "phone": "0699 11 22 33")", "")
                                      << QStringLiteral("patients[0] (\"karim\"): missing required field \"phone\"");
        QTest::newRow("negativeNoShowCount") << replaced(R"("no_show_count": 1)", R"("no_show_count": -1)")
                                             << QStringLiteral("patients[1] (\"marie\"): no_show_count must be between 0");
        QTest::newRow("duplicatePatientKey") << replaced(R"("key": "marie")", R"("key": "karim")")
                                             << QStringLiteral("patients[1] (\"karim\"): duplicate key");
        QTest::newRow("appointmentOfUnknownPatient") << replaced(R"("patient": "marie")", R"("patient": "nadia")")
                                                     << QStringLiteral("appointments[1]: patient \"nadia\" matches no key in patients");
        QTest::newRow("appointmentOfUnknownType") << replaced(R"("type": "ecg")", R"("type": "echo")")
                                                  << QStringLiteral("appointments[1]: type \"echo\" matches no key in consultation_types");
        QTest::newRow("typeOfAnotherDoctor") << replaced(R"("type": "ecg")", R"("type": "general")")
                                             << QStringLiteral("appointments[1]: type \"general\" belongs to doctor \"house\", not to the appointment's doctor \"heart\"");
        QTest::newRow("impossibleStartHour") << replaced("2026-11-23T09:00", "2026-11-23T25:00")
                                             << QStringLiteral("appointments[0]: start must be a real date-time");
        QTest::newRow("impossibleStartDate") << replaced("2026-11-23T09:00", "2026-02-30T09:00")
                                             << QStringLiteral("appointments[0]: start must be a real date-time");
        QTest::newRow("endBeforeStart") << replaced(R"("status": "no_show")", R"("status": "no_show", "end": "2026-11-24T09:00")")
                                        << QStringLiteral("appointments[1]: end must be after start");
        QTest::newRow("unknownStatus") << replaced(R"("status": "done")", R"("status": "finished")")
                                       << QStringLiteral("appointments[0]: unknown status \"finished\"");
        QTest::newRow("unknownSource") << replaced(R"("status": "done")", R"("status": "done", "source": "phone")")
                                       << QStringLiteral("appointments[0]: unknown source \"phone\"");
        QTest::newRow("recordNotAnObject") << replaced(R"("absences": [)", R"("absences": [42, )")
                                           << QStringLiteral("absences[0]: must be an object");
        QTest::newRow("listNotAnArray") << replaced(R"("absences": [)", R"("absences": "none", "ignored": [)")
                                        << QStringLiteral("absences: must be an array");
    }
    void malformedFileRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);

        // A database that already holds a clinic must come out exactly as it went in.
        const ManualClock clock(tuesdayMorning());
        auto db = openDb(m_dir, QString::fromLatin1(QTest::currentDataTag()) + u".sqlite");
        QVERIFY(DemoClinic::install(*db, clock));
        const QByteArray before = exported(*db);

        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        const auto r = ClinicJson::importFile(*db, path, clock.now());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
        QCOMPARE(exported(*db), before);
    }

    void storageFailureLeavesNothing()
    {
        // The database itself refuses the last insert: every earlier insert of
        // the same import must be rolled back, settings included.
        auto db = openDb(m_dir, QStringLiteral("storage-failure.sqlite"));
        QSqlQuery trigger(db->connection());
        if (db->engine() == Engine::Sqlite) {
            QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON appointments "
                                                "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        } else {
            QVERIFY(trigger.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                                "$$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$")));
            QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON appointments "
                                                "FOR EACH ROW EXECUTE FUNCTION refuse()")));
        }
        auto s = ClinicJson::parse(base(), tuesdayMorning());
        QVERIFY(s);
        const auto r = ClinicJson::write(*db, *s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::StorageFailure);
        const ClinicStore store(*db);
        const auto empty = store.isEmpty();
        QVERIFY(empty && *empty);
        auto name = store.setting(QStringLiteral("clinic.name"));
        QVERIFY(name && !name->has_value());
        auto snapshot = ClinicJson::read(*db);
        QVERIFY(snapshot && snapshot->types.isEmpty() && snapshot->absences.isEmpty());
    }

    void importIntoNonEmpty_data()
    {
        // A file for the demo clinic (same settings) that adds a new doctor
        // with one patient; each row changes one thing.
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("refusal"); // empty: accepted

        QTest::newRow("newDoctorAndPatient") << Mutation([](ClinicSnapshot &, const ClinicSnapshot &) {}) << QString();
        QTest::newRow("samePhoneOtherBirthDate") << Mutation([](ClinicSnapshot &s, const ClinicSnapshot &demo) {
            s.patients[0].phone = demo.patients[0].phone;
            s.patients[0].birthDate = demo.patients[0].birthDate.addDays(1);
        }) << QString();
        QTest::newRow("sameDoctorName") << Mutation([](ClinicSnapshot &s, const ClinicSnapshot &) {
            s.doctors[0].name = QStringLiteral("dr  AMINA benali");
        }) << QStringLiteral("doctors[0]: a doctor named \"dr  AMINA benali\" is already in this database");
        QTest::newRow("samePatient") << Mutation([](ClinicSnapshot &s, const ClinicSnapshot &demo) {
            s.patients[0].phone = u"+212 " + demo.patients[3].phone.mid(1); // same phone key, international form
            s.patients[0].birthDate = demo.patients[3].birthDate;
        }) << QStringLiteral("patients[0]: a patient with the same phone and birth date");
        QTest::newRow("otherClinicSettings") << Mutation([](ClinicSnapshot &s, const ClinicSnapshot &) {
            s.clinic.name = QStringLiteral("Cabinet voisin");
        }) << QStringLiteral("clinic: the settings differ");
        QTest::newRow("otherTimeZone") << Mutation([](ClinicSnapshot &s, const ClinicSnapshot &) {
            s.clinic.timeZone = "Europe/Paris";
        }) << QStringLiteral("clinic: the settings differ");
    }
    void importIntoNonEmpty()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, refusal);

        const ManualClock clock(tuesdayMorning());
        const ClinicSnapshot demo = DemoClinic::build(clock);
        auto db = openDb(m_dir, u"nonempty-" + QString::fromLatin1(QTest::currentDataTag()) + u".sqlite");
        QVERIFY(DemoClinic::install(*db, clock));
        const QByteArray before = exported(*db);

        auto file = ClinicJson::parse(base(), clock.now());
        QVERIFY(file);
        ClinicSnapshot s = *file;
        s.clinic = demo.clinic;
        s.doctors.removeLast();
        s.types.removeLast();
        s.absences.clear();
        s.patients.removeLast();
        s.appointments.removeLast();
        mutate(s, demo);
        // Through the text, as a real file would come.
        auto reparsed = ClinicJson::parse(ClinicJson::serialize(s), clock.now());
        QVERIFY2(reparsed, qPrintable(reparsed ? QString() : reparsed.error().detail));

        const auto r = ClinicJson::write(*db, *reparsed);
        if (refusal.isEmpty()) {
            QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
            auto after = ClinicJson::read(*db);
            QVERIFY(after);
            QCOMPARE(after->doctors.size(), demo.doctors.size() + 1);
            QCOMPARE(after->patients.size(), demo.patients.size() + 1);
            QCOMPARE(after->appointments.size(), demo.appointments.size() + 1);
            // The new appointment points at the new doctor, patient and type.
            const Appointment &added = after->appointments.constLast();
            QCOMPARE(added.doctorId, after->doctors.constLast().id);
            QCOMPARE(added.patientId, after->patients.constLast().id);
            QCOMPARE(added.typeId, after->types.constLast().id);
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().detail.contains(refusal), qPrintable(r.error().detail));
            QCOMPARE(exported(*db), before);
        }
    }

    void demoRefusesNonEmptyDatabase()
    {
        const ManualClock clock(tuesdayMorning());
        auto db = openDb(m_dir, QStringLiteral("demo-twice.sqlite"));
        QVERIFY(DemoClinic::install(*db, clock));
        const QByteArray before = exported(*db);
        const auto again = DemoClinic::install(*db, clock);
        QVERIFY(!again);
        QVERIFY(again.error().detail.contains(QStringLiteral("empty database")));
        QCOMPARE(exported(*db), before);
    }

    void demoKeepsItsPromises_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("minute");
        QTest::addColumn<bool>("workingDay"); // today has consultations: every status shows
        QTest::newRow("tuesdayMorning") << QDate(2026, 11, 24) << 10 * 60 + 40 << true;
        QTest::newRow("mondayBeforeOpening") << QDate(2026, 11, 23) << 7 * 60 << true;
        QTest::newRow("fridayEvening") << QDate(2026, 11, 27) << 21 * 60 << true;
        QTest::newRow("sunday") << QDate(2026, 11, 29) << 11 * 60 << false;
        QTest::newRow("duringRamadanOffset") << QDate(2026, 2, 24) << 15 * 60 << true;
        QTest::newRow("acrossSummerTime") << QDate(2026, 3, 24) << 9 * 60 + 30 << true;
    }
    void demoKeepsItsPromises()
    {
        QFETCH(QDate, date);
        QFETCH(int, minute);
        QFETCH(bool, workingDay);
        const ClinicZone zone(Casablanca);
        const ManualClock clock(zone.fromLocal(date, minute));
        const ClinicSnapshot s = DemoClinic::build(clock);
        QVERIFY(ClinicJson::validate(s));
        QVERIFY(DemoClinic::build(clock) == s); // deterministic

        QCOMPARE(s.clinic.timeZone, Casablanca);
        QCOMPARE(s.doctors.size(), 2);
        QVERIFY(s.patients.size() >= 35 && s.patients.size() <= 45);
        QCOMPARE(s.absences.size(), 1);
        QVERIFY(std::any_of(s.types.cbegin(), s.types.cend(), [](const auto &t) { return t.emergencyOnly; }));
        QVERIFY(std::any_of(s.types.cbegin(), s.types.cend(), [](const auto &t) { return t.requireExistingPatient; }));
        QSet<QString> colours;
        QSet<int> durations;
        for (const auto &t : s.types) {
            colours.insert(t.color);
            durations.insert(t.duration.minutes);
        }
        QCOMPARE(colours.size(), s.types.size());
        QVERIFY(durations.contains(15) && durations.contains(20) && durations.contains(30) && durations.contains(45));
        QVERIFY(std::count_if(s.patients.cbegin(), s.patients.cend(), [](const auto &p) { return p.blocked; }) == 1);

        QSet<AppointmentStatus> statuses;
        QHash<qint64, int> noShows;
        const QDate today = zone.dateOf(clock.now());
        for (const Appointment &a : s.appointments) {
            statuses.insert(a.status);
            const QDate day = zone.dateOf(a.range.start);
            QVERIFY(day >= today.addDays(-14) && day <= today.addDays(14));
            if (a.status == AppointmentStatus::NoShow)
                ++noShows[a.patientId.value];
            if (day < today)
                QVERIFY(a.status == AppointmentStatus::Done || a.status == AppointmentStatus::NoShow
                        || a.status == AppointmentStatus::Cancelled);
            if (day > today)
                QVERIFY(a.status == AppointmentStatus::Booked || a.status == AppointmentStatus::Cancelled);
            QVERIFY(a.createdAt <= clock.now());
            QVERIFY(!a.arrivedAt || *a.arrivedAt <= clock.now());
            // On the grid of its own type, inside working hours, not during the absence.
            const ConsultationType &t = s.types[a.typeId.value - 1];
            QCOMPARE(a.range.seconds(), t.duration.seconds());
            const Doctor &d = s.doctors[a.doctorId.value - 1];
            const int startMinute = zone.minuteOfDay(a.range.start);
            const auto &ivs = d.hours.intervals(day.dayOfWeek());
            QVERIFY(std::any_of(ivs.cbegin(), ivs.cend(), [&](const LocalInterval &iv) {
                return iv.startMinute <= startMinute && startMinute + t.duration.minutes <= iv.endMinute
                    && (startMinute - iv.startMinute) % t.duration.minutes == 0;
            }));
            for (const DoctorAbsence &ab : s.absences)
                QVERIFY(ab.doctorId != a.doctorId || !ab.range.overlaps(a.range));
            QVERIFY(t.active);
            if (t.emergencyOnly)
                QVERIFY(day <= today);
        }
        for (const Patient &p : s.patients)
            QCOMPARE(p.noShowCount, noShows.value(p.id.value));
        for (const Doctor &d : s.doctors) {
            QList<TimeRange> occupied;
            for (const Appointment &a : s.appointments) {
                if (a.doctorId == d.id && occupiesTime(a.status))
                    occupied.append(a.range);
            }
            QVERIFY(occupied.size() > 40);
            std::sort(occupied.begin(), occupied.end(), [](auto x, auto y) { return x.start < y.start; });
            for (qsizetype i = 1; i < occupied.size(); ++i)
                QVERIFY(!occupied[i - 1].overlaps(occupied[i]));
        }
        QVERIFY(statuses.contains(AppointmentStatus::Done));
        QVERIFY(statuses.contains(AppointmentStatus::NoShow));
        QVERIFY(statuses.contains(AppointmentStatus::Cancelled));
        QVERIFY(statuses.contains(AppointmentStatus::Booked));
        if (workingDay) {
            QVERIFY(statuses.contains(AppointmentStatus::Arrived));
            QVERIFY(statuses.contains(AppointmentStatus::InProgress));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
