// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "domain/entities.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace tbib::Migrations {

namespace {

// Statements with the dialect's {id} and {blob} column types filled in.
Result<void> execAll(const Database &db, std::initializer_list<const char *> statements)
{
    for (const char *s : statements) {
        QString sql = QString::fromLatin1(s);
        sql.replace(QLatin1StringView("{id}"), db.idColumnType());
        sql.replace(QLatin1StringView("{blob}"), db.blobType());
        if (auto r = db.exec(sql); !r)
            return r;
    }
    return {};
}

// Version 1: the clinic's people and their agenda.
Result<void> step1(const Database &db)
{
    return execAll(db, {
        "CREATE TABLE doctors ("
        " id {id},"
        " name TEXT NOT NULL,"
        " specialty TEXT NOT NULL DEFAULT '',"
        " no_show_limit INTEGER NOT NULL DEFAULT 3)",
        "CREATE TABLE working_hours ("
        " doctor_id BIGINT NOT NULL REFERENCES doctors(id) ON DELETE CASCADE,"
        " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
        " start_minute INTEGER NOT NULL,"
        " end_minute INTEGER NOT NULL,"
        " CHECK (start_minute >= 0 AND start_minute < end_minute AND end_minute <= 1440))",
        "CREATE TABLE consultation_types ("
        " id {id},"
        " doctor_id BIGINT NOT NULL REFERENCES doctors(id),"
        " name TEXT NOT NULL,"
        " duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),"
        " price TEXT NOT NULL DEFAULT '',"
        " color TEXT NOT NULL,"
        " is_emergency_only INTEGER NOT NULL DEFAULT 0,"
        " require_existing_patient INTEGER NOT NULL DEFAULT 0,"
        " active INTEGER NOT NULL DEFAULT 1)",
        "CREATE TABLE absences ("
        " id {id},"
        " doctor_id BIGINT NOT NULL REFERENCES doctors(id),"
        " start_at BIGINT NOT NULL,"
        " end_at BIGINT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '',"
        " CHECK (end_at > start_at))",
        "CREATE TABLE patients ("
        " id {id},"
        " first_name TEXT NOT NULL,"
        " last_name TEXT NOT NULL,"
        " birth_date TEXT NOT NULL,"
        " phone TEXT NOT NULL,"
        " no_show_count INTEGER NOT NULL DEFAULT 0 CHECK (no_show_count >= 0),"
        " is_blocked INTEGER NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL)",
        "CREATE TABLE appointments ("
        " id {id},"
        " doctor_id BIGINT NOT NULL REFERENCES doctors(id),"
        " patient_id BIGINT NOT NULL REFERENCES patients(id),"
        " type_id BIGINT NOT NULL REFERENCES consultation_types(id),"
        " start_at BIGINT NOT NULL,"
        " end_at BIGINT NOT NULL,"
        " status TEXT NOT NULL,"
        " motif TEXT NOT NULL DEFAULT '',"
        " private_notes TEXT NOT NULL DEFAULT '',"
        " arrived_at BIGINT,"
        " source TEXT NOT NULL DEFAULT 'desk',"
        " created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL,"
        " CHECK (end_at > start_at))",
    });
}

// Version 2: clinic settings (name, zone, online-booking rules, API token hash)
// and a phone key to recognise returning patients; the key is computed here for
// every patient already stored.
Result<void> step2(const Database &db)
{
    if (auto r = execAll(db, {
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "ALTER TABLE patients ADD COLUMN phone_key TEXT NOT NULL DEFAULT ''",
        });
        !r)
        return r;
    QSqlQuery &select = db.prepare(QStringLiteral("SELECT id, phone FROM patients"));
    if (auto r = run(select); !r)
        return r;
    QSqlQuery &update = db.prepare(QStringLiteral("UPDATE patients SET phone_key = ? WHERE id = ?"));
    while (select.next()) {
        update.bindValue(0, normalizedPhone(select.value(1).toString()));
        update.bindValue(1, select.value(0));
        if (auto r = run(update); !r)
            return r;
    }
    return execAll(db, {"CREATE INDEX patients_identity ON patients (phone_key, birth_date)"});
}

// Version 3: photos, the reason a patient was blocked, and the indexes the
// agenda reads by (a doctor's appointments and absences in a time window).
Result<void> step3(const Database &db)
{
    return execAll(db, {
        "ALTER TABLE doctors ADD COLUMN photo {blob}",
        "ALTER TABLE patients ADD COLUMN photo {blob}",
        "ALTER TABLE patients ADD COLUMN block_reason TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX appointments_doctor_start ON appointments (doctor_id, start_at)",
        "CREATE INDEX appointments_patient ON appointments (patient_id)",
        "CREATE INDEX absences_doctor_start ON absences (doctor_id, start_at)",
        "CREATE INDEX types_doctor ON consultation_types (doctor_id)",
        "CREATE INDEX working_hours_doctor ON working_hours (doctor_id)",
    });
}

// Version 4: the calendar of every doctor at once (the feed without a
// doctor_id, the desk's "all doctors" view) reads appointments by start alone.
Result<void> step4(const Database &db)
{
    return execAll(db, {"CREATE INDEX appointments_start ON appointments (start_at)"});
}

// Version 5: several programs on one database (docs/multi-workstation.md).
// - `changes`: what each write transaction changed, under its token, for the
//   programs that poll (SQLite) and to tell after a lost COMMIT whether it
//   was saved;
// - `overlap_allowed`: staff confirmed this overlap (DESIGN §3) or it was
//   imported so;
// - on PostgreSQL, the last line of defence against overlapping bookings: an
//   exclusion constraint on the time that appointments hold (the services'
//   per-doctor advisory lock keeps it from deadlocking, QT64-NOTES).
Result<void> step5(const Database &db)
{
    if (auto r = execAll(db, {
            "CREATE TABLE changes ("
            " seq {id},"
            " txn TEXT NOT NULL,"
            " origin TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " item BIGINT NOT NULL DEFAULT 0,"
            " at BIGINT NOT NULL)",
            "CREATE INDEX changes_txn ON changes (txn)",
            "CREATE INDEX changes_at ON changes (at)",
            "ALTER TABLE appointments ADD COLUMN overlap_allowed INTEGER NOT NULL DEFAULT 0",
        });
        !r)
        return r;
    if (db.engine() != Engine::Postgres)
        return {};
    // Already there when the database owner created it (a trusted extension
    // since PostgreSQL 13: the owner of the database may create it).
    QSqlQuery &has = db.prepare(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'btree_gist'"));
    if (auto r = run(has); !r)
        return r;
    const bool installed = has.next();
    has.finish();
    if (!installed) {
        if (auto r = execAll(db, {"CREATE EXTENSION btree_gist"}); !r)
            return r;
    }
    return execAll(db, {
        "ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap EXCLUDE USING gist"
        " (doctor_id WITH =, int8range(start_at, end_at) WITH &&)"
        " WHERE (status NOT IN ('cancelled', 'no_show') AND overlap_allowed = 0)",
    });
}

const std::function<Result<void>(const Database &)> Steps[] = {step1, step2, step3, step4, step5};

} // namespace

int latestVersion()
{
    return int(std::size(Steps));
}

Result<int> currentVersion(const Database &db)
{
    if (auto r = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !r)
        return std::unexpected(r.error());
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (auto r = run(q); !r)
        return std::unexpected(r.error());
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

Result<void> upgrade(const Database &db, int target)
{
    Q_ASSERT(target <= latestVersion());
    // The version is read inside the write transaction, so two programs opening
    // a new database at once cannot both run the same step.
    for (;;) {
        WriteTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return r;
        if (auto r = db.lockMigrations(); !r)
            return r;
        auto current = currentVersion(db);
        if (!current)
            return std::unexpected(current.error());
        if (*current > latestVersion())
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("the database has schema version %1, newer than this program (%2)")
                            .arg(*current).arg(latestVersion()));
        if (*current >= target)
            return tx.commit();
        const int version = *current + 1;
        if (auto r = Steps[version - 1](db); !r) {
            auto e = r.error();
            e.detail = QStringLiteral("migration %1: %2").arg(version).arg(e.detail);
            return std::unexpected(e);
        }
        QSqlQuery &bump = db.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        bump.bindValue(0, version);
        if (auto r = run(bump); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
}

} // namespace tbib::Migrations
