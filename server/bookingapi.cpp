// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingapi.h"

#include "service/accesstoken.h"
#include "apijson.h"
#include "httperror.h"
#include "jsonwriter.h"
#include "ratelimiter.h"
#include "weblanguage.h"
#include "webassets.h"

#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace tbib {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 MaxFeedDays = 62;

ApiAnswer json(int status, const QJsonDocument &doc)
{
    return {status, "application/json", doc.toJson(QJsonDocument::Compact), false};
}

ApiAnswer json(const QJsonObject &o, int status = 200)
{
    return json(status, QJsonDocument(o));
}

ApiAnswer json(const QJsonArray &a)
{
    return json(200, QJsonDocument(a));
}

ApiAnswer failure(const BookingError &e)
{
    if (e.code == ErrorCode::StorageFailure)
        qWarning("storage failure: %s", qPrintable(e.detail));
    return errorAnswer(e.code);
}

// A JSON object body, or nothing when it is not one.
std::optional<QJsonObject> objectBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A string field, or nothing when absent or not a string (wrong types are refused, not coerced).
std::optional<QString> stringField(const QJsonObject &o, const QString &key, bool optional = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return optional ? std::optional<QString>(QString()) : std::nullopt;
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<PatientIdentity> identityField(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("patient"));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject p = v.toObject();
    const auto first = stringField(p, QStringLiteral("first_name"));
    const auto last = stringField(p, QStringLiteral("last_name"));
    const auto birth = stringField(p, QStringLiteral("birth_date"));
    const auto phone = stringField(p, QStringLiteral("phone"));
    if (!first || !last || !birth || !phone)
        return std::nullopt;
    const auto date = ApiJson::parseDate(*birth);
    if (!date)
        return std::nullopt;
    PatientIdentity id{first->trimmed(), last->trimmed(), *date, phone->trimmed()};
    if (!id.isValid())
        return std::nullopt;
    return id;
}

// A query parameter fully decoded ("%2B01:00" → "+01:00").
QString param(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Splits "/api/doctors/3/slots" into its segments; empty segments make it unknown.
QStringList segments(const QString &path)
{
    if (!path.startsWith(u'/'))
        return {};
    QStringList parts = path.mid(1).split(u'/');
    if (parts.contains(QString()))
        return {};
    return parts;
}

void writeInstant(JsonWriter &w, UtcSeconds t, const ClinicZone &zone)
{
    char buf[ApiJson::InstantSize];
    ApiJson::writeInstant(t, zone, buf);
    w.plainValue(buf, ApiJson::InstantSize);
}

// A status's API name, and its FullCalendar class, as bytes made once.
struct StatusWords
{
    QByteArray name;
    QByteArray className;
};

const StatusWords &statusWords(AppointmentStatus status)
{
    static const auto words = [] {
        std::array<StatusWords, 6> all;
        for (auto s : {AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::InProgress,
                       AppointmentStatus::Done, AppointmentStatus::NoShow, AppointmentStatus::Cancelled}) {
            const QByteArray name = statusName(s).toLatin1();
            all[size_t(s)] = {name, "status-" + name};
        }
        return all;
    }();
    return words[size_t(status)];
}

} // namespace

ApiAnswer errorAnswer(ErrorCode code, int status)
{
    // No body yet: handle() writes it once, in the request's language.
    ApiAnswer a{status ? status : httpStatus(code), "application/json", {}, false};
    a.error = code;
    return a;
}

struct BookingApi::Context
{
    std::shared_ptr<const Catalogue> catalogue;
    const ClinicSettings &clinic;
    const ClinicZone &zone;
    UtcSeconds now = 0;
};

BookingApi::BookingApi(const Database &db, BookingService &service, const AccessToken &token, RateLimiter &limiter,
                       const WebAssets &assets)
    : m_db(db)
    , m_service(service)
    , m_token(token)
    , m_limiter(limiter)
    , m_assets(assets)
{
}

ApiAnswer BookingApi::handle(const ApiRequest &r)
{
    const QString language = requestLanguage(r.query, r.acceptLanguage);
    ApiAnswer answer = route(r, language);
    if (answer.error) {
        answer.body = errorBody(*answer.error, language);
        answer.contentLanguage = language.toLatin1();
    }
    return answer;
}

