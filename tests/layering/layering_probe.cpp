// SPDX-License-Identifier: GPL-3.0-or-later
// A program that links tbib_core and nothing else, for the "layering" test:
// it is linked with --no-as-needed, so every shared library on tbib_core's link
// line ends up in its NEEDED entries, used or not, and readelf can show that
// core drags in no Qt module beyond Core and Sql (DESIGN §1).
//
// It also touches both modules for real: it opens an in-memory database (Qt
// Sql, storage, migrations) and generates a day of slots (Qt Core, policy).

#include "policy/slotgenerator.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    auto db = tbib::Database::open(QStringLiteral(":memory:"));
    if (!db) {
        std::fprintf(stderr, "cannot open an in-memory database: %s\n", qUtf8Printable(db.error()));
        return 1;
    }
    auto version = tbib::Migrations::currentVersion(**db);
    if (!version || *version != tbib::Migrations::latestVersion()) {
        std::fprintf(stderr, "the in-memory database was not migrated\n");
        return 1;
    }

    tbib::ScheduleContext c;
    tbib::Doctor doctor;
    doctor.id = tbib::DoctorId(1);
    if (!doctor.hours.setIntervals(1, {{9 * 60, 12 * 60}}))
        return 1;
    c.doctor = doctor;
    tbib::ConsultationType type;
    type.id = tbib::TypeId(1);
    type.doctorId = doctor.id;
    c.type = type;
    const QDate monday(2026, 11, 23);
    c.now = c.zone.startOfDay(monday);
    const auto slots = tbib::generateSlots(c, tbib::DateSpan::day(monday));
    if (!slots || slots->size() != 12) {
        std::fprintf(stderr, "unexpected slots\n");
        return 1;
    }
    std::printf("schema version %d, %lld slots\n", *version, static_cast<long long>(slots->size()));
    return 0;
}
