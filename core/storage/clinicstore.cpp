// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace tbib {

namespace {

const QString DoctorColumns = QStringLiteral("id, name, specialty, no_show_limit, photo");
const QString TypeColumns = QStringLiteral(
    "id, doctor_id, name, duration_minutes, price, color, is_emergency_only, require_existing_patient, active");
const QString AbsenceColumns = QStringLiteral("id, doctor_id, start_at, end_at, reason");
const QString PatientColumns = QStringLiteral(
    "id, first_name, last_name, birth_date, phone, photo, no_show_count, is_blocked, created_at, block_reason");
const QString AppointmentColumns = QStringLiteral(
    "id, doctor_id, patient_id, type_id, start_at, end_at, status, motif, private_notes, arrived_at, source, "
    "created_at, updated_at, overlap_allowed");

// The earliest start an appointment overlapping the window can have. Bounding
// the index range on both sides keeps a window's read independent of how much
// history the clinic has (see Appointment::MaxSeconds).
qint64 reachBack(TimeRange window)
{
    return window.start - Appointment::MaxSeconds - 1;
}

// Binds "[doctor_id = ? AND] start_at < ? AND end_at > ? AND start_at > ?",
// the window condition of the appointment reads.
void bindWindow(QSqlQuery &q, std::optional<DoctorId> doctor, TimeRange window)
{
    int i = 0;
    if (doctor)
        q.bindValue(i++, doctor->value);
    q.bindValue(i++, window.end);
    q.bindValue(i++, window.start);
    q.bindValue(i++, reachBack(window));
}

// Text columns are NOT NULL: QSQLITE binds a null QString as NULL, so an
// absent text is bound as the empty string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Absent photos are stored as NULL.
QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

Doctor readDoctor(const QSqlQuery &q)
{
    Doctor d;
    d.id = DoctorId(q.value(0).toLongLong());
    d.name = q.value(1).toString();
    d.specialty = q.value(2).toString();
    d.noShowLimit = q.value(3).toInt();
    d.photo = q.value(4).toByteArray();
    return d;
}

ConsultationType readType(const QSqlQuery &q)
{
    ConsultationType t;
    t.id = TypeId(q.value(0).toLongLong());
    t.doctorId = DoctorId(q.value(1).toLongLong());
    t.name = q.value(2).toString();
    t.duration = Duration{q.value(3).toInt()};
    t.price = q.value(4).toString();
    t.color = q.value(5).toString();
    t.emergencyOnly = q.value(6).toInt() != 0;
    t.requireExistingPatient = q.value(7).toInt() != 0;
    t.active = q.value(8).toInt() != 0;
    return t;
}

DoctorAbsence readAbsence(const QSqlQuery &q)
{
    return {AbsenceId(q.value(0).toLongLong()), DoctorId(q.value(1).toLongLong()),
            {q.value(2).toLongLong(), q.value(3).toLongLong()}, q.value(4).toString()};
}

Patient readPatient(const QSqlQuery &q)
{
    Patient p;
    p.id = PatientId(q.value(0).toLongLong());
    p.firstName = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.phone = q.value(4).toString();
    p.photo = q.value(5).toByteArray();
    p.noShowCount = q.value(6).toInt();
    p.blocked = q.value(7).toInt() != 0;
    p.createdAt = q.value(8).toLongLong();
    p.blockReason = q.value(9).toString();
    return p;
}

// The first eight columns every appointment read starts with: id, doctor_id,
// patient_id, type_id, start_at, end_at, status, motif.
void readAppointmentHead(const QSqlQuery &q, Appointment &a)
{
    a.id = AppointmentId(q.value(0).toLongLong());
    a.doctorId = DoctorId(q.value(1).toLongLong());
    a.patientId = PatientId(q.value(2).toLongLong());
    a.typeId = TypeId(q.value(3).toLongLong());
    a.range = {q.value(4).toLongLong(), q.value(5).toLongLong()};
    a.status = statusFromName(q.value(6).toString()).value_or(AppointmentStatus::Booked);
    a.motif = q.value(7).toString();
}

Appointment readAppointment(const QSqlQuery &q)
{
    Appointment a;
    readAppointmentHead(q, a);
    a.privateNotes = q.value(8).toString();
    if (!q.value(9).isNull())
        a.arrivedAt = q.value(9).toLongLong();
    a.source = sourceFromName(q.value(10).toString()).value_or(BookingSource::Desk);
    a.createdAt = q.value(11).toLongLong();
    a.updatedAt = q.value(12).toLongLong();
    a.overlapAllowed = q.value(13).toInt() != 0;
    return a;
}

template <typename T, typename Reader>
Result<QList<T>> readAll(QSqlQuery &q, Reader reader)
{
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    QList<T> out;
    while (q.next())
        out.append(reader(q));
    q.finish();
    return out;
}

template <typename T, typename Reader>
Result<std::optional<T>> readOne(QSqlQuery &q, Reader reader)
{
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return std::optional<T>();
    std::optional<T> value(reader(q));
    q.finish(); // release the statement (and its read lock) at once
    return value;
}

// INSERT … RETURNING id works on SQLite ≥ 3.35 and PostgreSQL alike.
Result<qint64> insertReturningId(QSqlQuery &q)
{
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    if (!q.next())
        return fail(ErrorCode::StorageFailure, QStringLiteral("no id returned"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void bindAppointment(QSqlQuery &q, const Appointment &a)
{
    q.bindValue(0, a.doctorId.value);
    q.bindValue(1, a.patientId.value);
    q.bindValue(2, a.typeId.value);
    q.bindValue(3, a.range.start);
    q.bindValue(4, a.range.end);
    q.bindValue(5, statusName(a.status));
    q.bindValue(6, text(a.motif));
    q.bindValue(7, text(a.privateNotes));
    q.bindValue(8, a.arrivedAt ? QVariant(*a.arrivedAt) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(9, sourceName(a.source));
    q.bindValue(10, a.createdAt);
    q.bindValue(11, a.updatedAt);
    q.bindValue(12, a.overlapAllowed ? 1 : 0);
}

void bindPatient(QSqlQuery &q, const Patient &p)
{
    q.bindValue(0, text(p.firstName));
    q.bindValue(1, text(p.lastName));
    q.bindValue(2, p.birthDate.toString(Qt::ISODate));
    q.bindValue(3, text(p.phone));
    q.bindValue(4, normalizedPhone(p.phone));
    q.bindValue(5, blob(p.photo));
    q.bindValue(6, p.noShowCount);
    q.bindValue(7, p.blocked ? 1 : 0);
    q.bindValue(8, p.createdAt);
    q.bindValue(9, text(p.blockReason));
}

void bindType(QSqlQuery &q, const ConsultationType &t)
{
    q.bindValue(0, t.doctorId.value);
    q.bindValue(1, text(t.name));
    q.bindValue(2, t.duration.minutes);
    q.bindValue(3, text(t.price));
    q.bindValue(4, text(t.color));
    q.bindValue(5, t.emergencyOnly ? 1 : 0);
    q.bindValue(6, t.requireExistingPatient ? 1 : 0);
    q.bindValue(7, t.active ? 1 : 0);
}

} // namespace

// ---- settings ---------------------------------------------------------------

Result<std::optional<QString>> ClinicStore::setting(const QString &key) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    return readOne<QString>(q, [](const QSqlQuery &r) { return r.value(0).toString(); });
}

Result<void> ClinicStore::setSetting(const QString &key, const QString &value) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(0, key);
    q.bindValue(1, text(value));
    return run(q);
}

Result<ClinicSettings> ClinicStore::clinicSettings() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'clinic.%'"));
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    ClinicSettings s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"clinic.name")
            s.name = value;
        else if (key == u"clinic.timezone")
            s.timeZone = value.toUtf8();
        else if (key == u"clinic.min_notice_minutes")
            s.minNoticeMinutes = value.toInt();
        else if (key == u"clinic.horizon_days")
            s.horizonDays = value.toInt();
        else if (key == u"clinic.booking_rate_limit_per_minute")
            s.bookingRateLimitPerMinute = value.toInt();
    }
    return s;
}