ApiAnswer BookingApi::route(const ApiRequest &r, const QString &language)
{
    if (r.body.size() > MaxBodyBytes)
        return errorAnswer(ErrorCode::InvalidInput, 413);
    const bool get = r.method == "GET";
    const bool post = r.method == "POST";

    if (get && !r.path.startsWith(u"/api/")) {
        if (const auto *asset = m_assets.find(r.path, language)) {
            ApiAnswer page{200, asset->contentType, asset->bytes, true};
            page.contentLanguage = asset->language;
            return page;
        }
        return errorAnswer(ErrorCode::NotFound);
    }

    const QStringList s = segments(r.path);
    if (s.size() < 2 || s[0] != u"api")
        return errorAnswer(ErrorCode::NotFound);

    auto catalogue = m_service.catalogue();
    if (!catalogue)
        return failure(catalogue.error());
    const Context c{*catalogue, (*catalogue)->clinic, (*catalogue)->zone, m_service.clock().now()};

    // Public routes.
    if (s[1] == u"doctors") {
        if (get && s.size() == 2)
            return doctors(c);
        const auto id = s.size() >= 3 ? ApiJson::parseId(s[2]) : std::nullopt;
        if (get && id && s.size() == 4 && s[3] == u"consultation-types")
            return types(c, *id);
        if (get && id && s.size() == 4 && s[3] == u"slots")
            return cached(c, r, [&] { return slots(c, *id, r.query); });
        return errorAnswer(ErrorCode::NotFound);
    }
    if (post && s.size() == 2 && (s[1] == u"eligibility" || s[1] == u"bookings")) {
        m_limiter.setLimitPerMinute(c.clinic.bookingRateLimitPerMinute);
        if (!m_limiter.allow(r.clientAddress))
            return errorAnswer(ErrorCode::RateLimited);
        return s[1] == u"eligibility" ? eligibility(c, r.body) : book(c, r.body);
    }

    // Doctor routes: the token first, so that nothing about them leaks without it.
    if (s[1] == u"doctor") {
        const bool known = (get && s.size() == 3 && (s[2] == u"appointments" || s[2] == u"queue"))
            || (post && s.size() == 5 && s[2] == u"appointments" && s[4] == u"status");
        if (!known)
            return errorAnswer(ErrorCode::NotFound);
        if (!m_token.accepts(r.authorization))
            return errorAnswer(ErrorCode::Unauthorized);
        if (s[2] == u"queue")
            return queue(c);
        if (get)
            return cached(c, r, [&] { return feed(c, r.query); });
        const auto id = ApiJson::parseId(s[3]);
        if (!id)
            return errorAnswer(ErrorCode::NotFound);
        return setStatus(c, *id, r.body);
    }
    return errorAnswer(ErrorCode::NotFound);
}

ApiAnswer BookingApi::cached(const Context &c, const ApiRequest &r, const std::function<ApiAnswer()> &compute)
{
    constexpr qsizetype Capacity = 256;
    const QString key = r.path + u'?' + r.query.query(QUrl::FullyEncoded);
    const qint64 stamp = c.catalogue->stamp;
    if (auto it = m_cache.constFind(key); it != m_cache.cend() && it->stamp == stamp && it->second == c.now)
        return it->answer;
    ApiAnswer answer = compute();
    if (answer.status == 200) {
        if (m_cache.size() >= Capacity)
            m_cache.clear(); // simplest eviction; a full cache refills in a second
        m_cache.insert(key, {stamp, c.now, answer});
    }
    return answer;
}

ApiAnswer BookingApi::doctors(const Context &c)
{
    QJsonArray out;
    for (const auto &d : c.catalogue->doctors) {
        out.append(QJsonObject{{QStringLiteral("id"), d.id.value},
                               {QStringLiteral("name"), d.name},
                               {QStringLiteral("specialty"), d.specialty}});
    }
    return json(out);
}

ApiAnswer BookingApi::types(const Context &c, qint64 doctorId)
{
    if (!c.catalogue->doctor(DoctorId(doctorId)))
        return errorAnswer(ErrorCode::NotFound);
    QJsonArray out;
    for (const auto &t : c.catalogue->types) {
        if (t.doctorId != DoctorId(doctorId) || !t.active)
            continue;
        out.append(QJsonObject{{QStringLiteral("id"), t.id.value},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("duration"), t.duration.minutes},
                               {QStringLiteral("price"), t.price},
                               {QStringLiteral("color"), t.color},
                               {QStringLiteral("is_emergency_only"), t.emergencyOnly},
                               {QStringLiteral("require_existing_patient"), t.requireExistingPatient}});
    }
    return json(out);
}

