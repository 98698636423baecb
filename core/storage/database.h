// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

#include "domain/ids.h"

#include <QElapsedTimer>
#include <QHashFunctions>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

namespace tbib {

enum class Engine { Sqlite, Postgres };

// Where the clinic's data lives: a SQLite file (a path, or ":memory:"), or a
// PostgreSQL database given as
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?schema=NAME&sslmode=…]
// Without a password, libpq looks in ~/.pgpass (PGPASSFILE). `schema` keeps
// TBIB's tables in a schema of their own (created if missing); the other query
// items are libpq connection options (sslmode, sslrootcert, connect_timeout…).
struct DatabaseLocation final
{
    static constexpr int DefaultPort = 5432;

    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL from here on
    int port = DefaultPort;
    QString user;
    QString password;
    QString name;
    QString schema;
    QStringList options; // "key=value" as written in the URL, passed to libpq

    [[nodiscard]] static bool isPostgresUrl(const QString &text);
    // A path is always a SQLite location; a postgresql:// URL must be well formed.
    [[nodiscard]] static std::expected<DatabaseLocation, QString> parse(const QString &text);
    // The URL (or path) again; the password only when asked for.
    [[nodiscard]] QString toString(bool withPassword = false) const;
    friend bool operator==(const DatabaseLocation &, const DatabaseLocation &) = default;
};

// One open connection to the clinic database, owned by the thread that opened
// it (Qt SQL connections are per thread). Opening sets WAL, foreign keys, the
// busy timeout and the durability level, then runs the migrations.
//
// The few places where SQLite and PostgreSQL differ are answered here (the
// dialect): column types for ids and blobs, and how a write transaction starts.
class Database final
{
public:
    enum class Migrate { ToLatest, No };

    // location: a file path (SQLite), ":memory:", or a postgresql:// URL
    // (DatabaseLocation). The error names the location without its password.
    [[nodiscard]] static std::expected<std::unique_ptr<Database>, QString>
    open(const QString &location, Migrate migrate = Migrate::ToLatest);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Engine engine() const { return m_location.engine; }
    // The location as given to open(), password included: to open another
    // connection to the same data (another thread). Never print it.
    [[nodiscard]] QString location() const { return m_location.toString(true); }
    // The location for people: without the password.
    [[nodiscard]] QString displayLocation() const { return m_location.toString(false); }

    // Dialect.
    [[nodiscard]] QString idColumnType() const;
    [[nodiscard]] QString blobType() const;
    [[nodiscard]] QString beginWriteStatement() const;
    // A read transaction sees one snapshot (PostgreSQL: REPEATABLE READ).
    [[nodiscard]] QString beginReadStatement() const;
    // Inside a write transaction: waits until no other transaction is changing
    // this doctor's agenda (PostgreSQL: pg_advisory_xact_lock, released at the
    // end of the transaction). SQLite's BEGIN IMMEDIATE already serialises
    // every writer, so there it does nothing.
    [[nodiscard]] Result<void> lockDoctor(DoctorId doctor) const;
    // The same, for the schema migrations (one program migrates at a time).
    [[nodiscard]] Result<void> lockMigrations() const;

    // A number that changes whenever the data may have changed, by this
    // connection or any other (SQLite: PRAGMA data_version and total_changes();
    // PostgreSQL: the transaction snapshot, which moves at every commit).
    // Caches of rarely changing tables (settings, doctors, types) compare it.
    [[nodiscard]] Result<qint64> changeStamp() const;

