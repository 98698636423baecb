// SPDX-License-Identifier: GPL-3.0-or-later
// Several workstations, one agenda, seen from the desk: window A and a second
// "desk" B are two connections (each with its own BookingService following
// the other programs) to ONE SQLite file, which is how two programs on one
// machine share it; PostgreSQL's LISTEN/NOTIFY path reaches the views through
// the same service signals. Also: the connection banner, notes kept while the
// database refuses them, and Configuration → Cabinet → Base de données.
#include "windowtest.h"

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agenda/appointmentitem.h"
#include "agendapage.h"
#include "config/clinicpage.h"
#include "config/configurationpage.h"
#include "config/databaseform.h"
#include "dayappointmentsmodel.h"
#include "desk/deskpanel.h"
#include "mainwindow.h"
#include "patients/patientlistmodel.h"
#include "patients/patientspage.h"
#include "sidebar.h"
#include "unreachabledatabase.h"
#include "waitingqueuemodel.h"

#include "domain/appointmentstatus.h"
#include "io/clinicjson.h"
#include "io/democlinic.h"
#include "service/configurationservice.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <qplatformdefs.h>

using namespace tbib;
using namespace tbib::test;

namespace {

// Another desk's change must be on screen within a second (ChangeFeed polls
// SQLite every 100 ms); a little margin for a loaded CI machine.
constexpr int Live = 1500;

template <typename T>
T *byName(QWidget *root, const char *objectName)
{
    return root->findChild<T *>(QString::fromLatin1(objectName));
}

template <typename T>
T *byAccessibleName(QWidget *root, const QString &name)
{
    const auto all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

// Depth-first through the accessibility tree, as an AT-SPI client walks it.
bool hasAccessible(QAccessibleInterface *node, const QString &name, int depth = 0)
{
    if (!node || depth > 40 || node->state().invisible)
        return false;
    if (node->text(QAccessible::Name) == name)
        return true;
    for (int i = 0; i < node->childCount(); ++i) {
        if (hasAccessible(node->child(i), name, depth + 1))
            return true;
    }
    return false;
}

} // namespace

class TestWorkstations : public tbib::test::WindowTest
{
    Q_OBJECT
public:
    TestWorkstations() : WindowTest(QStringLiteral("tst_workstations")) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anotherDeskBookingReachesGridDeskAndQueue();
    void othersChangesElsewhereLeaveTheGridAlone();
    void importThroughAnotherDeskReloads();
    void connectionBannerShowsAndHides();
    void notesKeptUntilTheDatabaseTakesThem();
    void unsavedNotesSurviveClosingTheWindow();
    void removedAppointmentEmptiesTheDesk();
    void databaseFormSavesWithoutPassword();
    void databaseFormRefusesBadInput();
    void databaseFormTestsTheConnection();
    void unreachableDatabaseAtStart();
    void screenshot();

private:
    void openWindow();
    [[nodiscard]] bool shown(const QString &accessibleName) const
    {
        return hasAccessible(QAccessible::queryAccessibleInterface(m_window.get()), accessibleName);
    }
    [[nodiscard]] agenda::AgendaView *grid() const { return m_window->agenda()->grid(); }
    [[nodiscard]] bool inGrid(AppointmentId id) const { return !grid()->scene()->itemsOf(id).isEmpty(); }
    [[nodiscard]] Appointment stored(AppointmentId id) const
    {
        return *ClinicStore(*m_clinic->db).appointment(id).value();
    }
    // Configuration → Cabinet, as staff reach it.
    [[nodiscard]] DatabaseForm *databaseForm() const
    {
        QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Configuration")),
                          Qt::LeftButton);
        m_window->configurationPage()->showSection(ConfigurationPage::Clinic);
        auto *form = m_window->configurationPage()->findChild<DatabaseForm *>();
        return form && form->isVisible() ? form : nullptr;
    }

    std::unique_ptr<Database> m_otherDb;        // desk B's connection
    std::unique_ptr<BookingService> m_other;    // desk B's
};

void TestWorkstations::initTestCase()
{
    QVERIFY(isolateSettings());
}

