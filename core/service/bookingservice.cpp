// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingservice.h"

#include "agendacache.h"

#include "storage/changefeed.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace tbib {

namespace {

constexpr qint64 SecondsPerDay = 86400;

template <typename T>
Result<T> notFoundIfEmpty(Result<std::optional<T>> value, const char *what)
{
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return fail(ErrorCode::NotFound, QString::fromLatin1(what));
    return **value;
}

// What a new booking at `start` can overlap, whatever its type's duration.
TimeRange newBookingWindow(UtcSeconds start)
{
    return {start, start + qint64(ConsultationType::MaxDuration) * 60};
}

// Staff confirmed an overlap and there is one: the database's guard against
// overlapping bookings (PostgreSQL's exclusion constraint) must let it be.
bool allowedOverlap(const ScheduleContext &c, TimeRange range, Overrides overrides)
{
    if (!overrides.testFlag(Override::Overlap))
        return false;
    return std::ranges::any_of(c.appointments, [&](const TimeRange &r) { return r.overlaps(range); });
}

} // namespace

QList<FieldProblem> PatientIdentity::problems(QDate today) const
{
    const auto problem = [](const char *field, const char *sentence) {
        return FieldProblem{QString::fromLatin1(field), QCoreApplication::translate("PatientIdentity", sentence)};
    };
    QList<FieldProblem> out;
    if (firstName.trimmed().isEmpty())
        out << problem("first_name", QT_TRANSLATE_NOOP("PatientIdentity", "Enter the first name."));
    else if (firstName.size() > 100)
        out << problem("first_name", QT_TRANSLATE_NOOP("PatientIdentity", "The first name is limited to 100 characters."));
    if (lastName.trimmed().isEmpty())
        out << problem("last_name", QT_TRANSLATE_NOOP("PatientIdentity", "Enter the last name."));
    else if (lastName.size() > 100)
        out << problem("last_name", QT_TRANSLATE_NOOP("PatientIdentity", "The last name is limited to 100 characters."));
    if (!birthDate.isValid() || birthDate.year() < 1900)
        out << problem("birth_date", QT_TRANSLATE_NOOP("PatientIdentity", "Enter a real birth date, from 1900 on."));
    else if (today.isValid() && birthDate > today)
        out << problem("birth_date", QT_TRANSLATE_NOOP("PatientIdentity", "The birth date cannot be in the future."));
    if (normalizedPhone(phone).size() < 6)
        out << problem("phone", QT_TRANSLATE_NOOP("PatientIdentity", "Enter a phone number with at least 6 digits."));
    else if (phone.size() > 40)
        out << problem("phone", QT_TRANSLATE_NOOP("PatientIdentity", "The phone number is limited to 40 characters."));
    return out;
}

std::optional<FieldProblem> blockReasonProblem(bool blocked, const QString &reason)
{
    if (!blocked)
        return std::nullopt;
    const char *sentence = nullptr;
    if (reason.trimmed().isEmpty())
        sentence = QT_TRANSLATE_NOOP("PatientIdentity", "Say why online booking is blocked, for your colleagues.");
    else if (reason.size() > 500)
        sentence = QT_TRANSLATE_NOOP("PatientIdentity", "The reason is limited to 500 characters.");
    if (!sentence)
        return std::nullopt;
    return FieldProblem{QStringLiteral("block_reason"), QCoreApplication::translate("PatientIdentity", sentence)};
}

