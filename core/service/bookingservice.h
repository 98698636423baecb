// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "policy/slotgenerator.h"

#include <QObject>

#include <memory>

namespace tbib {

class Database;

// Who a patient says they are on the web (DESIGN §5): recognised by phone and
// birth date, otherwise a new patient.
struct PatientIdentity final
{
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString phone;

    [[nodiscard]] bool isValid() const;
};

struct PublicBooking final
{
    DoctorId doctorId;
    TypeId typeId;
    UtcSeconds start = 0;
    QString motif;
    PatientIdentity patient;
};

struct DeskBooking final
{
    DoctorId doctorId;
    PatientId patientId;
    TypeId typeId;
    UtcSeconds start = 0;
    QString motif;
    Overrides overrides;
};

struct Eligibility final
{
    bool existingPatient = false;
};

// The rarely changing part of the clinic (settings, zone, doctors with their
// hours, consultation types), read once and kept until the database's change
// stamp moves. Shared read-only: a caller keeps a consistent picture even if
// the service reloads meanwhile.
struct Catalogue final
{
    qint64 stamp = 0;
    ClinicSettings clinic;
    ClinicZone zone;
    QList<Doctor> doctors;
    QList<ConsultationType> types;

    [[nodiscard]] const Doctor *doctor(DoctorId id) const;
    [[nodiscard]] const ConsultationType *type(TypeId id) const;
};

// What staff chose for one appointment an absence covers (Configuration →
// Absences). An appointment left out of the list is kept where it is.
struct CollisionChoice final
{
    enum class Action { Keep, Move, Cancel };
    AppointmentId appointment;
    Action action = Action::Keep;
    UtcSeconds newStart = 0; // Move only; the appointment keeps its length
    Overrides overrides;     // Move only, after staff confirmed (DESIGN §3)
};

struct QueueEntry final
{
    Appointment appointment;
    QString patientName;
    qint64 waitedMinutes = 0;
};

// The one place where appointments change. Every change runs in a single write
// transaction that re-reads what the rules need and re-checks them (never the
// slot list a client saw), so two concurrent bookings of one time cannot both
// succeed, across threads and processes. A refused change writes nothing.
// After a commit it emits added / changed / removed for the views to follow.
class BookingService final : public QObject
{
    Q_OBJECT
public:
    BookingService(const Database &db, const Clock &clock, QObject *parent = nullptr);
    ~BookingService() override;
    Q_DISABLE_COPY_MOVE(BookingService)

    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] Result<std::shared_ptr<const Catalogue>> catalogue() const;
    [[nodiscard]] Result<ClinicSettings> clinicSettings() const;

    // Free starts for a type (DESIGN §3); patient is optional (unknown = new).
    [[nodiscard]] Result<QList<TimeRange>> slots(DoctorId doctor, TypeId type, const DateSpan &span,
                                                 const std::optional<PatientIdentity> &patient = {}) const;
    [[nodiscard]] Result<Eligibility> eligibility(DoctorId doctor, TypeId type, const PatientIdentity &patient) const;

    [[nodiscard]] Result<Appointment> bookPublic(const PublicBooking &booking);
    [[nodiscard]] Result<Appointment> bookDesk(const DeskBooking &booking);
    [[nodiscard]] Result<Appointment> move(AppointmentId id, UtcSeconds newStart, Overrides overrides = {});
    [[nodiscard]] Result<Appointment> resize(AppointmentId id, UtcSeconds newEnd, Overrides overrides = {});
    [[nodiscard]] Result<Appointment> cancel(AppointmentId id);
    // Any status may follow any other (staff undo misclicks). Entering no_show
    // counts once against the patient, leaving it gives the count back; a freed
    // appointment that takes its time again is checked for overlaps.
    [[nodiscard]] Result<Appointment> setStatus(AppointmentId id, AppointmentStatus status, Overrides overrides = {});
    [[nodiscard]] Result<Appointment> setPrivateNotes(AppointmentId id, const QString &notes);
    [[nodiscard]] Result<void> remove(AppointmentId id);

    // A new patient from the desk (identity checked like the web's). Emits patientChanged.
    [[nodiscard]] Result<Patient> addPatient(const PatientIdentity &identity);

    // Blocking is for online booking only. Unblocking clears the flag and the no-show count.
    [[nodiscard]] Result<Patient> setPatientBlocked(PatientId id, bool blocked);

    // Arrived patients, by arrival time, with how long they have waited.
    [[nodiscard]] Result<QList<QueueEntry>> waitingQueue() const;

    // Absences change appointments' fate, so they are written here too.
    // Inserts (no id) or updates the absence and applies every choice, in one
    // write transaction: a refused move (its error's detail names the
    // appointment as "appointment:<id>") writes nothing at all. A move is
    // checked like a desk move, against the new absence too.
    [[nodiscard]] Result<DoctorAbsence> saveAbsence(const DoctorAbsence &absence,
                                                    const QList<CollisionChoice> &choices = {});
    [[nodiscard]] Result<void> removeAbsence(AbsenceId id);

Q_SIGNALS:
    void appointmentAdded(const tbib::Appointment &appointment);
    void appointmentChanged(const tbib::Appointment &appointment);
    void appointmentRemoved(tbib::AppointmentId id);
    void patientChanged(tbib::PatientId id);
    // A doctor's absences changed (the grid shades them).
    void absencesChanged(tbib::DoctorId doctor);
    // Settings, doctors, hours or types changed through this program
    // (ConfigurationService emits it here, where every view already listens).
    // Readers of catalogue() see the change anyway, by change stamp.
    void catalogueChanged();

private:
    struct NewBooking
    {
        Channel channel;
        DoctorId doctorId;
        TypeId typeId;
        UtcSeconds start;
        QString motif;
        Overrides overrides;
        PatientId patientId;      // the desk's patient
        PatientIdentity identity; // the web's patient
    };
    [[nodiscard]] Result<Appointment> bookNew(const NewBooking &booking);
    [[nodiscard]] Result<ScheduleContext> loadContext(DoctorId doctor, std::optional<TypeId> type,
                                                      TimeRange window, AppointmentId except = {}) const;
    [[nodiscard]] Result<std::optional<PatientStanding>> standing(const std::optional<Patient> &patient,
                                                                  const ScheduleContext &context) const;
    [[nodiscard]] Result<Appointment> applyChange(AppointmentId id, Change change, TimeRange range,
                                                  Overrides overrides);

    const Database &m_db;
    const Clock &m_clock;
    mutable std::shared_ptr<const Catalogue> m_catalogue;
};

} // namespace tbib
