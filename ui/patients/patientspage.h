// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace tbib {

class BookingService;
class Database;
class PatientFilterProxyModel;
class PatientListModel;
class PatientRecord;

// The Patients page (DESIGN §7): the searchable, sortable list of every
// patient, and the medical record of the one opened (from the list, or from
// the desk's "Dossier médical" through openRecord()).
class PatientsPage final : public QWidget
{
    Q_OBJECT
public:
    PatientsPage(BookingService &service, const Database &db, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PatientsPage)

    [[nodiscard]] PatientListModel *model() const { return m_model; }
    [[nodiscard]] PatientFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] PatientRecord *record() const { return m_record; }
    [[nodiscard]] bool isRecordShown() const;

    void openRecord(PatientId id);
    void showList();
    // "Nouveau patient": the dialog, then the new patient's record.
    void newPatient();

Q_SIGNALS:
    void appointmentActivated(tbib::AppointmentId id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();

    BookingService &m_service;
    const Database &m_db;
    PatientListModel *m_model = nullptr;
    PatientFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    PatientRecord *m_record = nullptr;
};

} // namespace tbib
