// SPDX-License-Identifier: GPL-3.0-or-later
// The built `tbib` program as a user runs it: options, exit codes, messages
// (DESIGN §6). English (--lang en) where a test reads a sentence, so that the
// French catalogue can change freely.
#include "io/clinicjson.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTbib(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TBIB_BINARY), args);
    if (!p.waitForFinished(120000))
        qFatal("tbib did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const Run r = runTbib({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("tbib " TBIB_VERSION)), qPrintable(r.out));
    }

    void helpListsEveryOption()
    {
        const Run r = runTbib({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--db", "--demo", "--import", "--export", "--serve", "--listen", "--token",
                                   "--lang", "--help", "--version"})
            QVERIFY2(r.out.contains(QLatin1StringView(option)), option);
    }

    void badCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknownOption") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("missingValue") << QStringList{QStringLiteral("--export")};
        QTest::newRow("positionalArgument") << QStringList{QStringLiteral("clinic.json")};
        QTest::newRow("unknownLanguage") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
        QTest::newRow("badListen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")};
    }
    void badCommandLine()
    {
        QFETCH(QStringList, args);
        const Run r = runTbib(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // A PostgreSQL address that cannot be used is named without its password,
    // whether it does not parse or the server does not answer.
    void unusableAddressHidesItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("badEscape") << QStringLiteral("postgresql://accueil:s3cretpw%zz@db.cabinet/tbib");
        QTest::newRow("noHost") << QStringLiteral("postgresql://accueil:s3cretpw@/tbib");
        QTest::newRow("closedPort") << QStringLiteral("postgresql://accueil:s3cretpw@127.0.0.1:1/tbib");
    }

    void unusableAddressHidesItsPassword()
    {
        QFETCH(QString, url);
        const Run r = runTbib({QStringLiteral("--db"), url, QStringLiteral("--export"),
                               m_dir.filePath(QStringLiteral("never.json")), QStringLiteral("--lang"),
                               QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot open the database postgresql://accueil")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("s3cretpw")) && !r.out.contains(QStringLiteral("s3cretpw")),
                 qPrintable(r.err));
    }

    void demoThenExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("demo.json"));
        const QString lang[] = {QStringLiteral("--lang"), QStringLiteral("en")};
        Run r = runTbib({QStringLiteral("--db"), db, QStringLiteral("--demo"), lang[0], lang[1]});
        QCOMPARE(r.exitCode, 0);
        r = runTbib({QStringLiteral("--db"), db, QStringLiteral("--export"), file});
        QCOMPARE(r.exitCode, 0);
        auto s = tbib::ClinicJson::parse(readAll(file), 4102444800); // 2100: every birth date is past
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QCOMPARE(s->doctors.size(), 2);
        QVERIFY(s->appointments.size() > 100);

        // A second --demo is refused: the database is not empty.
        r = runTbib({QStringLiteral("--db"), db, QStringLiteral("--demo"), lang[0], lang[1]});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only fills an empty database")), qPrintable(r.err));

        // The exported file goes into a fresh database and comes out identical:
        // on tst_cli_postgresql, a PostgreSQL one, as a practice moving from
        // one PC to several does (docs/multi-workstation.md).
        const QString copy = tbib::test::databaseLocation(m_dir, QStringLiteral("copy.sqlite"));
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        r = runTbib({QStringLiteral("--db"), copy, QStringLiteral("--import"), file, QStringLiteral("--export"), again,
                     lang[0], lang[1]});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(again), readAll(file));
        if (tbib::test::onPostgres()) {
            // What it printed names the database, never its password.
            const QString password = QUrl(copy).password();
            QVERIFY(!password.isEmpty());
            QVERIFY2(r.out.contains(QUrl(copy).host()), qPrintable(r.out));
            QVERIFY2(!r.out.contains(password) && !r.err.contains(password), qPrintable(r.out + r.err));
        }
    }

    void malformedImportRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray(R"({"format": "tbib-clinic", "version": 1, "clinic": {)")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("negativeDuration")
            << QByteArray(R"({"format": "tbib-clinic", "version": 1,
                "clinic": {"name": "X", "timezone": "Europe/Paris"},
                "doctors": [{"key": "a", "name": "Dr A"}],
                "consultation_types": [{"key": "c", "doctor": "a", "name": "C", "duration": -10}]})")
            << QStringLiteral("consultation_types[0] (\"c\"): duration must be between 5 and 480");
        QTest::newRow("missingFile") << QByteArray() << QStringLiteral("cannot read");
    }
    void malformedImportRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString db = m_dir.filePath(tag + u".sqlite");
        const QString file = m_dir.filePath(tag + u".json");
        if (!json.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        QCOMPARE(runTbib({QStringLiteral("--db"), db, QStringLiteral("--demo")}).exitCode, 0);
        const QString before = m_dir.filePath(tag + u"-before.json");
        const QString after = m_dir.filePath(tag + u"-after.json");
        QCOMPARE(runTbib({QStringLiteral("--db"), db, QStringLiteral("--export"), before}).exitCode, 0);

        const Run r = runTbib({QStringLiteral("--db"), db, QStringLiteral("--import"), file, QStringLiteral("--lang"),
                            QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line

        QCOMPARE(runTbib({QStringLiteral("--db"), db, QStringLiteral("--export"), after}).exitCode, 0);
        QCOMPARE(readAll(after), readAll(before));
    }

    void arabicIsSpoken()
    {
        const QString db = m_dir.filePath(QStringLiteral("arabic.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("arabic.json"));
        const Run r = runTbib({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ar"),
                               QStringLiteral("--export"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("تم تصدير العيادة إلى %1.").arg(file)), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const Run help = runTbib({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("طبيب: تسيير العيادات الطبية.")), qPrintable(help.out));
    }

    void noOptionFillsTheDefaultDatabase()
    {
        // The default database lives under XDG_DATA_HOME: point it at a temporary folder.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // No platform either (ctest sets offscreen): the no-display path, which
        // prints what the window would open on instead of opening it.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QStringList args = {QStringLiteral("--lang"), QStringLiteral("en")};

        Run r = runTbib(args, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("tbib/tbib.sqlite"))));
        QVERIFY2(r.out.contains(QStringLiteral("it now holds the demo clinic")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Cabinet médical Al Amal")));
        QVERIFY(r.out.contains(QStringLiteral("Dr Amina Benali")));
        QVERIFY(r.out.contains(QStringLiteral("No display is available")));
        QVERIFY(r.out.contains(QStringLiteral("tbib --serve")));

        // The second start finds the clinic and does not fill it again.
        r = runTbib(args, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("demo clinic")));
        QVERIFY(r.out.contains(QStringLiteral("Dr Julien Morel")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
