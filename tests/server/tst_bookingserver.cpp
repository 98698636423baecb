// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingserver.h"

#include "../core/clinicfixture.h"
#include "service/configurationservice.h"

#include "service/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace tbib;
using namespace tbib::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    [[nodiscard]] QString errorCode() const
    {
        return json().object().value("error").toObject().value("code").toString();
    }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

} // namespace

// The real server on port 0, spoken to over HTTP.
class TestBookingServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void doctorsAndTypes();
    void configurationShowsAtOnce();
    void slotsForADate();
    void slotsForARange();
    void slotsRefusals_data();
    void slotsRefusals();
    void eligibility();
    void bookingThenSlotTaken();
    void everyRuleOverHttp_data();
    void everyRuleOverHttp();
    void hostileBookings_data();
    void hostileBookings();
    void bodyTooLarge();
    void rateLimit();
    void doctorRoutesNeedToken_data();
    void doctorRoutesNeedToken();
    void feedAndStatus();
    void waitingQueue();
    void unknownRoutesAndTraversal_data();
    void unknownRoutesAndTraversal();
    void oversizedHeadIsCut();
    void idleConnectionIsDropped();
    void persistsAcrossRestart();
    void repeatedReadsFollowEveryChange();
    void requestLanguage_data();
    void requestLanguage();

private:
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &token = {}, const QByteArray &acceptLanguage = {});
    void startServer();

    std::unique_ptr<ClinicFixture> f;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<BookingServer> server;
    QNetworkAccessManager nam;
    quint16 port = 0;
};

void TestBookingServer::init()
{
    f = std::make_unique<ClinicFixture>();
    QVERIFY(f->setUp());
    service = std::make_unique<BookingService>(*f->db, f->clock);
    startServer();
}

void TestBookingServer::startServer()
{
    server = std::make_unique<BookingServer>(*f->db, *service, AccessToken::fromToken("s3cret-token"));
    GuardedTcpServer::Limits limits;
    limits.idleTimeoutMs = 400;
    server->setLimits(limits);
    auto bound = server->start(QHostAddress::LocalHost, 0);
    QVERIFY2(bound, qPrintable(bound ? QString() : bound.error()));
    port = *bound;
    QVERIFY(port != 0);
}

void TestBookingServer::cleanup()
{
    server.reset();
    service.reset();
    f.reset();
}

Answer TestBookingServer::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &token, const QByteArray &acceptLanguage)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", acceptLanguage);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error(),
             reply->rawHeaderPairs()};
    reply->deleteLater();
    return a;
}