BookingService::BookingService(const Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_agenda(std::make_unique<AgendaCache>(db))
{
}

BookingService::~BookingService() = default;

const Doctor *Catalogue::doctor(DoctorId id) const
{
    for (const auto &d : doctors) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const ConsultationType *Catalogue::type(TypeId id) const
{
    for (const auto &t : types) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Result<std::shared_ptr<const Catalogue>> BookingService::catalogue() const
{
    auto stamp = m_db.changeStamp();
    if (!stamp)
        return std::unexpected(stamp.error());
    if (m_catalogue && m_catalogue->stamp == *stamp)
        return m_catalogue;
    const ClinicStore store(m_db);
    auto fresh = std::make_shared<Catalogue>();
    fresh->stamp = *stamp;
    auto settings = store.clinicSettings();
    auto doctors = store.doctors();
    auto types = store.types();
    if (!settings || !doctors || !types)
        return std::unexpected(!settings ? settings.error() : !doctors ? doctors.error() : types.error());
    fresh->clinic = *settings;
    fresh->zone = ClinicZone::cached(fresh->clinic.timeZone);
    fresh->doctors = *doctors;
    fresh->types = *types;
    m_catalogue = std::move(fresh);
    return m_catalogue;
}

Result<ClinicSettings> BookingService::clinicSettings() const
{
    auto c = catalogue();
    if (!c)
        return std::unexpected(c.error());
    return (*c)->clinic;
}

Result<ScheduleContext> BookingService::loadContext(DoctorId doctorId, std::optional<TypeId> typeId,
                                                    TimeRange window, AppointmentId except, ReadFrom from) const
{
    auto catalogue = this->catalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    const Catalogue &k = **catalogue;
    ScheduleContext c;
    c.now = m_clock.now();
    c.clinic = k.clinic;
    c.zone = k.zone;
    const Doctor *doctor = k.doctor(doctorId);
    if (!doctor)
        return fail(ErrorCode::NotFound, QStringLiteral("doctor"));
    c.doctor = *doctor;
    if (typeId) {
        if (const ConsultationType *type = k.type(*typeId))
            c.type = *type;
    }
    if (window.isValid()) {
        auto busy = from == ReadFrom::Cache ? m_agenda->busyTime(k.stamp, doctorId, window, except)
                                            : ClinicStore(m_db).busyTime(doctorId, window, except);
        if (!busy)
            return std::unexpected(busy.error());
        c.absences = std::move(busy->absences);
        c.appointments = std::move(busy->appointments);
    }
    return c;
}

Result<std::optional<PatientStanding>> BookingService::standing(const std::optional<Patient> &patient,
                                                                const ScheduleContext &c) const
{
    if (!patient)
        return std::optional<PatientStanding>();
    auto past = ClinicStore(m_db).hasPastVisit(patient->id, c.doctor->id, c.now);
    if (!past)
        return std::unexpected(past.error());
    return std::optional<PatientStanding>(PatientStanding{isBlockedFor(*patient, *c.doctor), *past});
}

Result<QList<TimeRange>> BookingService::slots(DoctorId doctor, TypeId type, const DateSpan &span,
                                               const std::optional<PatientIdentity> &patient) const
{
    if (!span.first.isValid() || !span.endExclusive.isValid() || span.endExclusive <= span.first
        || span.first.daysTo(span.endExclusive) > DateSpan::MaxDays || (patient && !patient->isValid()))
        return fail(ErrorCode::InvalidInput);
    // The window covers the span's local days whatever the offsets (±14 h).
    const TimeRange window{ClinicZone::wallOf(span.first, 0) - SecondsPerDay,
                           ClinicZone::wallOf(span.endExclusive, 0) + SecondsPerDay};
    auto c = loadContext(doctor, type, window, {}, ReadFrom::Cache);
    if (!c)
        return std::unexpected(c.error());
    if (patient) {
        auto found = ClinicStore(m_db).findPatient(patient->phone, patient->birthDate);
        if (!found)
            return std::unexpected(found.error());
        auto s = standing(*found, *c);
        if (!s)
            return std::unexpected(s.error());
        c->patient = *s;
    }
    return generateSlots(*c, span);
}

Result<QList<AppointmentView>> BookingService::appointmentViews(std::optional<DoctorId> doctor,
                                                               TimeRange window) const
{
    auto catalogue = this->catalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    return m_agenda->views((*catalogue)->stamp, doctor, window);
}

Result<Eligibility> BookingService::eligibility(DoctorId doctor, TypeId type, const PatientIdentity &patient) const
{
    if (!patient.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("patient"));
    auto c = loadContext(doctor, type, {});
    if (!c)
        return std::unexpected(c.error());
    if (!c->type || c->type->doctorId != doctor || !c->type->active)
        return fail(ErrorCode::NotFound, QStringLiteral("type"));
    auto found = ClinicStore(m_db).findPatient(patient.phone, patient.birthDate);
    if (!found)
        return std::unexpected(found.error());
    auto s = standing(*found, *c);
    if (!s)
        return std::unexpected(s.error());
    if (*s && (*s)->blocked)
        return fail(ErrorCode::PatientBlocked);
    if (c->type->requireExistingPatient && !(*s && (*s)->hasPastVisit))
        return fail(ErrorCode::ExistingPatientRequired);
    return Eligibility{found->has_value()};
}

Result<Appointment> BookingService::bookPublic(const PublicBooking &b)
{
    if (!b.patient.isValid() || b.motif.size() > 500)
        return fail(ErrorCode::InvalidInput, QStringLiteral("patient"));
    return bookNew({Channel::Public, b.doctorId, b.typeId, b.start, b.motif, {}, {}, b.patient});
}

// An appointment read inside a write transaction, after its doctor's agenda
// was locked (PostgreSQL: read again under the lock, which another
// workstation may have held while changing it).
Result<Appointment> BookingService::lockedAppointment(AppointmentId id) const
{
    const ClinicStore store(m_db);
    auto a = notFoundIfEmpty(store.appointment(id), "appointment");
    if (!a)
        return a;
    if (m_db.engine() == Engine::Sqlite)
        return a;
    if (auto r = m_db.lockDoctor(a->doctorId); !r)
        return std::unexpected(r.error());
    return notFoundIfEmpty(store.appointment(id), "appointment");
}

Result<Appointment> BookingService::bookDesk(const DeskBooking &b)
{
    if (b.motif.size() > 2000)
        return fail(ErrorCode::InvalidInput, QStringLiteral("motif"));
    return bookNew({Channel::Desk, b.doctorId, b.typeId, b.start, b.motif, b.overrides, b.patientId, {}});
}

// What every new booking does, web or desk: one write transaction in which the
// context is read, the patient found (by id at the desk, recognised by phone
// and birth date on the web), every rule checked, a newcomer created and the
// appointment inserted.
Result<Appointment> BookingService::bookNew(const NewBooking &n)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.lockDoctor(n.doctorId); !r)
        return std::unexpected(r.error());
    auto c = loadContext(n.doctorId, n.typeId, newBookingWindow(n.start));
    if (!c)
        return std::unexpected(c.error());
    std::optional<Patient> patient;
    if (n.channel == Channel::Desk) {
        auto known = notFoundIfEmpty(store.patient(n.patientId), "patient");
        if (!known)
            return std::unexpected(known.error());
        patient = *known;
    } else {
        auto found = store.findPatient(n.identity.phone, n.identity.birthDate);
        if (!found)
            return std::unexpected(found.error());
        patient = *found;
    }
    auto s = standing(patient, *c);
    if (!s)
        return std::unexpected(s.error());
    c->patient = *s;
    auto checked = checkBooking(*c, {{n.start, n.start}, Change::NewBooking, n.channel, n.overrides});
    if (!checked)
        return std::unexpected(checked.error());

    Appointment a;
    if (patient) {
        a.patientId = patient->id;
    } else {
        Patient p;
        p.firstName = n.identity.firstName.trimmed();
        p.lastName = n.identity.lastName.trimmed();
        p.birthDate = n.identity.birthDate;
        p.phone = n.identity.phone.trimmed();
        p.createdAt = c->now;
        auto id = store.insertPatient(p);
        if (!id)
            return std::unexpected(id.error());
        a.patientId = *id;
        tx.note(ChangeNote::Kind::Patient, id->value);
    }
    a.doctorId = n.doctorId;
    a.typeId = n.typeId;
    a.range = *checked;
    a.motif = n.motif.trimmed();
    a.source = n.channel == Channel::Public ? BookingSource::Web : BookingSource::Desk;
    a.createdAt = a.updatedAt = c->now;
    a.overlapAllowed = n.channel == Channel::Desk && allowedOverlap(*c, a.range, n.overrides);
    auto id = store.insertAppointment(a);
    if (!id)
        return std::unexpected(id.error());
    a.id = *id;
    tx.note(ChangeNote::Kind::AppointmentAdded, a.id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT appointmentAdded(a);
    return a;
}

Result<Appointment> BookingService::applyChange(AppointmentId id, Change change, TimeRange range, Overrides overrides)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto a = lockedAppointment(id);
    if (!a)
        return std::unexpected(a.error());
    if (change == Change::Move)
        range = {range.start, range.start + a->range.seconds()};
    else
        range = {a->range.start, range.end};
    auto c = loadContext(a->doctorId, a->typeId, range.isValid() ? range : TimeRange{}, id);
    if (!c)
        return std::unexpected(c.error());
    // A freed appointment holds no time, so it may land on taken time.
    if (!occupiesTime(a->status))
        overrides |= Override::Overlap;
    auto checked = checkBooking(*c, {range, change, Channel::Desk, overrides});
    if (!checked)
        return std::unexpected(checked.error());
    a->range = *checked;
    a->updatedAt = c->now;
    a->overlapAllowed = occupiesTime(a->status) && allowedOverlap(*c, a->range, overrides);
    if (auto r = store.updateAppointment(*a); !r)
        return std::unexpected(r.error());
    tx.note(ChangeNote::Kind::AppointmentChanged, a->id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT appointmentChanged(*a);
    return *a;
}

Result<Appointment> BookingService::move(AppointmentId id, UtcSeconds newStart, Overrides overrides)
{
    return applyChange(id, Change::Move, {newStart, newStart}, overrides);
}

Result<Appointment> BookingService::resize(AppointmentId id, UtcSeconds newEnd, Overrides overrides)
{
    return applyChange(id, Change::Resize, {newEnd, newEnd}, overrides);
}

Result<Appointment> BookingService::cancel(AppointmentId id)
{
    return setStatus(id, AppointmentStatus::Cancelled);
}

Result<Appointment> BookingService::setStatus(AppointmentId id, AppointmentStatus status, Overrides overrides)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto a = lockedAppointment(id);
    if (!a)
        return std::unexpected(a.error());
    const AppointmentStatus old = a->status;
    if (old == status)
        return *a;
    const UtcSeconds now = m_clock.now();
    if (!occupiesTime(old) && occupiesTime(status)) {
        // Taking the time back (undoing a cancel or an "Absent"): only overlaps matter.
        auto c = loadContext(a->doctorId, a->typeId, a->range, id);
        if (!c)
            return std::unexpected(c.error());
        auto checked = checkBooking(*c, {a->range, Change::Reoccupy, Channel::Desk, overrides | Override::Grid});
        if (!checked)
            return std::unexpected(checked.error());
        a->overlapAllowed = allowedOverlap(*c, a->range, overrides);
    }
    bool patientTouched = false;
    if ((old == AppointmentStatus::NoShow) != (status == AppointmentStatus::NoShow)) {
        auto p = notFoundIfEmpty(store.patient(a->patientId), "patient");
        if (!p)
            return std::unexpected(p.error());
        p->noShowCount = status == AppointmentStatus::NoShow ? p->noShowCount + 1 : std::max(0, p->noShowCount - 1);
        if (auto r = store.updatePatient(*p); !r)
            return std::unexpected(r.error());
        patientTouched = true;
        tx.note(ChangeNote::Kind::Patient, p->id.value);
    }
    a->status = status;
    if (status == AppointmentStatus::Arrived)
        a->arrivedAt = now;
    else if (status == AppointmentStatus::Booked)
        a->arrivedAt.reset(); // undoing a mistaken "Arrivé"
    a->updatedAt = now;
    if (auto r = store.updateAppointment(*a); !r)
        return std::unexpected(r.error());
    tx.note(ChangeNote::Kind::AppointmentChanged, a->id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT appointmentChanged(*a);
    if (patientTouched)
        Q_EMIT patientChanged(a->patientId);
    return *a;
}

Result<Appointment> BookingService::setPrivateNotes(AppointmentId id, const QString &notes)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto a = notFoundIfEmpty(store.appointment(id), "appointment");
    if (!a)
        return std::unexpected(a.error());
    if (a->privateNotes == notes)
        return *a;
    a->privateNotes = notes;
    a->updatedAt = m_clock.now();
    if (auto r = store.updateAppointment(*a); !r)
        return std::unexpected(r.error());
    tx.note(ChangeNote::Kind::AppointmentChanged, a->id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT appointmentChanged(*a);
    return *a;
}

Result<void> BookingService::remove(AppointmentId id)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto a = lockedAppointment(id);
    if (!a)
        return std::unexpected(a.error());
    if (a->status == AppointmentStatus::NoShow) {
        // The count follows the appointments that exist.
        auto p = notFoundIfEmpty(store.patient(a->patientId), "patient");
        if (!p)
            return std::unexpected(p.error());
        p->noShowCount = std::max(0, p->noShowCount - 1);
        if (auto r = store.updatePatient(*p); !r)
            return r;
        tx.note(ChangeNote::Kind::Patient, p->id.value);
    }
    if (auto r = store.deleteAppointment(id); !r)
        return r;
    tx.note(ChangeNote::Kind::AppointmentRemoved, id.value);
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT appointmentRemoved(id);
    if (a->status == AppointmentStatus::NoShow)
        Q_EMIT patientChanged(a->patientId);
    return {};
}

Result<Patient> BookingService::addPatient(const PatientIdentity &identity)
{
    if (auto problems = identity.problems(today()); !problems.isEmpty())
        return fail(ErrorCode::InvalidInput, problems.first().field);
    Patient p;
    p.firstName = identity.firstName.trimmed();
    p.lastName = identity.lastName.trimmed();
    p.birthDate = identity.birthDate;
    p.phone = identity.phone.trimmed();
    p.createdAt = m_clock.now();
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto id = ClinicStore(m_db).insertPatient(p);
    if (!id)
        return std::unexpected(id.error());
    p.id = *id;
    tx.note(ChangeNote::Kind::Patient, p.id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT patientChanged(p.id);
    return p;
}

Result<Patient> BookingService::setPatientBlocked(PatientId id, bool blocked, const QString &reason)
{
    if (auto problem = blockReasonProblem(blocked, reason))
        return fail(ErrorCode::InvalidInput, problem->field);
    return changePatient(id, [&](Patient &p) -> Result<void> {
        p.blocked = blocked;
        p.blockReason = blocked ? reason.trimmed() : QString();
        if (!blocked)
            p.noShowCount = 0; // DESIGN §2: unblocking at the desk resets the count
        return {};
    });
}

Result<Patient> BookingService::updatePatient(PatientId id, const PatientIdentity &identity)
{
    if (auto problems = identity.problems(today()); !problems.isEmpty())
        return fail(ErrorCode::InvalidInput, problems.first().field);
    return changePatient(id, [&](Patient &p) -> Result<void> {
        p.firstName = identity.firstName.trimmed();
        p.lastName = identity.lastName.trimmed();
        p.birthDate = identity.birthDate;
        p.phone = identity.phone.trimmed();
        return {};
    });
}

Result<Patient> BookingService::setPatientPhoto(PatientId id, const QByteArray &photo)
{
    if (photo.size() > MaxPhotoBytes)
        return fail(ErrorCode::InvalidInput, QStringLiteral("photo"));
    return changePatient(id, [&](Patient &p) -> Result<void> {
        p.photo = photo;
        return {};
    });
}

// Every change to a patient's record: read, change and write in one write
// transaction, so a concurrent no-show at another desk is never overwritten
// with a stale count; patientChanged after the commit.
Result<Patient> BookingService::changePatient(PatientId id, const std::function<Result<void>(Patient &)> &change)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto p = notFoundIfEmpty(store.patient(id), "patient");
    if (!p)
        return std::unexpected(p.error());
    const Patient before = *p;
    if (auto r = change(*p); !r)
        return std::unexpected(r.error());
    if (*p == before)
        return *p; // nothing to write, nothing to announce
    if (auto r = store.updatePatient(*p); !r)
        return std::unexpected(r.error());
    tx.note(ChangeNote::Kind::Patient, id.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    Q_EMIT patientChanged(id);
    return *p;
}

Result<QList<PatientSummary>> BookingService::patientSummaries(std::optional<PatientId> only) const
{
    return ClinicStore(m_db).patientSummaries(m_clock.now(), only);
}

QDate BookingService::today() const
{
    auto c = catalogue();
    return (c ? (*c)->zone : ClinicZone()).dateOf(m_clock.now());
}

Result<QList<QueueEntry>> BookingService::waitingQueue() const
{
    const ClinicStore store(m_db);
    auto catalogue = this->catalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    const ClinicZone zone = (*catalogue)->zone;
    const UtcSeconds now = m_clock.now();
    const QDate today = zone.dateOf(now);
    auto arrived = store.appointmentsWithStatus(AppointmentStatus::Arrived);
    if (!arrived)
        return std::unexpected(arrived.error());
    QList<QueueEntry> queue;
    for (const auto &a : std::as_const(*arrived)) {
        // The queue is today's: an arrival left open on another day is not waiting now.
        if (zone.dateOf(a.arrivedAt.value_or(a.range.start)) != today)
            continue;
        auto p = store.patient(a.patientId);
        if (!p)
            return std::unexpected(p.error());
        const qint64 waited = a.arrivedAt ? std::max<qint64>(0, (now - *a.arrivedAt) / 60) : 0;
        queue.append({a, *p ? (*p)->fullName() : QString(), waited});
    }
    return queue;
}

// ---- absences ---------------------------------------------------------------

Result<DoctorAbsence> BookingService::saveAbsence(const DoctorAbsence &absence, const QList<CollisionChoice> &choices)
{
    if (!absence.range.isValid() || absence.reason.size() > 200)
        return fail(ErrorCode::InvalidInput, QStringLiteral("absence"));
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto doctor = notFoundIfEmpty(store.doctor(absence.doctorId), "doctor");
    if (!doctor)
        return std::unexpected(doctor.error());
    if (auto r = m_db.lockDoctor(absence.doctorId); !r)
        return std::unexpected(r.error());
    DoctorAbsence saved = absence;
    saved.reason = absence.reason.trimmed();
    std::optional<DoctorId> previousDoctor;
    if (saved.id.isValid()) {
        auto old = notFoundIfEmpty(store.absence(saved.id), "absence");
        if (!old)
            return std::unexpected(old.error());
        previousDoctor = old->doctorId;
        if (auto r = store.updateAbsence(saved); !r)
            return std::unexpected(r.error());
    } else {
        auto id = store.insertAbsence(saved);
        if (!id)
            return std::unexpected(id.error());
        saved.id = *id;
    }
    // The absence is written first, so that a move into it is refused too.
    QList<Appointment> changed;
    const UtcSeconds now = m_clock.now();
    for (const CollisionChoice &choice : choices) {
        if (choice.action == CollisionChoice::Action::Keep)
            continue;
        const QString which = QStringLiteral("appointment:%1").arg(choice.appointment.value);
        auto a = notFoundIfEmpty(store.appointment(choice.appointment), "appointment");
        if (!a)
            return fail(a.error().code, which);
        // Only what the absence covers is offered: the doctor's appointments
        // that hold time inside it.
        if (!occupiesTime(a->status) || a->doctorId != saved.doctorId || !a->range.overlaps(saved.range))
            return fail(ErrorCode::InvalidInput, which);
        if (choice.action == CollisionChoice::Action::Cancel) {
            a->status = AppointmentStatus::Cancelled;
        } else {
            const TimeRange range{choice.newStart, choice.newStart + a->range.seconds()};
            auto c = loadContext(a->doctorId, a->typeId, range, a->id);
            if (!c)
                return std::unexpected(c.error());
            auto checked = checkBooking(*c, {range, Change::Move, Channel::Desk, choice.overrides});
            if (!checked)
                return fail(checked.error().code, which);
            a->range = *checked;
            a->overlapAllowed = allowedOverlap(*c, a->range, choice.overrides);
        }
        a->updatedAt = now;
        if (auto r = store.updateAppointment(*a); !r)
            return std::unexpected(r.error());
        tx.note(ChangeNote::Kind::AppointmentChanged, a->id.value);
        changed.append(*a);
    }
    if (previousDoctor && *previousDoctor != saved.doctorId)
        tx.note(ChangeNote::Kind::Absences, previousDoctor->value);
    tx.note(ChangeNote::Kind::Absences, saved.doctorId.value);
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    for (const Appointment &a : std::as_const(changed))
        Q_EMIT appointmentChanged(a);
    if (previousDoctor && *previousDoctor != saved.doctorId)
        Q_EMIT absencesChanged(*previousDoctor);
    Q_EMIT absencesChanged(saved.doctorId);
    return saved;
}

Result<void> BookingService::removeAbsence(AbsenceId id)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto old = notFoundIfEmpty(store.absence(id), "absence");
    if (!old)
        return std::unexpected(old.error());
    if (auto r = store.deleteAbsence(id); !r)
        return r;
    tx.note(ChangeNote::Kind::Absences, old->doctorId.value);
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT absencesChanged(old->doctorId);
    return {};
}

// ---- other programs ---------------------------------------------------------

Result<void> BookingService::followOtherPrograms()
{
    if (m_feed)
        return {};
    auto *feed = new ChangeFeed(m_db, this);
    if (auto r = feed->start(); !r) {
        delete feed;
        return r;
    }
    m_feed = feed;
    connect(feed, &ChangeFeed::changed, this, &BookingService::applyOthersChanges);
    connect(feed, &ChangeFeed::connectionLost, this, [this](const QString &reason) {
        Q_EMIT connectionChanged(false, reason);
    });
    connect(feed, &ChangeFeed::connectionRestored, this, [this] { Q_EMIT connectionChanged(true, QString()); });
    return {};
}

bool BookingService::isConnected() const
{
    return m_feed ? m_feed->isConnected() : m_db.isConnected();
}

// Another program's changes, announced as if made here: the appointment is
// read again (it may have changed once more, or be gone).
void BookingService::applyOthersChanges(const QList<ChangeNote> &notes)
{
    const ClinicStore store(m_db);
    bool catalogue = false;
    for (const ChangeNote &n : notes) {
        switch (n.kind) {
        case ChangeNote::Kind::AppointmentAdded:
        case ChangeNote::Kind::AppointmentChanged: {
            auto a = store.appointment(AppointmentId(n.item));
            if (!a) {
                Q_EMIT reloadNeeded();
                return;
            }
            if (!*a)
                Q_EMIT appointmentRemoved(AppointmentId(n.item));
            else if (n.kind == ChangeNote::Kind::AppointmentAdded)
                Q_EMIT appointmentAdded(**a);
            else
                Q_EMIT appointmentChanged(**a);
            break;
        }
        case ChangeNote::Kind::AppointmentRemoved:
            Q_EMIT appointmentRemoved(AppointmentId(n.item));
            break;
        case ChangeNote::Kind::Patient:
            Q_EMIT patientChanged(PatientId(n.item));
            break;
        case ChangeNote::Kind::Absences:
            Q_EMIT absencesChanged(DoctorId(n.item));
            break;
        case ChangeNote::Kind::Catalogue:
            catalogue = true;
            break;
        case ChangeNote::Kind::Everything:
            Q_EMIT reloadNeeded();
            return;
        }
    }
    if (catalogue)
        Q_EMIT catalogueChanged();
}

} // namespace tbib
