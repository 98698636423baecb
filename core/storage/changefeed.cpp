// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include <QSqlQuery>
#include <QVariant>

namespace tbib {

std::optional<ChangePayload> ChangePayload::parse(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return std::nullopt;
    ChangePayload p;
    p.origin = parts[0];
    for (qsizetype i = 2; i < parts.size(); ++i) {
        const qsizetype colon = parts[i].indexOf(u':');
        if (colon < 0)
            return std::nullopt;
        const auto kind = changeKindFromName(QStringView(parts[i]).left(colon));
        bool ok = false;
        const qint64 item = QStringView(parts[i]).mid(colon + 1).toLongLong(&ok);
        if (!kind || !ok)
            return std::nullopt;
        p.notes.append({*kind, item});
    }
    return p;
}

ChangeFeed::ChangeFeed(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::tick);
}

ChangeFeed::~ChangeFeed()
{
    if (m_started && m_db.engine() == Engine::Postgres) {
        if (QSqlDriver *driver = m_db.connection().driver())
            disconnect(driver, nullptr, this, nullptr);
    }
}

Result<void> ChangeFeed::start()
{
    if (m_started)
        return {};
    m_reconnections = m_db.reconnections();
    if (m_db.engine() == Engine::Postgres) {
        if (auto r = m_db.listen(); !r)
            return r;
        connect(m_db.connection().driver(), &QSqlDriver::notification, this, &ChangeFeed::onNotification);
        m_timer.start(ConnectionCheckMs);
    } else {
        auto version = dataVersion();
        if (!version)
            return std::unexpected(version.error());
        m_dataVersion = *version;
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        if (auto r = run(q); !r)
            return r;
        m_lastSeq = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        m_timer.start(SqlitePollMs);
    }
    m_started = true;
    return {};
}

Result<qint64> ChangeFeed::dataVersion() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT data_version FROM pragma_data_version()"));
    if (!q.exec() || !q.next())
        return std::unexpected(storageError(q));
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

void ChangeFeed::lose(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    Q_EMIT connectionLost(reason);
}

void ChangeFeed::tick()
{
    if (m_db.engine() == Engine::Sqlite) {
        auto version = dataVersion();
        if (!version) {
            qWarning("tbib: cannot poll the database: %s", qPrintable(version.error().detail));
            return;
        }
        if (*version == m_dataVersion)
            return;
        m_dataVersion = *version;
        if (auto r = readNewRows(); !r)
            qWarning("tbib: cannot read the changes of other programs: %s", qPrintable(r.error().detail));
        return;
    }
    // PostgreSQL: a cheap question proves the connection is alive (an idle
    // socket does not say that the server went away).
    if (m_db.isConnected()) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1"));
        const bool alive = q.exec() && q.next();
        q.finish();
        if (alive && m_db.isConnected()) {
            if (m_db.reconnections() != m_reconnections) {
                // Another caller reconnected meanwhile: notifications may be lost.
                m_reconnections = m_db.reconnections();
                Q_EMIT changed({{ChangeNote::Kind::Everything, 0}});
            }
            return;
        }
    }
    if (auto r = m_db.reconnect(); !r) {
        lose(r.error().detail);
        return;
    }
    m_reconnections = m_db.reconnections();
    const bool wasLost = m_lost;
    m_lost = false;
    if (wasLost)
        Q_EMIT connectionRestored();
    Q_EMIT changed({{ChangeNote::Kind::Everything, 0}});
}

Result<void> ChangeFeed::readNewRows()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT seq, origin, kind, item FROM changes WHERE seq > ? ORDER BY seq"));
    q.bindValue(0, m_lastSeq);
    if (auto r = run(q); !r)
        return r;
    QList<ChangeNote> notes;
    while (q.next()) {
        m_lastSeq = q.value(0).toLongLong();
        if (q.value(1).toString() == m_db.origin())
            continue;
        const auto kind = changeKindFromName(q.value(2).toString());
        const ChangeNote note{kind.value_or(ChangeNote::Kind::Everything), q.value(3).toLongLong()};
        if (!notes.contains(note))
            notes.append(note);
    }
    q.finish();
    if (!notes.isEmpty())
        Q_EMIT changed(notes);
    return {};
}

void ChangeFeed::onNotification(const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (channel != m_db.notificationChannel())
        return;
    const auto p = ChangePayload::parse(payload.toString());
    if (!p) {
        Q_EMIT changed({{ChangeNote::Kind::Everything, 0}});
        return;
    }
    if (p->origin == m_db.origin() || p->notes.isEmpty())
        return;
    Q_EMIT changed(p->notes);
}

} // namespace tbib
