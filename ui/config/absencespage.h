// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formerrors.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QWidget;

namespace tbib {

class AbsencesModel;
class ConfigurationService;

// Configuration → Absences: the doctor's absences, a form to add, edit or
// delete one. Saving an absence that covers booked appointments first lists
// them; staff choose for each to keep it, move it (a new start) or cancel
// it, then confirm: the absence and every choice are saved together or not
// at all.
class AbsencesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AbsencesPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AbsencesPage)

    void setDoctor(DoctorId doctor);
    [[nodiscard]] AbsencesModel *model() const { return m_model; }
    void startNew();
    void edit(AbsenceId id);
    // The form's range in UTC (clinic-local edits).
    void setRange(TimeRange range);
    // Saves, or lists the covered appointments and waits for a second save.
    // True once saved.
    bool save();
    void removeCurrent();
    // The covered appointments listed for a choice (empty when none).
    [[nodiscard]] QList<AppointmentView> collisions() const { return m_collisions; }
    // Staff's choice for a listed appointment (row order of collisions()).
    void setChoice(int row, CollisionChoice::Action action, UtcSeconds newStart = 0);

private:
    void showCollisions(const QList<AppointmentView> &covered);
    void hideCollisions();
    [[nodiscard]] DoctorAbsence formAbsence() const;
    [[nodiscard]] QList<CollisionChoice> choices() const;

    ConfigurationService &m_config;
    AbsencesModel *m_model = nullptr;
    DoctorId m_doctor;
    AbsenceId m_editing;
    FormErrors m_errors;
    QList<AppointmentView> m_collisions;
    TimeRange m_listedFor; // the range whose collisions are listed

    QTableView *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_collisionPanel = nullptr;
    QLabel *m_collisionTitle = nullptr;
    QTableWidget *m_collisionTable = nullptr;
};

} // namespace tbib