void TestWorkstations::init()
{
    QVERIFY(startClinic());
    ConfigurationService::openMachineSettings()->clear();
    m_clinic->clock.set(m_clinic->local(QStringLiteral("2026-11-23 08:50")));
    auto other = Database::open(m_clinic->path());
    QVERIFY2(other, qPrintable(other ? QString() : other.error()));
    m_otherDb = std::move(*other);
    m_other = std::make_unique<BookingService>(*m_otherDb, m_clinic->clock);
    QVERIFY(m_service->followOtherPrograms());
    QVERIFY(m_other->followOtherPrograms());
}

void TestWorkstations::cleanup()
{
    m_testers.clear();
    m_window.reset(); // before the services it observes
    m_other.reset();
    m_otherDb.reset();
    endClinic();
}

void TestWorkstations::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_service, *m_clinic->db);
    m_window->desk()->setSaveDelay(10);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->agenda()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->queue(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkstations::anotherDeskBookingReachesGridDeskAndQueue()
{
    openWindow();
    auto booked = m_other->bookDesk({m_clinic->doctor, m_clinic->karim, m_clinic->t30,
                                     m_clinic->local(QStringLiteral("2026-11-23 09:00")), QStringLiteral("Contrôle"), {}});
    QVERIFY(booked);
    const AppointmentId id = booked->id;
    const QString base = QStringLiteral("09:00–09:30, Karim Connu, Première consultation, ");
    QTRY_VERIFY_WITH_TIMEOUT(shown(base + statusLabel(AppointmentStatus::Booked)), Live);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->agenda()->model()->rowCount(), 1, Live);

    // Staff at A open it; B checks the patient in: grid, desk and queue follow.
    m_window->selectAppointment(id);
    QCOMPARE(m_window->desk()->appointment(), id);
    QVERIFY(m_other->setStatus(id, AppointmentStatus::Arrived));
    QTRY_VERIFY_WITH_TIMEOUT(shown(base + statusLabel(AppointmentStatus::Arrived)), Live);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sidebar()->queueCount(), 1, Live);
    auto *arrived = byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé"));
    QVERIFY(arrived);
    QTRY_VERIFY_WITH_TIMEOUT(arrived->isChecked(), Live);

    // B cancels: it leaves the grid and the queue; the desk says "Annulé".
    QVERIFY(m_other->cancel(id));
    QTRY_VERIFY_WITH_TIMEOUT(!inGrid(id), Live);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sidebar()->queueCount(), 0, Live);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->agenda()->model()->rowCount(), 0, Live);
    QVERIFY(!arrived->isChecked());
    QVERIFY(byName<QLabel>(m_window->desk(), "whenLabel")->text().contains(statusLabel(AppointmentStatus::Cancelled)));
}

void TestWorkstations::othersChangesElsewhereLeaveTheGridAlone()
{
    const AppointmentId mine = m_clinic->addAppointment(m_clinic->karim, m_clinic->t15,
                                                        QStringLiteral("2026-11-23 09:00"), 15);
    openWindow();
    QTRY_VERIFY(inGrid(mine));
    QSignalSpy added(m_service.get(), &BookingService::appointmentAdded);
    // The other doctor's appointment, and this doctor's next week: announced, not shown.
    ConsultationType visit;
    visit.doctorId = m_clinic->otherDoctor;
    visit.name = QStringLiteral("Visite");
    visit.duration = Duration{15};
    auto visitId = ClinicStore(*m_otherDb).insertType(visit);
    QVERIFY(visitId);
    auto otherDoctors = m_other->bookDesk({m_clinic->otherDoctor, m_clinic->lucie, *visitId,
                                           m_clinic->local(QStringLiteral("2026-11-23 10:00")), {}, Override::Grid});
    QVERIFY2(otherDoctors, qPrintable(otherDoctors ? QString() : otherDoctors.error().message()));
    auto nextWeek = m_other->bookDesk({m_clinic->doctor, m_clinic->lucie, m_clinic->t15,
                                       m_clinic->local(QStringLiteral("2026-11-30 10:00")), {}, {}});
    QVERIFY(nextWeek);
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), Live);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(added.cbegin(), added.cend(),
                                         [&](const QList<QVariant> &a) {
                                             return a.at(0).value<Appointment>().id == nextWeek->id;
                                         }),
                             Live);
    QVERIFY(!inGrid(nextWeek->id));
    QVERIFY(!inGrid(otherDoctors->id));
    QVERIFY(inGrid(mine));
    QCOMPARE(m_window->agenda()->model()->rowCount(), 1);
    // …and the grid shows it once it goes there.
    grid()->next();
    QVERIFY(inGrid(nextWeek->id));
}

