// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendapage.h"

#include "agenda/agendaview.h"

#include "dayappointmentsmodel.h"
#include "newappointmentdialog.h"
#include "patientsearch.h"
#include "theme.h"

#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QVBoxLayout>

namespace tbib {

AgendaPage::AgendaPage(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent), m_service(service), m_db(db), m_model(new DayAppointmentsModel(service, db, this))
{
    setObjectName(QStringLiteral("agendaPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("navigationBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto *previous = new QPushButton(QStringLiteral("‹"), bar);
    previous->setObjectName(QStringLiteral("previousDayButton"));
    previous->setAccessibleName(tr("Previous day"));
    previous->setToolTip(previous->accessibleName());
    auto *next = new QPushButton(QStringLiteral("›"), bar);
    next->setObjectName(QStringLiteral("nextDayButton"));
    next->setAccessibleName(tr("Next day"));
    next->setToolTip(next->accessibleName());
    auto *todayButton = new QPushButton(tr("Today"), bar);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    todayButton->setAccessibleName(tr("Today"));
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("dayTitle"));
    // The list is a narrow companion: its day wraps rather than being cut.
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(todayButton);
    row->addStretch(1);

    // The week / day time grid, and beside it the day's appointments as a list
    // (keyboard and screen-reader friendly, and where the desk is driven from
    // a phone-sized window). The list follows the grid's doctor.
    m_grid = new agenda::AgendaView(service, db, this);
    connect(m_grid, &agenda::AgendaView::doctorChanged, this, &AgendaPage::setDoctor);
    // The doctor's photo or initials in the selector, as in the reference
    // cockpit; "Dr Amina Benali" is "AB", not "DA".
    if (auto catalogue = m_service.catalogue()) {
        for (const Doctor &d : (*catalogue)->doctors) {
            QString face = d.name;
            for (const QString &title : {QStringLiteral("Dr. "), QStringLiteral("Dr "), QStringLiteral("Pr. "),
                                         QStringLiteral("Pr ")}) {
                if (face.startsWith(title))
                    face = face.mid(title.size());
            }
            m_grid->setDoctorIcon(d.id, QIcon(theme::avatar(face, d.photo, 22, devicePixelRatioF())));
        }
    }
    connect(m_grid, &agenda::AgendaView::appointmentActivated, this, &AgendaPage::selectAppointment);
    // A click or drag on free time: the new-appointment dialog at that time.
    connect(m_grid, &agenda::AgendaView::newAppointmentRequested, this,
            [this](UtcSeconds start, UtcSeconds) { newAppointment(start); });
    // DESIGN §7: the toolbar carries the patient search and "Nouveau
    // rendez-vous", on the grid's first row beside the doctor selector.
    m_search = new PatientSearch(service, db, this);
    connect(m_search, &PatientSearch::appointmentChosen, this, &AgendaPage::selectAppointment);
    m_grid->addToolbarWidget(m_search);
    // The button books at the next quarter hour, for the grid's doctor;
    // staff change the day and time in the dialog.
    auto *newButton = new QPushButton(tr("+ New appointment"), this);
    newButton->setObjectName(QStringLiteral("newAppointmentButton"));
    newButton->setAccessibleName(tr("New appointment"));
    connect(newButton, &QPushButton::clicked, this, [this] {
        constexpr qint64 Quarter = 15 * 60;
        const UtcSeconds now = m_service.clock().now();
        newAppointment((now + Quarter - 1) / Quarter * Quarter);
    });
    m_grid->addToolbarWidget(newButton);

    auto *dayPanel = m_dayPanel = new QWidget(this);
    dayPanel->setObjectName(QStringLiteral("dayPanel"));
    auto *dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(bar);
    dayLayout->addWidget(m_title);
    auto *container = new QFrame(dayPanel);
    container->setObjectName(QStringLiteral("timeGridContainer"));
    container->setAccessibleName(tr("Agenda of the day"));
    auto *inside = new QVBoxLayout(container);
    inside->setContentsMargins(12, 10, 12, 10);
    auto *hint = new QLabel(tr("Appointments of the day, in order."), container);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    m_list = new QListView(container);
    m_list->setObjectName(QStringLiteral("dayListView"));
    m_list->setAccessibleName(tr("Appointments of the day"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(14, 14));
    m_list->setUniformItemSizes(true);
    m_emptyLabel = new QLabel(tr("No appointment on this day."), container);
    m_emptyLabel->setObjectName(QStringLiteral("hintLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    inside->addWidget(hint);
    inside->addWidget(m_emptyLabel);
    inside->addWidget(m_list, 1);
    dayLayout->addWidget(container, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("agendaSplitter"));
    splitter->addWidget(m_grid);
    splitter->addWidget(dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(true);
    // Neither side may force the window wider than the screen: the grid scrolls
    // and elides, the list is a narrow companion.
    m_grid->setMinimumWidth(360);
    dayPanel->setMinimumWidth(180);
    dayPanel->setMaximumWidth(240);
    layout->addWidget(splitter, 1);

    const auto updateEmpty = [this] { m_emptyLabel->setVisible(m_model->rowCount() == 0); };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    // Only a choice selects: when rows come and go, the view moves its current
    // row by itself, and the desk must not jump to a neighbour.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_syncing || m_model->isUpdating())
                    return;
                m_selected = m_model->appointmentAt(current.row());
                Q_EMIT appointmentSelected(m_selected);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaPage::syncSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AgendaPage::syncSelection);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AgendaPage::syncSelection);
    connect(previous, &QPushButton::clicked, this, [this] { setDate(date().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setDate(date().addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { setDate(today()); });

    m_model->setDate(today());
    m_model->setDoctor(m_grid->doctor());
    updateTitle();
    updateEmpty();
}

void AgendaPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The day's list is a companion for wide pages: beside a wide desk dock
    // the grid (keyboard- and screen-reader-accessible itself) takes the room,
    // so that its toolbar and seven columns are not squeezed.
    m_dayPanel->setVisible(width() >= DayListMinimumPageWidth);
}

QDate AgendaPage::today() const
{
    auto catalogue = m_service.catalogue();
    return catalogue ? (*catalogue)->zone.dateOf(m_service.clock().now()) : QDate::currentDate();
}

DoctorId AgendaPage::doctor() const
{
    return m_model->doctor();
}

void AgendaPage::setDoctor(DoctorId doctor)
{
    // The list follows the grid's doctor (the grid's doctorChanged calls this).
    if (m_model->doctor() != doctor)
        m_model->setDoctor(doctor);
    if (m_grid->doctor() != doctor)
        m_grid->setDoctor(doctor);
}

QDate AgendaPage::date() const
{
    return m_model->date();
}

void AgendaPage::setDate(QDate date)
{
    if (!date.isValid() || date == m_model->date())
        return;
    m_model->setDate(date);
    updateTitle();
}

void AgendaPage::selectAppointment(AppointmentId id)
{
    auto appointment = ClinicStore(m_db).appointment(id);
    auto catalogue = m_service.catalogue();
    if (!appointment || !*appointment || !catalogue)
        return;
    setDoctor((*appointment)->doctorId);
    setDate((*catalogue)->zone.dateOf((*appointment)->range.start));
    m_grid->showAppointment(id); // the grid jumps to it (from the search, the window)
    m_selected = id;
    syncSelection();
    Q_EMIT appointmentSelected(id); // listed or not (cancelled), the desk works it
}

void AgendaPage::newAppointment(UtcSeconds start)
{
    // Window-modal but not exec(): the event loop (and the live agenda) runs
    // on, and the dialog deletes itself when closed.
    auto *dialog = new NewAppointmentDialog(m_service, m_db, m_grid->doctor(), start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectAppointment(dialog->booked()); });
    dialog->open();
}

void AgendaPage::syncSelection()
{
    const QScopedValueRollback syncing(m_syncing, true);
    const int row = m_model->rowOf(m_selected);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
    } else {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->clearCurrentIndex();
    }
}

void AgendaPage::updateTitle()
{
    // "mardi 24 novembre 2026" in French: dates only through QLocale.
    const QString text = QLocale().toString(m_model->date(), QLocale::LongFormat);
    m_title->setText(m_model->date() == today() ? tr("Today, %1").arg(text) : text);
}

} // namespace tbib
