// SPDX-License-Identifier: GPL-3.0-or-later
// The desk window driven the way staff and assistive technology drive it:
// controls found by accessible or object name, real clicks and typing, on a
// real clinic database with a manual clock (offscreen platform).
#include "windowtest.h"

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agenda/appointmentitem.h"
#include "agendapage.h"
#include "dayappointmentsmodel.h"
#include "desk/deskpanel.h"
#include "mainwindow.h"
#include "newappointmentdialog.h"
#include "patientsearch.h"
#include "sidebar.h"
#include "waitingqueuemodel.h"
#include "waitingroompage.h"

#include "io/democlinic.h"
#include "service/translations.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace tbib;
using namespace tbib::test;

namespace {

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

template <typename T>
T *byName(QWidget *root, const char *objectName)
{
    return root->findChild<T *>(QString::fromLatin1(objectName));
}

// Depth-first through the accessibility tree, as an AT-SPI client walks it:
// every shown node with that name (the grid's box and, when the day list is
// shown, its row share it). What is hidden is skipped with its children.
void findAccessibles(QAccessibleInterface *node, const QString &name, QList<QAccessibleInterface *> &out,
                     int depth = 0)
{
    if (!node || depth > 40 || node->state().invisible)
        return;
    if (node->text(QAccessible::Name) == name)
        out.append(node);
    for (int i = 0; i < node->childCount(); ++i)
        findAccessibles(node->child(i), name, out, depth + 1);
}

// The first visible node with that name that can be pressed.
QAccessibleInterface *findPressable(QAccessibleInterface *root, const QString &name)
{
    QList<QAccessibleInterface *> all;
    findAccessibles(root, name, all);
    for (QAccessibleInterface *node : std::as_const(all)) {
        // A push button presses, a checkable one (the desk's status buttons) toggles.
        const QStringList actions = node->actionInterface() ? node->actionInterface()->actionNames() : QStringList();
        if (!node->state().invisible
            && (actions.contains(QAccessibleActionInterface::pressAction())
                || actions.contains(QAccessibleActionInterface::toggleAction())))
            return node;
    }
    return nullptr;
}

// The row of a list widget whose text contains `text`.
QListWidgetItem *rowContaining(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public tbib::test::WindowTest
{
    Q_OBJECT
public:
    TestMainWindow() : WindowTest(QStringLiteral("tst_mainwindow")) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDeskAsksForASelection();
    void selectingFillsTheDesk();
    void arrivedReachesQueueAndWaitingRoom();
    void notesSurviveSwitchingAndClosing();
    void sidebarCollapsesAndRemembers();
    void refusedStatusShowsTheSentence();
    void agendaFollowsTheService();
    void newAppointmentFromTheToolbar();
    void gridClickFillsTheDeskAndArrivedRecolours();
    void dragOntoTakenTimeRevertsWithTheSentence();
    void accessibleAppointmentOpensInTheDesk();
    void patientSearchJumpsToAnAppointment();
    void patientSearchByPhoneAndKeyboard();
    void gridDoctorDrivesTheDayList();
    void toolbarFitsBesideTheDesk_data();
    void toolbarFitsBesideTheDesk();
    void screenshot();

private:
    void openWindow();
    AppointmentId book(PatientId patient, TypeId type, const QString &start, const QString &motif);
    void select(AppointmentId id);
    [[nodiscard]] agenda::AgendaView *grid() const { return m_window->agenda()->grid(); }
    [[nodiscard]] agenda::AppointmentItem *itemOf(AppointmentId id) const
    {
        const auto items = grid()->scene()->itemsOf(id);
        return items.isEmpty() ? nullptr : items.first();
    }
    [[nodiscard]] QPoint onScreen(QPointF scenePos) const { return grid()->graphicsView()->mapFromScene(scenePos); }
    [[nodiscard]] Appointment stored(AppointmentId id) const
    {
        return *ClinicStore(*m_clinic->db).appointment(id).value();
    }

};

void TestMainWindow::initTestCase()
{
    QVERIFY(isolateSettings());
}

void TestMainWindow::init()
{
    QVERIFY(startClinic());
}

void TestMainWindow::cleanup()
{
    endClinic();
}

void TestMainWindow::openWindow()
{
    m_testers.clear();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_service, *m_clinic->db);
    m_window->desk()->setSaveDelay(60 * 60 * 1000); // only the flushes save, unless a test says otherwise
    m_window->queue()->setTickInterval(20);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->agenda()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_window->queue(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

AppointmentId TestMainWindow::book(PatientId patient, TypeId type, const QString &start, const QString &motif)
{
    auto r = m_service->bookDesk({m_clinic->doctor, patient, type, m_clinic->local(start), motif, {}});
    return r ? r->id : AppointmentId();
}

// As staff do: click the box in the grid.
void TestMainWindow::select(AppointmentId id)
{
    QTRY_VERIFY(itemOf(id));
    QWidget *viewport = grid()->graphicsView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, onScreen(itemOf(id)->sceneBoundingRect().center()));
    QTRY_COMPARE(m_window->desk()->appointment(), id);
}

void TestMainWindow::emptyDeskAsksForASelection()
{
    openWindow();
    auto *empty = byName<QLabel>(m_window.get(), "emptyDeskLabel");
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Sélectionnez un rendez-vous.")));
    // The dock takes about 30 % of the window on a first start.
    const auto *dock = m_window->findChild<QWidget *>(QStringLiteral("deskDock"));
    QVERIFY(dock);
    QVERIFY2(dock->width() > m_window->width() / 5 && dock->width() < m_window->width() / 2,
             qPrintable(QString::number(dock->width())));
}

void TestMainWindow::selectingFillsTheDesk()
{
    const AppointmentId id =
        book(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-11-23 09:00"), QStringLiteral("Douleurs lombaires"));
    QVERIFY(id.isValid());
    openWindow();
    select(id);
    auto *desk = m_window->desk();
    QCOMPARE(byName<QLabel>(desk, "patientNameLabel")->text(), QStringLiteral("Karim Connu"));
    const QString details = byName<QLabel>(desk, "patientDetailsLabel")->text();
    QVERIFY2(details.contains(QStringLiteral("46 ans")), qPrintable(details)); // born 17 May 1980
    QVERIFY2(details.contains(QStringLiteral("06 12 34 56 78")), qPrintable(details));
    QCOMPARE(byName<QLabel>(desk, "motifLabel")->text(), QStringLiteral("Douleurs lombaires"));
    QVERIFY(byName<QLabel>(desk, "typeLabel")->text().startsWith(QStringLiteral("Première consultation, 30 min")));
    QVERIFY(byName<QLabel>(desk, "avatarLabel")->accessibleName() == QStringLiteral("KC"));
    // The four buttons carry the bare French words; none is checked for a booked appointment.
    for (const char *word : {"Arrivé", "En cours", "Terminé", "Absent"}) {
        auto *button = byAccessibleName<QToolButton>(desk, QString::fromUtf8(word));
        QVERIFY2(button, word);
        QVERIFY(!button->isChecked());
    }
    QVERIFY(byAccessibleName<QPushButton>(desk, QStringLiteral("Dossier médical")));
    QSignalSpy record(desk, &DeskPanel::openRecord);
    QTest::mouseClick(byAccessibleName<QPushButton>(desk, QStringLiteral("Dossier médical")), Qt::LeftButton);
    QCOMPARE(record.size(), 1);
    QCOMPARE(record.at(0).at(0).value<PatientId>(), m_clinic->karim);
}

void TestMainWindow::arrivedReachesQueueAndWaitingRoom()
{
    const AppointmentId id =
        book(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-11-23 09:00"), QStringLiteral("Contrôle"));
    m_clinic->clock.set(m_clinic->local(QStringLiteral("2026-11-23 08:50")));
    openWindow();
    QCOMPARE(m_window->sidebar()->queueCount(), 0);
    select(id);
    auto *arrived = byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé"));
    QVERIFY(arrived);
    QTest::mouseClick(arrived, Qt::LeftButton);

    QCOMPARE(stored(id).status, AppointmentStatus::Arrived);
    QVERIFY(arrived->isChecked());
    QTRY_COMPARE(m_window->sidebar()->queueCount(), 1);
    auto *badge = byName<QLabel>(m_window->sidebar(), "queueBadge");
    QCOMPARE(badge->text(), QStringLiteral("1"));

    // The waiting room lists him, and his waiting time follows the clock.
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Salle d'attente")),
                      Qt::LeftButton);
    auto *list = byName<QListView>(m_window.get(), "waitingListView");
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Karim Connu")));
    QCOMPARE(list->model()->index(0, 0).data(WaitingQueueModel::WaitedMinutesRole).toLongLong(), 0);
    m_clinic->clock.advance(7 * 60);
    QTRY_COMPARE(list->model()->index(0, 0).data(WaitingQueueModel::WaitedMinutesRole).toLongLong(), 7);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(QStringLiteral("7 min")));

    // "Appeler le patient suivant" takes him in: in progress, queue empty.
    auto *callNext = byAccessibleName<QPushButton>(m_window.get(), QStringLiteral("Appeler le patient suivant"));
    QVERIFY(callNext);
    QTest::mouseClick(callNext, Qt::LeftButton);
    QCOMPARE(stored(id).status, AppointmentStatus::InProgress);
    QTRY_COMPARE(m_window->sidebar()->queueCount(), 0);
    QVERIFY(!badge->isVisible());
    QVERIFY(!callNext->isEnabled());
    QTRY_VERIFY(byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("En cours"))->isChecked());
}

void TestMainWindow::notesSurviveSwitchingAndClosing()
{
    const AppointmentId a = book(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), {});
    const AppointmentId b = book(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-23 09:15"), {});
    openWindow();
    auto *notes = byAccessibleName<QPlainTextEdit>(m_window->desk(), QStringLiteral("Notes privées"));
    QVERIFY(notes);

    select(a);
    QTest::keyClicks(notes, QStringLiteral("Allergic to penicillin"));
    select(b); // the pause never came: the switch itself saves
    QCOMPARE(stored(a).privateNotes, QStringLiteral("Allergic to penicillin"));
    QVERIFY(notes->toPlainText().isEmpty());
    QTest::keyClicks(notes, QStringLiteral("Call back on Friday"));
    select(a);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Allergic to penicillin"));
    QCOMPARE(stored(b).privateNotes, QStringLiteral("Call back on Friday"));

    // The pause saves too.
    m_window->desk()->setSaveDelay(10);
    QTest::keyClicks(notes, QStringLiteral("; asthma"));
    QTRY_COMPARE(stored(a).privateNotes, QStringLiteral("Allergic to penicillin; asthma"));

    // Closing the window writes what is pending.
    m_window->desk()->setSaveDelay(60 * 60 * 1000);
    QTest::keyClicks(notes, QStringLiteral("."));
    QVERIFY(m_window->close());
    QCOMPARE(stored(a).privateNotes, QStringLiteral("Allergic to penicillin; asthma."));
}

void TestMainWindow::sidebarCollapsesAndRemembers()
{
    openWindow();
    Sidebar *sidebar = m_window->sidebar();
    for (const char *name : {"Agenda", "Patients", "Salle d'attente", "Configuration"})
        QVERIFY2(byAccessibleName<QPushButton>(sidebar, QString::fromUtf8(name)), name);
    QCOMPARE(sidebar->width(), 256);
    auto *toggle = byName<QPushButton>(sidebar, "sidebarToggleButton");
    QVERIFY(toggle && !toggle->accessibleName().isEmpty());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(sidebar->width(), 64);
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/sidebarCollapsed")).toBool(), true);

    // The pages still answer when collapsed; the placeholders say what comes later.
    QTest::mouseClick(byAccessibleName<QPushButton>(sidebar, QStringLiteral("Patients")), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("patientsPage"))->isVisible());

