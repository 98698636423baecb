// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace tbib {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// pg_advisory_xact_lock(kind, id): one key space per kind of lock.
constexpr qint32 MigrationLock = 0x7B1B0000;
constexpr qint32 DoctorLock = 0x7B1B0001;

// Notifications carry at most 8000 bytes; a longer list becomes "everything".
constexpr qsizetype MaxPayload = 7900;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

const QRegularExpression &schemaPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,47}$"));
    return re;
}

// A "key=value" option for libpq's conninfo string.
QString conninfoOption(const QString &option)
{
    const qsizetype eq = option.indexOf(u'=');
    const QString value = option.mid(eq + 1);
    // libpq conninfo: a value with spaces or quotes is written in single quotes.
    if (!value.isEmpty() && !value.contains(QRegularExpression(QStringLiteral("[\\s'\\\\]"))))
        return option;
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return option.left(eq + 1) + u'\'' + v + u'\'';
}

} // namespace

bool DatabaseLocation::isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive) || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::expected<DatabaseLocation, QString> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation l;
    if (!isPostgresUrl(text)) {
        l.path = text;
        return l;
    }
    const QUrl url(text, QUrl::StrictMode);
    const auto bad = [](const QString &why) {
        return std::unexpected(
            QStringLiteral("invalid PostgreSQL address (postgresql://USER:PASSWORD@HOST:PORT/DBNAME): %1").arg(why));
    };
    // Not QUrl::errorString(): it repeats the address, password included.
    if (!url.isValid())
        return bad(QStringLiteral("not a valid URL (characters such as @ : / in the password are written %40 %3A %2F)"));
    l.engine = Engine::Postgres;
    l.host = url.host();
    l.port = url.port(DatabaseLocation::DefaultPort);
    l.user = url.userName();
    l.password = url.password();
    l.name = url.path().mid(1);
    if (l.host.isEmpty())
        return bad(QStringLiteral("no host"));
    if (l.user.isEmpty())
        return bad(QStringLiteral("no user"));
    if (l.name.isEmpty() || l.name.contains(u'/'))
        return bad(QStringLiteral("no database name"));
    if (l.port < 1 || l.port > 65535)
        return bad(QStringLiteral("port"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"schema") {
            if (!schemaPattern().match(value).hasMatch())
                return bad(QStringLiteral("schema: lower-case letters, digits and _ only"));
            l.schema = value;
        } else if (key.isEmpty() || !QRegularExpression(QStringLiteral("^[a-z_]+$")).match(key).hasMatch()) {
            return bad(QStringLiteral("option %1").arg(key));
        } else {
            l.options << key + u'=' + value;
        }
    }
    return l;
}

QString DatabaseLocation::toString(bool withPassword) const
{
    if (engine == Engine::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    url.setPath(u'/' + name);
    QUrlQuery query;
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), QString::fromLatin1(QUrl::toPercentEncoding(option.mid(eq + 1))));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::expected<std::unique_ptr<Database>, QString> Database::open(const QString &text, Migrate migrate)
{
    auto location = DatabaseLocation::parse(text);
    if (!location)
        return std::unexpected(location.error());
    const QString name = QStringLiteral("tbib-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(name, *location));
    if (location->engine == Engine::Postgres) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return std::unexpected(QStringLiteral("the PostgreSQL driver of Qt is missing (Debian package libqt6sql6-psql)"));
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (auto r = db->openPostgres(); !r)
            return std::unexpected(r.error().detail); // callers name the location
    } else {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(location->path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!c.open())
            return std::unexpected(c.lastError().text());
        if (auto r = db->setUpSession(); !r)
            return std::unexpected(r.error().detail);
    }
    if (migrate == Migrate::ToLatest) {
        if (auto r = Migrations::upgrade(*db, Migrations::latestVersion()); !r)
            return std::unexpected(r.error().detail);
    }
    return db;
}

