// SPDX-License-Identifier: GPL-3.0-or-later
// bench_booking: durable web bookings per second (docs/performance.md,
// "Booking server" and "Several workstations").
//
// BookingService::bookPublic on a database opened by Database::open, each
// call a new patient booking a free 5-minute slot: one write transaction
// (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN, then the doctor's advisory
// lock) that reads the rules' context, looks the patient up, checks every
// rule, inserts the patient and the appointment and commits. Doctors work
// 00:00–24:00 every day, the clinic's horizon is ten years, so every slot is
// bookable; the slots are taken in time order. Every thread has its own
// Database connection and BookingService (a connection belongs to the thread
// that opened it). Modes:
//
//   distinct:  one doctor, `count` bookings in all, the threads taking
//              alternate slots (never the same one);
//   doctors:   each thread books its own doctor's slots (`count` in all);
//   contended: one doctor, every thread tries every one of `count` slots in
//              the same order: exactly one must win each slot, the others
//              must be told slot_taken.
//
// Durability: SQLite with synchronous=FULL (every acknowledged booking
// survives a power cut) and, without --db, again with synchronous=NORMAL for
// comparison; PostgreSQL with synchronous_commit=on (Database's session).
// Each run starts from an empty database: a fresh SQLite file, or on
// PostgreSQL the schema `tbib_bench`, dropped and made anew. After each run
// the program checks with SQL that the database holds exactly `count`
// appointments and that no two of them overlap (a self-join on the doctor's
// time), and prints the overlap count. Printed: commits/s (successful
// bookings / wall time), attempts/s when some were refused, and the latency
// of one call (median, p99, max; losers' calls included, and their median
// alone).
//
// Usage: bench_booking [--quick] [--count N] [--dir PATH] [--db LOCATION]
//                      [--threads 1,2,4] [--modes distinct,doctors,contended]
//   --quick:   40 bookings per run (a smoke run; figures meaningless)
//   --count:   bookings per run (default 3000)
//   --dir:     where the SQLite files go without --db (default: a temporary directory)
//   --db:      a SQLite file (deleted and made anew at each run) or a
//              postgresql:// URL without `schema` (the runs use, and drop,
//              the schema tbib_bench of that database)
//   --threads: thread counts (default 1,2); contended runs skip 1
//   --modes:   default distinct,contended

#include "benchclinic.h"
#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace tbib;
using bench::Agenda;
using bench::fillClinic;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr qint64 SlotSeconds = 5 * 60;
const QString BenchSchema = QStringLiteral("tbib_bench");

enum class Mode { Distinct, Doctors, Contended };

const char *modeName(Mode mode)
{
    switch (mode) {
    case Mode::Distinct:
        return "distinct";
    case Mode::Doctors:
        return "doctors";
    case Mode::Contended:
        return "contended";
    }
    return "?";
}

struct RunResult
{
    bool ok = true;
    QString error;
    int booked = 0;
    int refused = 0; // slot_taken (contended runs only)
    std::vector<double> latenciesUs;
    std::vector<double> refusedUs; // the refused calls' latencies (also in latenciesUs)
};

// Books slots first, first + step, … (`count` of them) through its own
// service. `thread` makes the patients distinct across threads; a
// slot_taken refusal is counted when `refusalsExpected`, a failure otherwise.
void bookSlots(const Database &db, const Clock &clock, const Agenda &agenda, UtcSeconds firstSlot, int first,
               int step, int count, int thread, bool refusalsExpected, RunResult &out)
{
    BookingService service(db, clock);
    out.latenciesUs.reserve(size_t(count));
    for (int i = 0, slot = first; i < count; ++i, slot += step) {
        PublicBooking b;
        b.doctorId = agenda.doctor;
        b.typeId = agenda.type;
        b.start = firstSlot + qint64(slot) * SlotSeconds;
        b.motif = QStringLiteral("Contrôle");
        const qint64 n = qint64(thread) * 1000000 + slot;
        b.patient = {QStringLiteral("Patient"), QString::number(n), QDate(1950, 1, 1).addDays(slot % 20000),
                     QStringLiteral("06%1").arg(10000000 + n)};
        const auto t0 = SteadyClock::now();
        const auto booked = service.bookPublic(b);
        const double us = std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count();
        out.latenciesUs.push_back(us);
        if (booked) {
            ++out.booked;
        } else if (refusalsExpected && booked.error().code == ErrorCode::SlotTaken) {
            ++out.refused;
            out.refusedUs.push_back(us);
        } else {
            out.ok = false;
            out.error = booked.error().codeName() + u' ' + booked.error().detail;
            return;
        }
    }
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto index = size_t(std::clamp(p / 100.0 * double(v.size()) - 1, 0.0, double(v.size() - 1)) + 0.5);
    return v[std::min(index, v.size() - 1)];
}

