// SPDX-License-Identifier: GPL-3.0-or-later
#include "onlinebookinghost.h"

#include "bookingserver.h"

#include "service/accesstoken.h"
#include "service/configurationservice.h"

#include <QCoreApplication>

namespace tbib {

std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

OnlineBookingHost::OnlineBookingHost(const Database &db, BookingService &service, ConfigurationService &config,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_service(service), m_config(config)
{
    connect(&m_config, &ConfigurationService::onlineBookingChanged, this, &OnlineBookingHost::applyConfiguration);
}

OnlineBookingHost::~OnlineBookingHost()
{
    stop();
}

quint16 OnlineBookingHost::port() const
{
    return m_server ? m_server->port() : 0;
}

std::expected<quint16, QString> OnlineBookingHost::start(const QString &listen, const QString &token)
{
    stop(); // the same port may be asked again: free it first
    const auto parsed = parseListen(listen);
    const auto fail = [this](const QString &reason) {
        Q_EMIT failed(reason);
        return std::unexpected(reason);
    };
    if (!parsed)
        return fail(QCoreApplication::translate("Cli", "--listen expects HOST:PORT, for example 127.0.0.1:8080."));
    std::optional<AccessToken> access;
    if (!token.isEmpty()) {
        access = AccessToken::fromToken(token);
    } else {
        QString generated;
        auto stored = AccessToken::fromSettings(m_db, &generated);
        if (!stored)
            return fail(stored.error().message());
        if (!generated.isEmpty())
            Q_EMIT tokenGenerated(generated);
        access = *stored;
    }
    auto server = std::make_unique<BookingServer>(m_db, m_service, *access);
    const auto [address, port] = *parsed;
    auto bound = server->start(address, port);
    if (!bound)
        return fail(QCoreApplication::translate("Cli", "cannot listen on %1: %2").arg(listen, bound.error()));
    m_server = std::move(server);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                              : address.toString();
    Q_EMIT started(QStringLiteral("http://%1:%2").arg(host).arg(*bound));
    return *bound;
}

void OnlineBookingHost::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server.reset();
}

void OnlineBookingHost::applyConfiguration()
{
    const OnlineBookingSettings online = m_config.onlineBooking();
    if (online.enabled)
        (void)start(online.listen()); // the stored token: a regenerated one applies at once
    else
        stop();
}

} // namespace tbib
