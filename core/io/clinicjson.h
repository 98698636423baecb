// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"
#include "domain/entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tbib {

class Database;

// A whole clinic as plain values: what a "tbib-clinic" file holds (DESIGN §6).
// The ids act as the file's keys: reading a database keeps its ids, parsing a
// file numbers each list 1, 2, 3… in file order, writing into a database gives
// every record a fresh id and rewires the references.
struct ClinicSnapshot final
{
    ClinicSettings clinic;
    QList<Doctor> doctors;
    QList<ConsultationType> types;
    QList<DoctorAbsence> absences;
    QList<Patient> patients;
    QList<Appointment> appointments;
    friend bool operator==(const ClinicSnapshot &, const ClinicSnapshot &) = default;
};

// The clinic file: JSON text ↔ snapshot ↔ database. Every refusal is
// ErrorCode::InvalidInput whose detail names the record (array and index, and
// the key when it has one) and the field, e.g.
//   consultation_types[2] ("cardio-long"): duration must be between 5 and 480
// A write is all-or-nothing: on any error the database is left as it was.
namespace ClinicJson {

inline constexpr int FormatVersion = 1;

// Reads and checks a file. `now` fills the creation times a file leaves out
// and bounds birth dates (nobody is born after the import).
[[nodiscard]] Result<ClinicSnapshot> parse(const QByteArray &json, UtcSeconds now);
// Deterministic text: records ordered by id, keys "d1", "t3", "p12", instants
// with the clinic's UTC offset. serialize(parse(serialize(s))) == serialize(s)
// whenever the ids of each list are 1…n (which any import produces).
[[nodiscard]] QByteArray serialize(const ClinicSnapshot &snapshot);
// The checks parse() runs after reading the fields, for snapshots built in
// code (the demo clinic): ranges, references, a type used with its own doctor.
[[nodiscard]] Result<void> validate(const ClinicSnapshot &snapshot);

// Everything stored, in one consistent read.
[[nodiscard]] Result<ClinicSnapshot> read(const Database &db);
// Stores a snapshot in one write transaction. A database that already holds a
// doctor, patient or appointment only accepts data that does not collide with
// it (docs/import-format.md): same clinic settings, no doctor of the same name,
// no patient with the same phone key and birth date.
[[nodiscard]] Result<void> write(const Database &db, const ClinicSnapshot &snapshot);

// parse + write, and read + serialize, on files.
[[nodiscard]] Result<void> importFile(const Database &db, const QString &path, UtcSeconds now);
[[nodiscard]] Result<void> exportFile(const Database &db, const QString &path);

} // namespace ClinicJson

} // namespace tbib