    // A new window starts collapsed.
    m_window->close();
    openWindow();
    QTRY_COMPARE(m_window->sidebar()->width(), 64);
    QTest::mouseClick(byName<QPushButton>(m_window->sidebar(), "sidebarToggleButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->sidebar()->width(), 256);
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/sidebarCollapsed")).toBool(), false);
}

void TestMainWindow::refusedStatusShowsTheSentence()
{
    // Karim's appointment was cancelled and Lucie took its time: undoing the
    // cancel would double-book, so the desk refuses and changes nothing.
    const AppointmentId cancelled = book(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), {});
    QVERIFY(m_service->cancel(cancelled));
    QVERIFY(book(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), {}).isValid());
    openWindow();
    m_window->selectAppointment(cancelled);
    QTRY_COMPARE(m_window->desk()->appointment(), cancelled);
    auto *error = byName<QLabel>(m_window->desk(), "deskErrorLabel");
    QVERIFY(!error->isVisible());

    auto *arrived = byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé"));
    QTest::mouseClick(arrived, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), errorMessage(ErrorCode::SlotTaken));
    QCOMPARE(error->text(), QStringLiteral("Ce créneau n'est plus disponible. Veuillez en choisir un autre."));
    QCOMPARE(stored(cancelled).status, AppointmentStatus::Cancelled);
    QVERIFY(!stored(cancelled).arrivedAt);
    QVERIFY(!arrived->isChecked());
    QCOMPARE(m_window->sidebar()->queueCount(), 0);
}

