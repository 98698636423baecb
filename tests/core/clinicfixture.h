// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real clinic database in a temporary directory: one doctor (Mon–Fri
// 09:00–12:30 + 14:00–18:30) in Europe/Paris, a few types and patients, a
// manual clock on Monday 2026-11-23 07:00.

#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"
#include "testsupport.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tbib::test {

struct ClinicFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ClinicZone zone{"Europe/Paris"};
    ManualClock clock{0};
    DoctorId doctor;
    DoctorId otherDoctor;
    TypeId t15, t30, emergency, followUp, inactive;
    PatientId karim, lucie;

    [[nodiscard]] QString path() const { return databaseLocation(dir, QStringLiteral("clinic.sqlite")); }
    [[nodiscard]] UtcSeconds local(const QString &text) const { return at(zone, text); }

    // Returns false (with a QWARN) when anything could not be set up.
    bool setUp()
    {
        if (!dir.isValid())
            return false;
        auto opened = Database::open(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        db = std::move(*opened);
        clock.set(local(QStringLiteral("2026-11-23 07:00")));
        const ClinicStore store(*db);
        ClinicSettings s;
        s.name = QStringLiteral("Cabinet test");
        s.timeZone = "Europe/Paris";
        bool ok = store.saveClinicSettings(s).has_value();

        Doctor d;
        d.name = QStringLiteral("Dr Amina Benali");
        for (int day = 1; day <= 5; ++day)
            ok = ok && d.hours.setIntervals(day, intervals(QStringLiteral("09:00-12:30 14:00-18:30")));
        auto id = store.insertDoctor(d);
        ok = ok && id;
        doctor = id.value_or(DoctorId());
        d.name = QStringLiteral("Dr Julien Morel");
        auto other = store.insertDoctor(d);
        otherDoctor = other.value_or(DoctorId());

        auto addType = [&](const char *name, int minutes, bool emergencyOnly, bool existing, bool active) {
            ConsultationType t;
            t.doctorId = doctor;
            t.name = QString::fromUtf8(name);
            t.duration = Duration{minutes};
            t.emergencyOnly = emergencyOnly;
            t.requireExistingPatient = existing;
            t.active = active;
            auto r = store.insertType(t);
            ok = ok && r;
            return r.value_or(TypeId());
        };
        t15 = addType("Consultation", 15, false, false, true);
        t30 = addType("Première consultation", 30, false, false, true);
        emergency = addType("Urgence", 20, true, false, true);
        followUp = addType("Suivi", 15, false, true, true);
        inactive = addType("Ancienne", 15, false, false, false);

        karim = addPatient(QStringLiteral("Karim"), QStringLiteral("Connu"), QStringLiteral("06 12 34 56 78"),
                           QDate(1980, 5, 17));
        lucie = addPatient(QStringLiteral("Lucie"), QStringLiteral("Martin"), QStringLiteral("07 11 22 33 44"),
                           QDate(1992, 1, 3));
        return ok && karim.isValid() && lucie.isValid();
    }

    PatientId addPatient(const QString &first, const QString &last, const QString &phone, QDate birth)
    {
        Patient p;
        p.firstName = first;
        p.lastName = last;
        p.phone = phone;
        p.birthDate = birth;
        p.createdAt = clock.now();
        return ClinicStore(*db).insertPatient(p).value_or(PatientId());
    }

    // Staff data written as is (the way an import stores history).
    AppointmentId addAppointment(PatientId patient, TypeId type, const QString &start, int minutes,
                                 AppointmentStatus status = AppointmentStatus::Booked)
    {
        Appointment a;
        a.doctorId = doctor;
        a.patientId = patient;
        a.typeId = type;
        a.range = {local(start), local(start) + minutes * 60};
        a.status = status;
        return ClinicStore(*db).insertAppointment(a).value_or(AppointmentId());
    }

    [[nodiscard]] PatientIdentity identity(PatientId id) const
    {
        const Patient p = *ClinicStore(*db).patient(id).value();
        return {p.firstName, p.lastName, p.birthDate, p.phone};
    }

    [[nodiscard]] qsizetype count(const char *what) const
    {
        const ClinicStore store(*db);
        if (qstrcmp(what, "patients") == 0)
            return store.patients().value().size();
        return store.appointments({}, {0, std::numeric_limits<qint64>::max()}).value().size();
    }
};

} // namespace tbib::test
