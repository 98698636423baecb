// SPDX-License-Identifier: GPL-3.0-or-later
// bench_slots: what free slots cost (docs/performance.md).
//
// 1. tbib::generateSlots on a ScheduleContext filled in memory, for one
//    doctor-day and for a 62-day range holding 2,000 appointments (and, for
//    the largest answer, the same range with an empty agenda);
// 2. BookingService::slots end to end over a real SQLite file holding the same
//    data (the SQL reads plus the same generation).
//
// The doctor works Mon–Fri 09:00–12:30 and 14:00–18:30, Sat 09:00–13:00, in
// Africa/Casablanca; the range crosses the two offset changes of Ramadan 2027.
// Appointments (15 or 20 minutes, starts on a 5-minute grid, overlaps allowed
// as desk overrides allow them) are drawn from a fixed seed, so every run sees
// the same data. Each figure is the median of several repeats of a batch long
// enough for the clock (steady_clock) to be irrelevant.
//
// Usage: bench_slots [--quick]   (--quick: a smoke run, figures meaningless)

#include "domain/clock.h"
#include "policy/slotgenerator.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace tbib;

namespace {

constexpr qint64 SecondsPerDay = 86400;
const QByteArray ZoneId = "Africa/Casablanca";
const QDate RangeFirst(2027, 1, 25); // a Monday
constexpr int RangeDays = 62;
const QDate SingleDay(2027, 1, 27); // a Wednesday inside the range
constexpr int AppointmentCount = 2000;

bool g_quick = false;
volatile qint64 g_sink = 0; // keeps the measured calls from being optimised away

struct Figures
{
    double medianNs = 0;
    double minNs = 0;
    qint64 iterations = 0;
    int repeats = 0;
};

// ns per call of f: batches grown until one lasts minBatch, then `repeats`
// batches of that size; the median and the fastest batch are reported.
template <typename F>
Figures measure(F &&f, std::chrono::milliseconds minBatch, int repeats)
{
    using Clock = std::chrono::steady_clock;
    if (g_quick) {
        minBatch = std::chrono::milliseconds(1);
        repeats = 1;
    }
    auto batch = [&](qint64 n) {
        const auto t0 = Clock::now();
        for (qint64 i = 0; i < n; ++i)
            f();
        return std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    };
    qint64 n = 1;
    for (;;) {
        const double ns = batch(n);
        if (ns >= std::chrono::duration<double, std::nano>(minBatch).count())
            break;
        n = ns <= 0 ? n * 10 : std::max(n * 2, qint64(double(n) * 1.2 * double(std::chrono::nanoseconds(minBatch).count()) / ns));
    }
    std::vector<double> samples;
    for (int r = 0; r < repeats; ++r)
        samples.push_back(batch(n) / double(n));
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), n, repeats};
}

struct Data
{
    ClinicSettings clinic;
    Doctor doctor;
    ConsultationType type15;
    ConsultationType type20;
    QList<TimeRange> absences;
    QList<Appointment> appointments; // sorted by start, as storage returns them
    UtcSeconds now = 0;
};

Data makeData(const ClinicZone &zone)
{
    Data d;
    d.clinic.name = QStringLiteral("Cabinet Benchmark");
    d.clinic.timeZone = ZoneId;
    d.clinic.minNoticeMinutes = 0;
    d.clinic.horizonDays = 90; // the whole 62-day range is bookable

    d.doctor.id = DoctorId(1);
    d.doctor.name = QStringLiteral("Dr Bench");
    d.doctor.specialty = QStringLiteral("Médecine générale");
    const QList<LocalInterval> weekday{{9 * 60, 12 * 60 + 30}, {14 * 60, 18 * 60 + 30}};
    bool hoursOk = d.doctor.hours.setIntervals(6, {{9 * 60, 13 * 60}});
    for (int day = 1; day <= 5; ++day)
        hoursOk = d.doctor.hours.setIntervals(day, weekday) && hoursOk;
    if (!hoursOk)
        qFatal("working hours refused");

    d.type15.id = TypeId(1);
    d.type15.doctorId = d.doctor.id;
    d.type15.name = QStringLiteral("Consultation Suivi");
    d.type15.duration = Duration{15};
    d.type15.price = QStringLiteral("200 MAD");
    d.type20 = d.type15;
    d.type20.id = TypeId(2);
    d.type20.name = QStringLiteral("Première consultation");
    d.type20.duration = Duration{20};

    d.now = zone.startOfDay(RangeFirst);

    // A half-day off and a whole day off.
    d.absences.append({zone.fromLocal(RangeFirst.addDays(9), 14 * 60), zone.fromLocal(RangeFirst.addDays(9), 24 * 60)});
    d.absences.append({zone.startOfDay(RangeFirst.addDays(30)), zone.startOfDay(RangeFirst.addDays(31))});

    std::mt19937_64 random(20270125);
    QList<QDate> workDays;
    for (int i = 0; i < RangeDays; ++i) {
        const QDate date = RangeFirst.addDays(i);
        if (!d.doctor.hours.intervals(date.dayOfWeek()).isEmpty())
            workDays.append(date);
    }
    for (int i = 0; i < AppointmentCount; ++i) {
        const QDate date = workDays[qsizetype(random() % quint64(workDays.size()))];
        const auto &intervals = d.doctor.hours.intervals(date.dayOfWeek());
        const LocalInterval iv = intervals[qsizetype(random() % quint64(intervals.size()))];
        const bool longer = random() % 2;
        const int minutes = longer ? 20 : 15;
        const int startSteps = (iv.endMinute - iv.startMinute - minutes) / 5 + 1;
        const int startMinute = iv.startMinute + int(random() % quint64(startSteps)) * 5;
        Appointment a;
        a.doctorId = d.doctor.id;
        a.typeId = longer ? d.type20.id : d.type15.id;
        const UtcSeconds start = zone.fromLocal(date, startMinute);
        a.range = {start, start + qint64(minutes) * 60};
        a.motif = QStringLiteral("Contrôle");
        a.privateNotes = QStringLiteral("RAS");
        a.createdAt = a.updatedAt = d.now;
        d.appointments.append(a);
    }
    std::sort(d.appointments.begin(), d.appointments.end(),
              [](const Appointment &x, const Appointment &y) { return x.range.start < y.range.start; });
    return d;
}

