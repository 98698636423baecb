// SPDX-License-Identifier: GPL-3.0-or-later
#include "typespage.h"

#include "typesmodel.h"

#include "service/configurationservice.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tbib {

TypesPage::TypesPage(ConfigurationService &config, QWidget *parent)
    : QWidget(parent), m_config(config), m_model(new TypesModel(config.booking(), this))
{
    setObjectName(QStringLiteral("typesPage"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 12, 12, 12);

    auto *left = new QVBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("typesTableView"));
    m_table->setAccessibleName(tr("Consultation types"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TypesModel::Name, QHeaderView::Stretch);
    auto *newButton = new QPushButton(tr("+ New type"), this);
    newButton->setObjectName(QStringLiteral("newTypeButton"));
    newButton->setAccessibleName(tr("New consultation type"));
    left->addWidget(m_table, 1);
    left->addWidget(newButton, 0, Qt::AlignLeft);
    row->addLayout(left, 3);

    auto *box = new QGroupBox(this);
    box->setObjectName(QStringLiteral("typeFormGroupBox"));
    auto *boxLayout = new QVBoxLayout(box);
    m_formTitle = new QLabel(box);
    m_formTitle->setObjectName(QStringLiteral("sectionTitle"));
    boxLayout->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto field = [&](const QString &label, QWidget *control, const QString &errorField) {
        control->setAccessibleName(label);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(control);
        cell->addWidget(m_errors.add(errorField, box));
        form->addRow(label, cell);
    };
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("typeNameLineEdit"));
    m_name->setMaxLength(ConfigurationService::MaxNameLength + 20);
    field(tr("Name"), m_name, QStringLiteral("name"));
    m_duration = new QSpinBox(box);
    m_duration->setObjectName(QStringLiteral("durationSpinBox"));
    m_duration->setRange(ConsultationType::MinDuration, ConsultationType::MaxDuration);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    field(tr("Duration"), m_duration, QStringLiteral("duration"));
    m_price = new QLineEdit(box);
    m_price->setObjectName(QStringLiteral("priceLineEdit"));
    m_price->setPlaceholderText(tr("e.g. 200 MAD"));
    field(tr("Price"), m_price, QStringLiteral("price"));

    // The colour: typed as #RRGGBB or picked; the swatch button opens the picker.
    auto *colorRow = new QWidget(box);
    auto *colorLayout = new QHBoxLayout(colorRow);
    colorLayout->setContentsMargins(0, 0, 0, 0);
    m_color = new QLineEdit(colorRow);
    m_color->setObjectName(QStringLiteral("colorLineEdit"));
    m_color->setAccessibleName(tr("Colour"));
    m_color->setMaxLength(7);
    m_swatch = new QToolButton(colorRow);
    m_swatch->setObjectName(QStringLiteral("colorButton"));
    m_swatch->setAccessibleName(tr("Choose the colour"));
    m_swatch->setToolTip(m_swatch->accessibleName());
    m_swatch->setFixedSize(28, 24);
    colorLayout->addWidget(m_color, 1);
    colorLayout->addWidget(m_swatch);
    field(tr("Colour"), colorRow, QStringLiteral("color"));
    m_color->setAccessibleName(tr("Colour"));

    m_emergency = new QCheckBox(tr("Emergency only (today or tomorrow)"), box);
    m_emergency->setObjectName(QStringLiteral("emergencyCheckBox"));
    m_emergency->setAccessibleName(m_emergency->text());
    m_existing = new QCheckBox(tr("Existing patients only"), box);
    m_existing->setObjectName(QStringLiteral("existingCheckBox"));
    m_existing->setAccessibleName(m_existing->text());
    m_active = new QCheckBox(tr("Active (offered for booking)"), box);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setAccessibleName(m_active->text());
    form->addRow(m_emergency);
    form->addRow(m_existing);
    form->addRow(m_active);
    boxLayout->addLayout(form);

    auto *general = makeErrorLabel(QStringLiteral("typeErrorLabel"), box);
    m_errors.setGeneral(general);
    boxLayout->addWidget(general);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("typeStatusLabel"));
    m_status->setWordWrap(true);
    boxLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), box);
    saveButton->setObjectName(QStringLiteral("saveTypeButton"));
    saveButton->setAccessibleName(tr("Save the consultation type"));
    saveButton->setDefault(true);
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeTypeButton"));
    m_remove->setAccessibleName(tr("Remove the consultation type"));
    m_remove->setToolTip(tr("A type that appointments use is deactivated, never deleted."));
    buttons->addWidget(saveButton);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch(1);
    row->addWidget(box, 2);

    connect(newButton, &QPushButton::clicked, this, &TypesPage::startNew);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_remove, &QPushButton::clicked, this, &TypesPage::removeCurrent);
    connect(m_color, &QLineEdit::textChanged, this, &TypesPage::setColor);
    connect(m_swatch, &QToolButton::clicked, this, [this] {
        // Not exec(): the agenda keeps running while the picker is open.
        auto *dialog = new QColorDialog(QColor(m_color->text()), this);
        dialog->setObjectName(QStringLiteral("typeColorDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this,
                [this](const QColor &c) { m_color->setText(c.name(QColor::HexRgb).toUpper()); });
        dialog->open();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_reselecting)
                    return;
                if (const ConsultationType *t = m_model->typeAt(current.row()))
                    edit(t->id);
            });
    // After a reset (any Configuration change) the edited type stays
    // selected, and what staff typed in the form stays too.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int r = m_model->rowOf(m_editing);
        if (r >= 0) {
            const QScopedValueRollback guard(m_reselecting, true);
            m_table->selectRow(r);
        }
    });
    startNew();
}