void TestBookingServer::doctorsAndTypes()
{
    const Answer doctors = send("GET", "/api/doctors");
    QCOMPARE(doctors.status, 200);
    QCOMPARE(doctors.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(!doctors.header("Content-Security-Policy").isEmpty());
    QCOMPARE(doctors.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(doctors.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(!doctors.body.contains('\n')); // compact JSON
    const QJsonArray list = doctors.json().array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value("name").toString(), QStringLiteral("Dr Amina Benali"));
    QCOMPARE(list[0].toObject().keys(), (QStringList{"id", "name", "specialty"}));

    const Answer types = send("GET", QStringLiteral("/api/doctors/%1/consultation-types").arg(f->doctor.value));
    QCOMPARE(types.status, 200);
    const QJsonArray t = types.json().array();
    QCOMPARE(t.size(), 4); // the inactive one is not offered
    QCOMPARE(t[0].toObject().keys(), (QStringList{"color", "duration", "id", "is_emergency_only", "name", "price",
                                                  "require_existing_patient"}));
    QCOMPARE(t[0].toObject().value("duration").toInt(), 15);
    QCOMPARE(send("GET", "/api/doctors/999/consultation-types").status, 404);
}

// Configuration's changes reach the web API with no restart: a new type, a
// deactivated one, an absence, new hours (the catalogue is cached by change stamp).
void TestBookingServer::configurationShowsAtOnce()
{
    const auto typeNames = [this] {
        QStringList names;
        for (const auto &t : send("GET", QStringLiteral("/api/doctors/%1/consultation-types").arg(f->doctor.value))
                                 .json()
                                 .array())
            names << t.toObject().value("name").toString();
        return names;
    };
    const auto firstSlot = [this] {
        const auto slots = send("GET", QStringLiteral("/api/doctors/%1/slots?type_id=%2&date=2026-11-24")
                                           .arg(f->doctor.value)
                                           .arg(f->t30.value))
                               .json()
                               .object()
                               .value("slots")
                               .toArray();
        return slots.isEmpty() ? QString() : slots.first().toObject().value("start").toString();
    };
    QVERIFY(!typeNames().contains("Bilan"));
    QCOMPARE(firstSlot(), QStringLiteral("2026-11-24T09:00:00+01:00"));
    QSettings machine(f->dir.filePath("machine.ini"), QSettings::IniFormat);
    ConfigurationService config(*service, *f->db, machine);
    ConsultationType t;
    t.doctorId = f->doctor;
    t.name = QStringLiteral("Bilan");
    t.duration = Duration{45};
    QVERIFY(config.saveType(t));
    QVERIFY(typeNames().contains("Bilan"));
    QVERIFY(config.removeType(f->t15)); // unused: deleted
    QVERIFY(!typeNames().contains("Consultation"));

    QVERIFY(config.saveAbsence({{}, f->doctor, range(f->zone, "2026-11-24 09:00", "2026-11-24 10:00"), {}}, {}));
    QCOMPARE(firstSlot(), QStringLiteral("2026-11-24T10:00:00+01:00"));
    std::array<QList<LocalInterval>, 7> week;
    week[1] = intervals("16:00-17:00");
    QVERIFY(config.setWorkingHours(f->doctor, week));
    QCOMPARE(firstSlot(), QStringLiteral("2026-11-24T16:00:00+01:00"));
}

void TestBookingServer::slotsForADate()
{
    const Answer a = send("GET", QStringLiteral("/api/doctors/%1/slots?type_id=%2&date=2026-11-24")
                                     .arg(f->doctor.value)
                                     .arg(f->t30.value));
    QCOMPARE(a.status, 200);
    const QJsonObject o = a.json().object();
    QCOMPARE(o.value("type_id").toInteger(), f->t30.value);
    QCOMPARE(o.value("duration").toInt(), 30);
    const QJsonArray slots = o.value("slots").toArray();
    QCOMPARE(slots.size(), 7 + 9);
    QCOMPARE(slots[0].toObject().value("start").toString(), QStringLiteral("2026-11-24T09:00:00+01:00"));
    QCOMPARE(slots[0].toObject().value("end").toString(), QStringLiteral("2026-11-24T09:30:00+01:00"));
    QCOMPARE(slots[7].toObject().value("start").toString(), QStringLiteral("2026-11-24T14:00:00+01:00"));
}

void TestBookingServer::slotsForARange()
{
    // FullCalendar's own parameters: date-times with an offset, end exclusive.
    const Answer a = send("GET", "/api/doctors/" + QString::number(f->doctor.value) + "/slots?type_id="
                                     + QString::number(f->t15.value)
                                     + "&start=2026-11-23T00:00:00%2B01:00&end=2026-11-30T00:00:00%2B01:00");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().object().value("slots").toArray().size(), 5 * 32);
    const Answer plain = send("GET", QStringLiteral("/api/doctors/%1/slots?type_id=%2&start=2026-11-24&end=2026-11-25")
                                         .arg(f->doctor.value)
                                         .arg(f->t15.value));
    QCOMPARE(plain.json().object().value("slots").toArray().size(), 32);
}

void TestBookingServer::slotsRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("noType") << "date=2026-11-24" << 400 << "invalid_input";
    QTest::newRow("typeNotNumber") << "type_id=abc&date=2026-11-24" << 400 << "invalid_input";
    QTest::newRow("impossibleDate") << "type_id=T15&date=2026-02-30" << 400 << "invalid_input";
    QTest::newRow("rangeTooLong") << "type_id=T15&start=2026-11-23&end=2027-02-01" << 400 << "invalid_input";
    QTest::newRow("inactiveType") << "type_id=INACTIVE&date=2026-11-24" << 404 << "not_found";
    QTest::newRow("emergencyLater") << "type_id=EMERGENCY&date=2026-11-30" << 422 << "emergency_only";
    QTest::newRow("existingOnly") << "type_id=FOLLOWUP&date=2026-11-24" << 422 << "existing_patient_required";
}

