// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/clinicfixture.h"
#include "desktoptestsupport.h"

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agenda/appointmentitem.h"
#include "aboutdialog.h"
#include "agendapage.h"
#include "desk/deskpanel.h"
#include "mainwindow.h"
#include "sidebar.h"

#include "io/democlinic.h"
#include "service/translations.h"

#include <QApplication>
#include <QTextBrowser>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tbib;
using namespace tbib::test;

// The window in each language (issue 7): Arabic mirrors the whole window —
// sidebar on the right, desk on the left, days running right to left — and
// every name follows the catalogue; English reads left to right. The
// language is chosen from --lang, the workstation's setting, then the system.
class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void chooseLanguage_data();
    void chooseLanguage();
    void localesWriteLatinDigits();
    void window_data();
    void window();
    void aboutListsTheLicences();
    void screenshots_data();
    void screenshots();

private:
    void useLanguage(const QString &language);
    QTemporaryDir m_settingsDir;
};

void TestLanguages::initTestCase()
{
    QVERIFY(isolateDesktopSettings(m_settingsDir, QStringLiteral("tst_languages")));
}

void TestLanguages::cleanup()
{
    useLanguage(QStringLiteral("fr"));
}

// What app/main.cpp does with the chosen language.
void TestLanguages::useLanguage(const QString &language)
{
    QVERIFY(installTranslations(language));
    QLocale::setDefault(localeFor(language));
    QGuiApplication::setLayoutDirection(layoutDirectionFor(language));
}

void TestLanguages::chooseLanguage_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("askedWins") << "ar" << QStringList{QStringLiteral("en-US")} << "ar";
    QTest::newRow("moroccanSystem") << "" << QStringList{QStringLiteral("ar-MA"), QStringLiteral("fr-FR")} << "ar";
    QTest::newRow("underscoreTag") << "" << QStringList{QStringLiteral("en_GB")} << "en";
    QTest::newRow("firstSpokenSystemLanguage")
        << "" << QStringList{QStringLiteral("de-DE"), QStringLiteral("fr-BE")} << "fr";
    QTest::newRow("nothingSpokenIsFrench") << "" << QStringList{QStringLiteral("de-DE")} << "fr";
    QTest::newRow("unknownAskedFollowsSystem") << "xx" << QStringList{QStringLiteral("en")} << "en";
}

void TestLanguages::chooseLanguage()
{
    QFETCH(QString, asked);
    QFETCH(QStringList, system);
    QFETCH(QString, chosen);
    QCOMPARE(tbib::chooseLanguage(asked, system), chosen);
}

