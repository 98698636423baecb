// SPDX-License-Identifier: GPL-3.0-or-later
// The desk with online booking on: the booking server runs in the window's
// process on the window's own BookingService (as app/main.cpp wires it), so a
// booking made on the web appears in the open agenda at once.
#include "../core/clinicfixture.h"
#include "agendapage.h"
#include "bookingserver.h"
#include "dayappointmentsmodel.h"
#include "mainwindow.h"
#include "service/translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tbib;
using namespace tbib::test;

class TestDesktopServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webBookingAppearsInTheOpenAgenda();

private:
    QTemporaryDir m_settingsDir;
};

void TestDesktopServer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("tbib-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopserver"));
    QVERIFY(installTranslations(QStringLiteral("fr")));
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

QTEST_MAIN(TestDesktopServer)
#include "tst_desktopserver.moc"
