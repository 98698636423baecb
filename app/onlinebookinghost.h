// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>

#include <expected>
#include <memory>
#include <optional>

namespace tbib {

class BookingServer;
class BookingService;
class ConfigurationService;
class Database;

// "HOST:PORT", "[::1]:PORT" or "localhost:PORT".
[[nodiscard]] std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

// The booking server of the desk's own process, kept in step with
// Configuration → Réservation en ligne: started, restarted (new address or
// token) or stopped whenever ConfigurationService announces a change. It lives
// in app/ because it is where the server and the window's services meet.
class OnlineBookingHost final : public QObject
{
    Q_OBJECT
public:
    OnlineBookingHost(const Database &db, BookingService &service, ConfigurationService &config,
                      QObject *parent = nullptr);
    ~OnlineBookingHost() override;
    Q_DISABLE_COPY_MOVE(OnlineBookingHost)

    // Serves on `listen` with `token` (empty: the stored token, generated on
    // first use). Any server running before is stopped first.
    std::expected<quint16, QString> start(const QString &listen, const QString &token = {});
    void stop();
    [[nodiscard]] bool isRunning() const { return m_server != nullptr; }
    [[nodiscard]] quint16 port() const;
    // Starts or stops as the saved settings say (what a change triggers).
    void applyConfiguration();

Q_SIGNALS:
    // The server listens on `url` (http://HOST:PORT).
    void started(const QString &url);
    // A token had to be generated (first use): shown once.
    void tokenGenerated(const QString &token);
    // The server could not start; the desk works on without online booking.
    void failed(const QString &reason);

private:
    const Database &m_db;
    BookingService &m_service;
    ConfigurationService &m_config;
    std::unique_ptr<BookingServer> m_server;
};

} // namespace tbib
