// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicpage.h"

#include "databaseform.h"

#include "service/configurationservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tbib {

ClinicPage::ClinicPage(ConfigurationService &config, QWidget *parent) : QWidget(parent), m_config(config)
{
    setObjectName(QStringLiteral("clinicPage"));
    // The database section makes the page taller than a laptop's screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("clinicPageContent"));
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 14);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto field = [&](QFormLayout *f, const QString &label, QWidget *control, const QString &errorField) {
        control->setAccessibleName(label);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(control);
        cell->addWidget(m_errors.add(errorField, this));
        f->addRow(label, cell);
        return cell;
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("clinicNameLineEdit"));
    field(form, tr("Clinic name"), m_name, QStringLiteral("clinicName"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_zone->setMinimumWidth(280);
    m_zone->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_zone->setEditable(true); // typing "Casa" finds Africa/Casablanca
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    QVBoxLayout *zoneCell = field(form, tr("Time zone"), m_zone, QStringLiteral("timeZone"));
    auto *zoneHint = new QLabel(tr("Working hours, \"today\" and slots are read in this zone; changing it moves "
                                   "every wall-clock rule."),
                                this);
    zoneHint->setObjectName(QStringLiteral("hintLabel"));
    zoneHint->setWordWrap(true);
    zoneCell->addWidget(zoneHint); // under the combo, as wide as the form
    // The language is this workstation's: each desk may speak its own.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QVBoxLayout *languageCell = field(form, tr("Language"), m_language, QStringLiteral("language"));
    auto *languageHint = new QLabel(tr("Used from the next start of TBIB on this computer."), this);
    languageHint->setObjectName(QStringLiteral("hintLabel"));
    languageHint->setWordWrap(true);
    // As wide as the form (a word-wrapped label as narrow as the combo was
    // cut off); the combo keeps its own width.
    languageHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    languageCell->addWidget(languageHint);
    languageCell->setAlignment(m_language, Qt::AlignLeading);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(820);
    layout->addWidget(formBox);

    auto *limits = new QGroupBox(tr("No-show limit per doctor"), this);
    auto *limitsLayout = new QVBoxLayout(limits);
    auto *limitsHint = new QLabel(tr("A patient with this many missed appointments with the doctor can no longer "
                                     "book online (staff still can). 0 means never block by count."),
                                  limits);
    limitsHint->setObjectName(QStringLiteral("hintLabel"));
    limitsHint->setWordWrap(true);
    limitsLayout->addWidget(limitsHint);
    m_limitsForm = new QFormLayout;
    limitsLayout->addLayout(m_limitsForm);
    if (auto catalogue = m_config.booking().catalogue()) {
        for (const Doctor &d : (*catalogue)->doctors) {
            auto *spin = new QSpinBox(limits);
            spin->setObjectName(u"noShowLimit" + QString::number(d.id.value) + u"SpinBox");
            spin->setRange(0, ConfigurationService::MaxNoShowLimit);
            spin->setMaximumWidth(120);
            field(m_limitsForm, d.name, spin, u"noShowLimit:" + QString::number(d.id.value));
            spin->setAccessibleName(tr("No-show limit of %1").arg(d.name));
            m_limits.append({d.id, spin});
        }
    }
    limits->setMaximumWidth(820);
    layout->addWidget(limits);

    auto *general = makeErrorLabel(QStringLiteral("clinicErrorLabel"), this);
    m_errors.setGeneral(general);
    layout->addWidget(general);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clinicStatusLabel"));
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveClinicButton"));
    saveButton->setAccessibleName(tr("Save the clinic settings"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // This workstation's, saved on its own: it takes effect at the next start.
    m_database = new DatabaseForm(m_config, this);
    m_database->setMaximumWidth(820);
    layout->addSpacing(12);
    layout->addWidget(m_database);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    reset();
}

void ClinicPage::reset()
{
    m_errors.clear();
    m_database->reset();
    auto catalogue = m_config.booking().catalogue();
    if (!catalogue)
        return;
    m_name->setText((*catalogue)->clinic.name);
    m_zone->setCurrentText(QString::fromLatin1((*catalogue)->clinic.timeZone));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_config.language())));
    for (const auto &[id, spin] : std::as_const(m_limits)) {
        if (const Doctor *d = (*catalogue)->doctor(id))
            spin->setValue(d->noShowLimit);
    }
}

bool ClinicPage::save()
{
    m_status->clear();
    ConfigurationService::ClinicChange change{m_name->text(), m_zone->currentText().trimmed().toLatin1(), {}};
    for (const auto &[id, spin] : std::as_const(m_limits))
        change.noShowLimits.append({id, spin->value()});
    if (auto r = m_config.saveClinic(change); !r) {
        m_errors.show(r.error());
        return false;
    }
    if (auto r = m_config.setLanguage(m_language->currentData().toString()); !r) {
        m_errors.show(r.error());
        return false;
    }
    m_errors.clear();
    m_status->setText(tr("Clinic settings saved."));
    return true;
}

} // namespace tbib
