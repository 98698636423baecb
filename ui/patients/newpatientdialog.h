// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace tbib {

class BookingService;
class Database;
class IdentityForm;

// "Nouveau patient" from the Patients page: the identity form, checked by
// core's rules (each sentence next to its field), then BookingService::addPatient.
// A patient already known by the same phone and birth date is pointed out
// first: staff open that record, or confirm a new one (twins share a phone).
class NewPatientDialog final : public QDialog
{
    Q_OBJECT
public:
    NewPatientDialog(BookingService &service, const Database &db, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewPatientDialog)

    // The patient created, or the known one staff chose to open instead.
    [[nodiscard]] PatientId patient() const { return m_patient; }
    [[nodiscard]] IdentityForm *form() const { return m_form; }

    // "Créer le patient": false (and the dialog stays open) if refused or if a
    // known patient was found and is shown first.
    bool create();

private:
    BookingService &m_service;
    const Database &m_db;
    IdentityForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_openExisting = nullptr;
    PatientId m_patient;
    PatientId m_known;     // found by phone and birth date
    bool m_confirmed = false; // staff confirmed a new patient despite m_known
};

} // namespace tbib
