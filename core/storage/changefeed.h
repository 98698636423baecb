// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace tbib {

// The changes that other programs commit to the same database, as they
// commit them (docs/multi-workstation.md):
// - PostgreSQL: LISTEN on the database's channel; each write transaction's
//   NOTIFY arrives after its COMMIT with what it changed;
// - SQLite (several programs on one machine): PRAGMA data_version is polled
//   and, when it moves, the new rows of `changes` are read.
// This program's own changes are left out (they carry its origin). It also
// watches the connection: it says when it is lost, reconnects by itself,
// then asks for everything to be read again (what was missed meanwhile is
// not known). It runs on the thread of the Database, in its event loop.
class ChangeFeed final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    [[nodiscard]] Result<void> start();
    [[nodiscard]] bool isConnected() const { return !m_lost; }

    // How often it polls SQLite, and checks (and retries) PostgreSQL's connection.
    static constexpr int SqlitePollMs = 100;
    static constexpr int ConnectionCheckMs = 1000;

Q_SIGNALS:
    // Others' committed changes, in commit order (SQLite) or arrival order.
    void changed(const QList<tbib::ChangeNote> &notes);
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    void tick();
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    [[nodiscard]] Result<void> readNewRows();
    [[nodiscard]] Result<qint64> dataVersion() const;
    void lose(const QString &reason);

    const Database &m_db;
    QTimer m_timer;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    quint64 m_reconnections = 0;
    bool m_lost = false;
    bool m_started = false;
};

// The payload of a change notification: "ORIGIN TOKEN kind:item kind:item…".
struct ChangePayload final
{
    QString origin;
    QList<ChangeNote> notes;
    [[nodiscard]] static std::optional<ChangePayload> parse(const QString &text);
};

} // namespace tbib
