// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

#include <QHashFunctions>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace tbib {

enum class Engine { Sqlite, Postgres };

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

    // location: a file path (SQLite) or ":memory:".
    [[nodiscard]] static std::expected<std::unique_ptr<Database>, QString>
    open(const QString &location, Migrate migrate = Migrate::ToLatest);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] Engine engine() const { return m_engine; }
    [[nodiscard]] QString location() const { return m_location; }

    // Dialect.
    [[nodiscard]] QString idColumnType() const;
    [[nodiscard]] QString blobType() const;
    [[nodiscard]] QString beginWriteStatement() const;

    // A number that changes whenever the data may have changed, by this
    // connection or any other (SQLite: PRAGMA data_version and total_changes()).
    // Caches of rarely changing tables (settings, doctors, types) compare it.
    [[nodiscard]] Result<qint64> changeStamp() const;

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
    Database(QString connectionName, QString location, Engine engine);

    QString m_connectionName;
    QString m_location;
    Engine m_engine;
    struct Statement
    {
        QSqlQuery query;
        bool prepared = false;
    };
    mutable std::unordered_map<QString, std::unique_ptr<Statement>> m_statements;
};

// A write transaction that starts with BEGIN IMMEDIATE on SQLite (a deferred
// BEGIN fails with "database is locked" under concurrency, QT64-NOTES) and
// rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const Database &db) : m_db(db) {}
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();

private:
    const Database &m_db;
    bool m_open = false;
};

// The error of a failed query, as a storage failure carrying the driver's text.
[[nodiscard]] BookingError storageError(const QSqlQuery &query);
// Runs a prepared query; the failure as a value.
[[nodiscard]] Result<void> run(QSqlQuery &query);

} // namespace tbib