ApiAnswer BookingApi::slots(const Context &c, qint64 doctorId, const QUrlQuery &query)
{
    const auto typeId = ApiJson::parseId(param(query, QStringLiteral("type_id")));
    if (!typeId)
        return errorAnswer(ErrorCode::InvalidInput);
    DateSpan span;
    if (query.hasQueryItem(QStringLiteral("date"))) {
        if (query.hasQueryItem(QStringLiteral("start")) || query.hasQueryItem(QStringLiteral("end")))
            return errorAnswer(ErrorCode::InvalidInput);
        const auto date = ApiJson::parseDate(param(query, QStringLiteral("date")));
        if (!date)
            return errorAnswer(ErrorCode::InvalidInput);
        span = DateSpan::day(*date);
    } else {
        // FullCalendar sends date-times; their clinic-local dates bound the range.
        const auto start = ApiJson::parseInstant(param(query, QStringLiteral("start")), c.zone);
        const auto end = ApiJson::parseInstant(param(query, QStringLiteral("end")), c.zone);
        if (!start || !end)
            return errorAnswer(ErrorCode::InvalidInput);
        QDate last = c.zone.dateOf(*end);
        if (c.zone.fromLocal(last, 0) != *end)
            last = last.addDays(1); // a partial last day counts
        span = DateSpan::range(c.zone.dateOf(*start), last);
    }
    auto list = m_service.slots(DoctorId(doctorId), TypeId(*typeId), span);
    if (!list)
        return failure(list.error());
    const ConsultationType *type = c.catalogue->type(TypeId(*typeId));
    JsonWriter w;
    w.beginObject().key("type_id").value(*typeId).key("duration").value(type ? type->duration.minutes : 0);
    w.key("slots").beginArray();
    for (const auto &slot : std::as_const(*list)) {
        w.beginObject().key("start");
        writeInstant(w, slot.start, c.zone);
        w.key("end");
        writeInstant(w, slot.end, c.zone);
        w.endObject();
    }
    w.endArray().endObject();
    return {200, "application/json", w.take(), false};
}

ApiAnswer BookingApi::eligibility(const Context &, const QByteArray &body)
{
    const auto o = objectBody(body);
    if (!o)
        return errorAnswer(ErrorCode::InvalidInput);
    const auto doctor = ApiJson::idField(*o, QStringLiteral("doctor_id"));
    const auto type = ApiJson::idField(*o, QStringLiteral("type_id"));
    const auto patient = identityField(*o);
    if (!doctor || !type || !patient)
        return errorAnswer(ErrorCode::InvalidInput);
    auto answer = m_service.eligibility(DoctorId(*doctor), TypeId(*type), *patient);
    if (!answer)
        return failure(answer.error());
    return json(QJsonObject{{QStringLiteral("eligible"), true},
                            {QStringLiteral("existing_patient"), answer->existingPatient}});
}

ApiAnswer BookingApi::book(const Context &c, const QByteArray &body)
{
    const auto o = objectBody(body);
    if (!o)
        return errorAnswer(ErrorCode::InvalidInput);
    const auto doctor = ApiJson::idField(*o, QStringLiteral("doctor_id"));
    const auto type = ApiJson::idField(*o, QStringLiteral("type_id"));
    const auto startText = stringField(*o, QStringLiteral("start"));
    const auto motif = stringField(*o, QStringLiteral("motif"), true);
    const auto patient = identityField(*o);
    const auto start = startText ? ApiJson::parseInstant(*startText, c.zone) : std::nullopt;
    if (!doctor || !type || !start || !motif || !patient || motif->size() > 500)
        return errorAnswer(ErrorCode::InvalidInput);
    auto a = m_service.bookPublic({DoctorId(*doctor), TypeId(*type), *start, *motif, *patient});
    if (!a)
        return failure(a.error());
    return json(QJsonObject{{QStringLiteral("id"), a->id.value},
                            {QStringLiteral("doctor_id"), a->doctorId.value},
                            {QStringLiteral("type_id"), a->typeId.value},
                            {QStringLiteral("start"), ApiJson::instant(a->range.start, c.zone)},
                            {QStringLiteral("end"), ApiJson::instant(a->range.end, c.zone)},
                            {QStringLiteral("status"), statusName(a->status)}},
                201);
}

