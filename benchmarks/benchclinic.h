// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmarks' round-the-clock clinic (bench_booking, bench_sync).

#include "domain/entities.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

namespace tbib::bench {

struct Agenda
{
    DoctorId doctor;
    TypeId type;
};

// A clinic in UTC with `doctors` doctors working around the clock, each with one 5-minute type.
inline Result<QList<Agenda>> fillClinic(const Database &db, int doctors)
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
    QList<Agenda> agendas;
    for (int d = 0; d < doctors; ++d) {
        Doctor doctor;
        doctor.name = QStringLiteral("Dr Bench %1").arg(d + 1);
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
        agendas.append({*doctorId, *typeId});
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return agendas;
}

} // namespace tbib::bench
