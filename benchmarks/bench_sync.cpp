// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync: the delay from a commit at one workstation to the update at
// another (docs/performance.md, "Several workstations"; budget: under 300 ms).
//
// The program starts a second process of itself (QProcess) on the same
// database. That follower opens its own connection and BookingService, calls
// followOtherPrograms() (PostgreSQL: LISTEN/NOTIFY; SQLite: PRAGMA
// data_version polled every 100 ms, then the new rows of `changes`) and
// prints one line with the time whenever appointmentAdded arrives, i.e. once
// it has read the new appointment. The parent books `count` appointments one
// by one through BookingService::bookPublic; the commit time is taken when
// its own service announces the booking (appointmentAdded, emitted as soon as
// COMMIT returned), and the delay is the follower's time minus that: it can
// be slightly negative when the other process hears of the commit before
// this one is scheduled again. Both read CLOCK_MONOTONIC (one machine, one clock), in microseconds.
// Between two bookings the parent waits for the follower's line, then a
// random 20–1100 ms, so that bookings fall at every phase of SQLite's
// 100 ms polling and of the follower's one-second connection check (a
// shorter pause would book at the same phase of that second each time).
// Printed: p50, p95 and max of the delays, and the booking call itself.
//
// Usage: bench_sync [--quick] [--count N] [--db LOCATION]
//   --quick: 5 bookings (a smoke run; figures meaningless)
//   --count: bookings (default 200)
//   --db:    a SQLite file (deleted and made anew) or a postgresql:// URL
//            without `schema` (the run uses, and drops, the schema
//            tbib_sync); default: a SQLite file in a temporary directory
// The follower is `bench_sync --follow`, with the location in the
// environment (TBIB_BENCH_SYNC_DB: a password never shows in `ps`).

#include "benchclinic.h"
#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace tbib;

namespace {

constexpr qint64 SlotSeconds = 5 * 60;
constexpr double BudgetMs = 300;
const QString SyncSchema = QStringLiteral("tbib_sync");
const char *const LocationVariable = "TBIB_BENCH_SYNC_DB";

// CLOCK_MONOTONIC in microseconds: the same clock in both processes.
qint64 monotonicUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}


double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto index = size_t(std::clamp(p / 100.0 * double(v.size()) - 1, 0.0, double(v.size() - 1)) + 0.5);
    return v[std::min(index, v.size() - 1)];
}

// The second workstation: "ready", then "added ID MICROSECONDS" per appointment.
int follow()
{
    const QString location = qEnvironmentVariable(LocationVariable);
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "follower: cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    SystemClock clock;
    BookingService service(**db, clock);
    QObject::connect(&service, &BookingService::appointmentAdded, &service, [](const Appointment &a) {
        const qint64 at = monotonicUs();
        std::printf("added %lld %lld\n", static_cast<long long>(a.id.value), static_cast<long long>(at));
        std::fflush(stdout);
    });
    if (auto r = service.followOtherPrograms(); !r) {
        std::fprintf(stderr, "follower: followOtherPrograms: %s\n", qPrintable(r.error().detail));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the parent closes its stdin or kills it
}

// An empty database for the run: its location.
std::optional<QString> freshLocation(const QString &given, const QString &dir)
{
    if (DatabaseLocation::isPostgresUrl(given)) {
        auto admin = Database::open(given, Database::Migrate::No);
        if (!admin) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(admin.error()));
            return std::nullopt;
        }
        if (auto r = (*admin)->exec(u"DROP SCHEMA IF EXISTS " + SyncSchema + u" CASCADE"); !r) {
            std::fprintf(stderr, "cannot drop the schema %s: %s\n", qPrintable(SyncSchema),
                         qPrintable(r.error().detail));
            return std::nullopt;
        }
        return given + (given.contains(u'?') ? u'&' : u'?') + u"schema=" + SyncSchema;
    }
    const QString file = given.isEmpty() ? QDir(dir).filePath(QStringLiteral("sync.sqlite")) : given;
    for (const QString &f : QStringList{file, file + u"-wal", file + u"-shm"})
        QFile::remove(f);
    return file;
}

