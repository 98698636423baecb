// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurationpage.h"

#include "absencespage.h"
#include "clinicpage.h"
#include "hourspage.h"
#include "onlinebookingpage.h"
#include "typespage.h"

#include "service/configurationservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tbib {

ConfigurationPage::ConfigurationPage(ConfigurationService &config, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Configuration"), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    top->addWidget(heading);
    top->addStretch(1);
    auto *doctorLabel = new QLabel(tr("Doctor"), this);
    m_doctors = new QComboBox(this);
    m_doctors->setObjectName(QStringLiteral("configDoctorComboBox"));
    m_doctors->setAccessibleName(tr("Doctor"));
    m_doctors->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    doctorLabel->setBuddy(m_doctors);
    if (auto catalogue = config.booking().catalogue()) {
        for (const Doctor &d : (*catalogue)->doctors)
            m_doctors->addItem(d.specialty.isEmpty() ? d.name : tr("%1 (%2)").arg(d.name, d.specialty), d.id.value);
    }
    top->addWidget(doctorLabel);
    top->addWidget(m_doctors);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("configTabWidget"));
    m_tabs->setAccessibleName(tr("Configuration sections"));
    m_types = new TypesPage(config, m_tabs);
    m_absences = new AbsencesPage(config, m_tabs);
    m_hours = new HoursPage(config, m_tabs);
    m_online = new OnlineBookingPage(config, m_tabs);
    m_clinic = new ClinicPage(config, m_tabs);
    // Order follows Section.
    m_tabs->addTab(m_types, tr("Consultation types"));
    m_tabs->addTab(m_absences, tr("Absences"));
    m_tabs->addTab(m_hours, tr("Working hours"));
    m_tabs->addTab(m_online, tr("Online booking"));
    m_tabs->addTab(m_clinic, tr("Clinic"));
    layout->addWidget(m_tabs, 1);

    // The doctor chooser concerns the first three sections only.
    const auto updateDoctorChooser = [this, doctorLabel](int index) {
        const bool perDoctor = index <= Hours;
        m_doctors->setVisible(perDoctor);
        doctorLabel->setVisible(perDoctor);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, updateDoctorChooser);
    connect(m_doctors, &QComboBox::currentIndexChanged, this,
            [this] { setDoctor(DoctorId(m_doctors->currentData().toLongLong())); });
    setDoctor(DoctorId(m_doctors->currentData().toLongLong()));
}

DoctorId ConfigurationPage::doctor() const
{
    return DoctorId(m_doctors->currentData().toLongLong());
}

void ConfigurationPage::setDoctor(DoctorId doctor)
{
    const int index = m_doctors->findData(doctor.value);
    if (index >= 0 && index != m_doctors->currentIndex()) {
        m_doctors->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_types->setDoctor(doctor);
    m_absences->setDoctor(doctor);
    m_hours->setDoctor(doctor);
}

void ConfigurationPage::showSection(Section section)
{
    m_tabs->setCurrentIndex(int(section));
}

} // namespace tbib