Result<void> ClinicStore::saveClinicSettings(const ClinicSettings &s) const
{
    const std::pair<const char *, QString> values[] = {
        {"clinic.name", s.name},
        {"clinic.timezone", QString::fromUtf8(s.timeZone)},
        {"clinic.min_notice_minutes", QString::number(s.minNoticeMinutes)},
        {"clinic.horizon_days", QString::number(s.horizonDays)},
        {"clinic.booking_rate_limit_per_minute", QString::number(s.bookingRateLimitPerMinute)},
    };
    for (const auto &[key, value] : values) {
        if (auto r = setSetting(QString::fromLatin1(key), value); !r)
            return r;
    }
    return {};
}

Result<bool> ClinicStore::isEmpty() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM doctors) + (SELECT COUNT(*) FROM patients) + (SELECT COUNT(*) FROM appointments)"));
    auto n = readOne<qint64>(q, [](const QSqlQuery &r) { return r.value(0).toLongLong(); });
    if (!n)
        return std::unexpected(n.error());
    return n->value_or(0) == 0;
}

// ---- doctors ----------------------------------------------------------------

namespace {

Result<void> loadHours(const Database &db, Doctor &d)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT weekday, start_minute, end_minute FROM working_hours WHERE doctor_id = ? ORDER BY weekday, start_minute"));
    q.bindValue(0, d.id.value);
    if (auto r = run(q); !r)
        return r;
    QList<LocalInterval> days[7];
    while (q.next()) {
        const int day = q.value(0).toInt();
        if (day >= 1 && day <= 7)
            days[day - 1].append({q.value(1).toInt(), q.value(2).toInt()});
    }
    for (int day = 1; day <= 7; ++day)
        (void)d.hours.setIntervals(day, days[day - 1]);
    return {};
}

