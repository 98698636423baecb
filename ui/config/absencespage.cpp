// SPDX-License-Identifier: GPL-3.0-or-later
#include "absencespage.h"

#include "absencesmodel.h"

#include "service/configurationservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tbib {

namespace {

constexpr int ActionColumn = 1;
constexpr int StartColumn = 2;

ClinicZone zoneOf(const ConfigurationService &config)
{
    auto catalogue = config.booking().catalogue();
    return catalogue ? (*catalogue)->zone : ClinicZone();
}

QDateTime localOf(const ClinicZone &zone, UtcSeconds t)
{
    const int minute = zone.minuteOfDay(t);
    return QDateTime(zone.dateOf(t), QTime(minute / 60, minute % 60));
}

UtcSeconds utcOf(const ClinicZone &zone, const QDateTime &local)
{
    return zone.fromLocal(local.date(), local.time().hour() * 60 + local.time().minute());
}

QDateTimeEdit *dateTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    return edit;
}

} // namespace

AbsencesPage::AbsencesPage(ConfigurationService &config, QWidget *parent)
    : QWidget(parent), m_config(config), m_model(new AbsencesModel(config, this))
{
    setObjectName(QStringLiteral("absencesPage"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 12, 12, 12);

    auto *left = new QVBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("absencesTableView"));
    m_table->setAccessibleName(tr("Absences"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *newButton = new QPushButton(tr("+ New absence"), this);
    newButton->setObjectName(QStringLiteral("newAbsenceButton"));
    newButton->setAccessibleName(tr("New absence"));
    left->addWidget(m_table, 1);
    left->addWidget(newButton, 0, Qt::AlignLeft);
    row->addLayout(left, 3);

    auto *box = new QGroupBox(this);
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
    m_start = dateTimeEdit(QStringLiteral("absenceStartEdit"), box);
    field(tr("From"), m_start, QStringLiteral("start"));
    m_end = dateTimeEdit(QStringLiteral("absenceEndEdit"), box);
    field(tr("Until"), m_end, QStringLiteral("end"));
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("absenceReasonLineEdit"));
    m_reason->setPlaceholderText(tr("e.g. Congress, holidays"));
    field(tr("Reason"), m_reason, QStringLiteral("reason"));
    boxLayout->addLayout(form);

    // The appointments the absence covers, each with staff's choice.
    m_collisionPanel = new QWidget(box);
    m_collisionPanel->setObjectName(QStringLiteral("collisionPanel"));
    auto *panelLayout = new QVBoxLayout(m_collisionPanel);
    panelLayout->setContentsMargins(0, 6, 0, 0);
    m_collisionTitle = new QLabel(m_collisionPanel);
    m_collisionTitle->setObjectName(QStringLiteral("collisionTitleLabel"));
    m_collisionTitle->setWordWrap(true);
    m_collisionTitle->setStyleSheet(QStringLiteral("color: #8D4E00; font-weight: 600;"));
    m_collisionTable = new QTableWidget(0, 3, m_collisionPanel);
    m_collisionTable->setObjectName(QStringLiteral("collisionTableWidget"));
    m_collisionTable->setAccessibleName(tr("Appointments covered by the absence"));
    m_collisionTable->setHorizontalHeaderLabels({tr("Appointment"), tr("Decision"), tr("New start")});
    m_collisionTable->verticalHeader()->hide();
    m_collisionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_collisionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_collisionTable->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_collisionTable->horizontalHeader()->setSectionResizeMode(StartColumn, QHeaderView::ResizeToContents);
    panelLayout->addWidget(m_collisionTitle);
    panelLayout->addWidget(m_collisionTable);
    boxLayout->addWidget(m_collisionPanel, 1);
    m_collisionPanel->hide();

    auto *general = makeErrorLabel(QStringLiteral("absenceErrorLabel"), box);
    m_errors.setGeneral(general);
    boxLayout->addWidget(general);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("absenceStatusLabel"));
    m_status->setWordWrap(true);
    boxLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), box);
    m_save->setObjectName(QStringLiteral("saveAbsenceButton"));
    m_save->setAccessibleName(tr("Save the absence"));
    m_delete = new QPushButton(tr("Delete"), box);
    m_delete->setObjectName(QStringLiteral("deleteAbsenceButton"));
    m_delete->setAccessibleName(tr("Delete the absence"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch(1);
    row->addWidget(box, 3);

    connect(newButton, &QPushButton::clicked, this, &AbsencesPage::startNew);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_delete, &QPushButton::clicked, this, &AbsencesPage::removeCurrent);
    // Another range: the list shown no longer describes it.
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { hideCollisions(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const DoctorAbsence *a = m_model->absenceAt(current.row()))
                    edit(a->id);
            });
    startNew();
}