// One number from SQL (the checks read the database itself, not the services).
std::optional<qint64> scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

// Pairs of appointments of one doctor whose times overlap and that both hold
// their time (neither cancelled nor a no-show).
const QString OverlapSql = QStringLiteral(
    "SELECT COUNT(*) FROM appointments a JOIN appointments b"
    " ON a.doctor_id = b.doctor_id AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at"
    " WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN ('cancelled', 'no_show')");

struct Target
{
    QString location; // --db as given; empty: files in `dir`
    QString dir;
    [[nodiscard]] bool postgres() const { return DatabaseLocation::isPostgresUrl(location); }
};

// An empty database for one run: its location.
std::optional<QString> freshLocation(const Target &target, const QString &runName)
{
    if (target.postgres()) {
        auto admin = Database::open(target.location, Database::Migrate::No);
        if (!admin) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(admin.error()));
            return std::nullopt;
        }
        if (auto r = (*admin)->exec(u"DROP SCHEMA IF EXISTS " + BenchSchema + u" CASCADE"); !r) {
            std::fprintf(stderr, "cannot drop the schema %s: %s\n", qPrintable(BenchSchema),
                         qPrintable(r.error().detail));
            return std::nullopt;
        }
        return target.location + (target.location.contains(u'?') ? u'&' : u'?') + u"schema=" + BenchSchema;
    }
    const QString file = target.location.isEmpty()
                             ? QDir(target.dir).filePath(QStringLiteral("booking-%1.sqlite").arg(runName))
                             : target.location;
    for (const QString &f : QStringList{file, file + u"-wal", file + u"-shm"})
        QFile::remove(f);
    return file;
}

bool run(const Target &target, const char *synchronous, Mode mode, int threads, int count, const UtcSeconds now)
{
    const QString runName = QStringLiteral("%1-%2-%3")
                                .arg(QString::fromLatin1(synchronous).toLower(), QString::fromLatin1(modeName(mode)))
                                .arg(threads);
    const auto location = freshLocation(target, runName);
    if (!location)
        return false;
    const QString pragma = QStringLiteral("PRAGMA synchronous=") + QString::fromLatin1(synchronous);

    auto db = Database::open(*location);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return false;
    }
    const bool sqlite = (*db)->engine() == Engine::Sqlite;
    auto agendas = fillClinic(**db, mode == Mode::Doctors ? threads : 1);
    if (!agendas) {
        std::fprintf(stderr, "cannot fill the clinic: %s\n", qPrintable(agendas.error().detail));
        return false;
    }

    ManualClock clock(now);
    const UtcSeconds firstSlot = now + 3600;
    std::vector<RunResult> results(static_cast<size_t>(threads));
    // Each thread opens its own connection and waits for the others before booking.
    std::atomic<int> ready = 0;
    std::atomic<bool> go = false;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            RunResult &out = results[size_t(t)];
            auto own = Database::open(*location);
            if (!own) {
                out.ok = false;
                out.error = own.error();
                ++ready;
                return;
            }
            if (sqlite) {
                if (auto r = (*own)->exec(pragma); !r) {
                    out.ok = false;
                    out.error = r.error().detail;
                    ++ready;
                    return;
                }
            }
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            const int share = count / threads + (t < count % threads ? 1 : 0);
            switch (mode) {
            case Mode::Distinct:
                bookSlots(**own, clock, agendas->first(), firstSlot, t, threads, share, t, false, out);
                break;
            case Mode::Doctors:
                bookSlots(**own, clock, agendas->at(t), firstSlot, 0, 1, share, t, false, out);
                break;
            case Mode::Contended:
                bookSlots(**own, clock, agendas->first(), firstSlot, 0, 1, count, t, true, out);
                break;
            }
            own->reset(); // closed on the thread that opened it
        });
    }
    while (ready.load() < threads)
        std::this_thread::yield();
    const auto t0 = SteadyClock::now();
    go = true;
    for (auto &w : workers)
        w.join();
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - t0).count();

    std::vector<double> all;
    std::vector<double> refusals;
    int booked = 0;
    int refused = 0;
    for (const auto &r : results) {
        if (!r.ok) {
            std::fprintf(stderr, "a booking failed: %s\n", qPrintable(r.error));
            return false;
        }
        all.insert(all.end(), r.latenciesUs.begin(), r.latenciesUs.end());
        refusals.insert(refusals.end(), r.refusedUs.begin(), r.refusedUs.end());
        booked += r.booked;
        refused += r.refused;
    }
    const auto stored = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM appointments"));
    const auto slots = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT doctor_id, start_at"
                                                   " FROM appointments) s"));
    const auto overlaps = scalar(**db, OverlapSql);
    if (!stored || !slots || !overlaps) {
        std::fprintf(stderr, "cannot count the appointments\n");
        return false;
    }
    if (booked != count || *stored != count || *slots != count || *overlaps != 0
        || (mode == Mode::Contended && refused != count * (threads - 1))) {
        std::fprintf(stderr,
                     "wrong outcome: %d booked, %d refused, the database holds %lld appointments on %lld slots "
                     "with %lld overlapping pairs; %d expected on %d slots\n",
                     booked, refused, static_cast<long long>(*stored), static_cast<long long>(*slots),
                     static_cast<long long>(*overlaps), count, count);
        return false;
    }
    const QString durability = sqlite ? u"sqlite synchronous=" + QString::fromLatin1(synchronous)
                                      : QStringLiteral("postgresql synchronous_commit=on");
    std::printf("%-26s %-9s %d thread%s %6d bookings in %7.3f s: %7.0f commits/s", qPrintable(durability),
                modeName(mode), threads, threads == 1 ? " " : "s", count, seconds, double(booked) / seconds);
    if (mode == Mode::Contended)
        std::printf(" (%7.0f attempts/s, %d refused)", double(booked + refused) / seconds, refused);
    std::printf("   latency median %7.0f µs  p99 %7.0f µs  max %7.0f µs", percentile(all, 50), percentile(all, 99),
                percentile(all, 100));
    if (mode == Mode::Contended)
        std::printf(" (refusals: median %7.0f µs)", percentile(refusals, 50));
    std::printf("   overlaps %lld\n", static_cast<long long>(*overlaps));
    std::fflush(stdout);
    return true;
}