Result<void> saveHours(const Database &db, DoctorId id, const WorkingHours &hours)
{
    QSqlQuery &del = db.prepare(QStringLiteral("DELETE FROM working_hours WHERE doctor_id = ?"));
    del.bindValue(0, id.value);
    if (auto r = run(del); !r)
        return r;
    QSqlQuery &ins = db.prepare(QStringLiteral(
        "INSERT INTO working_hours (doctor_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)"));
    for (int day = 1; day <= 7; ++day) {
        for (const auto &iv : hours.intervals(day)) {
            ins.bindValue(0, id.value);
            ins.bindValue(1, day);
            ins.bindValue(2, iv.startMinute);
            ins.bindValue(3, iv.endMinute);
            if (auto r = run(ins); !r)
                return r;
        }
    }
    return {};
}

} // namespace

Result<QList<Doctor>> ClinicStore::doctors() const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + DoctorColumns + u" FROM doctors ORDER BY id");
    auto list = readAll<Doctor>(q, readDoctor);
    if (!list)
        return list;
    for (auto &d : *list) {
        if (auto r = loadHours(m_db, d); !r)
            return std::unexpected(r.error());
    }
    return list;
}

Result<std::optional<Doctor>> ClinicStore::doctor(DoctorId id) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + DoctorColumns + u" FROM doctors WHERE id = ?");
    q.bindValue(0, id.value);
    auto d = readOne<Doctor>(q, readDoctor);
    if (d && *d) {
        if (auto r = loadHours(m_db, **d); !r)
            return std::unexpected(r.error());
    }
    return d;
}

