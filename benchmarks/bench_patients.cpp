// SPDX-License-Identifier: GPL-3.0-or-later
// bench_patients: the Patients page on a large clinic (docs/performance.md,
// "Patients list").
//
// A SQLite file with `count` patients (default 10,000) and five appointments
// each over the last two years (every status), one doctor. Measured, each the
// median of several runs (and the fastest):
//   - ClinicStore::patientSummaries: the whole list with every last visit, the
//     one query the list is read with;
//   - PatientListModel::reload + the proxy sorted by name: what opening the
//     page costs;
//   - a search typed in the proxy (one term, then a phone prefix);
//   - PatientListModel::refresh of one row: what a no-show set at the desk costs.
//
// Usage: bench_patients [--quick] [--count N]
//   --quick: 300 patients, 3 runs (a smoke run; figures meaningless)

#include "patients/patientfilterproxymodel.h"
#include "patients/patientlistmodel.h"

#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tbib;

namespace {

using SteadyClock = std::chrono::steady_clock;

// Median and fastest of `runs` calls of `work`, in milliseconds.
std::pair<double, double> measure(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = SteadyClock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

void print(const char *what, std::pair<double, double> figures)
{
    std::printf("%-52s median %8.2f ms   fastest %8.2f ms\n", what, figures.first, figures.second);
}

bool fill(const Database &db, int count, UtcSeconds now)
{
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (!tx.begin())
        return false;
    ClinicSettings settings;
    settings.name = QStringLiteral("Bench");
    settings.timeZone = "Africa/Casablanca";
    Doctor d;
    d.name = QStringLiteral("Dr Bench");
    auto doctor = store.insertDoctor(d);
    ConsultationType t;
    t.name = QStringLiteral("Consultation");
    t.doctorId = doctor.value_or(DoctorId());
    auto type = store.insertType(t);
    if (!store.saveClinicSettings(settings) || !doctor || !type)
        return false;
    const AppointmentStatus statuses[] = {AppointmentStatus::Done, AppointmentStatus::NoShow,
                                          AppointmentStatus::Cancelled, AppointmentStatus::Done,
                                          AppointmentStatus::Booked};
    for (int i = 0; i < count; ++i) {
        Patient p;
        p.firstName = QStringLiteral("Prénom%1").arg(i);
        p.lastName = QStringLiteral("Nom%1").arg(i);
        p.birthDate = QDate(1940 + i % 80, 1 + i % 12, 1 + i % 28);
        p.phone = QStringLiteral("06 %1").arg(10000000 + i);
        auto id = store.insertPatient(p);
        if (!id)
            return false;
        for (int k = 0; k < 5; ++k) {
            Appointment a;
            a.doctorId = *doctor;
            a.patientId = *id;
            a.typeId = *type;
            // Spread over the two years before now and a month after it.
            const UtcSeconds start = now - qint64((i * 7919 + k * 104729) % (760 * 24)) * 3600 + 30 * 86400;
            a.range = {start, start + 15 * 60};
            a.status = statuses[k];
            if (!store.insertAppointment(a))
                return false;
        }
    }
    return tx.commit().has_value();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int count = quick ? 300 : 10000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--count")); at >= 0 && at + 1 < args.size())
        count = args[at + 1].toInt();
    const int runs = quick ? 3 : 15;

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    const ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2027, 3, 1), 10 * 60));
    if (!fill(**db, count, clock.now())) {
        std::fprintf(stderr, "cannot fill the database\n");
        return 1;
    }
    BookingService service(**db, clock);
    std::printf("bench_patients (%s build): %d patients, %d appointments\n", TBIB_BENCH_BUILD_TYPE, count, count * 5);

    qsizetype rows = 0;
    print("ClinicStore::patientSummaries (whole list)", measure(runs, [&] {
              rows = ClinicStore(**db).patientSummaries(clock.now()).value().size();
          }));
    PatientListModel model(service);
    PatientFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(PatientListModel::NameColumn);
    print("PatientListModel::reload + sorted proxy", measure(runs, [&] { model.reload(); }));
    print("search \"nom12\" (one term)", measure(runs, [&] {
              proxy.setSearch(QStringLiteral("nom12"));
              proxy.setSearch({});
          }));
    print("search \"06 1000 12\" (phone digits)", measure(runs, [&] {
              proxy.setSearch(QStringLiteral("06 1000 12"));
              proxy.setSearch({});
          }));
    const PatientId middle = model.patientAt(count / 2);
    print("PatientListModel::refresh (one row)", measure(runs * 10, [&] { model.refresh(middle); }));
    if (rows != count || model.rowCount() != count) {
        std::fprintf(stderr, "expected %d rows, got %lld and %d\n", count, qlonglong(rows), model.rowCount());
        return 1;
    }
    return 0;
}