void TestBookingServer::slotsRefusals()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    query.replace("T15", QString::number(f->t15.value))
        .replace("INACTIVE", QString::number(f->inactive.value))
        .replace("EMERGENCY", QString::number(f->emergency.value))
        .replace("FOLLOWUP", QString::number(f->followUp.value));
    const Answer a = send("GET", QStringLiteral("/api/doctors/%1/slots?%2").arg(f->doctor.value).arg(query));
    QCOMPARE(a.status, status);
    QCOMPARE(a.errorCode(), code);
    QCOMPARE(a.json().object().value("error").toObject().value("message").toString(),
             errorMessage(*errorCodeFromName(code)));
}

void TestBookingServer::eligibility()
{
    const QByteArray karim = R"("patient":{"first_name":"Karim","last_name":"Connu","birth_date":"1980-05-17","phone":"0612345678"})";
    const Answer ok = send("POST", "/api/eligibility",
                           QStringLiteral(R"({"doctor_id":%1,"type_id":%2,%3})")
                               .arg(f->doctor.value).arg(f->t15.value).arg(QString::fromUtf8(karim)).toUtf8());
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray(R"({"eligible":true,"existing_patient":true})"));
    QVERIFY(service->setPatientBlocked(f->karim, true, QStringLiteral("Rendez-vous manqués")));
    const Answer blocked = send("POST", "/api/eligibility",
                                QStringLiteral(R"({"doctor_id":%1,"type_id":%2,%3})")
                                    .arg(f->doctor.value).arg(f->t15.value).arg(QString::fromUtf8(karim)).toUtf8());
    QCOMPARE(blocked.status, 422);
    QCOMPARE(blocked.errorCode(), QStringLiteral("patient_blocked"));
}

void TestBookingServer::bookingThenSlotTaken()
{
    const QByteArray body = QStringLiteral(
        R"({"doctor_id":%1,"type_id":%2,"start":"2026-11-24T09:30:00+01:00","motif":"Fièvre",)"
        R"("patient":{"first_name":"Nadia","last_name":"El Idrissi","birth_date":"1990-02-03","phone":"06 61 23 45 67"}})")
                                .arg(f->doctor.value).arg(f->t30.value).toUtf8();
    const Answer created = send("POST", "/api/bookings", body);
    QCOMPARE(created.status, 201);
    const QJsonObject o = created.json().object();
    QCOMPARE(o.keys(), (QStringList{"doctor_id", "end", "id", "start", "status", "type_id"}));
    QCOMPARE(o.value("start").toString(), QStringLiteral("2026-11-24T09:30:00+01:00"));
    QCOMPARE(o.value("end").toString(), QStringLiteral("2026-11-24T10:00:00+01:00"));
    QCOMPARE(o.value("status").toString(), QStringLiteral("booked"));
    const Answer again = send("POST", "/api/bookings", body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("slot_taken"));
}

