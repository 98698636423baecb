// SPDX-License-Identifier: GPL-3.0-or-later
// `tbib --serve` as a process: the listening line, a clean stop on SIGTERM,
// durability of an acknowledged booking across kill -9, and two server
// processes on one database booking the same time at once.
#include "../core/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Server
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString base; // http://127.0.0.1:PORT

    bool start(const QString &db, const QStringList &extra = {})
    {
        process->setProgram(QStringLiteral(TBIB_BINARY));
        process->setArguments(QStringList{"--db", db, "--serve", "--listen", "127.0.0.1:0", "--token", "tok"} + extra);
        process->start();
        if (!process->waitForStarted(10000))
            return false;
        // Wait for the one line that says the server is ready.
        static const QRegularExpression line(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray out;
        while (process->state() == QProcess::Running) {
            if (process->waitForReadyRead(10000))
                out += process->readAllStandardOutput();
            else
                break;
            const auto m = line.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                base = m.captured(1);
                return true;
            }
        }
        qWarning("server did not start: %s %s", out.constData(), process->readAllStandardError().constData());
        return false;
    }

    // SIGTERM: true when it stopped cleanly, with exit code 0.
    bool stop()
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        return process->waitForFinished(15000) && process->exitStatus() == QProcess::NormalExit
            && process->exitCode() == 0;
    }
};

struct Answer
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestServeProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sigtermStopsCleanly();
    void acknowledgedBookingSurvivesKill9();
    void twoProcessesOneTimeOneWinner();
    void bookingOnOneServerShowsOnTheOther();
    void addressInUseIsReported();
    void desktopWithListenServesToo();

private:
    QString makeDemo(const QString &name);
    QList<Answer> sendAll(const QList<std::pair<QString, QByteArray>> &requests, const QByteArray &token = {});
    QByteArray bookingBody(const QString &base, const QString &phone, QString *startOut = nullptr);
    bool feedContains(const QString &base, const QString &start, qint64 id);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestServeProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestServeProcess::makeDemo(const QString &name)
{
    const QString db = tbib::test::databaseLocation(m_dir, name);
    QProcess p;
    p.start(QStringLiteral(TBIB_BINARY), {"--db", db, "--demo"});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("demo failed: %s", p.readAllStandardError().constData());
    return db;
}

// Sends every request at once and waits for all the answers.
QList<Answer> TestServeProcess::sendAll(const QList<std::pair<QString, QByteArray>> &requests, const QByteArray &token)
{
    QList<QNetworkReply *> replies;
    for (const auto &[url, body] : requests) {
        QNetworkRequest r{QUrl(url)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        replies << (body.isNull() ? m_nam.get(r) : m_nam.post(r, body));
    }
    QList<Answer> answers;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(15000);
        }
        answers.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()});
        reply->deleteLater();
    }
    return answers;
}

// The doctor feed of the day of `start` (an ISO instant) holds appointment `id`.
bool TestServeProcess::feedContains(const QString &base, const QString &start, qint64 id)
{
    const QDate day = QDate::fromString(start.left(10), Qt::ISODate);
    const Answer feed = sendAll({{base + QStringLiteral("/api/doctor/appointments?start=%1&end=%2")
                                             .arg(day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)),
                                  QByteArray()}},
                                "tok")[0];
    return feed.status == 200
        && std::ranges::any_of(QJsonDocument::fromJson(feed.body).array(),
                               [&](const QJsonValue &e) { return e.toObject().value("id").toInteger() == id; });
}

// A booking of the first free slot of the first doctor's first ordinary type.
QByteArray TestServeProcess::bookingBody(const QString &base, const QString &phone, QString *startOut)
{
    const auto doctors = sendAll({{base + "/api/doctors", QByteArray()}});
    const qint64 doctor = QJsonDocument::fromJson(doctors[0].body).array()[0].toObject().value("id").toInteger();
    const auto types = sendAll({{base + QStringLiteral("/api/doctors/%1/consultation-types").arg(doctor), QByteArray()}});
    qint64 type = 0;
    for (const auto &t : QJsonDocument::fromJson(types[0].body).array()) {
        const QJsonObject o = t.toObject();
        if (!o.value("is_emergency_only").toBool() && !o.value("require_existing_patient").toBool()) {
            type = o.value("id").toInteger();
            break;
        }
    }
    const QDate from = QDate::currentDate().addDays(3);
    const auto slots = sendAll({{base + QStringLiteral("/api/doctors/%1/slots?type_id=%2&start=%3&end=%4")
                                           .arg(doctor).arg(type)
                                           .arg(from.toString(Qt::ISODate), from.addDays(14).toString(Qt::ISODate)),
                                 QByteArray()}});
    const QString start = QJsonDocument::fromJson(slots[0].body).object().value("slots").toArray()[0].toObject()
                              .value("start").toString();
    if (startOut)
        *startOut = start;
    return QJsonDocument(QJsonObject{
                             {"doctor_id", doctor},
                             {"type_id", type},
                             {"start", start},
                             {"motif", "Contrôle"},
                             {"patient", QJsonObject{{"first_name", "Test"}, {"last_name", phone},
                                                     {"birth_date", "1988-04-04"}, {"phone", phone}}},
                         })
        .toJson(QJsonDocument::Compact);
}

