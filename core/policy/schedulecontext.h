// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"
#include "domain/cliniczone.h"
#include "domain/entities.h"

#include <QFlags>
#include <QList>

#include <optional>

namespace tbib {

// What the rules need to know about a patient (DESIGN §3 step 2). No value
// means a patient unknown to the clinic, i.e. a new patient.
struct PatientStanding final
{
    bool blocked = false;      // isBlockedFor(patient, doctor)
    bool hasPastVisit = false; // a visit to this doctor before now, not cancelled/no_show
};

// Everything about one doctor that slot generation and booking checks read,
// gathered by the service from storage before the pure functions run. Nothing
// here touches a database.
struct ScheduleContext final
{
    ClinicZone zone;
    ClinicSettings clinic;
    std::optional<Doctor> doctor;
    std::optional<ConsultationType> type;
    std::optional<PatientStanding> patient;
    QList<TimeRange> absences;     // any order
    QList<TimeRange> appointments; // occupying ones only (not cancelled/no_show), any order
    UtcSeconds now = 0;
};

enum class Channel { Public, Desk };

// Desk-only escape hatches, each given after an explicit confirmation by staff.
enum class Override {
    None = 0,
    PatientRules = 1, // blocked, existing patients only
    Grid = 2,         // outside working hours, off-grid start, absence, in the past
    Overlap = 4,      // overlapping another appointment
};
Q_DECLARE_FLAGS(Overrides, Override)
Q_DECLARE_OPERATORS_FOR_FLAGS(Overrides)

} // namespace tbib
