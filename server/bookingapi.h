// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"
#include "domain/cliniczone.h"
#include "domain/timerange.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace tbib {

class AccessToken;
class BookingService;
class Database;
class RateLimiter;
class WebAssets;

// One HTTP request as the API sees it, independent of the socket layer.
struct ApiRequest final
{
    QByteArray method;   // "GET", "POST", …
    QString path;        // percent-encoded, as received
    QUrlQuery query;
    QByteArray authorization;
    QByteArray acceptLanguage;
    QByteArray body;
    QString clientAddress;
};

struct ApiAnswer final
{
    ApiAnswer(int status_ = 200, QByteArray contentType_ = "application/json", QByteArray body_ = {},
              bool cacheable_ = false)
        : status(status_), contentType(std::move(contentType_)), body(std::move(body_)), cacheable(cacheable_)
    {
    }

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    bool cacheable = false; // static assets may be cached by the browser
    std::optional<ErrorCode> error; // its body is written in the request's language
    QByteArray contentLanguage;     // pages and errors: the language they are in
};

// The routes of DESIGN §5, deny by default: each route names its method and
// anything else is a 404 with the JSON error body. Handlers are synchronous
// and short (QHttpServer 6.4 runs them one at a time on the server's thread);
// every rule is the core service's, the API only translates JSON ↔ values.
class BookingApi final
{
public:
    static constexpr qsizetype MaxBodyBytes = 16 * 1024;

    BookingApi(const Database &db, BookingService &service, const AccessToken &token, RateLimiter &limiter,
               const WebAssets &assets);

    [[nodiscard]] ApiAnswer handle(const ApiRequest &request);

private:
    struct Context;
    [[nodiscard]] ApiAnswer route(const ApiRequest &request, const QString &language);
    [[nodiscard]] ApiAnswer doctors(const Context &c);
    [[nodiscard]] ApiAnswer types(const Context &c, qint64 doctorId);
    [[nodiscard]] ApiAnswer slots(const Context &c, qint64 doctorId, const QUrlQuery &query);
    [[nodiscard]] ApiAnswer eligibility(const Context &c, const QByteArray &body);
    [[nodiscard]] ApiAnswer book(const Context &c, const QByteArray &body);
    [[nodiscard]] ApiAnswer feed(const Context &c, const QUrlQuery &query);
    [[nodiscard]] ApiAnswer setStatus(const Context &c, qint64 appointmentId, const QByteArray &body);
    [[nodiscard]] ApiAnswer queue(const Context &c);

    // Identical reads (a calendar polling its week, many patients looking at the
    // same day) are answered from memory while the database's change stamp and
    // the clock's second stay the same; any write anywhere moves the stamp.
    struct CachedAnswer
    {
        qint64 stamp = 0;
        UtcSeconds second = 0;
        ApiAnswer answer;
    };
    [[nodiscard]] ApiAnswer cached(const Context &c, const ApiRequest &r, const std::function<ApiAnswer()> &compute);

    const Database &m_db;
    BookingService &m_service;
    const AccessToken &m_token;
    RateLimiter &m_limiter;
    const WebAssets &m_assets;
    QHash<QString, CachedAnswer> m_cache;
};

// A refusal; BookingApi::handle() gives it its body in the request's language.
[[nodiscard]] ApiAnswer errorAnswer(ErrorCode code, int status = 0);

} // namespace tbib