void TestWorkstations::importThroughAnotherDeskReloads()
{
    openWindow();
    const int patients = m_window->patients()->model()->rowCount();
    // What an import writes: rows stored as they are, one "everything" note.
    // A knows nothing of what changed and reads all again (reloadNeeded).
    QSignalSpy reload(m_service.get(), &BookingService::reloadNeeded);
    AppointmentId written;
    {
        WriteTransaction tx(*m_otherDb);
        QVERIFY(tx.begin());
        Appointment a;
        a.doctorId = m_clinic->doctor;
        a.patientId = m_clinic->lucie;
        a.typeId = m_clinic->t15;
        a.range = {m_clinic->local(QStringLiteral("2026-11-24 11:00")), m_clinic->local(QStringLiteral("2026-11-24 11:15"))};
        auto id = ClinicStore(*m_otherDb).insertAppointment(a);
        QVERIFY(id);
        written = *id;
        tx.note(ChangeNote::Kind::Everything);
        QVERIFY(tx.commit());
    }
    QTRY_VERIFY_WITH_TIMEOUT(inGrid(written), Live);
    QVERIFY(reload.size() >= 1);

    // A real import through B: a new doctor and patient.
    QFile file(m_clinic->dir.filePath(QStringLiteral("import.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"tbib-clinic","version":1,
        "clinic":{"name":"Cabinet test","timezone":"Europe/Paris","min_notice_minutes":0,"horizon_days":60,
                  "booking_rate_limit_per_minute":20},
        "doctors":[{"key":"d1","name":"Dr Nadia Import","specialty":"Pédiatre","no_show_limit":3,
                    "hours":{"mon":[["09:00","12:00"]]}}],
        "consultation_types":[{"key":"t1","doctor":"d1","name":"Visite","duration":20,"price":"","color":"#8E24AA",
                               "is_emergency_only":false,"require_existing_patient":false,"active":true}],
        "absences":[],
        "patients":[{"key":"p1","first_name":"Yasmine","last_name":"Importée","birth_date":"2015-04-02",
                     "phone":"06 00 00 00 99","no_show_count":0,"is_blocked":false}],
        "appointments":[{"doctor":"d1","patient":"p1","type":"t1","start":"2026-11-23T09:00:00+01:00",
                         "status":"booked","motif":"","private_notes":"","arrived_at":null}]})");
    file.close();
    auto imported = ClinicJson::importFile(*m_otherDb, file.fileName(), m_clinic->clock.now());
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().detail));
    auto *doctors = byName<QComboBox>(grid(), "doctorComboBox");
    QTRY_VERIFY_WITH_TIMEOUT(doctors->findText(QStringLiteral("Dr Nadia Import")) >= 0, Live);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->patients()->model()->rowCount(), patients + 1, Live);
    // The shown doctor stays the one staff chose.
    QCOMPARE(doctors->currentText(), QStringLiteral("Dr Amina Benali"));
    QVERIFY(inGrid(written));
}

void TestWorkstations::connectionBannerShowsAndHides()
{
    openWindow();
    auto *banner = byName<QLabel>(m_window.get(), "connectionBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    // What ChangeFeed reports through the service when PostgreSQL goes away.
    const QString reason = QStringLiteral("server closed the connection unexpectedly");
    Q_EMIT m_service->connectionChanged(false, reason);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Connexion au serveur de la base de données perdue")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Vos saisies sont conservées")));
    QCOMPARE(banner->toolTip(), reason);
    QVERIFY(!banner->accessibleName().isEmpty());
    QVERIFY(banner->text().contains(banner->accessibleName()));
    // It sits across the top of the central area, above the pages.
    QVERIFY(banner->mapTo(m_window.get(), QPoint(0, 0)).y() <= m_window->centralWidget()->y() + 1);
    QVERIFY(banner->width() >= m_window->centralWidget()->width() - 1);

    Q_EMIT m_service->connectionChanged(true, QString());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Connexion rétablie.")), qPrintable(banner->text()));
    QCOMPARE(banner->toolTip(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 6000);
    // A "back" without a loss before it says nothing.
    Q_EMIT m_service->connectionChanged(true, QString());
    QVERIFY(!banner->isVisible());
}

