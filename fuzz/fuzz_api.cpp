// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_api: libFuzzer target for BookingApi::handle (DESIGN §5), the pure
// request → answer function behind the embedded booking server.
//
// One input is up to MaxRequests requests separated by a line "~~~":
//
//     <method byte><path and query>\n<Authorization header>\n<body…>
//     ~~~
//     <method byte>…
//
// FUZZ_API_VERBOSE=1 prints each request with its status and the start of its
// body (to check a seed or read a reproducer).
// The method byte: 'G' GET, 'P' POST, anything else picks one of the other
// methods the socket layer passes on. The path and query are parsed by QUrl as
// the socket layer does (percent-encoded path, QUrlQuery), the Authorization
// line is passed as it is, the rest is the body. A missing line is empty.
//
// Every input starts from the same clinic (the demo clinic of a fixed clock,
// with a booking rate limit of 3 per minute so that 429 is reachable) and a
// fresh API, rate limiter and answer cache: an input is a reproducer by itself.
// Checked after every request (a failure aborts, so libFuzzer keeps the input):
//   - the status is one of DESIGN §5's: 200 201 400 401 404 409 413 422 429;
//   - every 4xx body is {"error":{"code","message"}} with a known code that
//     maps to that status (413: invalid_input) and a non-empty message;
//   - every JSON answer parses;
//   - after a booking (201) or a status change (200) no two appointments of the
//     doctor that occupy time overlap.

#include "service/accesstoken.h"
#include "bookingapi.h"
#include "httperror.h"
#include "ratelimiter.h"
#include "webassets.h"

#include "domain/appointmentstatus.h"
#include "domain/clock.h"
#include "io/democlinic.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace tbib;

namespace {

constexpr int MaxRequests = 16;
constexpr int RateLimitPerMinute = 3;
const QByteArray Token = "fuzz-token";
const QByteArray Separator = "\n~~~\n";

[[noreturn]] void violation(const char *what, const ApiRequest &r, const ApiAnswer &a)
{
    std::fprintf(stderr, "\n*** invariant violated: %s\n    %s %s?%s\n    status %d, body: %.400s\n", what,
                 r.method.constData(), qPrintable(r.path), qPrintable(r.query.query(QUrl::FullyEncoded)), a.status,
                 a.body.constData());
    std::abort();
}

[[noreturn]] void setupFailure(const QString &what)
{
    std::fprintf(stderr, "fuzz_api: setup failed: %s\n", qPrintable(what));
    std::abort();
}

// The clinic every input starts from, built once.
struct World
{
    ManualClock clock{QDateTime(QDate(2026, 11, 24), QTime(8, 30), QTimeZone::utc()).toSecsSinceEpoch()};
    std::unique_ptr<Database> db;
    std::unique_ptr<BookingService> service;
    AccessToken token = AccessToken::fromToken(QString::fromLatin1(Token));
    WebAssets assets;
    qint64 baselineStamp = 0;

    void setUp()
    {
        auto opened = Database::open(QStringLiteral(":memory:"));
        if (!opened)
            setupFailure(opened.error());
        db = std::move(*opened);
        if (auto r = DemoClinic::install(*db, clock); !r)
            setupFailure(r.error().detail);
        ClinicStore store(*db);
        auto settings = store.clinicSettings();
        if (!settings)
            setupFailure(settings.error().detail);
        settings->bookingRateLimitPerMinute = RateLimitPerMinute;
        if (auto r = store.saveClinicSettings(*settings); !r)
            setupFailure(r.error().detail);
        // What the API may change: appointments (bookings, statuses) and
        // patients (new ones, no-show counts), and the next ids. Kept aside
        // to restore, so that an input gives the same answers every time.
        for (const char *sql : {"CREATE TEMP TABLE snap_patients AS SELECT * FROM main.patients",
                                "CREATE TEMP TABLE snap_appointments AS SELECT * FROM main.appointments",
                                "CREATE TEMP TABLE snap_sequence AS SELECT * FROM main.sqlite_sequence"}) {
            if (auto r = db->exec(QString::fromLatin1(sql)); !r)
                setupFailure(r.error().detail);
        }
        service = std::make_unique<BookingService>(*db, clock);
        baselineStamp = stamp();
        if (!overlapFree(DoctorId(1)) || !overlapFree(DoctorId(2)))
            setupFailure(QStringLiteral("the demo clinic itself has overlapping appointments"));
    }

    qint64 stamp() const
    {
        auto s = db->changeStamp();
        if (!s)
            setupFailure(s.error().detail);
        return *s;
    }

    // Back to the clinic of setUp() when the last input changed anything.
    void restore()
    {
        if (stamp() == baselineStamp)
            return;
        for (const char *sql : {"BEGIN IMMEDIATE", "DELETE FROM main.appointments", "DELETE FROM main.patients",
                                "INSERT INTO main.patients SELECT * FROM temp.snap_patients",
                                "INSERT INTO main.appointments SELECT * FROM temp.snap_appointments",
                                "DELETE FROM main.sqlite_sequence",
                                "INSERT INTO main.sqlite_sequence SELECT * FROM temp.snap_sequence", "COMMIT"}) {
            if (auto r = db->exec(QString::fromLatin1(sql)); !r)
                setupFailure(r.error().detail);
        }
        baselineStamp = stamp();
    }

