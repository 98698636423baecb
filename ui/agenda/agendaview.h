// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGraphicsView;
class QHBoxLayout;
class QIcon;
class QLabel;
class QTimer;
class QToolButton;

namespace tbib {
class BookingService;
class Database;
}

namespace tbib::agenda {

class AgendaScene;
class AgendaGraphicsView;
class ElidedLabel;

// The desk's agenda (DESIGN §7): a French toolbar over a QGraphicsView time grid
// (timeGridWeek Monday–Sunday, or timeGridDay) for one doctor. It reads the
// visible range from the store, follows the service's signals without a manual
// refresh, and turns the pointer into intent: activation and new-appointment
// requests are signals; moves and resizes go to BookingService, and a refusal
// reverts the box and shows the service's sentence in a banner.
class AgendaView final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Week, Day };

    AgendaView(BookingService &service, const Database &db, QWidget *parent = nullptr);
    ~AgendaView() override;
    Q_DISABLE_COPY_MOVE(AgendaView)

    [[nodiscard]] QDate date() const { return m_date; }
    void setDate(QDate date);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    [[nodiscard]] DoctorId doctor() const { return m_doctor; }
    void setDoctor(DoctorId doctor);
    [[nodiscard]] QList<QDate> days() const;
    // Jumps to the appointment's doctor and day and selects it (highlight and
    // keyboard focus, scrolled into view), as the patient search asks.
    void showAppointment(AppointmentId id);
    // A control for the toolbar's first row, after the doctor selector (the
    // page puts the patient search and "Nouveau rendez-vous" there).
    void addToolbarWidget(QWidget *widget);
    // The doctor's face (or initials) in the selector; the page draws it.
    void setDoctorIcon(DoctorId doctor, const QIcon &icon);
    [[nodiscard]] QString title() const;

    [[nodiscard]] double slotHeight() const;
    // Staff's choice (Ctrl+wheel): the automatic fit stops from then on.
    void setSlotHeight(double height);
    // DESIGN §7: strictly side by side at the desk (false); FullCalendar's default is true.
    void setSlotEventOverlap(bool on);
    // The slot height at which the whole visible window fits the view (when
    // shown, resized or given other hours, until staff choose one).
    void fitToHeight();

    [[nodiscard]] AgendaScene *scene() const { return m_scene; }
    [[nodiscard]] QGraphicsView *graphicsView() const;

    void today();
    void previous();
    void next();
    // Reads the visible range again (the service's signals call it).
    void reload();
    // Re-reads the clock for the now line (a timer calls it each minute).
    void refreshNow();

Q_SIGNALS:
    void appointmentActivated(tbib::AppointmentId id);
    // The shown doctor changed (the selector, setDoctor or showAppointment).
    void doctorChanged(tbib::DoctorId doctor);
    void newAppointmentRequested(tbib::UtcSeconds start, tbib::UtcSeconds end);
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class AgendaGraphicsView;
    [[nodiscard]] bool handleNavigationKey(int key);
    void activate(AppointmentId id);
    void refit();
    void moveFocus(int step);
    void fillDoctors();
    // fillDoctors(), and doctorChanged() when the shown doctor is gone.
    void refreshDoctors();
    [[nodiscard]] TimeRange shownWindow() const;
    void showRefusal(const QString &message);
    void placeBanner();
    void onAppointmentSignal(const Appointment &appointment);
    void updateLegend(const QList<ConsultationType> &types);
    void updateTodayButton();

    BookingService &m_service;
    const Database &m_db;
    QDate m_date;
    Mode m_mode = Mode::Week;
    DoctorId m_doctor;
    QList<AppointmentId> m_shownIds;

    QToolButton *m_todayButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    ElidedLabel *m_titleLabel = nullptr;
    QHBoxLayout *m_topRow = nullptr;
    QToolButton *m_weekButton = nullptr;
    QToolButton *m_dayButton = nullptr;
    QComboBox *m_doctorCombo = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_legend = nullptr;
    bool m_fitted = false;
    bool m_slotHeightChosen = false;
    QTimer *m_bannerTimer = nullptr;
    QTimer *m_nowTimer = nullptr;
    AgendaGraphicsView *m_view = nullptr;
    AgendaScene *m_scene = nullptr;
};

} // namespace tbib::agenda