// The window BookingService::slots loads for a span (its local days ± one day).
TimeRange serviceWindow(const DateSpan &span)
{
    return {ClinicZone::wallOf(span.first, 0) - SecondsPerDay, ClinicZone::wallOf(span.endExclusive, 0) + SecondsPerDay};
}

ScheduleContext contextFor(const Data &d, const ClinicZone &zone, const ConsultationType &type, const DateSpan &span)
{
    const TimeRange window = serviceWindow(span);
    ScheduleContext c;
    c.zone = zone;
    c.clinic = d.clinic;
    c.doctor = d.doctor;
    c.type = type;
    c.now = d.now;
    for (const auto &r : d.absences) {
        if (r.overlaps(window))
            c.absences.append(r);
    }
    for (const auto &a : d.appointments) {
        if (a.range.overlaps(window))
            c.appointments.append(a.range);
    }
    return c;
}

struct Case
{
    const char *name;
    DateSpan span;
    int days;
    bool emptyAgenda = false; // no appointment at all: every candidate is a slot
};

// busy: the appointments and absences in the context (what the service loads for the span).
void printRow(const char *what, const ConsultationType &type, const Case &k, qsizetype busy, qsizetype slots,
              const Figures &f)
{
    std::printf("%-22s %3d min  %-13s %5lld busy %5lld slots %10.0f ns/call %8.0f ns/doctor-day  (min %.0f ns/call; %d x %lld calls)\n",
                what, type.duration.minutes, k.name, static_cast<long long>(busy), static_cast<long long>(slots),
                f.medianNs, f.medianNs / k.days, f.minNs, f.repeats, static_cast<long long>(f.iterations));
}

