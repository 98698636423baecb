// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "agendapage.h"
#include "config/configurationpage.h"
#include "desk/deskpanel.h"
#include "patients/patientspage.h"
#include "sidebar.h"
#include "theme.h"
#include "waitingqueuemodel.h"
#include "waitingroompage.h"

#include "service/bookingservice.h"
#include "service/configurationservice.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace tbib {

namespace {

const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto CollapsedKey = QStringLiteral("mainWindow/sidebarCollapsed");
// Bumped when the docks change, so that an old saved layout is not restored
// onto a window it does not describe.
constexpr int StateVersion = 1;

// The user's settings file. Without an organization name (the application
// sets none, because it would move the default database's folder) Qt would
// file it under "Unknown Organization"; the application's name is used instead.
std::unique_ptr<QSettings> windowSettings()
{
    const QString app = QCoreApplication::applicationName();
    const QString organization = QCoreApplication::organizationName();
    return std::make_unique<QSettings>(QSettings::defaultFormat(), QSettings::UserScope,
                                       organization.isEmpty() ? app : organization, app);
}

} // namespace

MainWindow::MainWindow(BookingService &service, const Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_machineSettings(ConfigurationService::openMachineSettings())
    , m_configuration(new ConfigurationService(service, db, *m_machineSettings, this))
    , m_queue(new WaitingQueueModel(service, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setStyleSheet(theme::styleSheet());
    auto catalogue = m_service.catalogue();
    const QString clinic = catalogue ? (*catalogue)->clinic.name : QString();
    setWindowTitle(clinic.isEmpty() ? QStringLiteral("TBIB") : clinic + u" — TBIB");

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Shown only while the connection to the database server is lost (and
    // briefly when it is back): plain words across the top, over every page.
    m_connectionBanner = new QLabel(central);
    m_connectionBanner->setObjectName(QStringLiteral("connectionBanner"));
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setTextFormat(Qt::PlainText);
    m_connectionBanner->setContentsMargins(16, 8, 16, 8);
    m_connectionBanner->hide();
    column->addWidget(m_connectionBanner);
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(4000);
    connect(m_bannerTimer, &QTimer::timeout, m_connectionBanner, &QWidget::hide);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    column->addLayout(row, 1);
    m_sidebar = new Sidebar(central);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Page order follows Sidebar::Page.
    m_agenda = new AgendaPage(service, db, m_pages);
    m_patients = new PatientsPage(service, db, m_pages);
    m_waitingRoom = new WaitingRoomPage(service, *m_queue, m_pages);
    auto *settings = m_configurationPage = new ConfigurationPage(*m_configuration, m_pages);
    for (QWidget *page : {static_cast<QWidget *>(m_agenda), static_cast<QWidget *>(m_patients),
                          static_cast<QWidget *>(m_waitingRoom), static_cast<QWidget *>(settings)})
        m_pages->addWidget(page);

    m_desk = new DeskPanel(service, db, this);
    m_deskDock = new QDockWidget(tr("Appointment"), this);
    m_deskDock->setObjectName(QStringLiteral("deskDock"));
    m_deskDock->setAccessibleName(tr("Appointment"));
    m_deskDock->setFeatures(QDockWidget::DockWidgetMovable);
    m_deskDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_deskDock->setWidget(m_desk);
    m_deskDock->setMinimumWidth(340);
    // The desk sits on the trailing side: right, or left in a right-to-left
    // (Arabic) window. QMainWindow does not mirror dock areas by itself.
    addDockWidget(trailingDockArea(), m_deskDock);

    connect(m_sidebar, &Sidebar::pageRequested, this, [this](Sidebar::Page page) { showPage(int(page)); });
    connect(m_sidebar, &Sidebar::collapsedChanged, this, [this] { saveSettings(); });
    connect(m_sidebar, &Sidebar::aboutRequested, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_queue, &WaitingQueueModel::countChanged, m_sidebar, &Sidebar::setQueueCount);
    connect(m_agenda, &AgendaPage::appointmentSelected, m_desk, &DeskPanel::showAppointment);
    connect(m_waitingRoom, &WaitingRoomPage::appointmentSelected, m_desk, &DeskPanel::showAppointment);
    connect(m_desk, &DeskPanel::openRecord, this, &MainWindow::openRecord);
    connect(this, &MainWindow::openRecord, this, &MainWindow::showRecord);
    connect(m_patients, &PatientsPage::appointmentActivated, this, &MainWindow::selectAppointment);
    // The clinic's name is the window's title.
    connect(&m_service, &BookingService::catalogueChanged, this, [this] {
        auto c = m_service.catalogue();
        const QString name = c ? (*c)->clinic.name : QString();
        setWindowTitle(name.isEmpty() ? QStringLiteral("TBIB") : name + u" — TBIB");
    });
    m_sidebar->setQueueCount(m_queue->count());
    connect(&m_service, &BookingService::connectionChanged, this, &MainWindow::showConnection);

    resize(1400, 860);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::selectAppointment(AppointmentId id)
{
    m_sidebar->setCurrentPage(Sidebar::Page::Agenda);
    showPage(int(Sidebar::Page::Agenda));
    m_agenda->selectAppointment(id);
    if (m_desk->appointment() != id)
        m_desk->showAppointment(id);
}

void MainWindow::showRecord(PatientId id)
{
    m_sidebar->setCurrentPage(Sidebar::Page::Patients);
    showPage(int(Sidebar::Page::Patients));
    m_patients->openRecord(id);
}

void MainWindow::showConnection(bool connected, const QString &reason)
{
    // Colours in the banner's own style: the window's sheet is about the sidebar and pages.
    QString sentence;
    if (!connected) {
        m_bannerTimer->stop();
        sentence = tr("Connection to the database server lost. Reconnecting… What you type is kept.");
        m_connectionBanner->setText(u"⚠  " + sentence);
        m_connectionBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #FFF4CE; color: #5C3D00; border-bottom: 1px solid #E0B64A; font-weight: 600; }"));
        m_connectionBanner->setToolTip(reason);
        m_connectionBanner->setAccessibleDescription(reason);
        m_connectionBanner->show();
    } else {
        if (m_connectionBanner->isHidden())
            return; // nothing was said about a loss
        sentence = tr("Connection restored.");
        m_connectionBanner->setText(u"✓  " + sentence);
        m_connectionBanner->setStyleSheet(QStringLiteral(
            "QLabel { background: #E3F4E5; color: #1B5E20; border-bottom: 1px solid #A5D6A7; font-weight: 600; }"));
        m_connectionBanner->setToolTip(QString());
        m_connectionBanner->setAccessibleDescription(QString());
        m_bannerTimer->start();
    }
    m_connectionBanner->setAccessibleName(sentence);
}

Qt::DockWidgetArea MainWindow::trailingDockArea() const
{
    return layoutDirection() == Qt::RightToLeft ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    // The desk works appointments; on Configuration it would only take the
    // forms' room. It comes back with any other page.
    m_deskDock->setVisible(page != int(Sidebar::Page::Settings));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // First start (no saved layout): the desk takes about 30 % of the width.
    if (!m_dockSized) {
        m_dockSized = true;
        if (!windowSettings()->contains(StateKey))
            resizeDocks({m_deskDock}, {int(width() * 0.3)}, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Notes typed in the desk are written before anything else goes away.
    m_desk->flushNotes();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    const auto settings = windowSettings();
    settings->setValue(GeometryKey, saveGeometry());
    settings->setValue(StateKey, saveState(StateVersion));
    settings->setValue(CollapsedKey, m_sidebar->isCollapsed());
}

void MainWindow::restoreSettings()
{
    const auto settings = windowSettings();
    restoreGeometry(settings->value(GeometryKey).toByteArray());
    restoreState(settings->value(StateKey).toByteArray(), StateVersion);
    // A layout saved in another reading direction keeps its sizes, not its side.
    if (dockWidgetArea(m_deskDock) != trailingDockArea())
        addDockWidget(trailingDockArea(), m_deskDock);
    // Closed on Configuration, the saved state says "hidden"; the desk has no
    // close button, so it always starts shown (with the agenda).
    m_deskDock->show();
    m_sidebar->setCollapsed(settings->value(CollapsedKey, false).toBool());
}

} // namespace tbib