Database::Database(QString connectionName, DatabaseLocation location)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_origin(randomHex(8))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::openPostgres() const
{
    QSqlDatabase c = connection();
    c.setHostName(m_location.host);
    c.setPort(m_location.port);
    c.setUserName(m_location.user);
    c.setPassword(m_location.password);
    c.setDatabaseName(m_location.name);
    QStringList options = m_location.options;
    // A lost server is noticed in seconds, not in the kernel's two hours.
    const auto has = [&](const char *key) {
        return std::ranges::any_of(options, [&](const QString &o) { return o.startsWith(QLatin1StringView(key) + u'='); });
    };
    if (!has("connect_timeout"))
        options << QStringLiteral("connect_timeout=5");
    if (!has("keepalives_idle"))
        options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
                << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=2");
    if (!has("application_name"))
        options << QStringLiteral("application_name=tbib");
    for (QString &option : options)
        option = conninfoOption(option);
    c.setConnectOptions(options.join(u';'));
    if (!c.open())
        return fail(ErrorCode::StorageFailure, c.lastError().text().trimmed());
    return setUpSession();
}

Result<void> Database::setUpSession() const
{
    if (engine() == Engine::Sqlite) {
        // WAL lets readers work while one writer commits; FULL makes an
        // acknowledged booking survive a power cut, not only a crash.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
            if (auto r = exec(QString::fromLatin1(pragma)); !r)
                return r;
        }
        return {};
    }
    // Durable commits whatever the server's default; TBIB's tables in their schema.
    for (const char *setting : {"SET synchronous_commit = on", "SET client_min_messages = warning"}) {
        if (auto r = exec(QString::fromLatin1(setting)); !r)
            return r;
    }
    if (!m_location.schema.isEmpty()) {
        const QString schema = u'"' + m_location.schema + u'"';
        if (auto r = exec(u"CREATE SCHEMA IF NOT EXISTS " + schema); !r) {
            // Two programs creating it at once: one of them loses the race.
            QSqlQuery check(connection());
            check.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
            check.addBindValue(m_location.schema);
            if (!check.exec() || !check.next())
                return r;
        }
        if (auto r = exec(u"SET search_path TO " + schema + u", public"); !r)
            return r;
    }
    return {};
}