void TestMainWindow::agendaFollowsTheService()
{
    openWindow();
    // The day's list shows beside the grid on a wide page only.
    m_window->resize(1900, 1000);
    QTRY_VERIFY(byName<QListView>(m_window.get(), "dayListView")->isVisible());
    DayAppointmentsModel *model = m_window->agenda()->model();
    QCOMPARE(model->rowCount(), 0);
    // A booking made elsewhere (the web, another desk) appears without a refresh.
    const AppointmentId late = book(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-23 10:00"), {});
    QTRY_COMPARE(model->rowCount(), 1);
    const AppointmentId early = book(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), {});
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->appointmentAt(0), early);
    select(late);
    // Moved to another day: it leaves this one; the desk keeps showing it.
    QVERIFY(m_service->move(late, m_clinic->local(QStringLiteral("2026-11-24 10:00"))));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(m_window->desk()->appointment(), late);
    QVERIFY(byName<QLabel>(m_window->desk(), "whenLabel")->text().contains(QStringLiteral("10:00")));
    // Cancelled: hidden from the day (DESIGN §2).
    QVERIFY(m_service->cancel(early));
    QTRY_COMPARE(model->rowCount(), 0);
    // Day navigation.
    QTest::mouseClick(byName<QPushButton>(m_window.get(), "nextDayButton"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 1);
    QTest::mouseClick(byName<QPushButton>(m_window.get(), "todayButton"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), 0);
}

