// SPDX-License-Identifier: GPL-3.0-or-later
// The database side of the clinic file: one consistent read for the export,
// one all-or-nothing write for the import, and the collision rule
// (docs/import-format.md). The text side lives in clinicjson.cpp.
#include "clinicjson.h"

#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSaveFile>

#include <algorithm>

// The clinic file's refusals, translated in the "ClinicFile" context.
struct ClinicFile
{
    Q_DECLARE_TR_FUNCTIONS(ClinicFile)
};

namespace tbib::ClinicJson {

namespace {


QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString recordLabel(const char *array, qsizetype index)
{
    return QString::fromLatin1(array) + u'[' + QString::number(index) + u']';
}

template <typename T>
QList<T> byId(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

} // namespace

Result<ClinicSnapshot> read(const Database &db)
{
    const ClinicStore store(db);
    ReadTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    ClinicSnapshot s;
    auto clinic = store.clinicSettings();
    auto doctors = store.doctors();
    auto types = store.types();
    auto absences = allAbsences(store);
    auto patients = store.patients();
    auto appointments = allAppointments(store);
    for (const BookingError *e : {clinic ? nullptr : &clinic.error(), doctors ? nullptr : &doctors.error(),
                                  types ? nullptr : &types.error(), absences ? nullptr : &absences.error(),
                                  patients ? nullptr : &patients.error(),
                                  appointments ? nullptr : &appointments.error()}) {
        if (e)
            return std::unexpected(*e);
    }
    s.clinic = *clinic;
    s.doctors = *doctors;
    s.types = byId(*types);
    s.absences = *absences;
    s.patients = *patients;
    s.appointments = *appointments;
    return s;
}

namespace {

QString comparable(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// DESIGN §6: a non-empty database accepts only data that cannot be confused
// with what it holds. Called inside the write transaction, so nothing can slip
// in between the check and the inserts.
Result<void> checkCollisions(const ClinicStore &store, const ClinicSnapshot &s)
{
    const auto stored = store.clinicSettings();
    const auto named = store.setting(QStringLiteral("clinic.name"));
    if (!stored || !named)
        return std::unexpected(!stored ? stored.error() : named.error());
    if (named->has_value() && *stored != s.clinic)
        return fail(ErrorCode::InvalidInput,
                    ClinicFile::tr("clinic: the settings differ from this database's (%1, %2); import into an empty database or "
                       "make them equal")
                        .arg(quoted(stored->name), quoted(QString::fromUtf8(stored->timeZone))));
    const auto doctors = store.doctors();
    if (!doctors)
        return std::unexpected(doctors.error());
    QHash<QString, bool> names;
    for (const Doctor &d : *doctors)
        names.insert(comparable(d.name), true);
    for (qsizetype i = 0; i < s.doctors.size(); ++i) {
        if (names.contains(comparable(s.doctors[i].name)))
            return fail(ErrorCode::InvalidInput,
                        recordLabel("doctors", i) + u": "
                            + ClinicFile::tr("a doctor named %1 is already in this database").arg(quoted(s.doctors[i].name)));
    }
    for (qsizetype i = 0; i < s.patients.size(); ++i) {
        const Patient &p = s.patients[i];
        const auto found = store.findPatient(p.phone, p.birthDate);
        if (!found)
            return std::unexpected(found.error());
        if (found->has_value())
            return fail(ErrorCode::InvalidInput,
                        recordLabel("patients", i) + u": "
                            + ClinicFile::tr("a patient with the same phone and birth date is already in this database (%1)")
                                  .arg((*found)->fullName()));
    }
    return {};
}

} // namespace

Result<void> write(const Database &db, const ClinicSnapshot &s)
{
    if (auto v = validate(s); !v)
        return v;
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    const auto empty = store.isEmpty();
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty) {
        if (auto r = checkCollisions(store, s); !r)
            return r;
    }
    if (auto r = store.saveClinicSettings(s.clinic); !r)
        return r;

    // Fresh ids in snapshot order; the maps rewire the references.
    QHash<qint64, DoctorId> doctors;
    QHash<qint64, TypeId> types;
    QHash<qint64, PatientId> patients;
    for (const Doctor &d : byId(s.doctors)) {
        auto id = store.insertDoctor(d);
        if (!id)
            return std::unexpected(id.error());
        doctors.insert(d.id.value, *id);
    }
    for (ConsultationType t : byId(s.types)) {
        const qint64 old = t.id.value;
        t.doctorId = doctors.value(t.doctorId.value);
        auto id = store.insertType(t);
        if (!id)
            return std::unexpected(id.error());
        types.insert(old, *id);
    }
    for (DoctorAbsence a : byId(s.absences)) {
        a.doctorId = doctors.value(a.doctorId.value);
        if (auto id = store.insertAbsence(a); !id)
            return std::unexpected(id.error());
    }
    for (const Patient &p : byId(s.patients)) {
        auto id = store.insertPatient(p);
        if (!id)
            return std::unexpected(id.error());
        patients.insert(p.id.value, *id);
    }
    // Imported appointments are stored as given (DESIGN §6), overlaps
    // included: each one that overlaps an earlier one of its doctor is marked
    // as an allowed overlap, as if staff had confirmed it.
    QSet<qint64> overlapping;
    {
        QList<Appointment> held;
        for (const Appointment &a : s.appointments) {
            if (occupiesTime(a.status))
                held.append(a);
        }
        std::sort(held.begin(), held.end(), [](const Appointment &x, const Appointment &y) {
            return std::tie(x.doctorId.value, x.range.start, x.id.value) < std::tie(y.doctorId.value, y.range.start, y.id.value);
        });
        QHash<qint64, UtcSeconds> reach; // by doctor: the latest end so far
        for (const Appointment &a : std::as_const(held)) {
            auto it = reach.find(a.doctorId.value);
            if (it != reach.end() && a.range.start < *it)
                overlapping.insert(a.id.value);
            if (it == reach.end())
                reach.insert(a.doctorId.value, a.range.end);
            else
                *it = std::max(*it, a.range.end);
        }
    }
    for (Appointment a : byId(s.appointments)) {
        a.overlapAllowed = overlapping.contains(a.id.value);
        a.doctorId = doctors.value(a.doctorId.value);
        a.patientId = patients.value(a.patientId.value);
        a.typeId = types.value(a.typeId.value);
        if (auto id = store.insertAppointment(a); !id)
            return std::unexpected(id.error());
    }
    tx.note(ChangeNote::Kind::Everything);
    return tx.commit();
}

Result<void> importFile(const Database &db, const QString &path, UtcSeconds now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, ClinicFile::tr("cannot read %1: %2").arg(path, file.errorString()));
    auto snapshot = parse(file.readAll(), now);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return write(db, *snapshot);
}

Result<void> exportFile(const Database &db, const QString &path)
{
    auto snapshot = read(db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    // QSaveFile: an interrupted export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(*snapshot)) < 0 || !file.commit())
        return fail(ErrorCode::StorageFailure, ClinicFile::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tbib::ClinicJson
