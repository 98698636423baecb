// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "policy/slotgenerator.h"
#include "storage/clinicstore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace tbib {

class AgendaCache;
class ChangeFeed;
class Database;
struct ChangeNote;
struct AppointmentView;

// A refused field of a form: the field's name (the detail of the service's
// invalid_input error: "first_name", "last_name", "birth_date", "phone",
// "photo", "block_reason") and the translated sentence to show next to it.
struct FieldProblem final
{
    QString field;
    QString message;
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// Who a patient says they are on the web (DESIGN §5): recognised by phone and
// birth date, otherwise a new patient. The rules are docs/decisions.md
// "Identity checks"; problems() names every broken one, isValid() is "none".
struct PatientIdentity final
{
    QString firstName;
    QString lastName;
    QDate birthDate;
    QString phone;

    // With `today`, a birth date after it is refused too (the desk knows the
    // clinic's date; the web check predates it and keeps its rule).
    [[nodiscard]] QList<FieldProblem> problems(QDate today = {}) const;
    [[nodiscard]] bool isValid() const { return problems().isEmpty(); }
};

// The sentence for a missing or too long reason when staff block a patient;
// nothing when the reason is acceptable (or when unblocking).
[[nodiscard]] std::optional<FieldProblem> blockReasonProblem(bool blocked, const QString &reason);

// Photos are stored in the database: bounded so that a record stays light.
inline constexpr qsizetype MaxPhotoBytes = 512 * 1024;

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

    // A new patient from the desk (identity checked like the web's, and a birth
    // date not after the clinic's today). Emits patientChanged.
    [[nodiscard]] Result<Patient> addPatient(const PatientIdentity &identity);

    // Blocking is for online booking only and needs a reason (blockReasonProblem).
    // Unblocking clears the flag, the reason and the no-show count.
    [[nodiscard]] Result<Patient> setPatientBlocked(PatientId id, bool blocked, const QString &reason = {});
    // Corrects a patient's identity (names, birth date, phone), checked like a
    // new one's and a birth date not after the clinic's today; the rest of the
    // record (photo, counts, block) is kept. One transaction; emits patientChanged.
    [[nodiscard]] Result<Patient> updatePatient(PatientId id, const PatientIdentity &identity);
    // Replaces the photo (image bytes, at most MaxPhotoBytes); empty removes it.
    [[nodiscard]] Result<Patient> setPatientPhoto(PatientId id, const QByteArray &photo);
    // The patients list: every patient (or one) with their last visit before now.
    [[nodiscard]] Result<QList<PatientSummary>> patientSummaries(std::optional<PatientId> only = {}) const;
    // The clinic's date now (clinic zone).
    [[nodiscard]] QDate today() const;

    // What a calendar shows of a window (every status, ordered by start, no
    // private notes), from the agenda cache: the feed and the grid read here.
    [[nodiscard]] Result<QList<AppointmentView>> appointmentViews(std::optional<DoctorId> doctor,
                                                                  TimeRange window) const;

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

    // Several programs on one database (docs/multi-workstation.md): from now
    // on, what other programs commit is announced by the same signals as this
    // program's own changes, within a second; a lost connection is announced
    // and recovered by itself. Needs the event loop of the database's thread.
    [[nodiscard]] Result<void> followOtherPrograms();
    // False while the connection to the database server is lost.
    [[nodiscard]] bool isConnected() const;

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
    // Anything may have changed (another program imported a clinic, or the
    // connection came back after changes may have been missed): views read
    // everything they show again.
    void reloadNeeded();
    // The connection to the database server was lost (reason: the driver's
    // words) or came back.
    void connectionChanged(bool connected, const QString &reason);

private:
    void applyOthersChanges(const QList<ChangeNote> &notes);
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
    // Writers read the database inside their transaction; the slot lists may
    // read the agenda cache (as fresh as the change stamp, never trusted for a write).
    enum class ReadFrom { Database, Cache };
    [[nodiscard]] Result<ScheduleContext> loadContext(DoctorId doctor, std::optional<TypeId> type,
                                                      TimeRange window, AppointmentId except = {},
                                                      ReadFrom from = ReadFrom::Database) const;
    [[nodiscard]] Result<std::optional<PatientStanding>> standing(const std::optional<Patient> &patient,
                                                                  const ScheduleContext &context) const;
    [[nodiscard]] Result<Patient> changePatient(PatientId id, const std::function<Result<void>(Patient &)> &change);
    [[nodiscard]] Result<Appointment> applyChange(AppointmentId id, Change change, TimeRange range,
                                                  Overrides overrides);
    [[nodiscard]] Result<Appointment> lockedAppointment(AppointmentId id) const;

    const Database &m_db;
    const Clock &m_clock;
    mutable std::shared_ptr<const Catalogue> m_catalogue;
    std::unique_ptr<AgendaCache> m_agenda;
    ChangeFeed *m_feed = nullptr;
};

} // namespace tbib
