// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/clinicjson.h"

namespace tbib {

class Clock;
class Database;

// The demo clinic of `tbib --demo` and the tests: two doctors in Casablanca
// with a lunch break, their consultation types (one for emergencies only, one
// for their existing patients only), an absence, ~40 patients and a month of
// appointments around the clock's today, in every status.
//
// Deterministic: a fixed seed and the clock alone decide every record, so the
// same "now" always gives the same clinic. Appointments sit on their type's
// grid and never overlap per doctor (among those that occupy time); no-show
// counts match the no_show appointments; one patient is blocked by hand.
namespace DemoClinic {

[[nodiscard]] ClinicSnapshot build(const Clock &clock);
// Writes build(clock) with the import function. Refuses a database that
// already holds a doctor, patient or appointment.
[[nodiscard]] Result<void> install(const Database &db, const Clock &clock);

} // namespace DemoClinic

} // namespace tbib