Result<DoctorId> ClinicStore::insertDoctor(const Doctor &d) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO doctors (name, specialty, no_show_limit, photo) VALUES (?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, text(d.name));
    q.bindValue(1, text(d.specialty));
    q.bindValue(2, d.noShowLimit);
    q.bindValue(3, blob(d.photo));
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(id.error());
    if (auto r = saveHours(m_db, DoctorId(*id), d.hours); !r)
        return std::unexpected(r.error());
    return DoctorId(*id);
}

Result<void> ClinicStore::updateDoctor(const Doctor &d) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE doctors SET name = ?, specialty = ?, no_show_limit = ?, photo = ? WHERE id = ?"));
    q.bindValue(0, text(d.name));
    q.bindValue(1, text(d.specialty));
    q.bindValue(2, d.noShowLimit);
    q.bindValue(3, blob(d.photo));
    q.bindValue(4, d.id.value);
    if (auto r = run(q); !r)
        return r;
    return saveHours(m_db, d.id, d.hours);
}

// ---- consultation types -----------------------------------------------------

Result<QList<ConsultationType>> ClinicStore::types(std::optional<DoctorId> doctor) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + TypeColumns
                               + u" FROM consultation_types WHERE (? = 0 OR doctor_id = ?) ORDER BY doctor_id, id");
    const qint64 id = doctor ? doctor->value : 0;
    q.bindValue(0, id);
    q.bindValue(1, id);
    return readAll<ConsultationType>(q, readType);
}

Result<std::optional<ConsultationType>> ClinicStore::type(TypeId id) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + TypeColumns + u" FROM consultation_types WHERE id = ?");
    q.bindValue(0, id.value);
    return readOne<ConsultationType>(q, readType);
}

Result<TypeId> ClinicStore::insertType(const ConsultationType &t) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO consultation_types (doctor_id, name, duration_minutes, price, color, is_emergency_only,"
        " require_existing_patient, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindType(q, t);
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(id.error());
    return TypeId(*id);
}

Result<void> ClinicStore::updateType(const ConsultationType &t) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE consultation_types SET doctor_id = ?, name = ?, duration_minutes = ?, price = ?, color = ?,"
        " is_emergency_only = ?, require_existing_patient = ?, active = ? WHERE id = ?"));
    bindType(q, t);
    q.bindValue(8, t.id.value);
    return run(q);
}

Result<bool> ClinicStore::isTypeUsed(TypeId id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM appointments WHERE type_id = ? LIMIT 1"));
    q.bindValue(0, id.value);
    auto found = readOne<int>(q, [](const QSqlQuery &) { return 1; });
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

Result<void> ClinicStore::deleteType(TypeId id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM consultation_types WHERE id = ?"));
    q.bindValue(0, id.value);
    return run(q);
}

// ---- absences ---------------------------------------------------------------

Result<std::optional<DoctorAbsence>> ClinicStore::absence(AbsenceId id) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + AbsenceColumns + u" FROM absences WHERE id = ?");
    q.bindValue(0, id.value);
    return readOne<DoctorAbsence>(q, readAbsence);
}

Result<QList<DoctorAbsence>> ClinicStore::absences(std::optional<DoctorId> doctor, TimeRange window) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + AbsenceColumns
                               + u" FROM absences WHERE (? = 0 OR doctor_id = ?) AND start_at < ? AND end_at > ?"
                                 u" ORDER BY start_at, id");
    const qint64 id = doctor ? doctor->value : 0;
    q.bindValue(0, id);
    q.bindValue(1, id);
    q.bindValue(2, window.end);
    q.bindValue(3, window.start);
    return readAll<DoctorAbsence>(q, readAbsence);
}

Result<AbsenceId> ClinicStore::insertAbsence(const DoctorAbsence &a) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO absences (doctor_id, start_at, end_at, reason) VALUES (?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, a.doctorId.value);
    q.bindValue(1, a.range.start);
    q.bindValue(2, a.range.end);
    q.bindValue(3, text(a.reason));
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(id.error());
    return AbsenceId(*id);
}

