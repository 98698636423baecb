// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTcpServer>

namespace tbib {

// The sockets of the booking server, owned by us because QHttpServer 6.4 sets
// no limits of its own (QT64-NOTES): it would buffer a 256 MiB body, a 100 KB
// URL or 20,000 headers, and keep slow clients forever. Each connection gets
// an idle timeout; each request a cap on its head (URL and headers) and on its
// declared and actual body; each client address a cap on open connections.
// Oversized requests are answered 413 / 414 / 431 here and the connection closed
// before QHttpServer parses a byte of them.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 16 * 1024;
        int maxUrlBytes = 2048;
        int maxHeadBytes = 16 * 1024;
        int idleTimeoutMs = 15'000;
        int maxConnectionsPerAddress = 64;
    };

    explicit GuardedTcpServer(QObject *parent = nullptr);
    void setLimits(const Limits &limits) { m_limits = limits; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }

    // The headers every answer carries, errors included (DESIGN §5).
    [[nodiscard]] static const QList<std::pair<QByteArray, QByteArray>> &securityHeaders();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Limits m_limits;
    QHash<QString, int> m_connections; // per client address
};

} // namespace tbib