void TypesPage::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    m_model->setDoctor(doctor);
    startNew();
}

void TypesPage::startNew()
{
    m_editing = {};
    m_table->clearSelection();
    m_errors.clear();
    m_status->clear();
    m_formTitle->setText(tr("New consultation type"));
    m_name->clear();
    m_duration->setValue(15);
    m_price->clear();
    m_color->setText(ConsultationType().color);
    m_emergency->setChecked(false);
    m_existing->setChecked(false);
    m_active->setChecked(true);
    m_remove->setEnabled(false);
}

void TypesPage::edit(TypeId id)
{
    const ConsultationType *t = m_model->typeAt(m_model->rowOf(id));
    if (!t)
        return;
    m_editing = id;
    m_errors.clear();
    m_status->clear();
    m_formTitle->setText(tr("Edit \"%1\"").arg(t->name));
    m_name->setText(t->name);
    m_duration->setValue(t->duration.minutes);
    m_price->setText(t->price);
    m_color->setText(t->color);
    m_emergency->setChecked(t->emergencyOnly);
    m_existing->setChecked(t->requireExistingPatient);
    m_active->setChecked(t->active);
    m_remove->setEnabled(true);
}

ConsultationType TypesPage::formType() const
{
    ConsultationType t;
    t.id = m_editing;
    t.doctorId = m_doctor;
    t.name = m_name->text();
    t.duration = Duration{m_duration->value()};
    t.price = m_price->text();
    t.color = m_color->text().trimmed();
    t.emergencyOnly = m_emergency->isChecked();
    t.requireExistingPatient = m_existing->isChecked();
    t.active = m_active->isChecked();
    return t;
}

bool TypesPage::save()
{
    auto saved = m_config.saveType(formType());
    if (!saved) {
        m_status->clear();
        m_errors.show(saved.error());
        return false;
    }
    m_errors.clear();
    m_editing = saved->id;
    const int r = m_model->rowOf(saved->id);
    if (r >= 0)
        m_table->selectRow(r);
    edit(saved->id);
    m_status->setText(tr("Saved: \"%1\" is offered at once in the agenda and online.").arg(saved->name));
    return true;
}

void TypesPage::removeCurrent()
{
    if (!m_editing.isValid())
        return;
    const QString name = m_name->text();
    const TypeId id = m_editing;
    auto removed = m_config.removeType(id);
    if (!removed) {
        m_errors.show(removed.error());
        return;
    }
    if (*removed == ConfigurationService::Removal::Deactivated) {
        edit(id);
        m_status->setText(tr("\"%1\" is used by appointments: it was deactivated, not deleted.").arg(name));
    } else {
        startNew();
        m_status->setText(tr("\"%1\" was deleted.").arg(name));
    }
}

void TypesPage::setColor(const QString &hex)
{
    const QColor c(hex.trimmed());
    m_swatch->setStyleSheet(c.isValid() && hex.trimmed().size() == 7
                                ? QStringLiteral("background: %1; border: 1px solid #555;").arg(c.name())
                                : QStringLiteral("background: transparent; border: 1px dashed #B71C1C;"));
}

} // namespace tbib
