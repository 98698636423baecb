// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"
#include "domain/timerange.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;

namespace tbib {

namespace agenda {
class AgendaView;
}

class BookingService;
class Database;
class DayAppointmentsModel;
class PatientSearch;

// The Agenda page: the week / day time grid (ui/agenda/) and, beside it, the
// day's appointments as a list with its own day navigation. Activating an
// appointment in either emits the intent; the window shows it in the desk.
class AgendaPage final : public QWidget
{
    Q_OBJECT
public:
    AgendaPage(BookingService &service, const Database &db, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AgendaPage)

    [[nodiscard]] DoctorId doctor() const;
    void setDoctor(DoctorId doctor);
    [[nodiscard]] QDate date() const;
    void setDate(QDate date);
    // Shows the appointment's day and doctor and selects its row.
    void selectAppointment(AppointmentId id);
    // Opens "Nouveau rendez-vous" at `start` for the grid's doctor.
    void newAppointment(UtcSeconds start);
    [[nodiscard]] DayAppointmentsModel *model() const { return m_model; }
    [[nodiscard]] agenda::AgendaView *grid() const { return m_grid; }
    [[nodiscard]] PatientSearch *patientSearch() const { return m_search; }

    // Below this page width the day's list beside the grid is hidden.
    static constexpr int DayListMinimumPageWidth = 940;

Q_SIGNALS:
    void appointmentSelected(tbib::AppointmentId id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] QDate today() const;
    void updateTitle();
    void syncSelection();

    BookingService &m_service;
    const Database &m_db;
    DayAppointmentsModel *m_model = nullptr;
    agenda::AgendaView *m_grid = nullptr;
    PatientSearch *m_search = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_dayPanel = nullptr;
    AppointmentId m_selected; // what staff chose; the list follows it across changes
    bool m_syncing = false;
};

} // namespace tbib
