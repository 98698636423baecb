// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QSettings;
class QStackedWidget;
class QTimer;

namespace tbib {

class AgendaPage;
class BookingService;
class ConfigurationPage;
class ConfigurationService;
class Database;
class DeskPanel;
class PatientsPage;
class Sidebar;
class WaitingQueueModel;
class WaitingRoomPage;

// The desk window (DESIGN §7): the sidebar on the leading side, the pages in
// the centre, the desk as a dock on the trailing side. Geometry, dock layout
// and the sidebar's state are remembered in QSettings ("mainWindow/…").
// Views only emit intent; the window routes it (a selection to the desk).
// A banner across the top says when the connection to the database server
// is lost, and when it is back.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(BookingService &service, const Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    [[nodiscard]] Sidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] AgendaPage *agenda() const { return m_agenda; }
    [[nodiscard]] DeskPanel *desk() const { return m_desk; }
    [[nodiscard]] WaitingQueueModel *queue() const { return m_queue; }
    [[nodiscard]] WaitingRoomPage *waitingRoom() const { return m_waitingRoom; }
    [[nodiscard]] PatientsPage *patients() const { return m_patients; }
    [[nodiscard]] ConfigurationPage *configurationPage() const { return m_configurationPage; }
    // Every Configuration change goes through it; the program listens to it
    // to restart the booking server.
    [[nodiscard]] ConfigurationService *configuration() const { return m_configuration; }

    // Shows the appointment in the agenda and the desk.
    void selectAppointment(AppointmentId id);

    // Shows the patient's medical record on the Patients page.
    void showRecord(PatientId id);

Q_SIGNALS:
    void openRecord(tbib::PatientId patient);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showPage(int page);
    // BookingService::connectionChanged: the banner.
    void showConnection(bool connected, const QString &reason);
    [[nodiscard]] Qt::DockWidgetArea trailingDockArea() const;
    void saveSettings() const;
    void restoreSettings();

    BookingService &m_service;
    std::unique_ptr<QSettings> m_machineSettings;
    ConfigurationService *m_configuration = nullptr;
    ConfigurationPage *m_configurationPage = nullptr;
    WaitingQueueModel *m_queue = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    AgendaPage *m_agenda = nullptr;
    WaitingRoomPage *m_waitingRoom = nullptr;
    PatientsPage *m_patients = nullptr;
    DeskPanel *m_desk = nullptr;
    QDockWidget *m_deskDock = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QTimer *m_bannerTimer = nullptr;
    bool m_dockSized = false;
};

} // namespace tbib