void TestServeProcess::sigtermStopsCleanly()
{
    const QString db = makeDemo("sigterm.sqlite");
    Server s;
    QVERIFY(s.start(db));
    QCOMPARE(sendAll({{s.base + "/api/doctors", QByteArray()}})[0].status, 200);
    ::kill(pid_t(s.process->processId()), SIGTERM);
    QVERIFY(s.process->waitForFinished(15000));
    QCOMPARE(s.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(s.process->exitCode(), 0);
}

void TestServeProcess::acknowledgedBookingSurvivesKill9()
{
    const QString db = makeDemo("kill9.sqlite");
    Server s;
    QVERIFY(s.start(db));
    QString start;
    const QByteArray body = bookingBody(s.base, "0655443322", &start);
    const Answer created = sendAll({{s.base + "/api/bookings", body}})[0];
    QCOMPARE(created.status, 201);
    const qint64 id = QJsonDocument::fromJson(created.body).object().value("id").toInteger();
    s.process->kill(); // SIGKILL: no chance to flush anything
    QVERIFY(s.process->waitForFinished(15000));

    Server again;
    QVERIFY(again.start(db));
    QVERIFY(feedContains(again.base, start, id));
    QVERIFY(again.stop());
}

void TestServeProcess::twoProcessesOneTimeOneWinner()
{
    const QString db = makeDemo("race.sqlite");
    Server a, b;
    QVERIFY(a.start(db));
    QVERIFY(b.start(db));
    for (int round = 0; round < 5; ++round) {
        // Each round the same first free slot, asked of both processes at once.
        const QByteArray first = bookingBody(a.base, QStringLiteral("06100000%1").arg(round, 2, 10, QLatin1Char('0')));
        QByteArray second = first;
        second.replace("06100000", "07100000");
        const auto answers = sendAll({{a.base + "/api/bookings", first}, {b.base + "/api/bookings", second}});
        QList<int> statuses{answers[0].status, answers[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 409}));
    }
    QVERIFY(a.stop());
    QVERIFY(b.stop());
}

// Two servers on one database (two workstations' --serve): what one books,
// the other's slots and feed show at its next request.
void TestServeProcess::bookingOnOneServerShowsOnTheOther()
{
    const QString db = makeDemo("two-servers.sqlite");
    Server a, b;
    QVERIFY(a.start(db));
    QVERIFY(b.start(db));
    QString start;
    const QByteArray body = bookingBody(a.base, "0611223344", &start);
    const Answer created = sendAll({{a.base + "/api/bookings", body}})[0];
    QCOMPARE(created.status, 201);
    const qint64 id = QJsonDocument::fromJson(created.body).object().value("id").toInteger();

    QString firstFreeAtB;
    (void)bookingBody(b.base, "0622334455", &firstFreeAtB);
    QVERIFY(!firstFreeAtB.isEmpty());
    QVERIFY2(firstFreeAtB != start, qPrintable(start));
    QVERIFY(feedContains(b.base, start, id));
    QVERIFY(a.stop());
    QVERIFY(b.stop());
}

void TestServeProcess::addressInUseIsReported()
{
    const QString db = makeDemo("inuse.sqlite");
    Server a;
    QVERIFY(a.start(db));
    const QString port = a.base.section(u':', -1);
    QProcess p;
    p.start(QStringLiteral(TBIB_BINARY), {"--db", db, "--serve", "--listen", "127.0.0.1:" + port, "--token", "x"});
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(!p.readAllStandardError().isEmpty());
    ::kill(pid_t(a.process->processId()), SIGTERM);
    QVERIFY(a.process->waitForFinished(15000));
}

// Plain tbib (the window) with --listen also serves online booking, from its
// own process; SIGTERM closes the window and the server cleanly.
void TestServeProcess::desktopWithListenServesToo()
{
    const QString db = makeDemo("desktop.sqlite");
    QTemporaryDir home;
    Server s;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", home.filePath("config")); // never the user's window settings
    s.process->setProcessEnvironment(env);
    s.process->setProgram(QStringLiteral(TBIB_BINARY));
    s.process->setArguments({"--db", db, "--listen", "127.0.0.1:0", "--token", "tok"});
    s.process->start();
    QVERIFY(s.process->waitForStarted(10000));
    static const QRegularExpression line(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += s.process->readAllStandardOutput(), line.match(QString::fromUtf8(out)).hasMatch()),
                             20000);
    s.base = line.match(QString::fromUtf8(out)).captured(1);
    const QByteArray body = bookingBody(s.base, "0699887766");
    QCOMPARE(sendAll({{s.base + "/api/bookings", body}})[0].status, 201);
    ::kill(pid_t(s.process->processId()), SIGTERM);
    QVERIFY(s.process->waitForFinished(15000));
    QCOMPARE(s.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(s.process->exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServeProcess)
#include "tst_serveprocess.moc"
