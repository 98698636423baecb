// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "domain/bookingerror.h"
#include "httperror.h"

#include <QTcpSocket>
#include <QTimer>

namespace tbib {

namespace {

// What the guard knows of the request being received on one connection.
struct RequestWatch
{
    QByteArray head;          // the bytes of the head seen so far
    bool inHead = true;
    qint64 bodyExpected = 0;
    qint64 bodySeen = 0;
    bool rejected = false;
};

void reject(QTcpSocket *socket, int status, const char *reason)
{
    const QByteArray body = errorBody(ErrorCode::InvalidInput);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[key, value] : GuardedTcpServer::securityHeaders())
        response += key + ": " + value + "\r\n";
    response += "\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

qint64 contentLength(const QByteArray &head)
{
    const auto lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok && n >= 0 ? n : -1;
        }
    }
    return 0;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent)
    : QTcpServer(parent)
{
}

const QList<std::pair<QByteArray, QByteArray>> &GuardedTcpServer::securityHeaders()
{
    static const QList<std::pair<QByteArray, QByteArray>> headers = {
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
         "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
    };
    return headers;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (m_connections.value(address) >= m_limits.maxConnectionsPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections[address];
    // Answers are written in a few pieces (status line, headers, body); with
    // Nagle's algorithm on, the last piece waits for the client's delayed ACK
    // (40 ms on Linux) on every keep-alive request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QObject::destroyed, this, [this, address] {
        if (--m_connections[address] <= 0)
            m_connections.remove(address);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();

    // Connected before QHttpServer's own readyRead handler, so it runs first
    // and sees each chunk before the parser does.
    auto watch = std::make_shared<RequestWatch>();
    const Limits limits = m_limits;
    connect(socket, &QTcpSocket::readyRead, socket, [socket, watch, idle, limits] {
        idle->start();
        if (watch->rejected) {
            socket->readAll();
            return;
        }
        const qint64 available = socket->bytesAvailable();
        if (watch->inHead) {
            watch->head += socket->peek(available);
            const qsizetype lineEnd = watch->head.indexOf("\r\n");
            if ((lineEnd < 0 && watch->head.size() > limits.maxUrlBytes) || lineEnd > limits.maxUrlBytes) {
                watch->rejected = true;
                socket->readAll();
                return reject(socket, 414, "URI Too Long");
            }
            const qsizetype headEnd = watch->head.indexOf("\r\n\r\n");
            if ((headEnd < 0 && watch->head.size() > limits.maxHeadBytes) || headEnd > limits.maxHeadBytes) {
                watch->rejected = true;
                socket->readAll();
                return reject(socket, 431, "Request Header Fields Too Large");
            }
            if (headEnd < 0)
                return;
            const qint64 length = contentLength(watch->head.left(headEnd));
            if (length < 0 || length > limits.maxBodyBytes) {
                watch->rejected = true;
                socket->readAll();
                return reject(socket, 413, "Payload Too Large");
            }
            watch->inHead = false;
            watch->bodyExpected = length;
            watch->bodySeen = watch->head.size() - (headEnd + 4);
        } else {
            watch->bodySeen += available;
        }
        // A body longer than it said (or chunked without a length) is cut too.
        if (watch->bodySeen > limits.maxBodyBytes + limits.maxHeadBytes) {
            watch->rejected = true;
            socket->readAll();
            return reject(socket, 413, "Payload Too Large");
        }
        if (watch->bodySeen >= watch->bodyExpected) {
            // The next bytes belong to the next request on this connection.
            watch->head.clear();
            watch->inHead = true;
            watch->bodyExpected = watch->bodySeen = 0;
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));

    // QTcpServer emits newConnection itself once this returns.
    addPendingConnection(socket);
}

} // namespace tbib
