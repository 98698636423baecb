// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace tbib {

class BookingService;
class WaitingQueueModel;

// The Salle d'attente page: the queue with live waiting times and "call the
// next patient", which sets the first arrived patient in progress.
class WaitingRoomPage final : public QWidget
{
    Q_OBJECT
public:
    WaitingRoomPage(BookingService &service, WaitingQueueModel &queue, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WaitingRoomPage)

    // Sets the first patient in progress; false (and the sentence shown) if refused.
    bool callNext();

Q_SIGNALS:
    void appointmentSelected(tbib::AppointmentId id);

private:
    void updateState();

    BookingService &m_service;
    WaitingQueueModel &m_queue;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_callNext = nullptr;
};

} // namespace tbib
