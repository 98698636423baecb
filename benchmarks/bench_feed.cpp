// SPDX-License-Identifier: GPL-3.0-or-later
// bench_feed: what the calendar feed reads, on SQLite and on PostgreSQL
// (docs/performance.md, "Several workstations").
//
// BookingService::appointmentViews (the joined read behind
// GET /api/doctor/appointments and the desk's grid) for one week of a busy
// clinic, timed call by call, median and p99:
//   cached:   the same week again with nothing written meanwhile (after
//             one untimed call): the change stamp is read, then the agenda
//             cache answers;
//   uncached: before each call another connection (another workstation)
//             changes the status of an appointment a month away, so the
//             stamp moves: the catalogue and the week are read again. The
//             write is not timed.
// Each for every doctor at once (the feed without doctor_id) and for one.
//
// The clinic: Africa/Casablanca, three doctors working Mon–Fri 09:00–12:30
// and 14:00–18:30 and Sat 09:00–13:00, one 20-minute type each, 3,000
// patients and a year of appointments (26 weeks back, 26 ahead) filling
// about 80 % of every doctor's grid (a fixed seed): about 105 a doctor per
// week. Written in one transaction through ClinicStore.
//
// Usage: bench_feed [--quick] [--db LOCATION] [--runs N]
//   --quick: five weeks either side and 30 calls (a smoke run; figures meaningless)
//   --db:    a SQLite file (deleted and made anew) or a postgresql:// URL
//            without `schema` (the run uses, and drops, the schema
//            tbib_feed); default: a SQLite file in a temporary directory
//   --runs:  calls per measure (default 2000 cached, a tenth of it uncached)

#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace tbib;