void TestWorkstations::notesKeptUntilTheDatabaseTakesThem()
{
    const AppointmentId a = m_clinic->addAppointment(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), 15);
    const AppointmentId b = m_clinic->addAppointment(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-23 09:15"), 15);
    openWindow();
    m_window->selectAppointment(a);
    auto *notes = byAccessibleName<QPlainTextEdit>(m_window->desk(), QStringLiteral("Notes privées"));
    auto *status = byName<QLabel>(m_window->desk(), "notesStatusLabel");
    QVERIFY(notes && status);

    // The database refuses the write as a lost server does: the statement
    // fails with a storage failure (a trigger, set by the other connection).
    QVERIFY(m_otherDb->exec(QStringLiteral(
        "CREATE TRIGGER refuse_notes BEFORE UPDATE ON appointments WHEN NEW.private_notes IS NOT OLD.private_notes "
        "BEGIN SELECT RAISE(ABORT, 'server closed the connection unexpectedly'); END")));
    QSignalSpy changed(m_service.get(), &BookingService::appointmentChanged);
    const QString text = QStringLiteral("Allergic to penicillin");
    QTest::keyClicks(notes, text);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Pas encore enregistrées")), qPrintable(status->text()));
    QCOMPARE(notes->toPlainText(), text);
    QCOMPARE(stored(a).privateNotes, QString());
    QVERIFY(m_window->desk()->hasUnsavedNotes());

    // Another desk changes the appointment meanwhile: the reload keeps the text.
    QVERIFY(m_other->setStatus(a, AppointmentStatus::Arrived));
    QTRY_VERIFY_WITH_TIMEOUT(byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé"))->isChecked(), Live);
    QCOMPARE(notes->toPlainText(), text);
    Q_EMIT m_service->reloadNeeded();
    QCOMPARE(notes->toPlainText(), text);
    // Switching away and back: still there, still pending.
    m_window->selectAppointment(b);
    QVERIFY(notes->toPlainText().isEmpty());
    m_window->selectAppointment(a);
    QCOMPARE(notes->toPlainText(), text);
    QVERIFY(status->text().contains(QStringLiteral("Pas encore enregistrées")));

    // The server is back: ChangeFeed says so, then asks for a reload.
    QVERIFY(m_otherDb->exec(QStringLiteral("DROP TRIGGER refuse_notes")));
    const auto savedNotes = [&] {
        return std::count_if(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            const auto x = args.at(0).value<Appointment>();
            return x.id == a && x.privateNotes == text;
        });
    };
    QCOMPARE(savedNotes(), 0);
    Q_EMIT m_service->connectionChanged(true, QString());
    Q_EMIT m_service->reloadNeeded();
    QCOMPARE(stored(a).privateNotes, text);
    QCOMPARE(savedNotes(), 1);
    QCOMPARE(notes->toPlainText(), text);
    QVERIFY2(status->text().contains(QStringLiteral("Enregistrées automatiquement")), qPrintable(status->text()));
    QVERIFY(!m_window->desk()->hasUnsavedNotes());
    // Nothing is written twice: another reconnection, a switch, the close.
    Q_EMIT m_service->connectionChanged(true, QString());
    m_window->selectAppointment(b);
    QVERIFY(m_window->close());
    QCOMPARE(savedNotes(), 1);
}