    // ---- several programs on one database (docs/multi-workstation.md) ----
    // A random name for this connection, written with every change it commits
    // so that it can tell its own changes from everyone else's.
    [[nodiscard]] QString origin() const { return m_origin; }
    // PostgreSQL's LISTEN/NOTIFY channel of this database (lower case; the
    // schema's own when there is one).
    [[nodiscard]] QString notificationChannel() const;
    // Subscribes this connection to notificationChannel() (PostgreSQL only);
    // kept across reconnections. The driver emits QSqlDriver::notification.
    [[nodiscard]] Result<void> listen() const;
    // False once PostgreSQL's connection is lost (SQLite: always true).
    [[nodiscard]] bool isConnected() const;
    // Opens the connection again after it was lost: prepared statements are
    // prepared anew, the session set up and the subscription renewed.
    [[nodiscard]] Result<void> reconnect() const;
    // Counts the reconnections, so that a reader knows it may have missed changes.
    [[nodiscard]] quint64 reconnections() const { return m_reconnections; }

    // Runs one statement with no bound values (DDL, pragmas, transaction control).
    [[nodiscard]] Result<void> exec(const QString &sql) const;
    // A prepared statement for `sql` on this connection; callers bind values and
    // run it. Statements are prepared once and kept (parsing the SQL cost more
    // than running it on the hot read paths), so every caller of the same SQL
    // gets the same query object: read it to the end or
    // finish() it before asking for the same SQL again. The reference stays
    // valid as long as the Database.
    [[nodiscard]] QSqlQuery &prepare(const QString &sql) const;

private:
    Database(QString connectionName, DatabaseLocation location);
    [[nodiscard]] Result<void> openPostgres() const;
    [[nodiscard]] bool forwardOnly() const;
    [[nodiscard]] Result<void> setUpSession() const;
    [[nodiscard]] Result<void> advisoryLock(qint32 kind, qint64 id) const;
    // True when the last failure lost the connection and a new one was opened:
    // the caller may run its (read-only, or not yet begun) statement again.
    [[nodiscard]] bool recovered() const;
    // Connected, or connected again now; otherwise the failure to report.
    [[nodiscard]] Result<void> usable() const;

    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_origin;
    mutable bool m_listening = false;
    mutable quint64 m_reconnections = 0;
    mutable QElapsedTimer m_lastAttempt;
    struct Statement
    {
        QSqlQuery query;
        bool prepared = false;
    };
    mutable std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;

    friend class WriteTransaction;
};

// What a committed transaction changed, for the other programs on the same
// database (table `changes`, PostgreSQL's notification payload).
struct ChangeNote final
{
    enum class Kind {
        AppointmentAdded,   // item: the appointment
        AppointmentChanged, // item: the appointment
        AppointmentRemoved, // item: the appointment
        Patient,            // item: the patient
        Absences,           // item: the doctor
        Catalogue,          // settings, doctors, hours, types
        Everything,         // an import: reload all
    };
    Kind kind = Kind::Everything;
    qint64 item = 0;
    friend bool operator==(const ChangeNote &, const ChangeNote &) = default;
};
[[nodiscard]] QString changeKindName(ChangeNote::Kind kind);
[[nodiscard]] std::optional<ChangeNote::Kind> changeKindFromName(QStringView name);

// A write transaction that starts with BEGIN IMMEDIATE on SQLite (a deferred
// BEGIN fails with "database is locked" under concurrency, QT64-NOTES) and
// rolls back unless committed. What it changed is noted with note(): commit()
// writes the notes to the `changes` table (and, on PostgreSQL, notifies them)
// inside the transaction, under a token of its own. When the connection is
// lost during COMMIT, commit() reconnects and looks for that token, so that a
// change that did reach the database is reported saved, never made twice.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const Database &db) : m_db(db) {}
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    [[nodiscard]] Result<void> begin();
    void note(ChangeNote::Kind kind, qint64 item = 0);
    [[nodiscard]] Result<void> commit();

private:
    [[nodiscard]] Result<void> writeNotes();
    [[nodiscard]] Result<bool> committedBeforeLoss();

    const Database &m_db;
    bool m_open = false;
    QString m_token;
    QList<ChangeNote> m_notes;
};

// The error of a failed query, as a storage failure carrying the driver's text.
[[nodiscard]] BookingError storageError(const QSqlQuery &query);
// Runs a prepared query; the failure as a value.
[[nodiscard]] Result<void> run(QSqlQuery &query);

} // namespace tbib
