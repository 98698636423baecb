// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourspage.h"

#include "service/configurationservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tbib {

HoursPage::HoursPage(ConfigurationService &config, QWidget *parent) : QWidget(parent), m_config(config)
{
    setObjectName(QStringLiteral("hoursPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *hint = new QLabel(tr("Each day's working intervals, separated by commas, for example "
                               "09:00-12:30, 14:00-18:30. Leave a day empty when the doctor does not work. "
                               "Slots are counted from the start of each interval."),
                            this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    hint->setMaximumWidth(760);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int day = 1; day <= 7; ++day) {
        const QString plain = QLocale().standaloneDayName(day, QLocale::LongFormat); // "lundi"
        QString name = plain;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        auto *edit = new QLineEdit(this);
        edit->setMaximumWidth(520); // a week's lines, not a screen-wide field
        edit->setObjectName(u"hours" + QString::number(day) + u"LineEdit");
        edit->setAccessibleName(tr("Working hours on %1").arg(plain));
        edit->setPlaceholderText(tr("closed"));
        m_days[size_t(day - 1)] = edit;
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(m_errors.add(u"hours:" + QString::number(day), this));
        form->addRow(name, cell);
    }
    layout->addLayout(form);
    auto *general = makeErrorLabel(QStringLiteral("hoursErrorLabel"), this);
    m_errors.setGeneral(general);
    layout->addWidget(general);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hoursStatusLabel"));
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save the hours"), this);
    saveButton->setObjectName(QStringLiteral("saveHoursButton"));
    saveButton->setAccessibleName(tr("Save the working hours"));
    auto *resetButton = new QPushButton(tr("Undo changes"), this);
    resetButton->setObjectName(QStringLiteral("resetHoursButton"));
    resetButton->setAccessibleName(tr("Undo changes to the working hours"));
    buttons->addWidget(saveButton);
    buttons->addWidget(resetButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(resetButton, &QPushButton::clicked, this, &HoursPage::reset);
}

void HoursPage::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    reset();
}

void HoursPage::reset()
{
    m_errors.clear();
    m_status->clear();
    auto catalogue = m_config.booking().catalogue();
    const Doctor *d = catalogue ? (*catalogue)->doctor(m_doctor) : nullptr;
    for (int day = 1; day <= 7; ++day)
        m_days[size_t(day - 1)]->setText(d ? ConfigurationService::formatIntervals(d->hours.intervals(day)) : QString());
}

bool HoursPage::save()
{
    m_status->clear();
    std::array<QList<LocalInterval>, 7> week;
    for (int day = 1; day <= 7; ++day) {
        auto parsed = ConfigurationService::parseIntervals(m_days[size_t(day - 1)]->text(), day);
        if (!parsed) {
            m_errors.show(parsed.error());
            m_days[size_t(day - 1)]->setFocus();
            return false;
        }
        week[size_t(day - 1)] = *parsed;
    }
    if (auto r = m_config.setWorkingHours(m_doctor, week); !r) {
        m_errors.show(r.error());
        return false;
    }
    reset(); // the saved week, written the canonical way
    m_status->setText(tr("Working hours saved; the agenda shows them now."));
    return true;
}

} // namespace tbib