// Notes the database could not take when the window closes stay on this
// computer (readable by this user only) and are written at the next start,
// once.
void TestWorkstations::unsavedNotesSurviveClosingTheWindow()
{
    const AppointmentId a = m_clinic->addAppointment(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), 15);
    const QString drafts = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/unsaved-notes.ini";
    QFile::remove(drafts);
    QVERIFY(m_otherDb->exec(QStringLiteral(
        "CREATE TRIGGER refuse_notes BEFORE UPDATE ON appointments WHEN NEW.private_notes IS NOT OLD.private_notes "
        "BEGIN SELECT RAISE(ABORT, 'server closed the connection unexpectedly'); END")));
    openWindow();
    m_window->selectAppointment(a);
    auto *notes = byAccessibleName<QPlainTextEdit>(m_window->desk(), QStringLiteral("Notes privées"));
    QVERIFY(notes);
    const QString text = QStringLiteral("Tension 13/8, revoir dans un mois");
    QTest::keyClicks(notes, text);
    QVERIFY(m_window->close()); // the save on close is refused too
    m_window.reset();
    QCOMPARE(stored(a).privateNotes, QString());
    QVERIFY(QFile::exists(drafts));
    QCOMPARE(QFile::permissions(drafts) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // Next start, the server is back: written once, the file forgets them.
    QVERIFY(m_otherDb->exec(QStringLiteral("DROP TRIGGER refuse_notes")));
    QSignalSpy changed(m_service.get(), &BookingService::appointmentChanged);
    openWindow();
    QTRY_COMPARE(stored(a).privateNotes, text);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_window->desk()->hasUnsavedNotes());
    QVERIFY(m_window->close());
    m_window.reset();
    openWindow();
    QCoreApplication::processEvents(); // a retry would have been queued at construction
    QCOMPARE(changed.count(), 1);
    QSettings file(drafts, QSettings::IniFormat);
    QVERIFY2(file.allKeys().isEmpty(), qPrintable(file.allKeys().join(u' ')));
}

void TestWorkstations::removedAppointmentEmptiesTheDesk()
{
    const AppointmentId a = m_clinic->addAppointment(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), 15);
    openWindow();
    m_window->selectAppointment(a);
    QCOMPARE(m_window->desk()->appointment(), a);
    QVERIFY(m_other->remove(a));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->desk()->appointment(), AppointmentId(), Live);
    auto *empty = byName<QLabel>(m_window->desk(), "emptyDeskLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("n'existe plus")), qPrintable(empty->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!inGrid(a), Live);
}