// Reads the follower's lines until `id` is announced; its time, or nullopt after 5 s.
std::optional<qint64> waitFor(QProcess &follower, qint64 id, QHash<qint64, qint64> &seen)
{
    for (int waited = 0; !seen.contains(id);) {
        while (follower.canReadLine()) {
            const QList<QByteArray> words = follower.readLine().trimmed().split(' ');
            if (words.size() == 3 && words[0] == "added")
                seen.insert(words[1].toLongLong(), words[2].toLongLong());
        }
        if (seen.contains(id))
            break;
        if (waited >= 5000 || follower.state() != QProcess::Running)
            return std::nullopt;
        follower.waitForReadyRead(50);
        waited += 50;
    }
    return seen.value(id);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--follow")))
        return follow();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int count = quick ? 5 : 200;
    QString given;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count")
            count = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--db")
            given = args[i + 1];
    }
    QTemporaryDir temporary;
    if (given.isEmpty() && !temporary.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const auto location = freshLocation(given, temporary.path());
    if (!location)
        return 1;
    auto db = Database::open(*location);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    const bool postgres = (*db)->engine() == Engine::Postgres;
    std::printf("bench_sync: Qt %s, build type %s%s, %d bookings, database %s (%s)\n", qVersion(),
                TBIB_BENCH_BUILD_TYPE, quick ? " (--quick: figures meaningless)" : "", count,
                qPrintable((*db)->displayLocation()),
                postgres ? "PostgreSQL: LISTEN/NOTIFY" : "SQLite: data_version polled every 100 ms");
    auto agendas = bench::fillClinic(**db, 1);
    auto agenda = agendas ? std::expected<bench::Agenda, BookingError>(agendas->first())
                          : std::expected<bench::Agenda, BookingError>(std::unexpected(agendas.error()));
    if (!agenda) {
        std::fprintf(stderr, "cannot fill the clinic: %s\n", qPrintable(agenda.error().detail));
        return 1;
    }

    QProcess follower;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(LocationVariable), *location);
    follower.setProcessEnvironment(env);
    follower.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    follower.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--follow")});
    bool ready = false;
    for (int i = 0; i < 200 && !ready && follower.state() != QProcess::NotRunning; ++i) {
        follower.waitForReadyRead(50);
        while (follower.canReadLine())
            ready = ready || follower.readLine().trimmed() == "ready";
    }
    if (!ready) {
        std::fprintf(stderr, "the follower did not start\n");
        follower.kill();
        follower.waitForFinished();
        return 1;
    }

    const UtcSeconds now = QDateTime::currentSecsSinceEpoch();
    SystemClock clock;
    BookingService service(**db, clock);
    // The commit time: the service announces its own booking right after COMMIT returned.
    qint64 committed = 0;
    QObject::connect(&service, &BookingService::appointmentAdded, &service,
                     [&committed](const Appointment &) { committed = monotonicUs(); });
    std::vector<double> delaysMs;
    std::vector<double> bookingMs;
    QHash<qint64, qint64> seen;
    QRandomGenerator random(20261202);
    int exitCode = 0;
    for (int i = 0; i < count; ++i) {
        PublicBooking b;
        b.doctorId = agenda->doctor;
        b.typeId = agenda->type;
        b.start = (now / SlotSeconds + 12 + i) * SlotSeconds; // an hour ahead, then the next slots
        b.motif = QStringLiteral("Contrôle");
        b.patient = {QStringLiteral("Patient"), QString::number(i), QDate(1950, 1, 1).addDays(i % 20000),
                     QStringLiteral("06%1").arg(10000000 + i)};
        const qint64 before = monotonicUs();
        committed = 0;
        const auto booked = service.bookPublic(b);
        if (!booked) {
            std::fprintf(stderr, "booking %d failed: %s %s\n", i, qPrintable(booked.error().codeName()),
                         qPrintable(booked.error().detail));
            exitCode = 1;
            break;
        }
        const auto at = waitFor(follower, booked->id.value, seen);
        if (!at) {
            std::fprintf(stderr, "the follower never announced appointment %lld\n",
                         static_cast<long long>(booked->id.value));
            exitCode = 1;
            break;
        }
        delaysMs.push_back(double(*at - committed) / 1000.0);
        bookingMs.push_back(double(committed - before) / 1000.0);
        QThread::msleep(random.bounded(20, 1101));
    }
    follower.closeWriteChannel();
    follower.terminate();
    if (!follower.waitForFinished(3000)) {
        follower.kill();
        follower.waitForFinished();
    }
    if (exitCode != 0)
        return exitCode;
    const double max = percentile(delaysMs, 100);
    std::printf("commit -> appointmentAdded in the other process, %zu bookings: p50 %.1f ms  p95 %.1f ms  "
                "max %.1f ms  (min %.1f ms)   budget %.0f ms: %s\n",
                delaysMs.size(), percentile(delaysMs, 50), percentile(delaysMs, 95), max,
                *std::min_element(delaysMs.begin(), delaysMs.end()), BudgetMs, max < BudgetMs ? "met" : "NOT met");
    std::printf("the booking itself (bookPublic called -> committed): p50 %.1f ms  p95 %.1f ms  max %.1f ms\n",
                percentile(bookingMs, 50), percentile(bookingMs, 95), percentile(bookingMs, 100));
    if (postgres) {
        // Leave no schema behind on the clinic's server.
        if (auto r = (*db)->exec(u"DROP SCHEMA IF EXISTS " + SyncSchema + u" CASCADE"); !r)
            std::fprintf(stderr, "cannot drop the schema %s: %s\n", qPrintable(SyncSchema), qPrintable(r.error().detail));
    }
    return 0;
}