void AbsencesPage::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    m_model->setDoctor(doctor);
    startNew();
}

void AbsencesPage::startNew()
{
    m_editing = {};
    m_table->clearSelection();
    m_errors.clear();
    m_status->clear();
    m_formTitle->setText(tr("New absence"));
    // Tomorrow, the whole day: the most common absence.
    const ClinicZone zone = zoneOf(m_config);
    const QDate tomorrow = zone.dateOf(m_config.booking().clock().now()).addDays(1);
    setRange({zone.startOfDay(tomorrow), zone.startOfDay(tomorrow.addDays(1))});
    m_reason->clear();
    m_delete->setEnabled(false);
    hideCollisions();
}

void AbsencesPage::edit(AbsenceId id)
{
    const DoctorAbsence *a = m_model->absenceAt(m_model->rowOf(id));
    if (!a)
        return;
    m_editing = id;
    m_errors.clear();
    m_status->clear();
    m_formTitle->setText(tr("Edit the absence"));
    setRange(a->range);
    m_reason->setText(a->reason);
    m_delete->setEnabled(true);
    hideCollisions();
}

void AbsencesPage::setRange(TimeRange range)
{
    const ClinicZone zone = zoneOf(m_config);
    m_start->setDateTime(localOf(zone, range.start));
    m_end->setDateTime(localOf(zone, range.end));
}

DoctorAbsence AbsencesPage::formAbsence() const
{
    const ClinicZone zone = zoneOf(m_config);
    return {m_editing, m_doctor, {utcOf(zone, m_start->dateTime()), utcOf(zone, m_end->dateTime())},
            m_reason->text()};
}

bool AbsencesPage::save()
{
    const DoctorAbsence absence = formAbsence();
    if (auto r = m_config.validateAbsence(absence); !r) {
        m_errors.show(r.error());
        return false;
    }
    m_errors.clear();
    // First save over booked appointments: list them and let staff decide.
    // On confirmation the list is checked again: a booking that arrived in the
    // meantime (the web, another desk) is listed too rather than kept unseen.
    auto covered = m_config.absenceCollisions(m_doctor, absence.range);
    if (!covered) {
        m_errors.show({covered.error().code, {}, covered.error().message()});
        return false;
    }
    const bool unseen = std::any_of(covered->cbegin(), covered->cend(), [this](const AppointmentView &v) {
        return std::none_of(m_collisions.cbegin(), m_collisions.cend(), [&v](const AppointmentView &listed) {
            return listed.appointment.id == v.appointment.id;
        });
    });
    if (m_listedFor != absence.range || unseen) {
        if (!covered->isEmpty()) {
            showCollisions(*covered);
            m_listedFor = absence.range;
            return false;
        }
    }
    auto saved = m_config.saveAbsence(absence, choices());
    if (!saved) {
        // A refused move: name the appointment in the message.
        ConfigError e = saved.error();
        const qint64 id = e.field.startsWith(u"appointment:") ? e.field.mid(12).toLongLong() : 0;
        for (int i = 0; i < m_collisions.size(); ++i) {
            if (m_collisions[i].appointment.id.value == id) {
                m_collisionTable->selectRow(i);
                e.message = tr("%1: %2").arg(m_collisions[i].patient.fullName(), e.message);
            }
        }
        e.field.clear();
        m_errors.show(e);
        return false;
    }
    hideCollisions();
    m_editing = saved->id;
    edit(saved->id);
    const int r = m_model->rowOf(saved->id);
    if (r >= 0)
        m_table->selectRow(r);
    m_status->setText(tr("Absence saved."));
    return true;
}

