// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/clinicstore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tbib;

// A database left at every earlier schema version, filled with the data that
// version could hold, upgrades to the latest with nothing lost.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradeKeepsData_data();
    void upgradeKeepsData();
    void reopeningIsIdempotent();
    void newerDatabaseIsRefused();
    void failedStepLeavesPreviousVersion();
};

namespace {

bool execAll(const Database &db, const QStringList &statements)
{
    for (const auto &s : statements) {
        if (auto r = db.exec(s); !r) {
            qWarning("%s: %s", qPrintable(s), qPrintable(r.error().detail));
            return false;
        }
    }
    return true;
}

// What each version's tables can hold, written with that version's columns.
bool fill(const Database &db, int version)
{
    if (version < 1)
        return true;
    QStringList sql = {
        "INSERT INTO doctors (id, name, specialty, no_show_limit) VALUES (1, 'Dr Amina Benali', 'Généraliste', 3)",
        "INSERT INTO doctors (id, name, specialty, no_show_limit) VALUES (2, 'Dr Julien Morel', 'Cardiologue', 2)",
        "INSERT INTO working_hours VALUES (1, 1, 540, 750), (1, 1, 840, 1110), (2, 6, 540, 720)",
        "INSERT INTO consultation_types (id, doctor_id, name, duration_minutes, price, color, is_emergency_only,"
        " require_existing_patient, active) VALUES (1, 1, 'Consultation', 15, '200 MAD', '#1E88E5', 0, 0, 1),"
        " (2, 2, 'Urgence', 20, '300 MAD', '#E53935', 1, 0, 1), (3, 1, 'Suivi', 30, '', '#43A047', 0, 1, 0)",
        "INSERT INTO absences (id, doctor_id, start_at, end_at, reason) VALUES (1, 1, 1795000000, 1795086400, 'Congrès')",
    };
    if (version == 1) {
        sql << "INSERT INTO patients (id, first_name, last_name, birth_date, phone, no_show_count, is_blocked,"
               " created_at) VALUES (1, 'Karim', 'Connu', '1980-05-17', '06 12 34 56 78', 1, 0, 1790000000),"
               " (2, 'Lucie', 'Martin', '1992-01-03', '+33 7 11 22 33 44', 0, 1, 1790000100)";
    } else {
        sql << "INSERT INTO patients (id, first_name, last_name, birth_date, phone, phone_key, no_show_count,"
               " is_blocked, created_at) VALUES (1, 'Karim', 'Connu', '1980-05-17', '06 12 34 56 78', '612345678', 1,"
               " 0, 1790000000), (2, 'Lucie', 'Martin', '1992-01-03', '+33 7 11 22 33 44', '711223344', 0, 1, 1790000100)"
            << "INSERT INTO settings (key, value) VALUES ('clinic.name', 'Cabinet Al Amal'),"
               " ('clinic.timezone', 'Africa/Casablanca'), ('clinic.horizon_days', '30')";
    }
    sql << "INSERT INTO appointments (id, doctor_id, patient_id, type_id, start_at, end_at, status, motif,"
           " private_notes, arrived_at, source, created_at, updated_at) VALUES"
           " (1, 1, 1, 1, 1794900000, 1794900900, 'no_show', 'Toux', 'Rappeler', NULL, 'desk', 1790000000, 1790000001),"
           " (2, 1, 2, 3, 1794990000, 1794991800, 'arrived', '', '', 1794989000, 'web', 1790000002, 1790000003),"
           " (3, 2, 1, 2, 1794990000, 1794991200, 'cancelled', 'Douleur', '', NULL, 'web', 1790000004, 1790000005)";
    if (db.engine() == Engine::Postgres) {
        // Rows written with explicit ids leave PostgreSQL's identity
        // sequences behind; the program itself never writes an id.
        for (const char *table : {"doctors", "consultation_types", "absences", "patients", "appointments"})
            sql << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))")
                       .arg(QLatin1StringView(table));
    }
    return execAll(db, sql);
}

} // namespace

void TestMigrations::upgradeKeepsData_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("fromVersion%d", v) << v;
}