// A quick offscreen look at the whole window on the demo clinic, written to
// the build folder (TBIB_SCREENSHOTS=1 only); docs/screenshots/desk.png comes
// from the running application (tools/desk-screenshots.sh).
void TestMainWindow::screenshot()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to write desk-offscreen.png into the build folder");
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2026, 11, 24), 10 * 60 + 50));
    QVERIFY(DemoClinic::install(**db, clock));
    auto service = std::make_unique<BookingService>(**db, clock);
    auto window = std::make_unique<MainWindow>(*service, **db);
    window->resize(1600, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // The first patient of the waiting room, or else the day's first appointment.
    AppointmentId shown = window->queue()->appointmentAt(0);
    if (!shown.isValid())
        shown = window->agenda()->model()->appointmentAt(0);
    QVERIFY(shown.isValid());
    window->selectAppointment(shown);
    QTRY_COMPARE(window->desk()->appointment(), shown);
    QTest::qWait(50); // let the style settle; this test only draws
    const QString path = QStringLiteral(QT_TESTCASE_BUILDDIR "/desk-offscreen.png");
    QVERIFY(window->grab().save(path));
    window.reset();
    service.reset();
}

// "Nouveau rendez-vous" in the toolbar: the dialog opens for the shown doctor,
// and what it books is in the agenda and the desk at once.
void TestMainWindow::newAppointmentFromTheToolbar()
{
    m_clinic->clock.set(m_clinic->local("2026-11-24 08:50"));
    openWindow();
    m_window->agenda()->setDoctor(m_clinic->doctor);
    m_window->agenda()->setDate(QDate(2026, 11, 24));
    QTest::mouseClick(byName<QPushButton>(m_window.get(), "newAppointmentButton"), Qt::LeftButton);
    NewAppointmentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewAppointmentDialog *>()) != nullptr);
    QVERIFY(dialog->selectPatient(m_clinic->lucie));
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeComboBox"));
    type->setCurrentIndex(type->findData(m_clinic->t15.value));
    dialog->accept();
    const AppointmentId booked = dialog->booked();
    QVERIFY(booked.isValid());
    const Appointment a = stored(booked);
    QCOMPARE(a.range.start, m_clinic->local("2026-11-24 09:00")); // the next quarter hour
    QCOMPARE(a.patientId, m_clinic->lucie);
    QTRY_VERIFY(m_window->agenda()->model()->rowOf(booked) >= 0);
    QTRY_COMPARE(m_window->desk()->appointment(), booked);
}

