// SPDX-License-Identifier: GPL-3.0-or-later
// bench_booking: durable web bookings per second (docs/performance.md,
// "Booking server").
//
// BookingService::bookPublic on a SQLite file opened by Database::open (WAL,
// synchronous=FULL: every acknowledged booking is on disk), each call a new
// patient booking a free 5-minute slot: one write transaction (BEGIN
// IMMEDIATE) that reads the rules' context, looks the patient up, checks every
// rule, inserts the patient and the appointment and commits. One doctor works
// 00:00–24:00 every day, the clinic's horizon is ten years, so every booking
// finds its slot free; the slots are taken in time order.
//
//   1 thread:  `count` bookings in a row on one connection;
//   2 threads: each its own Database connection and BookingService, `count`
//              bookings in all, the threads taking alternate slots of the same
//              doctor (SQLite has one writer: they queue on the write lock).
//
// The same two runs follow with synchronous=NORMAL (durable against a crash of
// the process, not of the machine) for comparison. Each run has a fresh file.
// Printed: commits/s (bookings / wall time), and the latency of one call
// (median, p99, max). Every run checks that all bookings succeeded and that
// the file holds exactly that many appointments.
//
// Usage: bench_booking [--quick] [--count N] [--dir PATH]
//   --quick: 40 bookings per run (a smoke run; figures meaningless)
//   --count: bookings per run (default 3000)
//   --dir:   where the database files go (default: a temporary directory)

#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace tbib;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr qint64 SlotSeconds = 5 * 60;

struct Clinic
{
    DoctorId doctor;
    TypeId type;
};

struct RunResult
{
    bool ok = true;
    QString error;
    double seconds = 0;
    std::vector<double> latenciesUs;
};