namespace {

// A FullCalendar event (DESIGN §5). Private notes never leave the desk.
void writeEvent(JsonWriter &w, const AppointmentView &v, const ClinicZone &zone, QDate today)
{
    const Appointment &a = v.appointment;
    const StatusWords &status = statusWords(a.status);
    const QString background = displayColor(a.status, v.typeColor);
    w.beginObject()
        .key("id").value(a.id.value)
        .key("title").value(v.patient.fullName())
        .key("start");
    writeInstant(w, a.range.start, zone);
    w.key("end");
    writeInstant(w, a.range.end, zone);
    w.key("color").value(v.typeColor)
        .key("backgroundColor").value(background)
        .key("classNames").beginArray().plainValue(status.className.constData(), status.className.size()).endArray()
        .key("extendedProps").beginObject()
            .key("status").plainValue(status.name.constData(), status.name.size())
            .key("patient_id").value(a.patientId.value)
            .key("patient_age").value(ApiJson::ageOn(v.patient.birthDate, today))
            .key("phone").value(v.patient.phone)
            .key("motif").value(a.motif)
            .key("type_id").value(a.typeId.value)
            .key("type").value(v.typeName)
            .key("doctor_id").value(a.doctorId.value)
            .key("no_show_count").value(v.patient.noShowCount)
        .endObject()
        .endObject();
}

} // namespace

ApiAnswer BookingApi::feed(const Context &c, const QUrlQuery &query)
{
    const auto start = ApiJson::parseInstant(param(query, QStringLiteral("start")), c.zone);
    const auto end = ApiJson::parseInstant(param(query, QStringLiteral("end")), c.zone);
    std::optional<DoctorId> doctor;
    if (query.hasQueryItem(QStringLiteral("doctor_id"))) {
        const auto id = ApiJson::parseId(param(query, QStringLiteral("doctor_id")));
        if (!id)
            return errorAnswer(ErrorCode::InvalidInput);
        doctor = DoctorId(*id);
    }
    if (!start || !end || *end <= *start || *end - *start > MaxFeedDays * SecondsPerDay)
        return errorAnswer(ErrorCode::InvalidInput);
    auto views = m_service.appointmentViews(doctor, {*start, *end});
    if (!views)
        return failure(views.error());
    const QDate today = c.zone.dateOf(c.now);
    JsonWriter w;
    w.beginArray();
    for (const auto &v : std::as_const(*views)) {
        if (v.appointment.status == AppointmentStatus::Cancelled)
            continue; // hidden by default (DESIGN §2)
        writeEvent(w, v, c.zone, today);
    }
    w.endArray();
    return {200, "application/json", w.take(), false};
}

ApiAnswer BookingApi::setStatus(const Context &c, qint64 appointmentId, const QByteArray &body)
{
    const auto o = objectBody(body);
    const auto name = o ? stringField(*o, QStringLiteral("status")) : std::nullopt;
    const auto status = name ? statusFromName(*name) : std::nullopt;
    if (!status)
        return errorAnswer(ErrorCode::InvalidInput);
    auto a = m_service.setStatus(AppointmentId(appointmentId), *status);
    if (!a)
        return failure(a.error());
    auto views = ClinicStore(m_db).appointmentViews(a->doctorId, a->range);
    if (!views)
        return failure(views.error());
    for (const auto &v : std::as_const(*views)) {
        if (v.appointment.id == a->id) {
            JsonWriter w;
            writeEvent(w, v, c.zone, c.zone.dateOf(c.now));
            return {200, "application/json", w.take(), false};
        }
    }
    return errorAnswer(ErrorCode::NotFound);
}

ApiAnswer BookingApi::queue(const Context &c)
{
    auto entries = m_service.waitingQueue();
    if (!entries)
        return failure(entries.error());
    QJsonArray patients;
    for (const auto &e : std::as_const(*entries)) {
        patients.append(QJsonObject{
            {QStringLiteral("appointment_id"), e.appointment.id.value},
            {QStringLiteral("name"), e.patientName},
            {QStringLiteral("doctor_id"), e.appointment.doctorId.value},
            {QStringLiteral("arrived_at"),
             e.appointment.arrivedAt ? QJsonValue(ApiJson::instant(*e.appointment.arrivedAt, c.zone)) : QJsonValue()},
            {QStringLiteral("waited_minutes"), e.waitedMinutes},
        });
    }
    return json(QJsonObject{{QStringLiteral("count"), patients.size()}, {QStringLiteral("patients"), patients}});
}

} // namespace tbib
