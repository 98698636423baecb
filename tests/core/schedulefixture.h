// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A doctor (Mon–Fri 09:00–12:30 + 14:00–18:30, Sat 09:00–12:00), one type and a
// patient standing, described by a few fields so that rule tables stay readable.

#include "policy/slotgenerator.h"
#include "testsupport.h"

namespace tbib::test {

// One row of the slot rules. Times are local to the row's zone.
struct Row
{
    QByteArray zone = "Europe/Paris";
    QString now = QStringLiteral("2026-11-23 07:00"); // a Monday morning
    int duration = 15;
    bool emergencyOnly = false;
    bool requireExisting = false;
    QString patient = QStringLiteral("none"); // none | new | blocked | followed
    QString hours;                             // replaces Tuesday's (and Sunday's) hours when set
    QStringList absences;                      // "from|to"
    QStringList appointments;                  // "from|to"
    int minNotice = 0;
    int horizonDays = 60;
};

inline ScheduleContext makeContext(const Row &row)
{
    ScheduleContext c;
    c.zone = ClinicZone(row.zone);
    c.clinic.timeZone = row.zone;
    c.clinic.minNoticeMinutes = row.minNotice;
    c.clinic.horizonDays = row.horizonDays;
    c.now = at(c.zone, row.now);

    Doctor d;
    d.id = DoctorId(1);
    d.name = QStringLiteral("Dr Amina Benali");
    for (int day = 1; day <= 5; ++day)
        (void)d.hours.setIntervals(day, intervals(QStringLiteral("09:00-12:30 14:00-18:30")));
    (void)d.hours.setIntervals(6, intervals(QStringLiteral("09:00-12:00")));
    if (!row.hours.isEmpty()) {
        (void)d.hours.setIntervals(2, intervals(row.hours));
        (void)d.hours.setIntervals(7, intervals(row.hours));
    }
    c.doctor = d;

    ConsultationType t;
    t.id = TypeId(7);
    t.doctorId = d.id;
    t.name = QStringLiteral("Consultation");
    t.duration = Duration{row.duration};
    t.emergencyOnly = row.emergencyOnly;
    t.requireExistingPatient = row.requireExisting;
    c.type = t;

    if (row.patient == u"new")
        c.patient = PatientStanding{false, false};
    else if (row.patient == u"blocked")
        c.patient = PatientStanding{true, true};
    else if (row.patient == u"followed")
        c.patient = PatientStanding{false, true};

    for (const auto &a : row.absences) {
        const auto p = a.split(u'|');
        c.absences.append(range(c.zone, p[0], p[1]));
    }
    for (const auto &a : row.appointments) {
        const auto p = a.split(u'|');
        c.appointments.append(range(c.zone, p[0], p[1]));
    }
    return c;
}

} // namespace tbib::test

Q_DECLARE_METATYPE(tbib::test::Row)
