// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpatientdialog.h"

#include "identityform.h"

#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tbib {

NewPatientDialog::NewPatientDialog(BookingService &service, const Database &db, QWidget *parent)
    : QDialog(parent), m_service(service), m_db(db), m_form(new IdentityForm(this))
{
    setObjectName(QStringLiteral("newPatientDialog"));
    setWindowTitle(tr("New patient"));
    setAccessibleName(tr("New patient"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("newPatientStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_openExisting = new QPushButton(tr("Open their record"), this);
    m_openExisting->setObjectName(QStringLiteral("openExistingButton"));
    m_openExisting->setAccessibleName(tr("Open their record"));
    m_openExisting->hide();
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_create = new QPushButton(tr("Create the patient"), this);
    m_create->setObjectName(QStringLiteral("primaryButton"));
    m_create->setAccessibleName(tr("Create the patient"));
    m_create->setDefault(true);
    buttons->addWidget(m_openExisting);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewPatientDialog::create);
    connect(m_form, &IdentityForm::returnPressed, this, &NewPatientDialog::create);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        m_patient = m_known;
        accept();
    });
    // Another phone or birth date is another question: ask again.
    connect(m_form, &IdentityForm::edited, this, [this] {
        m_confirmed = false;
        m_known = {};
        m_openExisting->hide();
        m_create->setText(tr("Create the patient"));
        m_status->hide();
    });
}

bool NewPatientDialog::create()
{
    const PatientIdentity identity = m_form->identity();
    const QList<FieldProblem> problems = identity.problems(m_service.today());
    m_form->showProblems(problems);
    if (!problems.isEmpty()) {
        m_status->hide();
        return false;
    }
    if (!m_confirmed) {
        auto known = ClinicStore(m_db).findPatient(identity.phone, identity.birthDate);
        if (known && *known) {
            // The web would recognise this identity as them: say so first.
            m_known = (*known)->id;
            m_confirmed = true;
            m_status->setText(tr("%1 already has this phone number and birth date.").arg((*known)->fullName()));
            m_status->show();
            m_openExisting->show();
            m_create->setText(tr("Create a new patient anyway"));
            return false;
        }
    }
    auto created = m_service.addPatient(identity);
    if (!created) {
        m_status->setText(created.error().message());
        m_status->show();
        return false;
    }
    m_patient = created->id;
    accept();
    return true;
}

} // namespace tbib