bool Database::forwardOnly() const
{
    // QPSQL reads a forward-only query row by row (libpq's single-row mode):
    // the next statement on the connection would silently drop the rows not
    // read yet, and code that writes while it reads (migration 2) would lose
    // them. PostgreSQL's results are therefore read whole.
    return engine() == Engine::Sqlite;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::idColumnType() const
{
    return engine() == Engine::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                      : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
}

QString Database::blobType() const
{
    return engine() == Engine::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

QString Database::beginWriteStatement() const
{
    return engine() == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString Database::beginReadStatement() const
{
    return engine() == Engine::Sqlite ? QStringLiteral("BEGIN")
                                      : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

Result<void> Database::advisoryLock(qint32 kind, qint64 id) const
{
    if (engine() == Engine::Sqlite)
        return {};
    QSqlQuery &q = prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    q.bindValue(0, kind);
    q.bindValue(1, qint32(id)); // ids of doctors stay far below 2^31
    if (!q.exec())
        return std::unexpected(storageError(q));
    q.finish();
    return {};
}

Result<void> Database::lockDoctor(DoctorId doctor) const
{
    return advisoryLock(DoctorLock, doctor.value);
}

Result<void> Database::lockMigrations() const
{
    return advisoryLock(MigrationLock, 0);
}

Result<qint64> Database::changeStamp() const
{
    if (auto r = usable(); !r)
        return std::unexpected(r.error());
    for (int attempt = 0;; ++attempt) {
        // SQLite: data_version moves when another connection commits;
        // total_changes() counts the rows this connection changed. Together
        // they miss nothing. PostgreSQL: the snapshot (xmin:xmax:running
        // transactions) is different after any commit, by anyone.
        QSqlQuery &q = prepare(engine() == Engine::Sqlite
                                   ? QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version()), "
                                                    "total_changes()")
                                   : QStringLiteral("SELECT pg_current_snapshot()::text"));
        if (!q.exec() || !q.next()) {
            if (attempt == 0 && recovered())
                continue;
            return std::unexpected(storageError(q));
        }
        const qint64 stamp = engine() == Engine::Sqlite
                                 ? (q.value(0).toLongLong() << 40) ^ q.value(1).toLongLong()
                                 : qint64(qHash(q.value(0).toString(), size_t(0x7B1B)) & 0x7fffffffffffffff);
        q.finish();
        return stamp;
    }
}

QString Database::notificationChannel() const
{
    return m_location.schema.isEmpty() ? QStringLiteral("tbib_changes") : u"tbib_changes_" + m_location.schema;
}

Result<void> Database::listen() const
{
    if (engine() == Engine::Sqlite)
        return {};
    QSqlDriver *driver = connection().driver();
    if (!driver->subscribedToNotifications().contains(notificationChannel())
        && !driver->subscribeToNotification(notificationChannel()))
        return fail(ErrorCode::StorageFailure, driver->lastError().text());
    m_listening = true;
    return {};
}

bool Database::isConnected() const
{
    if (engine() == Engine::Sqlite)
        return true;
    const QSqlDatabase c = connection();
    return c.isOpen() && c.driver()->isOpen();
}

Result<void> Database::reconnect() const
{
    if (engine() == Engine::Sqlite)
        return {};
    // The prepared statements belong to the lost session: forget them (the
    // objects stay, so references handed out remain valid).
    QSqlDatabase c = connection();
    for (auto &[sql, statement] : m_statements) {
        statement->query = QSqlQuery(c);
        statement->query.setForwardOnly(forwardOnly());
        statement->prepared = false;
    }
    // Closing forgets the subscriptions too; listen() renews it below.
    c.close();
    if (auto r = openPostgres(); !r) {
        c.close();
        return r;
    }
    ++m_reconnections;
    if (m_listening) {
        m_listening = false;
        return listen();
    }
    return {};
}

bool Database::recovered() const
{
    if (engine() != Engine::Postgres || isConnected())
        return false;
    // At most one attempt a second: while the server is away, requests fail
    // at once instead of each waiting for a connection timeout.
    if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < 1000)
        return false;
    m_lastAttempt.start();
    return reconnect().has_value();
}

Result<void> Database::usable() const
{
    if (isConnected() || recovered())
        return {};
    return fail(ErrorCode::StorageFailure, QStringLiteral("no connection to the database server"));
}

Result<void> Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return std::unexpected(storageError(q));
    return {};
}

QSqlQuery &Database::prepare(const QString &sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<Statement>(QSqlQuery(connection()));
        slot->query.setForwardOnly(forwardOnly());
    }
    // A failed preparation (a table that does not exist yet) is tried again
    // next time; the object itself never changes, so references stay valid.
    if (!slot->prepared)
        slot->prepared = slot->query.prepare(sql);
    return slot->query;
}

// ---- change notes -----------------------------------------------------------

namespace {
constexpr std::pair<ChangeNote::Kind, const char *> KindNames[] = {
    {ChangeNote::Kind::AppointmentAdded, "appointment_added"},
    {ChangeNote::Kind::AppointmentChanged, "appointment_changed"},
    {ChangeNote::Kind::AppointmentRemoved, "appointment_removed"},
    {ChangeNote::Kind::Patient, "patient"},
    {ChangeNote::Kind::Absences, "absences"},
    {ChangeNote::Kind::Catalogue, "catalogue"},
    {ChangeNote::Kind::Everything, "everything"},
};
} // namespace

QString changeKindName(ChangeNote::Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ChangeNote::Kind> changeKindFromName(QStringView name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QLatin1StringView(n))
            return k;
    }
    return std::nullopt;
}