// Each refusal of DESIGN §3 reaches the web as its status, code and sentence.
void TestBookingServer::everyRuleOverHttp_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << "T15" << "2026-11-24T09:00:00+01:00" << 201 << "";
    QTest::newRow("slotTaken") << "T15" << "2026-11-24T10:00:00+01:00" << 409 << "slot_taken";
    QTest::newRow("notOnGrid") << "T15" << "2026-11-24T09:05:00+01:00" << 422 << "not_on_grid";
    QTest::newRow("outsideWorkingHours") << "T15" << "2026-11-24T13:00:00+01:00" << 422 << "outside_working_hours";
    QTest::newRow("doctorAbsent") << "T15" << "2026-11-26T09:00:00+01:00" << 422 << "doctor_absent";
    QTest::newRow("inThePast") << "T15" << "2026-11-20T09:00:00+01:00" << 422 << "in_the_past";
    QTest::newRow("beyondHorizon") << "T15" << "2027-03-01T09:00:00+01:00" << 422 << "beyond_horizon";
    QTest::newRow("existingPatientRequired") << "FOLLOWUP" << "2026-11-24T09:00:00+01:00" << 422
                                             << "existing_patient_required";
    QTest::newRow("emergencyOnly") << "EMERGENCY" << "2026-11-27T09:00:00+01:00" << 422 << "emergency_only";
    QTest::newRow("notFound") << "INACTIVE" << "2026-11-24T09:00:00+01:00" << 404 << "not_found";
    QTest::newRow("invalidInput") << "T15" << "demain matin" << 400 << "invalid_input";
}

void TestBookingServer::everyRuleOverHttp()
{
    QFETCH(QString, type);
    QFETCH(QString, start);
    QFETCH(int, status);
    QFETCH(QString, code);
    QVERIFY(f->addAppointment(f->lucie, f->t15, "2026-11-24 10:00", 15).isValid());
    DoctorAbsence away{AbsenceId(), f->doctor, range(f->zone, "2026-11-26 00:00", "2026-11-27 00:00"), "Congrès"};
    QVERIFY(ClinicStore(*f->db).insertAbsence(away));
    type.replace("T15", QString::number(f->t15.value))
        .replace("FOLLOWUP", QString::number(f->followUp.value))
        .replace("EMERGENCY", QString::number(f->emergency.value))
        .replace("INACTIVE", QString::number(f->inactive.value));
    const QByteArray body = QStringLiteral(
        R"({"doctor_id":%1,"type_id":%2,"start":"%3","patient":{"first_name":"Omar","last_name":"Tazi",)"
        R"("birth_date":"1970-03-03","phone":"0622334455"}})").arg(f->doctor.value).arg(type, start).toUtf8();
    const auto appointments = f->count("appointments");
    const Answer a = send("POST", "/api/bookings", body);
    QCOMPARE(a.status, status);
    if (status == 201) {
        QCOMPARE(f->count("appointments"), appointments + 1);
        return;
    }
    QCOMPARE(a.errorCode(), code);
    QCOMPARE(a.json().object().value("error").toObject().value("message").toString(),
             errorMessage(*errorCodeFromName(code)));
    QCOMPARE(f->count("appointments"), appointments);
}

void TestBookingServer::hostileBookings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray patient = R"("patient":{"first_name":"A","last_name":"B","birth_date":"1990-02-03","phone":"0661234567"})";
    auto with = [&](const char *fields) -> QByteArray { return QByteArray("{") + fields + "," + patient + "}"; };
    QTest::newRow("notJson") << QByteArray("doctor_id=1") << 400;
    QTest::newRow("truncated") << QByteArray(R"({"doctor_id":1,"type_id":)") << 400;
    QTest::newRow("array") << QByteArray("[1,2,3]") << 400;
    QTest::newRow("wrongTypes") << with(R"("doctor_id":"one","type_id":true,"start":12)") << 400;
    QTest::newRow("impossibleDate") << with(R"("doctor_id":DOC,"type_id":TYPE,"start":"2026-02-30T09:00:00")") << 400;
    QTest::newRow("impossibleTime") << with(R"("doctor_id":DOC,"type_id":TYPE,"start":"2026-11-24T25:00:00")") << 400;
    QTest::newRow("negativeId") << with(R"("doctor_id":-1,"type_id":TYPE,"start":"2026-11-24T09:00:00")") << 400;
    QTest::newRow("fractionalId") << with(R"("doctor_id":1.5,"type_id":TYPE,"start":"2026-11-24T09:00:00")") << 400;
    QTest::newRow("missingPatient") << QByteArray(R"({"doctor_id":1,"type_id":1,"start":"2026-11-24T09:00:00"})") << 400;
    QTest::newRow("birthInFuture")
        << QByteArray(R"({"doctor_id":DOC,"type_id":TYPE,"start":"2026-11-24T09:00:00","patient":{"first_name":"A",)"
                      R"("last_name":"B","birth_date":"1890-01-01","phone":"0661234567"}})")
        << 400;
    QTest::newRow("deepNesting") << QByteArray(5000, '[') + QByteArray(5000, ']') << 400;
    QTest::newRow("unknownDoctor") << with(R"("doctor_id":4242,"type_id":TYPE,"start":"2026-11-24T09:00:00")") << 404;
    QTest::newRow("sqlInNameStoredLiterally")
        << QByteArray(R"({"doctor_id":DOC,"type_id":TYPE,"start":"2026-11-24T09:00:00","patient":{"first_name":)"
                      R"("Robert'); DROP TABLE patients;--","last_name":"B","birth_date":"1990-02-03","phone":"0661234567"}})")
        << 201;
}

