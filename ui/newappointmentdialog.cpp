// SPDX-License-Identifier: GPL-3.0-or-later
#include "newappointmentdialog.h"

#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tbib {

namespace {

// Which explicit confirmation lets staff book despite a refusal (DESIGN §3).
Overrides overrideFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PatientBlocked:
    case ErrorCode::ExistingPatientRequired:
        return Override::PatientRules;
    case ErrorCode::InThePast:
    case ErrorCode::DoctorAbsent:
    case ErrorCode::OutsideWorkingHours:
    case ErrorCode::NotOnGrid:
        return Override::Grid;
    case ErrorCode::SlotTaken:
        return Override::Overlap;
    default:
        return {};
    }
}

} // namespace

NewAppointmentDialog::NewAppointmentDialog(BookingService &service, const Database &db, DoctorId doctor,
                                           UtcSeconds start, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_db(db)
    , m_doctor(doctor)
{
    setObjectName(QStringLiteral("newAppointmentDialog"));
    setWindowTitle(tr("New appointment"));
    auto *layout = new QVBoxLayout(this);

    auto *patientBox = new QGroupBox(tr("Patient"), this);
    auto *patientLayout = new QVBoxLayout(patientBox);
    m_search = new QLineEdit(patientBox);
    m_search->setObjectName(QStringLiteral("patientSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name or phone"));
    m_search->setAccessibleName(tr("Search a patient"));
    m_matches = new QListWidget(patientBox);
    m_matches->setObjectName(QStringLiteral("patientMatchesListWidget"));
    m_matches->setAccessibleName(tr("Matching patients"));
    m_matches->setMaximumHeight(120);
    patientLayout->addWidget(m_search);
    patientLayout->addWidget(m_matches);
    auto *newPatient = new QFormLayout;
    m_firstName = new QLineEdit(patientBox);
    m_firstName->setObjectName(QStringLiteral("firstNameLineEdit"));
    m_lastName = new QLineEdit(patientBox);
    m_lastName->setObjectName(QStringLiteral("lastNameLineEdit"));
    m_birthDate = new QDateEdit(patientBox);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_birthDate->setDate(QDate(1980, 1, 1));
    m_phone = new QLineEdit(patientBox);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    newPatient->addRow(new QLabel(tr("Or a new patient:"), patientBox));
    newPatient->addRow(tr("First name"), m_firstName);
    newPatient->addRow(tr("Last name"), m_lastName);
    newPatient->addRow(tr("Birth date"), m_birthDate);
    newPatient->addRow(tr("Phone"), m_phone);
    patientLayout->addLayout(newPatient);
    layout->addWidget(patientBox);

    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->setAccessibleName(tr("Consultation type"));
    fillTypes();
    // A type added or changed in Configuration while the dialog is open.
    connect(&m_service, &BookingService::catalogueChanged, this, &NewAppointmentDialog::fillTypes);
    m_motif = new QLineEdit(this);
    m_motif->setObjectName(QStringLiteral("motifLineEdit"));
    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    if (auto catalogue = m_service.catalogue()) {
        const ClinicZone &zone = (*catalogue)->zone;
        m_day->setDate(zone.dateOf(start));
        const int minute = zone.minuteOfDay(start);
        m_time->setTime(QTime(minute / 60, minute % 60));
    }
    form->addRow(tr("Consultation type"), m_type);
    form->addRow(tr("Reason for the visit"), m_motif);
    form->addRow(tr("Day"), m_day);
    form->addRow(tr("Time"), m_time);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    m_error->hide();
    m_override = new QCheckBox(this);
    m_override->setObjectName(QStringLiteral("overrideCheckBox"));
    m_override->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_override);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bookButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &NewAppointmentDialog::search);

    if (auto patients = ClinicStore(m_db).patients())
        m_patients = *patients;
    search({});
}

void NewAppointmentDialog::search(const QString &text)
{
    const QString needle = text.trimmed();
    const QString digits = normalizedPhone(needle);
    m_matches->clear();
    for (const Patient &p : std::as_const(m_patients)) {
        const bool match = needle.isEmpty() || p.fullName().contains(needle, Qt::CaseInsensitive)
            || (digits.size() >= 3 && normalizedPhone(p.phone).contains(digits));
        if (!match)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3")
                                             .arg(p.fullName(), QLocale().toString(p.birthDate, QLocale::ShortFormat),
                                                  p.phone),
                                         m_matches);
        item->setData(Qt::UserRole, p.id.value);
        if (m_matches->count() >= 50)
            break;
    }
}

void NewAppointmentDialog::fillTypes()
{
    const QVariant chosen = m_type->currentData();
    m_type->clear();
    if (auto catalogue = m_service.catalogue()) {
        for (const auto &t : (*catalogue)->types) {
            if (t.doctorId == m_doctor && t.active)
                m_type->addItem(tr("%1 (%2 min)").arg(t.name).arg(t.duration.minutes), t.id.value);
        }
    }
    if (const int index = m_type->findData(chosen); index >= 0)
        m_type->setCurrentIndex(index);
}

bool NewAppointmentDialog::selectPatient(PatientId id)
{
    for (int i = 0; i < m_matches->count(); ++i) {
        if (m_matches->item(i)->data(Qt::UserRole).toLongLong() == id.value) {
            m_matches->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

std::optional<PatientId> NewAppointmentDialog::chosenPatient()
{
    if (auto *item = m_matches->currentItem(); item && item->isSelected())
        return PatientId(item->data(Qt::UserRole).toLongLong());
    const PatientIdentity identity{m_firstName->text(), m_lastName->text(), m_birthDate->date(), m_phone->text()};
    if (m_firstName->text().trimmed().isEmpty() && m_lastName->text().trimmed().isEmpty())
        return std::nullopt;
    auto created = m_service.addPatient(identity);
    if (!created)
        return std::nullopt;
    m_patients.append(*created);
    search(m_search->text());
    selectPatient(created->id);
    return created->id;
}

UtcSeconds NewAppointmentDialog::chosenStart() const
{
    auto catalogue = m_service.catalogue();
    const QTime t = m_time->time();
    return catalogue ? (*catalogue)->zone.fromLocal(m_day->date(), t.hour() * 60 + t.minute()) : 0;
}

void NewAppointmentDialog::accept()
{
    const auto patient = chosenPatient();
    if (!patient) {
        m_error->setText(tr("Choose a patient in the list, or give the new patient's first name, last name, "
                            "birth date and phone."));
        m_error->show();
        return;
    }
    const Overrides overrides = !m_override->isHidden() && m_override->isChecked() ? m_offered : Overrides();
    auto booked = m_service.bookDesk({m_doctor, *patient, TypeId(m_type->currentData().toLongLong()), chosenStart(),
                                      m_motif->text(), overrides});
    if (booked) {
        m_booked = booked->id;
        QDialog::accept();
        return;
    }
    // The refusal's sentence; when staff may override it, an explicit
    // confirmation, added to the overrides already confirmed.
    m_error->setText(booked.error().message());
    m_error->show();
    const Overrides more = overrideFor(booked.error().code);
    if (more != Overrides()) {
        m_offered = overrides | more;
        m_override->setText(tr("Book anyway (staff decision): %1").arg(booked.error().message()));
        m_override->setAccessibleName(tr("Book anyway"));
        m_override->setChecked(false);
        m_override->show();
    } else {
        m_override->hide();
    }
}

} // namespace tbib