// ---- transactions -------------------------------------------------------------

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<void> WriteTransaction::begin()
{
    Q_ASSERT(!m_open);
    if (auto usable = m_db.usable(); !usable)
        return usable;
    auto r = m_db.exec(m_db.beginWriteStatement());
    // The first statement after the server came back fails; nothing was
    // written yet, so begin again on the new connection.
    if (!r && m_db.recovered())
        r = m_db.exec(m_db.beginWriteStatement());
    m_open = r.has_value();
    m_token = randomHex(12);
    m_notes.clear();
    return r;
}

void WriteTransaction::note(ChangeNote::Kind kind, qint64 item)
{
    const ChangeNote n{kind, item};
    if (!m_notes.contains(n))
        m_notes.append(n);
}

Result<void> WriteTransaction::writeNotes()
{
    if (m_notes.isEmpty())
        return {};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery &insert = m_db.prepare(QStringLiteral(
        "INSERT INTO changes (txn, origin, kind, item, at) VALUES (?, ?, ?, ?, ?)"));
    QString payload = m_db.origin() + u' ' + m_token;
    for (const ChangeNote &n : std::as_const(m_notes)) {
        insert.bindValue(0, m_token);
        insert.bindValue(1, m_db.origin());
        insert.bindValue(2, changeKindName(n.kind));
        insert.bindValue(3, n.item);
        insert.bindValue(4, now);
        if (auto r = run(insert); !r)
            return r;
        payload += u' ' + changeKindName(n.kind) + u':' + QString::number(n.item);
    }
    // A day of history is plenty for the programs that poll it (SQLite);
    // older notes go, a few at a time.
    if (QRandomGenerator::global()->bounded(200) == 0) {
        QSqlQuery &prune = m_db.prepare(QStringLiteral("DELETE FROM changes WHERE at < ?"));
        prune.bindValue(0, now - 86400);
        if (auto r = run(prune); !r)
            return r;
    }
    if (m_db.engine() == Engine::Postgres) {
        if (payload.size() > MaxPayload)
            payload = m_db.origin() + u' ' + m_token + u' ' + changeKindName(ChangeNote::Kind::Everything) + u":0";
        QSqlQuery &notify = m_db.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.bindValue(0, m_db.notificationChannel());
        notify.bindValue(1, payload);
        if (auto r = run(notify); !r)
            return r;
        notify.finish();
    }
    return {};
}

Result<void> WriteTransaction::commit()
{
    Q_ASSERT(m_open);
    if (auto r = writeNotes(); !r)
        return r;
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (r) {
        m_open = false;
        return r;
    }
    if (m_db.engine() == Engine::Postgres && !m_db.isConnected()) {
        // The server went away during COMMIT: the change may or may not be
        // saved. Ask the new connection, so that nobody makes it twice.
        m_open = false;
        auto saved = committedBeforeLoss();
        if (saved && *saved)
            return {};
        if (!saved)
            return fail(ErrorCode::StorageFailure,
                        QStringLiteral("connection lost during COMMIT; not known whether it was saved: %1")
                            .arg(saved.error().detail));
    }
    return r;
}

Result<bool> WriteTransaction::committedBeforeLoss()
{
    if (m_notes.isEmpty())
        return fail(ErrorCode::StorageFailure, QStringLiteral("no change note to look for"));
    if (auto r = m_db.reconnect(); !r)
        return std::unexpected(r.error());
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM changes WHERE txn = ?"));
    q.bindValue(0, m_token);
    if (!q.exec() || !q.next())
        return std::unexpected(storageError(q));
    const bool found = q.value(0).toLongLong() > 0;
    q.finish();
    return found;
}

BookingError storageError(const QSqlQuery &query)
{
    return {ErrorCode::StorageFailure, query.lastError().text()};
}

Result<void> run(QSqlQuery &query)
{
    if (!query.exec())
        return std::unexpected(storageError(query));
    return {};
}

} // namespace tbib