namespace {

using SteadyClock = std::chrono::steady_clock;

const QString FeedSchema = QStringLiteral("tbib_feed");
constexpr int Doctors = 3;
constexpr int Patients = 3000;

struct Clinic
{
    QList<DoctorId> doctors;
    QList<AppointmentId> farAway; // a month after the measured week: the writer's targets
    int inWeek = 0;               // appointments of the measured week, every doctor
    int inWeekFirstDoctor = 0;
    int total = 0;
};

Result<Clinic> fillClinic(const Database &db, const QTimeZone &zone, QDate monday, int weeksAround)
{
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    ClinicSettings settings;
    settings.name = QStringLiteral("Cabinet Bench");
    settings.timeZone = zone.id();
    if (auto r = store.saveClinicSettings(settings); !r)
        return std::unexpected(r.error());
    QList<TypeId> types;
    Clinic clinic;
    for (int d = 0; d < Doctors; ++d) {
        Doctor doctor;
        doctor.name = QStringLiteral("Dr Bench %1").arg(d + 1);
        doctor.specialty = QStringLiteral("Médecin généraliste");
        for (int day = 1; day <= 5; ++day) {
            if (!doctor.hours.setIntervals(day, {{9 * 60, 12 * 60 + 30}, {14 * 60, 18 * 60 + 30}}))
                return fail(ErrorCode::InvalidInput, QStringLiteral("hours"));
        }
        if (!doctor.hours.setIntervals(6, {{9 * 60, 13 * 60}}))
            return fail(ErrorCode::InvalidInput, QStringLiteral("hours"));
        auto doctorId = store.insertDoctor(doctor);
        if (!doctorId)
            return std::unexpected(doctorId.error());
        ConsultationType type;
        type.doctorId = *doctorId;
        type.name = QStringLiteral("Consultation");
        type.duration = Duration{20};
        type.price = QStringLiteral("250 MAD");
        type.color = QStringLiteral("#1E88E5");
        auto typeId = store.insertType(type);
        if (!typeId)
            return std::unexpected(typeId.error());
        clinic.doctors.append(*doctorId);
        types.append(*typeId);
    }
    QList<PatientId> patients;
    for (int i = 0; i < Patients; ++i) {
        Patient p;
        p.firstName = QStringLiteral("Prénom%1").arg(i);
        p.lastName = QStringLiteral("Nom%1").arg(i);
        p.birthDate = QDate(1940, 1, 1).addDays(i * 7 % 30000);
        p.phone = QStringLiteral("06%1").arg(20000000 + i);
        p.createdAt = 1;
        auto id = store.insertPatient(p);
        if (!id)
            return std::unexpected(id.error());
        patients.append(*id);
    }
    QRandomGenerator random(20261202);
    const QDate first = monday.addDays(-7 * weeksAround);
    const QDate last = monday.addDays(7 * weeksAround + 6);
    const UtcSeconds weekStart = QDateTime(monday, QTime(0, 0), zone).toSecsSinceEpoch();
    const UtcSeconds weekEnd = QDateTime(monday.addDays(7), QTime(0, 0), zone).toSecsSinceEpoch();
    const QDate farDay = monday.addDays(28);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const int weekday = day.dayOfWeek();
        QList<std::pair<int, int>> intervals;
        if (weekday <= 5)
            intervals = {{9 * 60, 12 * 60 + 30}, {14 * 60, 18 * 60 + 30}};
        else if (weekday == 6)
            intervals = {{9 * 60, 13 * 60}};
        for (int d = 0; d < Doctors; ++d) {
            for (const auto &[from, to] : intervals) {
                for (int minute = from; minute + 20 <= to; minute += 20) {
                    if (random.bounded(100) >= 80)
                        continue;
                    Appointment a;
                    a.doctorId = clinic.doctors[d];
                    a.patientId = patients[int(random.bounded(Patients))];
                    a.typeId = types[d];
                    const UtcSeconds start = QDateTime(day, QTime(minute / 60, minute % 60), zone).toSecsSinceEpoch();
                    a.range = {start, start + 20 * 60};
                    a.status = day < monday ? AppointmentStatus::Done : AppointmentStatus::Booked;
                    a.motif = QStringLiteral("Contrôle");
                    a.createdAt = start - 7 * 86400;
                    a.updatedAt = a.createdAt;
                    auto id = store.insertAppointment(a);
                    if (!id)
                        return std::unexpected(id.error());
                    ++clinic.total;
                    if (start >= weekStart && start < weekEnd) {
                        ++clinic.inWeek;
                        if (d == 0)
                            ++clinic.inWeekFirstDoctor;
                    }
                    if (day == farDay)
                        clinic.farAway.append(*id);
                }
            }
        }
    }
    tx.note(ChangeNote::Kind::Everything);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return clinic;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto index = size_t(std::clamp(p / 100.0 * double(v.size()) - 1, 0.0, double(v.size() - 1)) + 0.5);
    return v[std::min(index, v.size() - 1)];
}