Result<void> ClinicStore::updateAbsence(const DoctorAbsence &a) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE absences SET doctor_id = ?, start_at = ?, end_at = ?, reason = ? WHERE id = ?"));
    q.bindValue(0, a.doctorId.value);
    q.bindValue(1, a.range.start);
    q.bindValue(2, a.range.end);
    q.bindValue(3, text(a.reason));
    q.bindValue(4, a.id.value);
    return run(q);
}

Result<void> ClinicStore::deleteAbsence(AbsenceId id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM absences WHERE id = ?"));
    q.bindValue(0, id.value);
    return run(q);
}

// ---- patients ---------------------------------------------------------------

Result<QList<Patient>> ClinicStore::patients() const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + PatientColumns + u" FROM patients ORDER BY id");
    return readAll<Patient>(q, readPatient);
}

Result<std::optional<Patient>> ClinicStore::patient(PatientId id) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + PatientColumns + u" FROM patients WHERE id = ?");
    q.bindValue(0, id.value);
    return readOne<Patient>(q, readPatient);
}

Result<std::optional<Patient>> ClinicStore::findPatient(const QString &phone, QDate birthDate) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + PatientColumns
                               + u" FROM patients WHERE phone_key = ? AND birth_date = ? ORDER BY id LIMIT 1");
    q.bindValue(0, normalizedPhone(phone));
    q.bindValue(1, birthDate.toString(Qt::ISODate));
    return readOne<Patient>(q, readPatient);
}

Result<PatientId> ClinicStore::insertPatient(const Patient &p) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO patients (first_name, last_name, birth_date, phone, phone_key, photo, no_show_count,"
        " is_blocked, created_at, block_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindPatient(q, p);
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(id.error());
    return PatientId(*id);
}

Result<void> ClinicStore::updatePatient(const Patient &p) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE patients SET first_name = ?, last_name = ?, birth_date = ?, phone = ?, phone_key = ?, photo = ?,"
        " no_show_count = ?, is_blocked = ?, created_at = ?, block_reason = ? WHERE id = ?"));
    bindPatient(q, p);
    q.bindValue(10, p.id.value);
    return run(q);
}

Result<QList<PatientSummary>> ClinicStore::patientSummaries(UtcSeconds before, std::optional<PatientId> only) const
{
    // One statement for the whole list (a correlated MAX over the index by
    // patient), never one read per row: the list holds every patient of the
    // clinic. Photos are not read; the list shows none.
    const QString where = only ? QStringLiteral(" WHERE p.id = ?") : QString();
    QSqlQuery &q = m_db.prepare(
        u"SELECT p.id, p.first_name, p.last_name, p.birth_date, p.phone, p.no_show_count, p.is_blocked,"
        u" p.created_at, p.block_reason, (SELECT MAX(a.start_at) FROM appointments a WHERE a.patient_id = p.id"
        u" AND a.start_at < ? AND a.status NOT IN ('cancelled', 'no_show')) FROM patients p"
        + where + u" ORDER BY p.id");
    q.bindValue(0, before);
    if (only)
        q.bindValue(1, only->value);
    return readAll<PatientSummary>(q, [](const QSqlQuery &r) {
        PatientSummary s;
        Patient &p = s.patient;
        p.id = PatientId(r.value(0).toLongLong());
        p.firstName = r.value(1).toString();
        p.lastName = r.value(2).toString();
        p.birthDate = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        p.phone = r.value(4).toString();
        p.noShowCount = r.value(5).toInt();
        p.blocked = r.value(6).toInt() != 0;
        p.createdAt = r.value(7).toLongLong();
        p.blockReason = r.value(8).toString();
        if (const QVariant last = r.value(9); !last.isNull())
            s.lastVisit = last.toLongLong();
        return s;
    });
}

// ---- appointments -----------------------------------------------------------