void TestBookingServer::hostileBookings()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    body.replace("DOC", QByteArray::number(f->doctor.value)).replace("TYPE", QByteArray::number(f->t15.value));
    const auto patients = f->count("patients");
    const auto appointments = f->count("appointments");
    const Answer a = send("POST", "/api/bookings", body);
    QCOMPARE(a.status, status);
    if (status >= 400) {
        QVERIFY(!a.errorCode().isEmpty());
        QCOMPARE(f->count("patients"), patients);
        QCOMPARE(f->count("appointments"), appointments);
    } else {
        QCOMPARE(f->count("patients"), patients + 1);
        QVERIFY(ClinicStore(*f->db).findPatient("0661234567", QDate(1990, 2, 3)).value()->firstName.contains("DROP"));
    }
}

void TestBookingServer::bodyTooLarge()
{
    const QByteArray big = "{\"motif\":\"" + QByteArray(20 * 1024, 'x') + "\"}";
    const Answer a = send("POST", "/api/bookings", big);
    QCOMPARE(a.status, 413);
    QCOMPARE(a.errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
    // The server is still there for the next client.
    QCOMPARE(send("GET", "/api/doctors").status, 200);
}

void TestBookingServer::rateLimit()
{
    ClinicSettings s = ClinicStore(*f->db).clinicSettings().value();
    s.bookingRateLimitPerMinute = 3;
    QVERIFY(ClinicStore(*f->db).saveClinicSettings(s));
    const QByteArray body = R"({"doctor_id":0,"type_id":0})";
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send("POST", "/api/eligibility", body).status, 400);
    const Answer limited = send("POST", "/api/eligibility", body);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QCOMPARE(send("POST", "/api/bookings", body).status, 429);
    QCOMPARE(send("GET", "/api/doctors").status, 200); // reading is not limited
    f->clock.advance(120);
    QCOMPARE(send("POST", "/api/eligibility", body).status, 400);
}

void TestBookingServer::doctorRoutesNeedToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("feedNoToken") << QByteArray("GET") << "/api/doctor/appointments?start=2026-11-23&end=2026-11-30"
                                 << QByteArray();
    QTest::newRow("feedWrongToken") << QByteArray("GET") << "/api/doctor/appointments?start=2026-11-23&end=2026-11-30"
                                    << QByteArray("s3cret-tokeN");
    QTest::newRow("queueNoToken") << QByteArray("GET") << "/api/doctor/queue" << QByteArray();
    QTest::newRow("statusWrongToken") << QByteArray("POST") << "/api/doctor/appointments/1/status"
                                      << QByteArray("nope");
}

void TestBookingServer::doctorRoutesNeedToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    const Answer a = send(method, path, R"({"status":"arrived"})", token);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.errorCode(), QStringLiteral("unauthorized"));
}

