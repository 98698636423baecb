// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "policy/schedulecontext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace tbib {

class BookingService;
class Database;

// "Nouveau rendez-vous" at the desk: find the patient (or create one), choose
// the type and the motif, confirm the time. The booking goes through
// BookingService::bookDesk; a refused rule shows its sentence, and when staff
// may override it, a check box asks for the explicit confirmation DESIGN §3
// requires before the same booking is tried again with that override.
class NewAppointmentDialog final : public QDialog
{
    Q_OBJECT
public:
    NewAppointmentDialog(BookingService &service, const Database &db, DoctorId doctor, UtcSeconds start,
                         QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewAppointmentDialog)

    [[nodiscard]] AppointmentId booked() const { return m_booked; }
    // Selects a listed patient (tests and the patient search use it).
    bool selectPatient(PatientId id);

    void accept() override;

private:
    void search(const QString &text);
    void fillTypes();
    [[nodiscard]] std::optional<PatientId> chosenPatient();
    [[nodiscard]] UtcSeconds chosenStart() const;

    BookingService &m_service;
    const Database &m_db;
    DoctorId m_doctor;
    QList<Patient> m_patients;
    AppointmentId m_booked;
    Overrides m_offered;

    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_motif = nullptr;
    QDateEdit *m_day = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_override = nullptr;
};

} // namespace tbib