// Staff click a box in the grid: the desk fills; "Arrivé" recolours the box
// yellow and the sidebar's waiting-room count goes up.
void TestMainWindow::gridClickFillsTheDeskAndArrivedRecolours()
{
    const AppointmentId id =
        book(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-11-23 09:00"), QStringLiteral("Contrôle"));
    m_clinic->clock.set(m_clinic->local(QStringLiteral("2026-11-23 08:50")));
    openWindow();
    QTRY_VERIFY(itemOf(id));
    QCOMPARE(m_window->sidebar()->queueCount(), 0);
    QWidget *viewport = grid()->graphicsView()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, onScreen(itemOf(id)->sceneBoundingRect().center()));
    QTRY_COMPARE(m_window->desk()->appointment(), id);
    QCOMPARE(byName<QLabel>(m_window->desk(), "patientNameLabel")->text(), QStringLiteral("Karim Connu"));
    QVERIFY(itemOf(id)->isHighlighted());
    const QColor booked = itemOf(id)->fillColor();

    QTest::mouseClick(byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé")), Qt::LeftButton);
    QTRY_COMPARE(itemOf(id)->fillColor(), QColor(QStringLiteral("#FBC02D")));
    QVERIFY(booked != itemOf(id)->fillColor());
    QTRY_COMPARE(m_window->sidebar()->queueCount(), 1);
    QCOMPARE(byName<QLabel>(m_window->sidebar(), "queueBadge")->text(), QStringLiteral("1"));
    QVERIFY(itemOf(id)->isHighlighted()); // still the selected one
}

// A box dragged onto a taken time goes back, and the service's sentence says why.
void TestMainWindow::dragOntoTakenTimeRevertsWithTheSentence()
{
    const AppointmentId taken = book(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-11-24 10:00"), {});
    const AppointmentId moved = book(m_clinic->lucie, m_clinic->t30, QStringLiteral("2026-11-24 11:00"), {});
    openWindow();
    QTRY_VERIFY(itemOf(taken) && itemOf(moved));
    const QRectF before = itemOf(moved)->sceneBoundingRect();
    const QPointF from = before.center();
    const QPointF to = from - QPointF(0, before.top() - itemOf(taken)->sceneBoundingRect().top());
    QWidget *viewport = grid()->graphicsView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, onScreen(from));
    QTest::mouseMove(viewport, onScreen(from - QPointF(0, 10)));
    QTest::mouseMove(viewport, onScreen(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onScreen(to));
    auto *banner = byName<QLabel>(m_window.get(), "refusalBanner");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Ce créneau n'est plus disponible. Veuillez en choisir un autre."));
    QCOMPARE(itemOf(moved)->sceneBoundingRect(), before);
    QCOMPARE(stored(moved).range.start, m_clinic->local(QStringLiteral("2026-11-24 11:00")));
}

// An assistive technology finds the appointment by its name in the window's
// accessibility tree and presses it: the desk shows it.
void TestMainWindow::accessibleAppointmentOpensInTheDesk()
{
    const AppointmentId id = m_clinic->addAppointment(m_clinic->karim, m_clinic->t30,
                                                      QStringLiteral("2026-11-23 09:00"), 45, AppointmentStatus::Arrived);
    openWindow();
    QTRY_VERIFY(itemOf(id));
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(root);
    QAccessibleInterface *found =
        findPressable(root, QStringLiteral("09:00–09:45, Karim Connu, Première consultation, Arrivé"));
    QVERIFY(found);
    QCOMPARE(found->role(), QAccessible::ListItem);
    QVERIFY(found->state().focusable);
    QCOMPARE(found->parent(), QAccessible::queryAccessibleInterface(grid()->graphicsView()));
    QAccessibleActionInterface *actions = found->actionInterface();
    QCOMPARE(m_window->desk()->appointment(), AppointmentId());
    actions->doAction(QAccessibleActionInterface::pressAction());
    QTRY_COMPARE(m_window->desk()->appointment(), id);
    QVERIFY(found->state().selected);
    // …and the desk's status buttons by their French names (DESIGN §7).
    QAccessibleInterface *done = findPressable(root, QStringLiteral("Terminé"));
    QVERIFY(done);
    done->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QTRY_COMPARE(stored(id).status, AppointmentStatus::Done);
}

// Type a name, pick the patient, see the coming appointments, pick one: the
// grid jumps to its week and selects it, and the desk shows it.
void TestMainWindow::patientSearchJumpsToAnAppointment()
{
    const AppointmentId past = book(m_clinic->karim, m_clinic->t15, QStringLiteral("2026-11-23 09:00"), {});
    const AppointmentId later = book(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-12-02 10:00"), {});
    QVERIFY(past.isValid() && later.isValid());
    m_clinic->clock.set(m_clinic->local(QStringLiteral("2026-11-23 10:00"))); // the first one is over
    openWindow();
    QCOMPARE(grid()->days().first(), QDate(2026, 11, 23));
    auto *edit = byAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Rechercher un patient"));
    QVERIFY(edit);
    QCOMPARE(edit->placeholderText(), QStringLiteral("Rechercher un patient…"));
    QTest::keyClicks(edit, QStringLiteral("conn"));
    auto *results = byAccessibleName<QListWidget>(m_window.get(), QStringLiteral("Résultats de la recherche"));
    QVERIFY(results);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Karim Connu · 06 12 34 56 78")));
    QVERIFY(!rowContaining(results, QStringLiteral("Lucie")));

    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
    QTRY_COMPARE(m_window->agenda()->patientSearch()->shownPatient(), m_clinic->karim);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 2); // the heading, then the one coming appointment
    QVERIFY(results->item(0)->text().contains(QStringLiteral("Karim Connu")));
    QListWidgetItem *row = rowContaining(results, QStringLiteral("10:00–10:30"));
    QVERIFY(row);
    QCOMPARE(row->text(),
             QStringLiteral("mer. 02/12/2026 · 10:00–10:30 · Première consultation · Dr Amina Benali"));

    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(row).center());
    QTRY_COMPARE(m_window->desk()->appointment(), later);
    QTRY_VERIFY(!results->isVisible());
    QCOMPARE(grid()->days().first(), QDate(2026, 11, 30)); // the week of 2 December
    QVERIFY(itemOf(later));
    QVERIFY(itemOf(later)->isHighlighted());
    QCOMPARE(grid()->scene()->keyboardFocus(), later);
    QCOMPARE(m_window->agenda()->date(), QDate(2026, 12, 2)); // the day list too
}

// The phone number finds the patient too, and the keyboard alone gets there:
// ↓ into the results, Enter on the patient, Enter on the appointment; Esc closes.
void TestMainWindow::patientSearchByPhoneAndKeyboard()
{
    const AppointmentId id = book(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-25 09:30"), {});
    openWindow();
    auto *edit = byName<QLineEdit>(m_window.get(), "patientSearchEdit");
    auto *results = byName<QListWidget>(m_window.get(), "patientSearchResults");
    QVERIFY(edit && results);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("0711 22"));
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Lucie Martin")));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!results->isVisible());

    QTest::keyClick(edit, Qt::Key_Backspace);
    QTRY_VERIFY(results->isVisible());
    QTest::keyClick(edit, Qt::Key_Down);
    QTRY_VERIFY(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_COMPARE(m_window->agenda()->patientSearch()->shownPatient(), m_clinic->lucie);
    QTRY_VERIFY(results->hasFocus());
    QVERIFY(results->currentItem() && results->currentItem()->text().contains(QStringLiteral("09:30–09:45")));
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_COMPARE(m_window->desk()->appointment(), id);
    QVERIFY(!results->isVisible());

    // Nobody: said so, nothing to pick.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("zzz"));
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->count(), 1);
    QCOMPARE(results->item(0)->text(), QStringLiteral("Aucun patient trouvé"));

    // Another page: the results go with the field.
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Patients")), Qt::LeftButton);
    QTRY_VERIFY(!results->isVisible());
}

// The grid's doctor selector drives the page (AgendaView::doctorChanged).
void TestMainWindow::gridDoctorDrivesTheDayList()
{
    openWindow();
    auto *combo = byName<QComboBox>(grid(), "doctorComboBox");
    QVERIFY(combo && combo->count() == 2);
    QSignalSpy changed(grid(), &agenda::AgendaView::doctorChanged);
    const DoctorId other(combo->itemData(1).toLongLong());
    QVERIFY(other != m_window->agenda()->doctor());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // a user's choice: activated
    QTRY_COMPARE(grid()->doctor(), other);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_window->agenda()->doctor(), other);
    QCOMPARE(m_window->agenda()->model()->doctor(), other);
}