void TestWorkstations::databaseFormSavesWithoutPassword()
{
    const QString passFile = m_clinic->dir.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    {
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# kept\nother.host:5432:*:someone:theirs\ndb.cabinet.local:5433:tbib:accueil:old\n");
    }
    openWindow();
    DatabaseForm *form = databaseForm();
    QVERIFY(form);
    QVERIFY(byName<QRadioButton>(form, "sqliteRadioButton")->isChecked()); // nothing saved: the default file
    byName<QRadioButton>(form, "postgresRadioButton")->click();
    const auto type = [&](const char *name, const QString &text) {
        auto *edit = byName<QLineEdit>(form, name);
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("databaseHostLineEdit", QStringLiteral("db.cabinet.local"));
    type("databasePortLineEdit", QStringLiteral("5433"));
    type("databaseNameLineEdit", QStringLiteral("tbib"));
    type("databaseUserLineEdit", QStringLiteral("accueil"));
    type("databasePasswordLineEdit", QStringLiteral("s3cr:et\\x"));
    QVERIFY(byAccessibleName<QLineEdit>(form, QStringLiteral("Mot de passe")));
    QTest::mouseClick(byName<QPushButton>(form, "saveDatabaseButton"), Qt::LeftButton);

    const QString saved = ConfigurationService::openMachineSettings()->value(QStringLiteral("storage/database")).toString();
    QCOMPARE(saved, QStringLiteral("postgresql://accueil@db.cabinet.local:5433/tbib"));
    QFile settingsFile(ConfigurationService::openMachineSettings()->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("s3cr"));
    QFile pgpass(passFile);
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(pgpass.readAll()),
             QStringLiteral("# kept\nother.host:5432:*:someone:theirs\ndb.cabinet.local:5433:tbib:accueil:s3cr\\:et\\\\x\n"));
    QT_STATBUF st;
    QCOMPARE(QT_STAT(QFile::encodeName(passFile).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u); // libpq ignores a password file others can read
    QVERIFY(byName<QLabel>(form, "databaseStatusLabel")->text().contains(QStringLiteral("prochain démarrage")));
    QVERIFY(byName<QLineEdit>(form, "databasePasswordLineEdit")->text().isEmpty());

    // The next start (main.cpp) opens what is saved; the form shows it again.
    form->reset();
    QVERIFY(byName<QRadioButton>(form, "postgresRadioButton")->isChecked());
    QCOMPARE(byName<QLineEdit>(form, "databasePortLineEdit")->text(), QStringLiteral("5433"));
    // A new password for another server: a new line, the others kept.
    type("databaseHostLineEdit", QStringLiteral("10.0.0.5"));
    type("databasePasswordLineEdit", QStringLiteral("autre"));
    QVERIFY(form->save());
    QVERIFY(pgpass.seek(0));
    pgpass.close();
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    const QString after = QString::fromUtf8(pgpass.readAll());
    QVERIFY(after.contains(QStringLiteral("db.cabinet.local:5433:tbib:accueil:s3cr\\:et\\\\x\n")));
    QVERIFY(after.endsWith(QStringLiteral("10.0.0.5:5433:tbib:accueil:autre\n")));
    qunsetenv("PGPASSFILE");
}

void TestWorkstations::databaseFormRefusesBadInput()
{
    const QString passFile = m_clinic->dir.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    openWindow();
    DatabaseForm *form = databaseForm();
    byName<QRadioButton>(form, "postgresRadioButton")->click();
    byName<QLineEdit>(form, "databaseHostLineEdit")->setText(QStringLiteral("db.cabinet.local"));
    byName<QLineEdit>(form, "databaseNameLineEdit")->setText(QStringLiteral("tbib"));
    byName<QLineEdit>(form, "databaseUserLineEdit")->setText(QStringLiteral("accueil"));
    byName<QLineEdit>(form, "databasePasswordLineEdit")->setText(QStringLiteral("secret"));
    for (const QString &port : {QStringLiteral("70000"), QStringLiteral("abc"), QString()}) {
        byName<QLineEdit>(form, "databasePortLineEdit")->setText(port);
        QTest::mouseClick(byName<QPushButton>(form, "saveDatabaseButton"), Qt::LeftButton);
        auto *error = byName<QLabel>(form, "databasePortErrorLabel");
        QVERIFY2(error && error->isVisible(), qPrintable(port));
        QVERIFY(error->text().contains(QStringLiteral("65535")));
    }
    QVERIFY(!ConfigurationService::openMachineSettings()->contains(QStringLiteral("storage/database")));
    QVERIFY(!QFile::exists(passFile));

    // SQLite: a full path only.
    byName<QRadioButton>(form, "sqliteRadioButton")->click();
    byName<QLineEdit>(form, "databasePathLineEdit")->setText(QStringLiteral("tbib.sqlite"));
    QVERIFY(!form->save());
    QVERIFY(byName<QLabel>(form, "databasePathErrorLabel")->isVisible());
    QVERIFY(!byName<QLabel>(form, "databasePortErrorLabel")->isVisible());
    QVERIFY(!ConfigurationService::openMachineSettings()->contains(QStringLiteral("storage/database")));
    const QString file = m_clinic->dir.filePath(QStringLiteral("shared.sqlite"));
    byName<QLineEdit>(form, "databasePathLineEdit")->setText(file);
    QVERIFY(form->save());
    QCOMPARE(ConfigurationService::openMachineSettings()->value(QStringLiteral("storage/database")).toString(), file);
    QVERIFY(!QFile::exists(passFile));
    qunsetenv("PGPASSFILE");
}

void TestWorkstations::databaseFormTestsTheConnection()
{
    qputenv("PGPASSFILE", QFile::encodeName(m_clinic->dir.filePath(QStringLiteral("pgpass"))));
    openWindow();
    DatabaseForm *form = databaseForm();
    auto *status = byName<QLabel>(form, "databaseStatusLabel");
    auto *path = byName<QLineEdit>(form, "databasePathLineEdit");
    auto *test = byAccessibleName<QPushButton>(form, QStringLiteral("Tester la connexion"));
    QVERIFY(test);
    path->setText(m_clinic->path());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("Connexion réussie")), qPrintable(status->text()));
    path->setText(m_clinic->dir.filePath(QStringLiteral("new.sqlite")));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("n'existe pas encore")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(m_clinic->dir.filePath(QStringLiteral("new.sqlite")))); // a test creates nothing
    path->setText(m_clinic->dir.filePath(QStringLiteral("missing/folder/new.sqlite")));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("Connexion impossible")), qPrintable(status->text()));
    // A PostgreSQL port where nothing listens: "no", plainly, and nothing saved.
    byName<QRadioButton>(form, "postgresRadioButton")->click();
    byName<QLineEdit>(form, "databaseHostLineEdit")->setText(QStringLiteral("127.0.0.1"));
    byName<QLineEdit>(form, "databasePortLineEdit")->setText(QStringLiteral("1"));
    byName<QLineEdit>(form, "databaseNameLineEdit")->setText(QStringLiteral("tbib"));
    byName<QLineEdit>(form, "databaseUserLineEdit")->setText(QStringLiteral("accueil"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(status->text().contains(QStringLiteral("Connexion impossible")), qPrintable(status->text()));
    QVERIFY(!ConfigurationService::openMachineSettings()->contains(QStringLiteral("storage/database")));
    qunsetenv("PGPASSFILE");
}

// docs/screenshots/config-database.png on the demo clinic (TBIB_SCREENSHOTS=1
// only; under xvfb-run with QT_QPA_PLATFORM=xcb for the desktop's fonts).
// desk-connection-lost.png comes from the running application on a real
// PostgreSQL server: tools/connection-screenshots.sh.
// A desk that starts while the clinic's server is away: a real failed open
// (a closed port), shown in French without the password; "Réessayer" asks
// main() to try again, "Quitter" to stop.
void TestWorkstations::unreachableDatabaseAtStart()
{
    const QString url = QStringLiteral("postgresql://accueil:s3cret-word@127.0.0.1:1/tbib?connect_timeout=2");
    auto failed = Database::open(url);
    QVERIFY(!failed);
    const QString shown = DatabaseLocation::parse(url)->toString(false);
    UnreachableDatabaseDialog dialog(shown, failed.error());
    QCOMPARE(dialog.text(), QStringLiteral("La base de données du cabinet ne peut pas être ouverte."));
    QVERIFY2(dialog.informativeText().contains(u"postgresql://accueil@127.0.0.1:1/tbib"),
             qPrintable(dialog.informativeText()));
    for (const QString &text : {dialog.text(), dialog.informativeText(), dialog.detailedText()})
        QVERIFY2(!text.contains(u"s3cret"), qPrintable(text));
    QVERIFY(!dialog.detailedText().isEmpty());
    QCOMPARE(dialog.retryButton()->text(), QStringLiteral("Réessayer"));
    QTimer::singleShot(0, dialog.retryButton(), &QAbstractButton::click);
    QCOMPARE(dialog.exec(), int(QMessageBox::Retry));
    QTimer::singleShot(0, dialog.button(QMessageBox::Close), &QAbstractButton::click);
    QCOMPARE(dialog.exec(), int(QMessageBox::Close));
    QCOMPARE(dialog.button(QMessageBox::Close)->text(), QStringLiteral("Quitter"));
}

void TestWorkstations::screenshot()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to write docs/screenshots/config-database.png");
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2026, 11, 24), 10 * 60 + 50));
    QVERIFY(DemoClinic::install(**db, clock));
    auto service = std::make_unique<BookingService>(**db, clock);
    m_window = std::make_unique<MainWindow>(*service, **db);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DatabaseForm *form = databaseForm();
    QVERIFY(form);
    byName<QRadioButton>(form, "postgresRadioButton")->click();
    byName<QLineEdit>(form, "databaseHostLineEdit")->setText(QStringLiteral("192.168.1.10"));
    byName<QLineEdit>(form, "databaseNameLineEdit")->setText(QStringLiteral("tbib"));
    byName<QLineEdit>(form, "databaseUserLineEdit")->setText(QStringLiteral("accueil"));
    byName<QLineEdit>(form, "databasePasswordLineEdit")->setText(QStringLiteral("secret"));
    auto *scroll = m_window->configurationPage()->clinic()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(form, 0, 0);
    QTest::qWait(50); // let the style settle; this test only draws
    QVERIFY(m_window->grab().save(QStringLiteral(TBIB_SOURCE_DIR "/docs/screenshots/config-database.png")));
    m_window.reset();
    service.reset();
}

QTEST_MAIN(TestWorkstations)
#include "tst_workstations.moc"