void TestLanguages::localesWriteLatinDigits()
{
    // docs/decisions.md: Morocco writes Latin digits, in Arabic too.
    const QLocale arabic = localeFor(QStringLiteral("ar"));
    QCOMPARE(arabic.language(), QLocale::Arabic);
    QCOMPARE(arabic.toString(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(arabic.toString(QTime(9, 30), QStringLiteral("HH:mm")), QStringLiteral("09:30"));
    QCOMPARE(localeFor(QStringLiteral("en")).toString(QTime(14, 5), QLocale::ShortFormat), QStringLiteral("14:05"));
}

void TestLanguages::window_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("agenda");
    QTest::addColumn<QString>("arrived");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("arabic") << "ar" << QStringLiteral("المفكرة") << QStringLiteral("وصل") << true;
    QTest::newRow("english") << "en" << QStringLiteral("Agenda") << QStringLiteral("Arrived") << false;
    QTest::newRow("french") << "fr" << QStringLiteral("Agenda") << QStringLiteral("Arrivé") << false;
}

void TestLanguages::window()
{
    QFETCH(QString, language);
    QFETCH(QString, agenda);
    QFETCH(QString, arrived);
    QFETCH(bool, rightToLeft);
    useLanguage(language);
    ClinicFixture clinic;
    QVERIFY(clinic.setUp());
    clinic.clock.set(clinic.local(QStringLiteral("2026-11-23 08:00")));
    const AppointmentId monday = clinic.addAppointment(clinic.karim, clinic.t15, QStringLiteral("2026-11-23 09:00"), 15);
    const AppointmentId tuesday = clinic.addAppointment(clinic.lucie, clinic.t15, QStringLiteral("2026-11-24 09:00"), 15);
    BookingService service(*clinic.db, clinic.clock);
    {
        MainWindow window(service, *clinic.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection() == Qt::RightToLeft, rightToLeft);

        // The sidebar on the reading start side, the desk on the other.
        const int sidebarX = window.sidebar()->mapTo(&window, QPoint(0, 0)).x();
        const int pagesX = window.agenda()->mapTo(&window, QPoint(0, 0)).x();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("deskDock"));
        QVERIFY(dock && dock->isVisible());
        const int deskX = dock->mapTo(&window, QPoint(0, 0)).x();
        if (rightToLeft) {
            QVERIFY2(sidebarX > pagesX, qPrintable(QStringLiteral("sidebar %1, pages %2").arg(sidebarX).arg(pagesX)));
            QVERIFY2(deskX < pagesX, qPrintable(QStringLiteral("desk %1, pages %2").arg(deskX).arg(pagesX)));
        } else {
            QVERIFY(sidebarX < pagesX);
            QVERIFY(deskX > pagesX);
        }

        // Days run in the reading direction: Monday first.
        agenda::AgendaScene *scene = window.agenda()->grid()->scene();
        QTRY_VERIFY(!scene->itemsOf(monday).isEmpty() && !scene->itemsOf(tuesday).isEmpty());
        const double mondayX = scene->itemsOf(monday).first()->sceneBoundingRect().center().x();
        const double tuesdayX = scene->itemsOf(tuesday).first()->sceneBoundingRect().center().x();
        QCOMPARE(mondayX > tuesdayX, rightToLeft);

        // The names are the catalogue's, for people and for assistive technology.
        auto *agendaButton = window.sidebar()->findChild<QPushButton *>(QStringLiteral("agendaButton"));
        QVERIFY(agendaButton);
        QCOMPARE(agendaButton->accessibleName(), agenda);
        window.desk()->showAppointment(monday);
        bool found = false;
        for (auto *button : window.desk()->findChildren<QToolButton *>())
            found = found || button->accessibleName() == arrived;
        QVERIFY2(found, qPrintable(arrived));
        window.close();
    }
}

// DESIGN §1: the About dialog lists the third-party licences, in the UI language.
void TestLanguages::aboutListsTheLicences()
{
    ClinicFixture clinic;
    QVERIFY(clinic.setUp());
    BookingService service(*clinic.db, clinic.clock);
    MainWindow window(service, *clinic.db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *button = window.sidebar()->findChild<QPushButton *>(QStringLiteral("aboutButton"));
    QVERIFY(button);
    QCOMPARE(button->accessibleName(), QStringLiteral("À propos de TBIB"));
    QTest::mouseClick(button, Qt::LeftButton);
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = window.findChild<AboutDialog *>()) != nullptr && about->isVisible());
    const QString text = about->findChild<QTextBrowser *>()->toPlainText();
    for (const char *part : {"TBIB", "GNU", "FullCalendar 6.1.21", "MIT", "Qt HTTP Server", "SQLite", "Preact"})
        QVERIFY2(text.contains(QLatin1StringView(part)), part);
    QVERIFY(text.contains(QStringLiteral("logiciel libre")));
    about->close();
}

void TestLanguages::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << "ar";
    QTest::newRow("english") << "en";
}

// docs/screenshots/desk-arabic.png and desk-english.png: the demo clinic's
// week with an appointment open in the desk (TBIB_SCREENSHOTS=1 only).
void TestLanguages::screenshots()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to rewrite docs/screenshots/desk-{arabic,english}.png");
    QFETCH(QString, language);
    useLanguage(language);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2026, 11, 24), 10 * 60 + 50));
    QVERIFY(DemoClinic::install(**db, clock));
    BookingService service(**db, clock);
    MainWindow window(service, **db);
    window.resize(1500, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Open the first appointment of the morning in the desk.
    auto views = service.appointmentViews(std::nullopt, {clock.now() - 3 * 3600, clock.now() + 3600});
    QVERIFY(views && !views->isEmpty());
    window.selectAppointment(views->first().appointment.id);
    QTRY_COMPARE(window.desk()->appointment(), views->first().appointment.id);
    QCoreApplication::processEvents(); // the layout of the shown appointment
    const QString name = language == u"ar" ? QStringLiteral("desk-arabic.png") : QStringLiteral("desk-english.png");
    QVERIFY(window.grab().save(QStringLiteral(TBIB_SOURCE_DIR "/docs/screenshots/") + name));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