    // No two appointments of the doctor that occupy time overlap (all time).
    bool overlapFree(DoctorId doctor) const
    {
        // 1970 to 2100: every appointment the clinic can hold.
        auto all = ClinicStore(*db).appointments(doctor, {0, 4102444800});
        if (!all)
            setupFailure(all.error().detail);
        QList<TimeRange> held;
        for (const auto &a : std::as_const(*all)) {
            if (occupiesTime(a.status))
                held.append(a.range);
        }
        std::sort(held.begin(), held.end(), [](const TimeRange &x, const TimeRange &y) { return x.start < y.start; });
        for (qsizetype i = 1; i < held.size(); ++i) {
            if (held[i].start < held[i - 1].end)
                return false;
        }
        return true;
    }
};

World *g_world = nullptr;
bool g_verbose = false; // FUZZ_API_VERBOSE=1: print every request and its answer

QByteArray methodFor(char c)
{
    static const QByteArray others[] = {"PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "UNKNOWN"};
    if (c == 'G')
        return "GET";
    if (c == 'P')
        return "POST";
    return others[static_cast<unsigned char>(c) % std::size(others)];
}

ApiRequest parse(QByteArrayView raw)
{
    ApiRequest r;
    r.clientAddress = QStringLiteral("192.0.2.7");
    if (raw.isEmpty()) {
        r.method = "GET";
        return r;
    }
    r.method = methodFor(raw.front());
    raw = raw.sliced(1);
    const qsizetype eol = raw.indexOf('\n');
    const QByteArrayView target = eol < 0 ? raw : raw.first(eol);
    raw = eol < 0 ? QByteArrayView() : raw.sliced(eol + 1);
    const qsizetype eol2 = raw.indexOf('\n');
    r.authorization = (eol2 < 0 ? raw : raw.first(eol2)).toByteArray();
    r.body = eol2 < 0 ? QByteArray() : raw.sliced(eol2 + 1).toByteArray();
    // As the socket layer sees it: QHttpServerRequest::url() of the request
    // target, its path percent-encoded and its query.
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:8080" + target.toByteArray(), QUrl::TolerantMode);
    r.path = url.path(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    return r;
}

void check(const ApiRequest &r, const ApiAnswer &a)
{
    static const int documented[] = {200, 201, 400, 401, 404, 409, 413, 422, 429};
    if (std::find(std::begin(documented), std::end(documented), a.status) == std::end(documented))
        violation("status outside DESIGN §5", r, a);
    const bool isJson = a.contentType == "application/json";
    QJsonParseError parseError;
    const QJsonDocument doc = isJson ? QJsonDocument::fromJson(a.body, &parseError) : QJsonDocument();
    if (isJson && parseError.error != QJsonParseError::NoError)
        violation("JSON answer does not parse", r, a);
    if (a.status >= 400) {
        if (!isJson || !doc.isObject())
            violation("4xx body is not a JSON object", r, a);
        const QJsonObject root = doc.object();
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        if (root.size() != 1 || error.size() != 2 || !error.value(QStringLiteral("code")).isString()
            || !error.value(QStringLiteral("message")).isString())
            violation("4xx body is not {\"error\":{\"code\",\"message\"}}", r, a);
        const auto code = errorCodeFromName(error.value(QStringLiteral("code")).toString());
        if (!code)
            violation("4xx body with an unknown error code", r, a);
        if (a.status == 413 ? *code != ErrorCode::InvalidInput : httpStatus(*code) != a.status)
            violation("error code does not match the status", r, a);
        if (error.value(QStringLiteral("message")).toString().isEmpty())
            violation("4xx body with an empty message", r, a);
    }
    const bool booked = a.status == 201 && r.method == "POST" && r.path == u"/api/bookings";
    const bool statusChanged = a.status == 200 && r.method == "POST" && r.path.startsWith(u"/api/doctor/appointments/");
    if (booked || statusChanged) {
        const QJsonObject o = doc.object();
        const qint64 doctorId = (booked ? o : o.value(QStringLiteral("extendedProps")).toObject())
                                    .value(QStringLiteral("doctor_id"))
                                    .toInteger();
        if (doctorId <= 0)
            violation("answer without its doctor", r, a);
        if (!g_world->overlapFree(DoctorId(doctorId)))
            violation("two appointments of one doctor overlap", r, a);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: Qt SQL's own globals may be gone by the time static
    // objects would be, and the process ends right after the run anyway.
    new QCoreApplication(*argc, *argv);
    g_verbose = qEnvironmentVariableIntValue("FUZZ_API_VERBOSE") == 1;
    g_world = new World;
    g_world->setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = *g_world;
    w.restore();
    RateLimiter limiter(w.clock);
    BookingApi api(*w.db, *w.service, w.token, limiter, w.assets);
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < MaxRequests && (i == 0 || !rest.isEmpty()); ++i) {
        const qsizetype cut = rest.indexOf(Separator);
        const QByteArrayView one = cut < 0 ? rest : rest.first(cut);
        rest = cut < 0 ? QByteArrayView() : rest.sliced(cut + Separator.size());
        const ApiRequest request = parse(one);
        const ApiAnswer answer = api.handle(request);
        if (g_verbose) {
            std::fprintf(stderr, "%s %s%s%s -> %d %.160s\n", request.method.constData(), qPrintable(request.path),
                         request.query.isEmpty() ? "" : "?", qPrintable(request.query.query(QUrl::FullyEncoded)),
                         answer.status, answer.body.constData());
        }
        check(request, answer);
    }
    return 0;
}
