// SPDX-License-Identifier: GPL-3.0-or-later
// The desk with online booking on: the booking server runs in the window's
// process on the window's own BookingService (as app/main.cpp wires it), so a
// booking made on the web appears in the open agenda at once.
#include "../core/clinicfixture.h"
#include "desktoptestsupport.h"
#include "agendapage.h"
#include "bookingserver.h"
#include "dayappointmentsmodel.h"
#include "mainwindow.h"
#include "onlinebookinghost.h"
#include "service/configurationservice.h"
#include "service/translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace tbib;
using namespace tbib::test;

class TestDesktopServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webBookingAppearsInTheOpenAgenda();
    void configurationStartsRestartsAndStopsTheServer();

private:
    QTemporaryDir m_settingsDir;
};

void TestDesktopServer::initTestCase()
{
    QVERIFY(isolateDesktopSettings(m_settingsDir, QStringLiteral("tst_desktopserver")));
}

void TestDesktopServer::webBookingAppearsInTheOpenAgenda()
{
    ClinicFixture clinic;
    QVERIFY(clinic.setUp());
    clinic.clock.set(clinic.local("2026-11-24 08:00"));
    BookingService service(*clinic.db, clinic.clock);
    MainWindow window(service, *clinic.db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.agenda()->setDoctor(clinic.doctor);
    window.agenda()->setDate(QDate(2026, 11, 24));
    DayAppointmentsModel *model = window.agenda()->model();
    QCOMPARE(model->rowCount(), 0);

    BookingServer server(*clinic.db, service, AccessToken::fromToken(QStringLiteral("t")));
    auto port = server.start(QHostAddress::LocalHost, 0);
    QVERIFY(port);

    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/bookings").arg(*port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    const QByteArray body = QStringLiteral(
        R"({"doctor_id":%1,"type_id":%2,"start":"2026-11-24T11:00:00+01:00","motif":"Douleur au dos",)"
        R"("patient":{"first_name":"Salma","last_name":"Idrissi","birth_date":"1991-06-12","phone":"0677889900"}})")
                                .arg(clinic.doctor.value).arg(clinic.t15.value).toUtf8();
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const AppointmentId id(QJsonDocument::fromJson(reply->readAll()).object().value("id").toInteger());
    reply->deleteLater();

    // No refresh asked: the agenda follows the service the server booked through.
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->appointmentAt(0), id);
}

namespace {

// The HTTP status of a GET, 0 when nothing answers.
int statusOf(QNetworkAccessManager &nam, quint16 port, const char *path, const QByteArray &token = {})
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QLatin1StringView(path))));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// A port free right now (Configuration refuses port 0).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

// Configuration → Réservation en ligne drives the window's server: on with
// the saved address, restarted with a regenerated token, off again.
void TestDesktopServer::configurationStartsRestartsAndStopsTheServer()
{
    ClinicFixture clinic;
    QVERIFY(clinic.setUp());
    BookingService service(*clinic.db, clinic.clock);
    MainWindow window(service, *clinic.db);
    ConfigurationService &config = *window.configuration();
    OnlineBookingHost host(*clinic.db, service, config);
    QSignalSpy started(&host, &OnlineBookingHost::started);
    QNetworkAccessManager nam;

    OnlineBookingSettings s = config.onlineBooking();
    QVERIFY(!s.enabled);
    s.enabled = true;
    s.port = freePort();
    QVERIFY(s.port > 0);
    QVERIFY(config.saveOnlineBooking(s));
    QVERIFY(host.isRunning());
    QCOMPARE(host.port(), quint16(s.port));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("http://127.0.0.1:%1").arg(s.port));
    QCOMPARE(statusOf(nam, host.port(), "/api/doctors"), 200);

    // A regenerated token is the one the running server accepts, at once.
    auto first = config.regenerateToken();
    QVERIFY(first);
    QCOMPARE(statusOf(nam, host.port(), "/api/doctor/queue", first->toLatin1()), 200);
    auto second = config.regenerateToken();
    QVERIFY(second);
    QCOMPARE(statusOf(nam, host.port(), "/api/doctor/queue", first->toLatin1()), 401);
    QCOMPARE(statusOf(nam, host.port(), "/api/doctor/queue", second->toLatin1()), 200);

    // Rules apply to the running server without a restart.
    const int starts = int(started.size());
    s.minNoticeMinutes = 30;
    QVERIFY(config.saveOnlineBooking(s));
    QCOMPARE(int(started.size()), starts);

    s.enabled = false;
    QVERIFY(config.saveOnlineBooking(s));
    QVERIFY(!host.isRunning());
    QCOMPARE(statusOf(nam, quint16(s.port), "/api/doctors"), 0); // nothing listens any more
}

QTEST_MAIN(TestDesktopServer)
#include "tst_desktopserver.moc"
