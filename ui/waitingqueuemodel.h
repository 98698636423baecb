// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/bookingservice.h"

#include <QAbstractListModel>

class QTimer;

namespace tbib {

// The waiting room (file d'attente): arrived patients by arrival time, with how
// long each has waited, in minutes. The rows follow the service's signals; the
// waiting times follow the service's clock, checked by a timer (a ManualClock
// in tests), so a minute passing updates the rows without a re-read.
class WaitingQueueModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, WaitedMinutesRole, PatientNameRole };

    explicit WaitingQueueModel(BookingService &service, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WaitingQueueModel)

    // How often the clock is looked at (default 5 s; minutes are shown).
    void setTickInterval(int milliseconds);
    [[nodiscard]] AppointmentId appointmentAt(int row) const;
    [[nodiscard]] int count() const { return int(m_entries.size()); }
    [[nodiscard]] qint64 waitedMinutes(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

Q_SIGNALS:
    void countChanged(int count);

private:
    void tick();

    BookingService &m_service;
    QList<QueueEntry> m_entries;
    QList<QString> m_doctorNames;
    QTimer *m_timer = nullptr;
    qint64 m_minute = 0; // the clock's minute the rows were last shown at
    QString m_lastError;
};

} // namespace tbib