QList<int> intList(const QString &text)
{
    QList<int> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const int v = part.toInt();
        if (v >= 1 && v <= 64)
            values.append(v);
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int count = quick ? 40 : 3000;
    Target target;
    QList<int> threadCounts{1, 2};
    QList<Mode> modes{Mode::Distinct, Mode::Contended};
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count") {
            count = std::max(2, args[i + 1].toInt());
        } else if (args[i] == u"--dir") {
            target.dir = args[i + 1];
        } else if (args[i] == u"--db") {
            target.location = args[i + 1];
        } else if (args[i] == u"--threads") {
            threadCounts = intList(args[i + 1]);
        } else if (args[i] == u"--modes") {
            modes.clear();
            for (const QString &m : args[i + 1].split(u',', Qt::SkipEmptyParts)) {
                if (m == u"distinct")
                    modes.append(Mode::Distinct);
                else if (m == u"doctors")
                    modes.append(Mode::Doctors);
                else if (m == u"contended")
                    modes.append(Mode::Contended);
            }
        }
    }
    if (threadCounts.isEmpty() || modes.isEmpty()) {
        std::fprintf(stderr, "bench_booking: --threads takes 1..64, --modes distinct,doctors,contended\n");
        return 2;
    }
    QTemporaryDir temporary;
    if (target.location.isEmpty() && target.dir.isEmpty()) {
        if (!temporary.isValid()) {
            std::fprintf(stderr, "cannot create a temporary directory\n");
            return 1;
        }
        target.dir = temporary.path();
    }
    QString where = target.location.isEmpty() ? target.dir : target.location;
    if (const auto parsed = DatabaseLocation::parse(where); parsed)
        where = parsed->toString(false); // never print a password

    std::printf("bench_booking: Qt %s, build type %s%s, %d bookings per run, database %s\n", qVersion(),
                TBIB_BENCH_BUILD_TYPE, quick ? " (--quick: figures meaningless)" : "", count, qPrintable(where));
    const UtcSeconds now = QDateTime(QDate(2027, 1, 4), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    // SQLite's two durability levels when it runs on its own files; the
    // engine's durable default otherwise.
    const QList<const char *> levels = target.location.isEmpty() ? QList<const char *>{"FULL", "NORMAL"}
                                                                 : QList<const char *>{"FULL"};
    for (const char *synchronous : levels) {
        for (Mode mode : modes) {
            for (int threads : threadCounts) {
                if (mode == Mode::Contended && threads == 1)
                    continue;
                if (!run(target, synchronous, mode, threads, count, now))
                    return 1;
            }
        }
    }
    return 0;
}
