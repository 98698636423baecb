// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingserver.h"

#include "service/bookingservice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace tbib {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

BookingServer::BookingServer(const Database &db, BookingService &service, AccessToken token, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_token(std::move(token))
    , m_limiter(service.clock())
    , m_api(db, service, m_token, m_limiter, m_assets)
    , m_tcp(new GuardedTcpServer(this))
{
}

BookingServer::~BookingServer() = default;

void BookingServer::setLimits(const GuardedTcpServer::Limits &limits)
{
    m_tcp->setLimits(limits);
}

std::expected<quint16, QString> BookingServer::start(const QHostAddress &address, quint16 port)
{
    // Listen on our own guarded server first, then hand it to QHttpServer:
    // QAbstractHttpServer::listen() would bind every interface by default.
    if (!m_tcp->listen(address, port))
        return std::unexpected(m_tcp->errorString());
    bind(m_tcp);
    return m_tcp->serverPort();
}

void BookingServer::stop()
{
    m_tcp->close();
}

quint16 BookingServer::port() const
{
    return m_tcp->serverPort();
}

bool BookingServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.query();
    r.authorization = request.value("Authorization");
    r.acceptLanguage = request.value("Accept-Language");
    r.body = request.body();
    r.clientAddress = request.remoteAddress().toString();
    const ApiAnswer answer = m_api.handle(r);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeHeader("Cache-Control", answer.cacheable ? "public, max-age=300" : "no-store");
    if (!answer.contentLanguage.isEmpty()) {
        // The page and the error sentences follow the request's language.
        responder.writeHeader("Content-Language", answer.contentLanguage);
        responder.writeHeader("Vary", "Accept-Language");
    }
    for (const auto &[key, value] : GuardedTcpServer::securityHeaders())
        responder.writeHeader(key, value);
    responder.writeBody(answer.body);
    return true;
}

void BookingServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request, 404 included.
}

} // namespace tbib
