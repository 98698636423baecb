// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appointmentstatus.h"
#include "ids.h"
#include "timerange.h"
#include "workinghours.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tbib {

// The records of DESIGN §2, as plain values. Storage fills them; policies read them.

struct ClinicSettings final
{
    QString name;
    QByteArray timeZone = "UTC"; // IANA id
    int minNoticeMinutes = 0;
    int horizonDays = 60;
    int bookingRateLimitPerMinute = 20; // 0 = no limit
    friend bool operator==(const ClinicSettings &, const ClinicSettings &) = default;
};

struct Doctor final
{
    DoctorId id;
    QString name;
    QString specialty;
    QByteArray photo; // image bytes, empty if none
    WorkingHours hours;
    int noShowLimit = 3;
    friend bool operator==(const Doctor &, const Doctor &) = default;
};

struct ConsultationType final
{
    static constexpr int MinDuration = 5;
    static constexpr int MaxDuration = 480;

    TypeId id;
    DoctorId doctorId;
    QString name;
    Duration duration{15};
    QString price; // free text, e.g. "200 MAD"
    QString color = QStringLiteral("#1E88E5");
    bool emergencyOnly = false;
    bool requireExistingPatient = false;
    bool active = true;
    friend bool operator==(const ConsultationType &, const ConsultationType &) = default;
};

struct DoctorAbsence final
{
    AbsenceId id;
    DoctorId doctorId;
    TimeRange range;
    QString reason;
    friend bool operator==(const DoctorAbsence &, const DoctorAbsence &) = default;
};

struct Patient final
{
    PatientId id;
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString phone;
    QByteArray photo;
    int noShowCount = 0;
    bool blocked = false; // set by hand by staff
    UtcSeconds createdAt = 0;
    QString blockReason; // why staff set the flag; empty when not blocked by hand

    [[nodiscard]] QString fullName() const { return firstName + u' ' + lastName; }
    friend bool operator==(const Patient &, const Patient &) = default;
};

struct Appointment final
{
    // No appointment lasts longer than a day: storage reads a window's
    // appointments by start time only within this reach.
    static constexpr qint64 MaxSeconds = 24 * 3600;

    AppointmentId id;
    DoctorId doctorId;
    PatientId patientId;
    TypeId typeId;
    TimeRange range; // end = start + the type's duration at booking time
    AppointmentStatus status = AppointmentStatus::Booked;
    QString motif;
    QString privateNotes;
    std::optional<UtcSeconds> arrivedAt;
    BookingSource source = BookingSource::Desk;
    UtcSeconds createdAt = 0;
    UtcSeconds updatedAt = 0;
    // Staff confirmed that it may overlap another appointment (DESIGN §3), or
    // it was imported overlapping: the database's overlap guard lets it be.
    bool overlapAllowed = false;
    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// Blocked for online booking: the staff flag, or the doctor's no-show limit reached.
[[nodiscard]] inline bool isBlockedFor(const Patient &patient, const Doctor &doctor)
{
    return patient.blocked || (doctor.noShowLimit > 0 && patient.noShowCount >= doctor.noShowLimit);
}

// Blocked for online booking with at least one of the doctors (a list shows
// one state per patient; the no-show limit is each doctor's).
[[nodiscard]] inline bool isBlockedForAny(const Patient &patient, const QList<Doctor> &doctors)
{
    if (patient.blocked)
        return true;
    for (const Doctor &d : doctors) {
        if (isBlockedFor(patient, d))
            return true;
    }
    return false;
}

// The key a phone number is recognised by: its digits, and of those only the
// last nine when there are more, so that the national form and the international
// one match ("06 12 34 56 78" == "+33 6 12 34 56 78" == "0033612345678").
// Morocco and France both have nine digits after the trunk prefix.
[[nodiscard]] QString normalizedPhone(QStringView phone);

} // namespace tbib