std::optional<QString> freshLocation(const QString &given, const QString &dir)
{
    if (DatabaseLocation::isPostgresUrl(given)) {
        auto admin = Database::open(given, Database::Migrate::No);
        if (!admin) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(admin.error()));
            return std::nullopt;
        }
        if (auto r = (*admin)->exec(u"DROP SCHEMA IF EXISTS " + FeedSchema + u" CASCADE"); !r) {
            std::fprintf(stderr, "cannot drop the schema: %s\n", qPrintable(r.error().detail));
            return std::nullopt;
        }
        return given + (given.contains(u'?') ? u'&' : u'?') + u"schema=" + FeedSchema;
    }
    const QString file = given.isEmpty() ? QDir(dir).filePath(QStringLiteral("feed.sqlite")) : given;
    for (const QString &f : QStringList{file, file + u"-wal", file + u"-shm"})
        QFile::remove(f);
    return file;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int runs = quick ? 30 : 2000;
    QString given;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--db")
            given = args[i + 1];
        else if (args[i] == u"--runs")
            runs = std::max(10, args[i + 1].toInt());
    }
    QTemporaryDir temporary;
    const auto location = freshLocation(given, temporary.path());
    if (!location)
        return 1;
    auto db = Database::open(*location);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    auto writerDb = Database::open(*location); // the other workstation
    if (!writerDb) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(writerDb.error()));
        return 1;
    }
    const QTimeZone zone("Africa/Casablanca");
    const QDate monday(2027, 3, 1); // the measured week, Monday 1 – Sunday 7 March 2027
    const auto t0 = SteadyClock::now();
    auto clinic = fillClinic(**db, zone, monday, quick ? 5 : 26);
    if (!clinic || clinic->farAway.isEmpty()) {
        std::fprintf(stderr, "cannot fill the clinic: %s\n", clinic ? "nothing a month away" : qPrintable(clinic.error().detail));
        return 1;
    }
    const double fillSeconds = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    std::printf("bench_feed: Qt %s, build type %s%s, database %s\n", qVersion(), TBIB_BENCH_BUILD_TYPE,
                quick ? " (--quick: figures meaningless)" : "", qPrintable((*db)->displayLocation()));
    std::printf("clinic: %d doctors, %d patients, %d appointments (written in %.1f s); the week of %s holds %d "
                "(%d of the first doctor)\n",
                Doctors, Patients, clinic->total, fillSeconds, qPrintable(monday.toString(Qt::ISODate)),
                clinic->inWeek, clinic->inWeekFirstDoctor);

    ManualClock clock(QDateTime(monday, QTime(8, 0), zone).toSecsSinceEpoch());
    BookingService reader(**db, clock);
    BookingService writer(**writerDb, clock);
    const TimeRange week{QDateTime(monday, QTime(0, 0), zone).toSecsSinceEpoch(),
                         QDateTime(monday.addDays(7), QTime(0, 0), zone).toSecsSinceEpoch()};
    struct Case
    {
        const char *name;
        std::optional<DoctorId> doctor;
        int expected;
    };
    const Case cases[] = {{"every doctor", std::nullopt, clinic->inWeek},
                          {"one doctor  ", clinic->doctors.first(), clinic->inWeekFirstDoctor}};
    int toggles = 0;
    for (const Case &c : cases) {
        for (const bool cached : {true, false}) {
            const int n = cached ? runs : std::max(10, runs / 10);
            std::vector<double> us;
            us.reserve(size_t(n));
            if (cached) {
                // Untimed: fills the cache (and the catalogue) for the calls that follow.
                if (auto warm = reader.appointmentViews(c.doctor, week); !warm) {
                    std::fprintf(stderr, "appointmentViews: %s\n", qPrintable(warm.error().detail));
                    return 1;
                }
            }
            for (int i = 0; i < n; ++i) {
                if (!cached) {
                    // Another workstation marks a patient arrived (or back to booked) a month away.
                    const AppointmentId target = clinic->farAway[toggles % clinic->farAway.size()];
                    const auto status = (toggles / clinic->farAway.size()) % 2 == 0 ? AppointmentStatus::Arrived
                                                                                     : AppointmentStatus::Booked;
                    ++toggles;
                    if (auto r = writer.setStatus(target, status); !r) {
                        std::fprintf(stderr, "the writer failed: %s\n", qPrintable(r.error().detail));
                        return 1;
                    }
                }
                const auto s = SteadyClock::now();
                const auto views = reader.appointmentViews(c.doctor, week);
                us.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - s).count());
                if (!views || views->size() != c.expected) {
                    std::fprintf(stderr, "appointmentViews answered %lld views, %d expected\n",
                                 static_cast<long long>(views ? views->size() : -1), c.expected);
                    return 1;
                }
            }
            std::printf("appointmentViews, %s, %-8s %4d events: median %8.1f µs  p99 %8.1f µs  (%d calls)\n", c.name,
                        cached ? "cached" : "uncached", c.expected, percentile(us, 50), percentile(us, 99), n);
            std::fflush(stdout);
        }
    }
    if ((*db)->engine() == Engine::Postgres) {
        if (auto r = (*db)->exec(u"DROP SCHEMA IF EXISTS " + FeedSchema + u" CASCADE"); !r)
            std::fprintf(stderr, "cannot drop the schema: %s\n", qPrintable(r.error().detail));
    }
    return 0;
}
