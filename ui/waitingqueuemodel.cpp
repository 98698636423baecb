// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitingqueuemodel.h"

#include "domain/workinghours.h"

#include <QTimer>

namespace tbib {

WaitingQueueModel::WaitingQueueModel(BookingService &service, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_timer(new QTimer(this))
{
    // The queue is short (a waiting room): re-reading it whole on any change
    // is simpler than patching rows and costs one small query.
    connect(&m_service, &BookingService::appointmentAdded, this, &WaitingQueueModel::reload);
    connect(&m_service, &BookingService::appointmentChanged, this, &WaitingQueueModel::reload);
    connect(&m_service, &BookingService::appointmentRemoved, this, &WaitingQueueModel::reload);
    connect(&m_service, &BookingService::patientChanged, this, &WaitingQueueModel::reload);
    connect(&m_service, &BookingService::catalogueChanged, this, &WaitingQueueModel::reload); // doctors' names
    connect(&m_service, &BookingService::reloadNeeded, this, &WaitingQueueModel::reload);
    connect(m_timer, &QTimer::timeout, this, &WaitingQueueModel::tick);
    m_timer->start(5000);
    reload();
}

void WaitingQueueModel::setTickInterval(int milliseconds)
{
    m_timer->start(milliseconds);
}

void WaitingQueueModel::reload()
{
    auto queue = m_service.waitingQueue();
    const int before = count();
    beginResetModel();
    m_entries.clear();
    m_doctorNames.clear();
    m_lastError.clear();
    if (queue) {
        m_entries = std::move(*queue);
        auto catalogue = m_service.catalogue();
        for (const QueueEntry &e : std::as_const(m_entries)) {
            const Doctor *d = catalogue ? (*catalogue)->doctor(e.appointment.doctorId) : nullptr;
            m_doctorNames.append(d ? d->name : QString());
        }
    } else {
        m_lastError = queue.error().message();
    }
    m_minute = m_service.clock().now() / 60;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged(count());
}

void WaitingQueueModel::tick()
{
    const qint64 minute = m_service.clock().now() / 60;
    if (minute == m_minute || m_entries.isEmpty())
        return;
    m_minute = minute;
    Q_EMIT dataChanged(index(0), index(count() - 1), {Qt::DisplayRole, Qt::AccessibleTextRole, WaitedMinutesRole});
}

AppointmentId WaitingQueueModel::appointmentAt(int row) const
{
    return row >= 0 && row < count() ? m_entries[row].appointment.id : AppointmentId();
}

qint64 WaitingQueueModel::waitedMinutes(int row) const
{
    const auto &arrived = m_entries[row].appointment.arrivedAt;
    return arrived ? qMax<qint64>(0, (m_service.clock().now() - *arrived) / 60) : 0;
}

int WaitingQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant WaitingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &e = m_entries[index.row()];
    const qint64 waited = waitedMinutes(index.row());
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    const QString arrival = e.appointment.arrivedAt
                                ? WorkingHours::formatTime(zone.minuteOfDay(*e.appointment.arrivedAt))
                                : QString();
    const QString line = tr("Arrived at %1 · waiting for %n min", nullptr, int(waited)).arg(arrival);
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString::number(index.row() + 1) + u".  " + e.patientName + u"   —   " + line +
                       (m_doctorNames[index.row()].isEmpty() ? QString() : u"   ·   " + m_doctorNames[index.row()]));
    case Qt::AccessibleTextRole:
        return QString(e.patientName + u", " + line);
    case IdRole:
        return e.appointment.id.value;
    case WaitedMinutesRole:
        return waited;
    case PatientNameRole:
        return e.patientName;
    default:
        return {};
    }
}

} // namespace tbib
