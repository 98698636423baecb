// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientspage.h"

#include "newpatientdialog.h"
#include "patientfilterproxymodel.h"
#include "patientlistmodel.h"
#include "patientrecord.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tbib {

namespace {

// The page's own look, kept here rather than in the window's sheet: the
// list and the record are the only users.
const auto PageStyle = QStringLiteral(R"(
#patientsTableView, #historyTableView { background: white; border: 1px solid #DDE5E0; border-radius: 10px;
    font-size: 10pt; gridline-color: #EEF2EF; selection-background-color: #E3F2E7; selection-color: #1F2A24; }
#patientsTableView::item, #historyTableView::item { padding: 4px 6px; }
QHeaderView::section { background: #F6F8F7; color: #44504A; border: none; border-bottom: 1px solid #E3E9E5;
    padding: 6px; font-weight: 600; }
#patientListSearchEdit { min-height: 30px; padding: 0 10px; border: 1px solid #CFD8D3; border-radius: 8px;
    background: white; font-size: 11pt; }
#recordContent { background: #F3F6F4; }
#recordNameLabel { font-size: 18pt; font-weight: 700; color: #1F2A24; }
#recordDetailsLabel { color: #44504A; font-size: 11pt; }
QLabel[fieldError="true"] { color: #B71C1C; font-size: 9pt; }
#identityStatusLabel { color: #2E7D32; }
#identityStatusLabel[refused="true"] { color: #B71C1C; }
#blockStateLabel { font-size: 11pt; color: #2E7D32; }
#blockStateLabel[blocked="true"] { color: #B71C1C; font-weight: 600; }
#selectedNotesLabel { background: #FFFDF5; border: 1px solid #E3E9E5; border-radius: 8px; padding: 8px; }
#newPatientButton { background: white; border: 1px solid #2E7D32; border-radius: 6px; padding: 5px 12px;
    color: #1B5E34; font-weight: 600; }
#newPatientButton:hover { background: #EEF4F0; }
#newPatientStatusLabel { color: #B71C1C; }
#newPatientDialog QLineEdit, #newPatientDialog QDateEdit,
#recordContent QLineEdit, #recordContent QDateEdit { min-height: 24px; padding: 0 6px; border: 1px solid #CFD8D3;
    border-radius: 6px; background: white; }
#recordContent QLineEdit:focus, #recordContent QDateEdit:focus { border-color: #2E7D32; }
#changePhotoButton, #removePhotoButton, #revertIdentityButton, #blockButton, #unblockButton { background: white;
    border: 1px solid #CFD8D3; border-radius: 6px; padding: 5px 12px; color: #1F2A24; }
#changePhotoButton:hover, #removePhotoButton:hover, #revertIdentityButton:hover, #blockButton:hover,
#unblockButton:hover { background: #EEF4F0; }
#changePhotoButton:disabled, #removePhotoButton:disabled, #revertIdentityButton:disabled { color: #A0AAA5; }
#unblockButton { border-color: #2E7D32; color: #1B5E34; font-weight: 600; }
#backToListButton { border: none; background: transparent; color: #1B5E34; font-weight: 700; padding: 4px 0; }
)");

} // namespace

PatientsPage::PatientsPage(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_db(db)
    , m_model(new PatientListModel(service, this))
    , m_proxy(new PatientFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("patientsPage"));
    setStyleSheet(PageStyle);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *list = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Patients"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("pageSubtitle"));
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch(1);
    layout->addLayout(header);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("patientListSearchEdit"));
    // Not "Rechercher un patient": that is the agenda toolbar's search, in the same window.
    m_search->setAccessibleName(tr("Search the patient list"));
    m_search->setPlaceholderText(u"🔎 " + tr("Search by name or phone…"));
    m_search->setClearButtonEnabled(true);
    auto *open = new QPushButton(tr("Open the medical record"), list);
    open->setObjectName(QStringLiteral("primaryButton"));
    open->setAccessibleName(tr("Open the medical record"));
    auto *add = new QPushButton(u"+ " + tr("New patient"), list);
    add->setObjectName(QStringLiteral("newPatientButton"));
    add->setAccessibleName(tr("New patient"));
    connect(add, &QPushButton::clicked, this, &PatientsPage::newPatient);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(add);
    searchRow->addWidget(open);
    layout->addLayout(searchRow);

    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("patientsTableView"));
    m_table->setAccessibleName(tr("Patient list"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PatientListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: with thousands of patients the view must not measure
    // every row to lay itself out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(PatientListModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths (not "resize to contents", which measures every row): the
    // name takes what is left.
    columns->resizeSection(PatientListModel::PhoneColumn, 150);
    columns->resizeSection(PatientListModel::AgeColumn, 70);
    columns->resizeSection(PatientListModel::LastVisitColumn, 120);
    columns->resizeSection(PatientListModel::NoShowsColumn, 100);
    columns->resizeSection(PatientListModel::BlockedColumn, 160);
    columns->setMinimumSectionSize(60);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(list);

    m_record = new PatientRecord(service, db, m_stack);
    m_stack->addWidget(m_record);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        updateCount();
    });
    // Enter in the search field opens the first match (often the only one).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const QModelIndex row = current.isValid() ? current : m_proxy->index(0, 0);
        if (row.isValid())
            openRecord(PatientId(row.data(PatientListModel::IdRole).toLongLong()));
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRecord(PatientId(index.data(PatientListModel::IdRole).toLongLong()));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openRecord(PatientId(current.data(PatientListModel::IdRole).toLongLong()));
    });
    connect(m_record, &PatientRecord::backRequested, this, &PatientsPage::showList);
    connect(m_record, &PatientRecord::appointmentActivated, this, &PatientsPage::appointmentActivated);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PatientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PatientsPage::updateCount);
    updateCount();
}

void PatientsPage::newPatient()
{
    // Window-modal, like the new-appointment dialog: the rest of the window
    // (the agenda, the queue) keeps following the service meanwhile.
    auto *dialog = new NewPatientDialog(m_service, m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->patient().isValid())
            openRecord(dialog->patient());
    });
    dialog->open();
}

void PatientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // No signal tells when a doctor's no-show limit changes (Configuration):
    // the page looks when it is shown.
    m_model->followDoctors();
}

bool PatientsPage::isRecordShown() const
{
    return m_stack->currentWidget() == m_record;
}

void PatientsPage::openRecord(PatientId id)
{
    if (isRecordShown() && !m_record->confirmLeaving())
        return;
    m_record->setPatient(id);
    m_stack->setCurrentWidget(m_record);
    // The row of the opened patient is the current one when coming back.
    const int source = m_model->rowOf(id);
    if (source >= 0) {
        const QModelIndex row = m_proxy->mapFromSource(m_model->index(source, 0));
        if (row.isValid())
            m_table->setCurrentIndex(row);
    }
}

void PatientsPage::showList()
{
    if (isRecordShown() && !m_record->confirmLeaving())
        return;
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void PatientsPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError()); // the database refused: say so, not "0 patients"
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n patient(s)", nullptr, all)
                                  : tr("%1 of %n patient(s)", nullptr, all).arg(QLocale().toString(shown)));
}

} // namespace tbib