void TestMigrations::upgradeKeepsData()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = test::databaseLocation(dir, "old.sqlite");
    {
        auto db = Database::open(path, Database::Migrate::No);
        QVERIFY(db);
        QVERIFY(Migrations::upgrade(**db, from));
        QCOMPARE(Migrations::currentVersion(**db).value(), from);
        QVERIFY(fill(**db, from));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QCOMPARE(Migrations::currentVersion(**db).value(), Migrations::latestVersion());
    const ClinicStore store(**db);
    if (from == 0) {
        QVERIFY(store.isEmpty().value());
        return;
    }

    const auto doctors = store.doctors().value();
    QCOMPARE(doctors.size(), 2);
    QCOMPARE(doctors[0].name, QStringLiteral("Dr Amina Benali"));
    QCOMPARE(doctors[0].specialty, QStringLiteral("Généraliste"));
    QCOMPARE(doctors[0].hours.intervals(1), (QList<LocalInterval>{{540, 750}, {840, 1110}}));
    QCOMPARE(doctors[1].noShowLimit, 2);
    QCOMPARE(doctors[1].hours.intervals(6), (QList<LocalInterval>{{540, 720}}));

    const auto types = store.types().value();
    QCOMPARE(types.size(), 3);
    // Ordered by doctor, then id.
    QCOMPARE(types[2].name, QStringLiteral("Urgence"));
    QVERIFY(types[2].emergencyOnly);
    QCOMPARE(types[2].duration.minutes, 20);
    QCOMPARE(types[1].price, QString());
    QVERIFY(types[1].requireExistingPatient);
    QVERIFY(!types[1].active);

    const auto absences = store.absences({}, {0, std::numeric_limits<qint64>::max()}).value();
    QCOMPARE(absences.size(), 1);
    QCOMPARE(absences[0].reason, QStringLiteral("Congrès"));
    QCOMPARE(absences[0].range, (TimeRange{1795000000, 1795086400}));

    const auto patients = store.patients().value();
    QCOMPARE(patients.size(), 2);
    QCOMPARE(patients[0].noShowCount, 1);
    QVERIFY(patients[1].blocked);
    QCOMPARE(patients[1].birthDate, QDate(1992, 1, 3));
    // Patients stored before the phone key existed are recognised too.
    const auto lucie = store.findPatient("07 11 22 33 44", QDate(1992, 1, 3)).value();
    QVERIFY(lucie.has_value());
    QCOMPARE(lucie->id, PatientId(2));

    const auto appointments = store.appointments({}, {0, std::numeric_limits<qint64>::max()}).value();
    QCOMPARE(appointments.size(), 3);
    QCOMPARE(appointments[0].status, AppointmentStatus::NoShow);
    QCOMPARE(appointments[0].privateNotes, QStringLiteral("Rappeler"));
    QCOMPARE(appointments[0].arrivedAt, std::nullopt);
    QCOMPARE(appointments[1].arrivedAt, std::optional<UtcSeconds>(1794989000));
    QCOMPARE(appointments[1].source, BookingSource::Web);
    QCOMPARE(appointments[2].range, (TimeRange{1794990000, 1794991200}));
    QCOMPARE(appointments[2].updatedAt, 1790000005);

    const auto settings = store.clinicSettings().value();
    if (from >= 2) {
        QCOMPARE(settings.name, QStringLiteral("Cabinet Al Amal"));
        QCOMPARE(settings.timeZone, QByteArray("Africa/Casablanca"));
        QCOMPARE(settings.horizonDays, 30);
    }
    // The upgraded schema takes new data in every table.
    Patient p;
    p.firstName = "Nadia";
    p.lastName = "El Idrissi";
    p.birthDate = QDate(1990, 2, 3);
    p.phone = "0661234567";
    p.photo = QByteArray("\x89PNG", 4);
    auto id = store.insertPatient(p);
    QVERIFY(id);
    QCOMPARE(store.patient(*id).value()->photo, p.photo);
}

void TestMigrations::reopeningIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = test::databaseLocation(dir, "clinic.sqlite");
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(Migrations::currentVersion(**db).value(), Migrations::latestVersion());
        QSqlQuery &q = (*db)->prepare("SELECT COUNT(*) FROM schema_version");
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
    }
}

void TestMigrations::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = test::databaseLocation(dir, "future.sqlite");
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                                .arg(Migrations::latestVersion() + 1)));
    }
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY(db.error().contains("newer"));
}

void TestMigrations::failedStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = test::databaseLocation(dir, "blocked.sqlite");
    {
        auto db = Database::open(path, Database::Migrate::No);
        QVERIFY(db);
        QVERIFY(Migrations::upgrade(**db, 1));
        // Something already holds the name step 2 wants to create.
        QVERIFY((*db)->exec("CREATE TABLE settings (whatever TEXT)"));
        QVERIFY(fill(**db, 1));
        QVERIFY(!Migrations::upgrade(**db, Migrations::latestVersion()));
        QCOMPARE(Migrations::currentVersion(**db).value(), 1);
        // Step 2 was rolled back as a whole: no phone_key column appeared.
        QSqlQuery &q = (*db)->prepare("SELECT phone_key FROM patients");
        QVERIFY(!q.exec());
        QSqlQuery &n = (*db)->prepare("SELECT COUNT(*) FROM patients");
        QVERIFY(n.exec() && n.next());
        QCOMPARE(n.value(0).toInt(), 2);
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