void TestMainWindow::toolbarFitsBesideTheDesk_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("collapsed");
    QTest::newRow("1400x860") << QSize(1400, 860) << false;
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1100x760") << QSize(1100, 760) << false;
    QTest::newRow("1100x760, sidebar collapsed") << QSize(1100, 760) << true;
}

// With the desk at about 30 %, every toolbar control is inside the grid's
// width and none overlaps another; the title is whole, or elided with the
// whole title as its tooltip.
void TestMainWindow::toolbarFitsBesideTheDesk()
{
    QFETCH(QSize, size);
    QFETCH(bool, collapsed);
    openWindow();
    m_window->sidebar()->setCollapsed(collapsed);
    m_window->resize(size);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("deskDock"));
    m_window->resizeDocks({dock}, {int(size.width() * 0.3)}, Qt::Horizontal);
    QTRY_COMPARE(m_window->size(), size);
    QTRY_VERIFY(dock->width() > 0);
    agenda::AgendaView *view = grid();
    QList<QWidget *> controls;
    for (const char *name : {"doctorComboBox", "patientSearch", "newAppointmentButton", "previousButton",
                             "nextButton", "todayButton", "agendaTitleLabel", "weekButton", "dayButton"}) {
        auto *w = view->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QTRY_VERIFY2(w->isVisible(), name);
        controls.append(w);
    }
    QTRY_VERIFY(view->width() > 0);
    for (QWidget *w : std::as_const(controls)) {
        const QRect r(w->mapTo(view, QPoint(0, 0)), w->size());
        QVERIFY2(view->rect().contains(r), qPrintable(w->objectName() + u" outside the agenda"));
        QVERIFY2(r.width() >= std::min(w->minimumSizeHint().width(), 40), qPrintable(w->objectName()));
        for (QWidget *other : std::as_const(controls)) {
            if (other == w)
                continue;
            const QRect o(other->mapTo(view, QPoint(0, 0)), other->size());
            QVERIFY2(!r.intersects(o), qPrintable(w->objectName() + u" overlaps " + other->objectName()));
        }
    }
    auto *title = view->findChild<QLabel *>(QStringLiteral("agendaTitleLabel"));
    const bool whole = title->fontMetrics().horizontalAdvance(title->text()) <= title->contentsRect().width();
    if (size.width() >= 1400)
        QVERIFY2(whole, qPrintable(QString::number(title->width())));
    QCOMPARE(title->toolTip(), whole ? QString() : title->text());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