Result<std::optional<Appointment>> ClinicStore::appointment(AppointmentId id) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + AppointmentColumns + u" FROM appointments WHERE id = ?");
    q.bindValue(0, id.value);
    return readOne<Appointment>(q, readAppointment);
}

Result<QList<Appointment>> ClinicStore::appointments(std::optional<DoctorId> doctor, TimeRange window) const
{
    // Two statements rather than "(? = 0 OR doctor_id = ?)", which keeps the
    // planner from using either index.
    const QString where = doctor ? QStringLiteral(" WHERE doctor_id = ? AND") : QStringLiteral(" WHERE");
    QSqlQuery &q = m_db.prepare(u"SELECT " + AppointmentColumns + u" FROM appointments" + where
                                + u" start_at < ? AND end_at > ? AND start_at > ? ORDER BY start_at, id");
    bindWindow(q, doctor, window);
    return readAll<Appointment>(q, readAppointment);
}

Result<QList<Appointment>> ClinicStore::appointmentsOfPatient(PatientId patient) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + AppointmentColumns
                               + u" FROM appointments WHERE patient_id = ? ORDER BY start_at, id");
    q.bindValue(0, patient.value);
    return readAll<Appointment>(q, readAppointment);
}

namespace {

// Only what a calendar shows: private notes are not even read, and every
// column less is a conversion less on the feed's hot path.
const QString ViewSelect = QStringLiteral(
    "SELECT a.id, a.doctor_id, a.patient_id, a.type_id, a.start_at, a.end_at, a.status, a.motif, a.arrived_at,"
    " a.source, p.first_name, p.last_name, p.birth_date, p.phone, p.no_show_count, t.name, t.color"
    " FROM appointments a JOIN patients p ON p.id = a.patient_id JOIN consultation_types t ON t.id = a.type_id");

AppointmentView readView(const QSqlQuery &r)
{
    AppointmentView v;
    Appointment &a = v.appointment;
    readAppointmentHead(r, a);
    if (const QVariant arrived = r.value(8); !arrived.isNull())
        a.arrivedAt = arrived.toLongLong();
    a.source = sourceFromName(r.value(9).toString()).value_or(BookingSource::Desk);
    v.patient.id = a.patientId;
    v.patient.firstName = r.value(10).toString();
    v.patient.lastName = r.value(11).toString();
    v.patient.birthDate = QDate::fromString(r.value(12).toString(), Qt::ISODate);
    v.patient.phone = r.value(13).toString();
    v.patient.noShowCount = r.value(14).toInt();
    v.typeName = r.value(15).toString();
    v.typeColor = r.value(16).toString();
    return v;
}

} // namespace

Result<QList<AppointmentView>> ClinicStore::appointmentViews(std::optional<DoctorId> doctor, TimeRange window) const
{
    const QString where = doctor ? QStringLiteral(" WHERE a.doctor_id = ? AND") : QStringLiteral(" WHERE");
    QSqlQuery &q = m_db.prepare(ViewSelect + where
                                + u" a.start_at < ? AND a.end_at > ? AND a.start_at > ? ORDER BY a.start_at, a.id");
    bindWindow(q, doctor, window);
    return readAll<AppointmentView>(q, readView);
}

Result<QList<AppointmentView>> ClinicStore::appointmentViewsStarting(std::optional<DoctorId> doctor, UtcSeconds from,
                                                                     UtcSeconds to) const
{
    const QString where = doctor ? QStringLiteral(" WHERE a.doctor_id = ? AND") : QStringLiteral(" WHERE");
    QSqlQuery &q = m_db.prepare(ViewSelect + where + u" a.start_at >= ? AND a.start_at < ? ORDER BY a.start_at, a.id");
    int i = 0;
    if (doctor)
        q.bindValue(i++, doctor->value);
    q.bindValue(i++, from);
    q.bindValue(i, to);
    return readAll<AppointmentView>(q, readView);
}

