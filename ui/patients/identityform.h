// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/bookingservice.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace tbib {

// A patient's identity as a form: first name, last name, birth date, phone,
// each with the sentence of its refusal right under it. The rules are core's
// (PatientIdentity::problems); the form only shows what they say. Used by the
// medical record and the new-patient dialog.
class IdentityForm final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IdentityForm)

    // What is typed; an untouched birth date is no date.
    [[nodiscard]] PatientIdentity identity() const;
    // Fills the fields without counting as an edit.
    void setIdentity(const PatientIdentity &identity);
    // Each problem's sentence next to its field; the others are hidden.
    void showProblems(const QList<FieldProblem> &problems);
    void clearProblems();

Q_SIGNALS:
    void edited();        // by the user, not by setIdentity()
    void returnPressed(); // in one of the text fields

private:
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QList<std::pair<QString, QLabel *>> m_errors; // field name → its sentence
    bool m_filling = false;
};

} // namespace tbib
