// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitingroompage.h"

#include "waitingqueuemodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tbib {

WaitingRoomPage::WaitingRoomPage(BookingService &service, WaitingQueueModel &queue, QWidget *parent)
    : QWidget(parent), m_service(service), m_queue(queue)
{
    setObjectName(QStringLiteral("waitingRoomPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Waiting room"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    m_callNext = new QPushButton(tr("Call the next patient"), this);
    m_callNext->setObjectName(QStringLiteral("callNextButton"));
    m_callNext->setAccessibleName(tr("Call the next patient"));
    m_callNext->setCursor(Qt::PointingHandCursor);
    header->addLayout(titles, 1);
    header->addWidget(m_callNext, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deskErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("waitingListView"));
    m_list->setAccessibleName(tr("Patients waiting, by arrival time"));
    m_list->setModel(&m_queue);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);

    connect(m_callNext, &QPushButton::clicked, this, [this] { callNext(); });
    connect(&m_queue, &QAbstractItemModel::modelReset, this, &WaitingRoomPage::updateState);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT appointmentSelected(m_queue.appointmentAt(index.row())); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT appointmentSelected(m_queue.appointmentAt(index.row())); });
    updateState();
}

bool WaitingRoomPage::callNext()
{
    const AppointmentId first = m_queue.appointmentAt(0);
    if (!first.isValid())
        return false;
    auto r = m_service.setStatus(first, AppointmentStatus::InProgress);
    m_error->setVisible(!r);
    if (!r) {
        m_error->setText(r.error().message());
        return false;
    }
    Q_EMIT appointmentSelected(first);
    return true;
}

void WaitingRoomPage::updateState()
{
    const int n = m_queue.count();
    m_subtitle->setText(n == 0 ? tr("Nobody is waiting.") : tr("%n patient(s) waiting, by arrival time", nullptr, n));
    m_callNext->setEnabled(n > 0);
    if (!m_queue.lastError().isEmpty()) {
        m_error->setText(m_queue.lastError());
        m_error->show();
    }
}

} // namespace tbib
