// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/accesstoken.h"
#include "bookingapi.h"
#include "guardedtcpserver.h"
#include "ratelimiter.h"
#include "webassets.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <expected>
#include <memory>

namespace tbib {

class BookingService;
class Database;

// The embedded booking server: the API and the wizard over HTTP, bound only to
// the configured address. Runs on the thread that creates it, in the event
// loop of that thread (the desktop's or `--serve`'s).
class BookingServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    BookingServer(const Database &db, BookingService &service, AccessToken token, QObject *parent = nullptr);
    ~BookingServer() override;
    Q_DISABLE_COPY_MOVE(BookingServer)

    void setLimits(const GuardedTcpServer::Limits &limits);
    // Port 0 picks a free port; the port actually bound is returned.
    [[nodiscard]] std::expected<quint16, QString> start(const QHostAddress &address, quint16 port);
    void stop();
    [[nodiscard]] quint16 port() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    AccessToken m_token;
    RateLimiter m_limiter;
    WebAssets m_assets;
    BookingApi m_api;
    GuardedTcpServer *m_tcp = nullptr;
};

} // namespace tbib