void TestBookingServer::feedAndStatus()
{
    auto booked = service->bookDesk({f->doctor, f->karim, f->t30, f->local("2026-11-24 10:00"), "Contrôle", {}});
    QVERIFY(booked);
    QVERIFY(service->setPrivateNotes(booked->id, "secret médical"));
    auto cancelled = service->bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 11:00"), {}, {}});
    QVERIFY(cancelled && service->cancel(cancelled->id));

    const Answer feed = send("GET", "/api/doctor/appointments?start=2026-11-23T00:00:00&end=2026-11-30T00:00:00",
                             {}, "s3cret-token");
    QCOMPARE(feed.status, 200);
    QVERIFY(!feed.body.contains("secret médical"));
    const QJsonArray events = feed.json().array();
    QCOMPARE(events.size(), 1); // cancelled ones are hidden
    const QJsonObject e = events[0].toObject();
    QCOMPARE(e.value("title").toString(), QStringLiteral("Karim Connu"));
    QCOMPARE(e.value("start").toString(), QStringLiteral("2026-11-24T10:00:00+01:00"));
    QCOMPARE(e.value("end").toString(), QStringLiteral("2026-11-24T10:30:00+01:00"));
    QCOMPARE(e.value("color").toString(), QStringLiteral("#1E88E5"));
    QCOMPARE(e.value("backgroundColor").toString(), QStringLiteral("#1E88E5"));
    QCOMPARE(e.value("classNames").toArray().first().toString(), QStringLiteral("status-booked"));
    const QJsonObject props = e.value("extendedProps").toObject();
    QCOMPARE(props.keys(), (QStringList{"doctor_id", "motif", "no_show_count", "patient_age", "patient_id", "phone",
                                        "status", "type", "type_id"}));
    QCOMPARE(props.value("patient_age").toInt(), 46);
    QCOMPARE(props.value("type").toString(), QStringLiteral("Première consultation"));

    const QString statusPath = QStringLiteral("/api/doctor/appointments/%1/status").arg(booked->id.value);
    const Answer arrived = send("POST", statusPath, R"({"status":"arrived"})", "s3cret-token");
    QCOMPARE(arrived.status, 200);
    QCOMPARE(arrived.json().object().value("backgroundColor").toString(), QStringLiteral("#FBC02D"));
    const Answer noShow = send("POST", statusPath, R"({"status":"no_show"})", "s3cret-token");
    QCOMPARE(noShow.json().object().value("backgroundColor").toString(), QStringLiteral("#9E9E9E"));
    QCOMPARE(noShow.json().object().value("extendedProps").toObject().value("no_show_count").toInt(), 1);
    QCOMPARE(send("POST", statusPath, R"({"status":"teleported"})", "s3cret-token").status, 400);
    QCOMPARE(send("POST", "/api/doctor/appointments/9999/status", R"({"status":"done"})", "s3cret-token").status, 404);
    QCOMPARE(send("GET", "/api/doctor/appointments?start=2026-11-23&end=2027-11-30", {}, "s3cret-token").status, 400);
    const Answer other = send("GET", QStringLiteral("/api/doctor/appointments?start=2026-11-23&end=2026-11-30&doctor_id=%1")
                                         .arg(f->otherDoctor.value), {}, "s3cret-token");
    QCOMPARE(other.json().array().size(), 0);
}

void TestBookingServer::waitingQueue()
{
    f->clock.set(f->local("2026-11-24 09:05"));
    auto a = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:15"), {}, {}});
    QVERIFY(a && service->setStatus(a->id, AppointmentStatus::Arrived));
    f->clock.advance(10 * 60);
    const Answer q = send("GET", "/api/doctor/queue", {}, "s3cret-token");
    QCOMPARE(q.status, 200);
    const QJsonObject o = q.json().object();
    QCOMPARE(o.value("count").toInt(), 1);
    const QJsonObject p = o.value("patients").toArray().first().toObject();
    QCOMPARE(p.keys(), (QStringList{"appointment_id", "arrived_at", "doctor_id", "name", "waited_minutes"}));
    QCOMPARE(p.value("name").toString(), QStringLiteral("Karim Connu"));
    QCOMPARE(p.value("arrived_at").toString(), QStringLiteral("2026-11-24T09:05:00+01:00"));
    QCOMPARE(p.value("waited_minutes").toInt(), 10);
}

