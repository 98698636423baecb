// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QListWidget>
#include <QPointer>
#include <QWidget>

class QLineEdit;

namespace tbib {

class BookingService;
class Database;

// The agenda toolbar's patient search (DESIGN §7): type a name or a phone
// number, pick a patient, see their coming appointments and pick one; the
// search emits the choice (intent) and the page jumps the grid and the desk
// to it. The results float under the field, above the agenda, as a list that
// keyboard and screen-reader users walk like any other (↓ from the field,
// Enter to pick, Esc to close). It reads through ClinicStore and writes nothing.
class PatientSearch final : public QWidget
{
    Q_OBJECT
public:
    PatientSearch(BookingService &service, const Database &db, QWidget *parent = nullptr);
    ~PatientSearch() override;
    Q_DISABLE_COPY_MOVE(PatientSearch)

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    // The patient whose appointments are listed (invalid while matching names).
    [[nodiscard]] PatientId shownPatient() const { return m_patient; }
    // Lists the patient's coming appointments (what picking the patient does).
    void showPatient(PatientId patient);

    // What a row of the results is (Qt::UserRole), its id at IdRole.
    enum class Row { Patient, Appointment, Note };
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int MaxPatients = 8;
    static constexpr int MaxAppointments = 8;

Q_SIGNALS:
    void appointmentChosen(tbib::AppointmentId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void search(const QString &text);
    void pick(Row kind, qint64 id);
    void pickLater(const QListWidgetItem *item);
    void addNote(const QString &text);
    void showResults();
    void hideResults();
    void focusFirstChoice();
    [[nodiscard]] int firstChoice() const;
    [[nodiscard]] QString describe(const Appointment &appointment) const;
    const QList<Patient> &patients();

    BookingService &m_service;
    const Database &m_db;
    QLineEdit *m_edit = nullptr;
    QPointer<QListWidget> m_results;
    QList<Patient> m_patients;
    bool m_patientsLoaded = false;
    bool m_pickPending = false;
    PatientId m_patient;
};

} // namespace tbib