void AbsencesPage::removeCurrent()
{
    if (!m_editing.isValid())
        return;
    if (auto r = m_config.booking().removeAbsence(m_editing); !r) {
        m_errors.show({r.error().code, {}, r.error().message()});
        return;
    }
    startNew();
    m_status->setText(tr("Absence deleted."));
}

void AbsencesPage::showCollisions(const QList<AppointmentView> &covered)
{
    const QList<CollisionChoice> previous = choices(); // kept when the list is shown again
    m_collisions = covered;
    const ClinicZone zone = zoneOf(m_config);
    m_collisionTitle->setText(
        tr("This absence covers %n appointment(s). Choose for each one, then save again to confirm.", nullptr,
           int(covered.size())));
    m_collisionTable->setRowCount(int(covered.size()));
    for (int i = 0; i < covered.size(); ++i) {
        const AppointmentView &v = covered[i];
        const QString when = QLocale().toString(localOf(zone, v.appointment.range.start), QLocale::ShortFormat);
        auto *item = new QTableWidgetItem(tr("%1 · %2 · %3").arg(when, v.patient.fullName(), v.typeName));
        item->setData(Qt::UserRole, v.appointment.id.value);
        m_collisionTable->setItem(i, 0, item);
        auto *action = new QComboBox(m_collisionTable);
        action->setObjectName(QStringLiteral("collisionActionComboBox"));
        action->setAccessibleName(tr("Decision for %1").arg(v.patient.fullName()));
        action->addItem(tr("Keep"), int(CollisionChoice::Action::Keep));
        action->addItem(tr("Move"), int(CollisionChoice::Action::Move));
        action->addItem(tr("Cancel the appointment"), int(CollisionChoice::Action::Cancel));
        m_collisionTable->setCellWidget(i, ActionColumn, action);
        auto *start = dateTimeEdit(QStringLiteral("collisionStartEdit"), m_collisionTable);
        start->setAccessibleName(tr("New start for %1").arg(v.patient.fullName()));
        // A week later at the same time: a sensible first proposal to adjust.
        start->setDateTime(localOf(zone, v.appointment.range.start).addDays(7));
        start->setEnabled(false);
        m_collisionTable->setCellWidget(i, StartColumn, start);
        connect(action, &QComboBox::currentIndexChanged, start, [action, start] {
            start->setEnabled(action->currentData().toInt() == int(CollisionChoice::Action::Move));
        });
        for (const CollisionChoice &c : previous) {
            if (c.appointment == v.appointment.id)
                setChoice(i, c.action, c.newStart);
        }
    }
    m_collisionPanel->show();
    m_save->setText(tr("Confirm the absence"));
}

void AbsencesPage::hideCollisions()
{
    m_collisions.clear();
    m_listedFor = {};
    m_collisionTable->setRowCount(0);
    m_collisionPanel->hide();
    m_save->setText(tr("Save"));
}

void AbsencesPage::setChoice(int row, CollisionChoice::Action action, UtcSeconds newStart)
{
    auto *combo = qobject_cast<QComboBox *>(m_collisionTable->cellWidget(row, ActionColumn));
    auto *start = qobject_cast<QDateTimeEdit *>(m_collisionTable->cellWidget(row, StartColumn));
    if (!combo || !start)
        return;
    combo->setCurrentIndex(combo->findData(int(action)));
    if (action == CollisionChoice::Action::Move)
        start->setDateTime(localOf(zoneOf(m_config), newStart));
}

QList<CollisionChoice> AbsencesPage::choices() const
{
    QList<CollisionChoice> out;
    const ClinicZone zone = zoneOf(m_config);
    for (int i = 0; i < m_collisions.size(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_collisionTable->cellWidget(i, ActionColumn));
        auto *start = qobject_cast<QDateTimeEdit *>(m_collisionTable->cellWidget(i, StartColumn));
        if (!combo || !start)
            continue;
        CollisionChoice c;
        c.appointment = m_collisions[i].appointment.id;
        c.action = CollisionChoice::Action(combo->currentData().toInt());
        c.newStart = utcOf(zone, start->dateTime());
        out.append(c);
    }
    return out;
}

} // namespace tbib