void TestBookingServer::unknownRoutesAndTraversal_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknownApi") << QByteArray("GET") << "/api/nothing";
    QTest::newRow("wrongMethod") << QByteArray("DELETE") << "/api/doctors";
    QTest::newRow("postOnGetRoute") << QByteArray("POST") << "/api/doctors";
    QTest::newRow("getOnPostRoute") << QByteArray("GET") << "/api/bookings";
    QTest::newRow("traversal") << QByteArray("GET") << "/../../etc/passwd";
    QTest::newRow("encodedTraversal") << QByteArray("GET") << "/%2e%2e/%2e%2e/etc/passwd";
    QTest::newRow("assetTraversal") << QByteArray("GET") << "/assets/..%2f..%2fetc%2fpasswd";
    QTest::newRow("idWithSign") << QByteArray("GET") << "/api/doctors/+1/consultation-types";
    QTest::newRow("doubleSlash") << QByteArray("GET") << "/api//doctors";
}

void TestBookingServer::unknownRoutesAndTraversal()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Answer a = send(method, path);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.errorCode(), QStringLiteral("not_found"));
    QVERIFY(!a.body.contains("root:"));
    QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(!a.header("Content-Security-Policy").isEmpty());
}

void TestBookingServer::oversizedHeadIsCut()
{
    struct Case
    {
        QByteArray request;
        QByteArray status;
    };
    const Case cases[] = {
        {"GET /api/doctors?x=" + QByteArray(5000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n", "414"},
        {"GET /api/doctors HTTP/1.1\r\n" + QByteArray("X-Filler: 0123456789012345678901234567890123456789\r\n").repeated(2000)
             + "\r\n",
         "431"},
        {"POST /api/bookings HTTP/1.1\r\nHost: x\r\nContent-Length: 268435456\r\n\r\n{", "413"},
    };
    for (const auto &c : cases) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(c.request);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + c.status)), answer.left(80).constData());
        QVERIFY(answer.contains("X-Content-Type-Options: nosniff"));
    }
    QCOMPARE(send("GET", "/api/doctors").status, 200);
}

void TestBookingServer::idleConnectionIsDropped()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/doc"); // and then nothing (slow loris)
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
}

void TestBookingServer::persistsAcrossRestart()
{
    const QByteArray body = QStringLiteral(
        R"({"doctor_id":%1,"type_id":%2,"start":"2026-11-24T11:00:00+01:00",)"
        R"("patient":{"first_name":"Sara","last_name":"Bennani","birth_date":"1985-07-08","phone":"0611111111"}})")
                                .arg(f->doctor.value).arg(f->t15.value).toUtf8();
    const Answer created = send("POST", "/api/bookings", body);
    QCOMPARE(created.status, 201);
    server.reset();
    service.reset();
    f->db.reset();
    auto reopened = Database::open(f->path());
    QVERIFY(reopened);
    f->db = std::move(*reopened);
    service = std::make_unique<BookingService>(*f->db, f->clock);
    startServer();
    const Answer feed = send("GET", "/api/doctor/appointments?start=2026-11-24&end=2026-11-25", {}, "s3cret-token");
    QCOMPARE(feed.json().array().size(), 1);
    QCOMPARE(feed.json().array()[0].toObject().value("title").toString(), QStringLiteral("Sara Bennani"));
    QCOMPARE(send("POST", "/api/bookings", body).status, 409);
}