Result<QList<Appointment>> ClinicStore::appointmentsWithStatus(AppointmentStatus status) const
{
    QSqlQuery &q = m_db.prepare(u"SELECT " + AppointmentColumns
                               + u" FROM appointments WHERE status = ? ORDER BY arrived_at, start_at, id");
    q.bindValue(0, statusName(status));
    return readAll<Appointment>(q, readAppointment);
}

Result<ClinicStore::BusyTime> ClinicStore::busyTime(DoctorId doctor, TimeRange window, AppointmentId except) const
{
    // One statement instead of two: each statement is its own read
    // transaction, and taking the locks costs more than the rows.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT 0, start_at, end_at FROM absences WHERE doctor_id = ? AND start_at < ? AND end_at > ?"
        " UNION ALL"
        " SELECT 1, start_at, end_at FROM appointments WHERE doctor_id = ? AND start_at < ? AND end_at > ?"
        " AND start_at > ? AND status NOT IN ('cancelled', 'no_show') AND id <> ?"));
    for (int i : {0, 3}) {
        q.bindValue(i, doctor.value);
        q.bindValue(i + 1, window.end);
        q.bindValue(i + 2, window.start);
    }
    q.bindValue(6, reachBack(window));
    q.bindValue(7, except.value);
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    BusyTime busy;
    while (q.next())
        (q.value(0).toInt() == 0 ? busy.absences : busy.appointments)
            .append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();
    return busy;
}

Result<bool> ClinicStore::hasPastVisit(PatientId patient, DoctorId doctor, UtcSeconds before) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM appointments WHERE patient_id = ? AND doctor_id = ? AND start_at < ?"
        " AND status NOT IN ('cancelled', 'no_show') LIMIT 1"));
    q.bindValue(0, patient.value);
    q.bindValue(1, doctor.value);
    q.bindValue(2, before);
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    const bool found = q.next();
    q.finish();
    return found;
}

Result<AppointmentId> ClinicStore::insertAppointment(const Appointment &a) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO appointments (doctor_id, patient_id, type_id, start_at, end_at, status, motif, private_notes,"
        " arrived_at, source, created_at, updated_at, overlap_allowed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    bindAppointment(q, a);
    auto id = insertReturningId(q);
    if (!id)
        return std::unexpected(id.error());
    return AppointmentId(*id);
}

Result<void> ClinicStore::updateAppointment(const Appointment &a) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE appointments SET doctor_id = ?, patient_id = ?, type_id = ?, start_at = ?, end_at = ?, status = ?,"
        " motif = ?, private_notes = ?, arrived_at = ?, source = ?, created_at = ?, updated_at = ?,"
        " overlap_allowed = ? WHERE id = ?"));
    bindAppointment(q, a);
    q.bindValue(13, a.id.value);
    return run(q);
}

Result<void> ClinicStore::deleteAppointment(AppointmentId id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM appointments WHERE id = ?"));
    q.bindValue(0, id.value);
    return run(q);
}

// ---- import / export support (core/io) ------------------------------------

Result<QList<DoctorAbsence>> allAbsences(const ClinicStore &store)
{
    QSqlQuery &q = store.database().prepare(u"SELECT " + AbsenceColumns + u" FROM absences ORDER BY id");
    return readAll<DoctorAbsence>(q, readAbsence);
}

Result<QList<Appointment>> allAppointments(const ClinicStore &store)
{
    QSqlQuery &q = store.database().prepare(u"SELECT " + AppointmentColumns + u" FROM appointments ORDER BY id");
    return readAll<Appointment>(q, readAppointment);
}

ReadTransaction::~ReadTransaction()
{
    // Nothing was written: ending it either way releases the snapshot.
    if (m_open)
        (void)m_db.exec(QStringLiteral("COMMIT"));
}

Result<void> ReadTransaction::begin()
{
    Q_ASSERT(!m_open);
    auto r = m_db.exec(m_db.beginReadStatement());
    m_open = r.has_value();
    return r;
}

} // namespace tbib
