// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"
#include "domain/entities.h"

#include <QList>

#include <optional>

namespace tbib {

class Database;

// An appointment with what a calendar shows of it: the patient and the type.
// Never carries private notes (nor timestamps, nor the patient's photo).
struct AppointmentView final
{
    Appointment appointment; // privateNotes, createdAt, updatedAt left empty
    Patient patient;         // name, birth date, phone, no-show count only
    QString typeName;
    QString typeColor;
};

// A patient as the patients list shows them: no photo, and the start of the
// last visit (an appointment before `before` that was not cancelled nor
// missed, the "past visit" of DESIGN §3).
struct PatientSummary final
{
    Patient patient; // photo left empty
    std::optional<UtcSeconds> lastVisit;
};

// Every SQL statement of the clinic's data: prepared, values bound, one method
// per question or change. It never starts a transaction itself; services and
// the importer wrap calls in a WriteTransaction so that a change is atomic.
class ClinicStore final
{
public:
    explicit ClinicStore(const Database &db) : m_db(db) {}

    [[nodiscard]] const Database &database() const { return m_db; }

    // Settings (key/value). Clinic settings default when never saved.
    [[nodiscard]] Result<ClinicSettings> clinicSettings() const;
    [[nodiscard]] Result<void> saveClinicSettings(const ClinicSettings &settings) const;
    [[nodiscard]] Result<std::optional<QString>> setting(const QString &key) const;
    [[nodiscard]] Result<void> setSetting(const QString &key, const QString &value) const;

    // True when the database holds no doctor, patient or appointment.
    [[nodiscard]] Result<bool> isEmpty() const;

    [[nodiscard]] Result<QList<Doctor>> doctors() const;
    [[nodiscard]] Result<std::optional<Doctor>> doctor(DoctorId id) const;
    [[nodiscard]] Result<DoctorId> insertDoctor(const Doctor &doctor) const;
    [[nodiscard]] Result<void> updateDoctor(const Doctor &doctor) const;

    [[nodiscard]] Result<QList<ConsultationType>> types(std::optional<DoctorId> doctor = {}) const;
    [[nodiscard]] Result<std::optional<ConsultationType>> type(TypeId id) const;
    [[nodiscard]] Result<TypeId> insertType(const ConsultationType &type) const;
    [[nodiscard]] Result<void> updateType(const ConsultationType &type) const;
    // True when an appointment (any status) refers to the type.
    [[nodiscard]] Result<bool> isTypeUsed(TypeId id) const;
    [[nodiscard]] Result<void> deleteType(TypeId id) const;

    // Absences of a doctor overlapping a window (all doctors when none given).
    [[nodiscard]] Result<QList<DoctorAbsence>> absences(std::optional<DoctorId> doctor, TimeRange window) const;
    [[nodiscard]] Result<std::optional<DoctorAbsence>> absence(AbsenceId id) const;
    [[nodiscard]] Result<AbsenceId> insertAbsence(const DoctorAbsence &absence) const;
    [[nodiscard]] Result<void> updateAbsence(const DoctorAbsence &absence) const;
    [[nodiscard]] Result<void> deleteAbsence(AbsenceId id) const;

    [[nodiscard]] Result<QList<Patient>> patients() const;
    [[nodiscard]] Result<std::optional<Patient>> patient(PatientId id) const;
    // Recognises a returning patient: same phone key and birth date.
    [[nodiscard]] Result<std::optional<Patient>> findPatient(const QString &phone, QDate birthDate) const;
    [[nodiscard]] Result<PatientId> insertPatient(const Patient &patient) const;
    [[nodiscard]] Result<void> updatePatient(const Patient &patient) const;
    // Every patient (or only one) with their last visit, in one query.
    [[nodiscard]] Result<QList<PatientSummary>> patientSummaries(UtcSeconds before,
                                                                 std::optional<PatientId> only = {}) const;

    [[nodiscard]] Result<std::optional<Appointment>> appointment(AppointmentId id) const;
    // Appointments overlapping a window, every status, ordered by start.
    [[nodiscard]] Result<QList<Appointment>> appointments(std::optional<DoctorId> doctor, TimeRange window) const;
    [[nodiscard]] Result<QList<Appointment>> appointmentsOfPatient(PatientId patient) const;
    // The calendar's read: one joined query for a window (DESIGN §5 feed, the grid).
    [[nodiscard]] Result<QList<AppointmentView>> appointmentViews(std::optional<DoctorId> doctor,
                                                                  TimeRange window) const;
    // The same rows for the appointments starting in [from, to) (the agenda cache's days).
    [[nodiscard]] Result<QList<AppointmentView>> appointmentViewsStarting(std::optional<DoctorId> doctor,
                                                                          UtcSeconds from, UtcSeconds to) const;
    [[nodiscard]] Result<QList<Appointment>> appointmentsWithStatus(AppointmentStatus status) const;
    // Absences and occupied time of a doctor in a window, in one read.
    struct BusyTime
    {
        QList<TimeRange> absences;
        QList<TimeRange> appointments;
    };
    [[nodiscard]] Result<BusyTime> busyTime(DoctorId doctor, TimeRange window, AppointmentId except = {}) const;
    // A visit to this doctor that started before `before` and still counts.
    [[nodiscard]] Result<bool> hasPastVisit(PatientId patient, DoctorId doctor, UtcSeconds before) const;
    [[nodiscard]] Result<AppointmentId> insertAppointment(const Appointment &appointment) const;
    [[nodiscard]] Result<void> updateAppointment(const Appointment &appointment) const;
    [[nodiscard]] Result<void> deleteAppointment(AppointmentId id) const;

private:
    const Database &m_db;
};

// ---- import / export support (core/io) ------------------------------------
// Whole-table reads for the clinic file, ordered by id so that an export is
// deterministic, and a read transaction so that the tables read one after the
// other form one consistent picture while bookings keep arriving.

[[nodiscard]] Result<QList<DoctorAbsence>> allAbsences(const ClinicStore &store);
[[nodiscard]] Result<QList<Appointment>> allAppointments(const ClinicStore &store);

// A deferred (shared) transaction: readers see one snapshot of the database and
// never block writers for longer than the reads. Ended on destruction.
class ReadTransaction final
{
public:
    explicit ReadTransaction(const Database &db) : m_db(db) {}
    ~ReadTransaction();
    Q_DISABLE_COPY_MOVE(ReadTransaction)

    [[nodiscard]] Result<void> begin();

private:
    const Database &m_db;
    bool m_open = false;
};

} // namespace tbib