// Identical reads are answered from memory within one second while nothing
// changed; the clock does not move here, so only the change stamp can tell.
void TestBookingServer::repeatedReadsFollowEveryChange()
{
    const QString slotsPath =
        QStringLiteral("/api/doctors/%1/slots?type_id=%2&date=2026-11-24").arg(f->doctor.value).arg(f->t15.value);
    const QString feedPath = QStringLiteral("/api/doctor/appointments?start=2026-11-24&end=2026-11-25");
    auto slotCount = [&] { return send("GET", slotsPath).json().object().value("slots").toArray().size(); };
    auto eventCount = [&] { return send("GET", feedPath, {}, "s3cret-token").json().array().size(); };
    QCOMPARE(slotCount(), 32);
    QCOMPARE(slotCount(), 32);
    QCOMPARE(eventCount(), 0);

    // A change through this very connection…
    QVERIFY(service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}}));
    QCOMPARE(slotCount(), 31);
    QCOMPARE(eventCount(), 1);
    // … and one by another program on the same database.
    {
        auto other = Database::open(f->path());
        QVERIFY(other);
        BookingService elsewhere(**other, f->clock);
        QVERIFY(elsewhere.bookDesk({f->doctor, f->lucie, f->t15, f->local("2026-11-24 09:15"), {}, {}}));
    }
    QCOMPARE(slotCount(), 30);
    QCOMPARE(eventCount(), 2);
}

// The page and the API's sentences follow the request: ?lang= first, then
// Accept-Language by preference, French otherwise (DESIGN §8 and issue 7).
void TestBookingServer::requestLanguage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("language");
    // (QNetworkAccessManager sends its own Accept-Language when none is set.)
    QTest::newRow("anyLanguage") << "/" << QByteArray("*") << "fr";
    QTest::newRow("moroccanArabic") << "/" << QByteArray("ar-MA,ar;q=0.9,fr;q=0.8") << "ar";
    QTest::newRow("englishByQuality") << "/" << QByteArray("de-DE,en;q=0.7,fr;q=0.3") << "en";
    QTest::newRow("nothingSupported") << "/" << QByteArray("de-DE,it;q=0.5") << "fr";
    QTest::newRow("pageChoiceWins") << "/?lang=en" << QByteArray("ar-MA") << "en";
    QTest::newRow("unknownChoiceIgnored") << "/?lang=xx" << QByteArray("ar") << "ar";
    QTest::newRow("indexToo") << "/index.html?lang=ar" << QByteArray("fr") << "ar";
    QTest::newRow("zeroQualityRefused") << "/" << QByteArray("ar;q=0, en;q=0.1") << "en";
    QTest::newRow("garbage") << "/" << QByteArray(";;;q=,,=;q=9") << "fr";
}

void TestBookingServer::requestLanguage()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);
    const Answer page = send("GET", path, {}, {}, acceptLanguage);
    const auto appointments = f->count("appointments");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Language"), language.toLatin1());
    QCOMPARE(page.header("Vary"), QByteArray("Accept-Language"));
    const QByteArray html = "<html lang=\"" + language.toLatin1() + "\" dir=\"" + (language == u"ar" ? "rtl" : "ltr") + "\">";
    QVERIFY2(page.body.contains(html), page.body.left(200).constData());
    QVERIFY(!page.body.contains("{{"));
    const QString heading = translate(language, "Wizard", "Choose a doctor");
    QVERIFY(page.body.contains(QByteArray("<h1 tabindex=\"-1\">" + heading.toUtf8() + "</h1>")));
    if (language == u"fr")
        QCOMPARE(heading, QStringLiteral("Choisissez un praticien"));
    else if (language == u"ar")
        QVERIFY(heading != QStringLiteral("Choose a doctor") && heading != QStringLiteral("Choisissez un praticien"));

    // A refusal in the same language; nothing was booked.
    const QString query = path.contains(u'?') ? path.mid(path.indexOf(u'?')) : QString();
    const Answer refused = send("POST", u"/api/bookings" + query, "{\"doctor_id\":", {}, acceptLanguage);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("invalid_input"));
    const QString message = refused.json().object().value("error").toObject().value("message").toString();
    QCOMPARE(message, errorMessage(ErrorCode::InvalidInput, language));
    QCOMPARE(refused.header("Content-Language"), language.toLatin1());
    QCOMPARE(f->count("appointments"), appointments);
}

QTEST_GUILESS_MAIN(TestBookingServer)
#include "tst_bookingserver.moc"