// Fills a fresh SQLite file through ClinicStore and gives `d` the stored ids.
Result<void> fillDatabase(const Database &db, Data &d)
{
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = store.saveClinicSettings(d.clinic); !r)
        return r;
    auto doctorId = store.insertDoctor(d.doctor);
    if (!doctorId)
        return std::unexpected(doctorId.error());
    d.doctor.id = *doctorId;
    for (ConsultationType *t : {&d.type15, &d.type20}) {
        t->doctorId = *doctorId;
        auto id = store.insertType(*t);
        if (!id)
            return std::unexpected(id.error());
        t->id = *id;
    }
    for (const auto &r : std::as_const(d.absences)) {
        DoctorAbsence absence;
        absence.doctorId = *doctorId;
        absence.range = r;
        absence.reason = QStringLiteral("Congé");
        if (auto id = store.insertAbsence(absence); !id)
            return std::unexpected(id.error());
    }
    QList<PatientId> patients;
    for (int i = 0; i < 300; ++i) {
        Patient p;
        p.firstName = QStringLiteral("Patient");
        p.lastName = QString::number(i);
        p.birthDate = QDate(1960, 1, 1).addDays(i * 37);
        p.phone = QStringLiteral("06%1").arg(10000000 + i);
        p.createdAt = d.now;
        auto id = store.insertPatient(p);
        if (!id)
            return std::unexpected(id.error());
        patients.append(*id);
    }
    for (qsizetype i = 0; i < d.appointments.size(); ++i) {
        Appointment a = d.appointments[i];
        a.doctorId = *doctorId;
        a.patientId = patients[i % patients.size()];
        a.typeId = a.range.seconds() == d.type20.duration.seconds() ? d.type20.id : d.type15.id;
        if (auto id = store.insertAppointment(a); !id)
            return std::unexpected(id.error());
    }
    return tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_quick = app.arguments().contains(QStringLiteral("--quick"));

    if (!ClinicZone::isKnown(ZoneId)) {
        std::fprintf(stderr, "time zone %s is not available (install tzdata)\n", ZoneId.constData());
        return 1;
    }
    const ClinicZone zone(ZoneId);
    Data data = makeData(zone);

    std::printf("bench_slots: Qt %s, build type %s%s\n", qVersion(), TBIB_BENCH_BUILD_TYPE,
                g_quick ? " (--quick: figures meaningless)" : "");
    std::printf("data: %lld appointments, %lld absences over %d days from %s, zone %s, busy list sorted by start\n\n",
                static_cast<long long>(data.appointments.size()), static_cast<long long>(data.absences.size()),
                RangeDays, qPrintable(RangeFirst.toString(Qt::ISODate)), ZoneId.constData());

    const Case cases[] = {
        {"1 day", DateSpan::day(SingleDay), 1},
        {"62-day range", DateSpan::range(RangeFirst, RangeFirst.addDays(RangeDays)), RangeDays},
        {"62-day, empty", DateSpan::range(RangeFirst, RangeFirst.addDays(RangeDays)), RangeDays, true},
    };

    // In memory: generateSlots only.
    QHash<QString, qsizetype> expected;
    for (const ConsultationType *type : {&data.type15, &data.type20}) {
        for (const Case &k : cases) {
            ScheduleContext c = contextFor(data, zone, *type, k.span);
            if (k.emptyAgenda)
                c.appointments.clear();
            const auto once = generateSlots(c, k.span);
            if (!once) {
                std::fprintf(stderr, "generateSlots failed: %s\n", qPrintable(once.error().codeName()));
                return 1;
            }
            expected.insert(QString::number(type->duration.minutes) + QLatin1StringView(k.name), once->size());
            const Figures f = measure([&] { g_sink = g_sink + generateSlots(c, k.span)->size(); },
                                      std::chrono::milliseconds(50), 15);
            printRow("generateSlots", *type, k, c.appointments.size() + c.absences.size(), once->size(), f);
        }
    }

    // End to end over SQLite: the same data, inserted through ClinicStore.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    if (auto filled = fillDatabase(**db, data); !filled) {
        std::fprintf(stderr, "cannot fill the database: %s\n", qPrintable(filled.error().detail));
        return 1;
    }
    ManualClock clock(data.now);
    BookingService service(**db, clock);
    std::printf("\n");
    for (const ConsultationType *type : {&data.type15, &data.type20}) {
        for (const Case &k : cases) {
            if (k.emptyAgenda)
                continue; // the database holds the 2,000 appointments
            const auto once = service.slots(data.doctor.id, type->id, k.span);
            if (!once) {
                std::fprintf(stderr, "BookingService::slots failed: %s %s\n", qPrintable(once.error().codeName()),
                             qPrintable(once.error().detail));
                return 1;
            }
            // The same data must give the same answer as in memory.
            if (once->size() != expected.value(QString::number(type->duration.minutes) + QLatin1StringView(k.name))) {
                std::fprintf(stderr, "BookingService::slots disagrees with generateSlots (%lld slots)\n",
                             static_cast<long long>(once->size()));
                return 1;
            }
            const Figures f = measure([&] { g_sink = g_sink + service.slots(data.doctor.id, type->id, k.span)->size(); },
                                      std::chrono::milliseconds(200), 9);
            const ScheduleContext c = contextFor(data, zone, *type, k.span);
            printRow("BookingService::slots", *type, k, c.appointments.size() + c.absences.size(), once->size(), f);
        }
    }

    // Where the end-to-end time of one day goes: a warm call reads the change
    // stamp (the catalogue of settings, doctors and types is cached until the
    // database changes) and the doctor's busy time in the window; the catalogue
    // reads are paid again after any change.
    std::printf("\nStorage reads behind one BookingService::slots call (1 day):\n");
    const ClinicStore store(**db);
    const TimeRange window = serviceWindow(cases[0].span);
    const DoctorId doctorId = data.doctor.id;
    auto storeRow = [](const char *what, const Figures &f) {
        std::printf("  %-44s %10.0f ns/call  (min %.0f ns/call; %d x %lld calls)\n", what, f.medianNs, f.minNs,
                    f.repeats, static_cast<long long>(f.iterations));
    };
    const auto ms = std::chrono::milliseconds(100);
    storeRow("every call: Database::changeStamp()", measure([&] { g_sink = g_sink + *(*db)->changeStamp(); }, ms, 9));
    storeRow("every call: ClinicStore::busyTime(window)", measure([&] {
        const auto busy = store.busyTime(doctorId, window);
        g_sink = g_sink + busy->appointments.size() + busy->absences.size();
    }, ms, 9));
    storeRow("after a change: clinicSettings()", measure([&] { g_sink = g_sink + store.clinicSettings()->horizonDays; }, ms, 9));
    storeRow("after a change: doctors() with hours", measure([&] { g_sink = g_sink + store.doctors()->size(); }, ms, 9));
    storeRow("after a change: types()", measure([&] { g_sink = g_sink + store.types()->size(); }, ms, 9));
    return 0;
}