// A clinic in UTC with one doctor working around the clock and one 5-minute type.
Result<Clinic> fillClinic(const Database &db)
{
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    ClinicSettings settings;
    settings.name = QStringLiteral("Bench");
    settings.timeZone = "UTC";
    settings.minNoticeMinutes = 0;
    settings.horizonDays = 3650;
    settings.bookingRateLimitPerMinute = 0;
    if (auto r = store.saveClinicSettings(settings); !r)
        return std::unexpected(r.error());
    Doctor doctor;
    doctor.name = QStringLiteral("Dr Bench");
    doctor.specialty = QStringLiteral("Médecin généraliste");
    for (int day = 1; day <= 7; ++day) {
        if (!doctor.hours.setIntervals(day, {{0, 24 * 60}}))
            return fail(ErrorCode::InvalidInput, QStringLiteral("hours"));
    }
    auto doctorId = store.insertDoctor(doctor);
    if (!doctorId)
        return std::unexpected(doctorId.error());
    ConsultationType type;
    type.doctorId = *doctorId;
    type.name = QStringLiteral("Consultation courte");
    type.duration = Duration{5};
    type.price = QStringLiteral("100 MAD");
    auto typeId = store.insertType(type);
    if (!typeId)
        return std::unexpected(typeId.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return Clinic{*doctorId, *typeId};
}

// Books slots first, first + step, … (`count` of them) through its own service.
void bookSlots(const Database &db, const Clock &clock, const Clinic &clinic, UtcSeconds firstSlot, int first,
               int step, int count, RunResult &out)
{
    BookingService service(db, clock);
    out.latenciesUs.reserve(size_t(count));
    for (int i = 0, slot = first; i < count; ++i, slot += step) {
        PublicBooking b;
        b.doctorId = clinic.doctor;
        b.typeId = clinic.type;
        b.start = firstSlot + qint64(slot) * SlotSeconds;
        b.motif = QStringLiteral("Contrôle");
        b.patient = {QStringLiteral("Patient"), QString::number(slot), QDate(1950, 1, 1).addDays(slot % 20000),
                     QStringLiteral("06%1").arg(10000000 + slot)};
        const auto t0 = SteadyClock::now();
        const auto booked = service.bookPublic(b);
        out.latenciesUs.push_back(std::chrono::duration<double, std::micro>(SteadyClock::now() - t0).count());
        if (!booked) {
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

bool run(const QString &dir, const char *synchronous, int threads, int count, const UtcSeconds now)
{
    const QString file = QDir(dir).filePath(QStringLiteral("booking-%1-%2.sqlite")
                                                 .arg(QString::fromLatin1(synchronous).toLower())
                                                 .arg(threads));
    for (const QString &f : QStringList{file, file + u"-wal", file + u"-shm"})
        QFile::remove(f);
    const QString pragma = QStringLiteral("PRAGMA synchronous=") + QString::fromLatin1(synchronous);

    auto db = Database::open(file);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(db.error()));
        return false;
    }
    auto clinic = fillClinic(**db);
    if (!clinic) {
        std::fprintf(stderr, "cannot fill the clinic: %s\n", qPrintable(clinic.error().detail));
        return false;
    }
    if (auto r = (*db)->exec(pragma); !r) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(pragma), qPrintable(r.error().detail));
        return false;
    }

    ManualClock clock(now);
    const UtcSeconds firstSlot = now + 3600;
    std::vector<RunResult> results(static_cast<size_t>(threads));
    std::vector<std::unique_ptr<Database>> connections;
    connections.reserve(size_t(threads));
    double seconds = 0;
    if (threads == 1) {
        const auto t0 = SteadyClock::now();
        bookSlots(**db, clock, *clinic, firstSlot, 0, 1, count, results[0]);
        seconds = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    } else {
        // Each thread opens its own connection (a connection belongs to the
        // thread that opened it) and waits for the others before booking.
        std::atomic<int> ready = 0;
        std::atomic<bool> go = false;
        std::vector<std::thread> workers;
        SteadyClock::time_point t0;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                RunResult &out = results[size_t(t)];
                auto own = Database::open(file);
                if (!own) {
                    out.ok = false;
                    out.error = own.error();
                    ++ready;
                    return;
                }
                if (auto r = (*own)->exec(pragma); !r) {
                    out.ok = false;
                    out.error = r.error().detail;
                    ++ready;
                    return;
                }
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                const int mine = count / threads + (t < count % threads ? 1 : 0);
                bookSlots(**own, clock, *clinic, firstSlot, t, threads, mine, out);
                own->reset(); // closed on the thread that opened it
            });
        }
        while (ready.load() < threads)
            std::this_thread::yield();
        t0 = SteadyClock::now();
        go = true;
        for (auto &w : workers)
            w.join();
        seconds = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    }

    std::vector<double> all;
    for (const auto &r : results) {
        if (!r.ok) {
            std::fprintf(stderr, "a booking failed: %s\n", qPrintable(r.error));
            return false;
        }
        all.insert(all.end(), r.latenciesUs.begin(), r.latenciesUs.end());
    }
    const auto stored = ClinicStore(**db).appointments(clinic->doctor, {0, firstSlot + qint64(count + 1) * SlotSeconds});
    if (!stored || stored->size() != count) {
        std::fprintf(stderr, "the file holds %lld appointments, %d expected\n",
                     static_cast<long long>(stored ? stored->size() : -1), count);
        return false;
    }
    std::printf("synchronous=%-6s %d thread%s %6d bookings in %7.3f s: %7.0f commits/s   latency median %7.0f µs  "
                "p99 %7.0f µs  max %7.0f µs\n",
                synchronous, threads, threads == 1 ? " " : "s", count, seconds, double(count) / seconds,
                percentile(all, 50), percentile(all, 99), percentile(all, 100));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int count = quick ? 40 : 3000;
    QString dir;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count")
            count = std::max(2, args[i + 1].toInt());
        else if (args[i] == u"--dir")
            dir = args[i + 1];
    }
    QTemporaryDir temporary;
    if (dir.isEmpty()) {
        if (!temporary.isValid()) {
            std::fprintf(stderr, "cannot create a temporary directory\n");
            return 1;
        }
        dir = temporary.path();
    }

    std::printf("bench_booking: Qt %s, build type %s%s, %d bookings per run, files in %s\n", qVersion(),
                TBIB_BENCH_BUILD_TYPE, quick ? " (--quick: figures meaningless)" : "", count, qPrintable(dir));
    const UtcSeconds now = QDateTime(QDate(2027, 1, 4), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (const char *synchronous : {"FULL", "NORMAL"}) {
        for (int threads : {1, 2}) {
            if (!run(dir, synchronous, threads, count, now))
                return 1;
        }
    }
    return 0;
}
