// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayappointmentsmodel.h"

#include "theme.h"

#include "domain/workinghours.h"
#include "service/bookingservice.h"

#include <QColor>
#include <QScopedValueRollback>
#include <QSet>

namespace tbib {

DayAppointmentsModel::DayAppointmentsModel(BookingService &service, const Database &db, QObject *parent)
    : QAbstractListModel(parent), m_service(service), m_db(db)
{
    connect(&m_service, &BookingService::appointmentAdded, this, [this](const Appointment &a) {
        if (concerns(a))
            refresh();
    });
    connect(&m_service, &BookingService::appointmentChanged, this, [this](const Appointment &a) {
        // A moved appointment may leave the day or enter it: check both sides.
        if (concerns(a) || rowOf(a.id) >= 0)
            refresh();
    });
    connect(&m_service, &BookingService::appointmentRemoved, this, [this](AppointmentId id) {
        if (rowOf(id) >= 0)
            refresh();
    });
    connect(&m_service, &BookingService::patientChanged, this, [this](PatientId id) {
        for (const AppointmentView &v : std::as_const(m_rows)) {
            if (v.patient.id == id) {
                refresh();
                return;
            }
        }
    });
    // Type names and colours (the catalogue), or anything at all (another
    // program's import, a connection back after a loss): read the day again,
    // row by row, so that the selection stays where it was.
    connect(&m_service, &BookingService::catalogueChanged, this, &DayAppointmentsModel::refresh);
    connect(&m_service, &BookingService::reloadNeeded, this, &DayAppointmentsModel::refresh);
}

void DayAppointmentsModel::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    resetRows();
}

void DayAppointmentsModel::setDate(QDate date)
{
    m_date = date;
    resetRows();
}

bool DayAppointmentsModel::concerns(const Appointment &a) const
{
    return a.doctorId == m_doctor && a.range.overlaps(m_window);
}

QList<AppointmentView> DayAppointmentsModel::read()
{
    m_lastError.clear();
    auto catalogue = m_service.catalogue();
    if (!catalogue) {
        m_lastError = catalogue.error().message();
        return {};
    }
    const ClinicZone &zone = (*catalogue)->zone;
    m_window = {zone.startOfDay(m_date), zone.startOfDay(m_date.addDays(1))};
    if (!m_doctor.isValid() || !m_date.isValid())
        return {};
    auto views = ClinicStore(m_db).appointmentViews(m_doctor, m_window);
    if (!views) {
        m_lastError = views.error().message();
        return {};
    }
    QList<AppointmentView> out;
    for (AppointmentView &v : *views) {
        if (v.appointment.status != AppointmentStatus::Cancelled)
            out.append(std::move(v));
    }
    return out;
}

void DayAppointmentsModel::resetRows()
{
    const QScopedValueRollback updating(m_updating, true);
    beginResetModel();
    m_rows = read();
    endResetModel();
}

void DayAppointmentsModel::refresh()
{
    const QScopedValueRollback updating(m_updating, true);
    QList<AppointmentView> fresh = read();
    QSet<qint64> freshIds;
    for (const AppointmentView &v : std::as_const(fresh))
        freshIds.insert(v.appointment.id.value);
    // Rows that left the day go first, from the bottom so that indexes hold.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows[row].appointment.id.value)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What remains must keep its order among the fresh rows for inserts alone
    // to reach the fresh list; a move that reorders the day resets instead.
    QSet<qint64> kept;
    for (const AppointmentView &v : std::as_const(m_rows))
        kept.insert(v.appointment.id.value);
    QList<qint64> order;
    for (const AppointmentView &v : std::as_const(fresh)) {
        if (kept.contains(v.appointment.id.value))
            order.append(v.appointment.id.value);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].appointment.id.value != order[i]) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_rows.size() && m_rows[row].appointment.id == fresh[row].appointment.id) {
            if (!(m_rows[row].appointment == fresh[row].appointment && m_rows[row].patient == fresh[row].patient &&
                  m_rows[row].typeName == fresh[row].typeName && m_rows[row].typeColor == fresh[row].typeColor)) {
                m_rows[row] = fresh[row];
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh[row]);
        endInsertRows();
    }
}

AppointmentId DayAppointmentsModel::appointmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].appointment.id : AppointmentId();
}

int DayAppointmentsModel::rowOf(AppointmentId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].appointment.id == id)
            return row;
    }
    return -1;
}

int DayAppointmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DayAppointmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppointmentView &v = m_rows[index.row()];
    const ClinicZone zone = [this] {
        auto catalogue = m_service.catalogue();
        return catalogue ? (*catalogue)->zone : ClinicZone();
    }();
    const QString time = WorkingHours::formatTime(zone.minuteOfDay(v.appointment.range.start)) + u"–" +
                         WorkingHours::formatTime(zone.minuteOfDay(v.appointment.range.end));
    const QString status = statusLabel(v.appointment.status);
    switch (role) {
    case Qt::DisplayRole:
        return QString(time + u"   " + v.patient.fullName() + u"   ·   " + v.typeName + u"   ·   " + status);
    case Qt::AccessibleTextRole:
        // The same words as the grid's accessible names (DESIGN §7).
        return QString(time + u", " + v.patient.fullName() + u", " + v.typeName + u", " + status);
    case Qt::ToolTipRole:
        return v.appointment.motif.isEmpty() ? v.typeName : v.appointment.motif;
    case Qt::DecorationRole:
        return theme::dot(QColor(displayColor(v.appointment.status, v.typeColor)), 14);
    case IdRole:
        return v.appointment.id.value;
    case StatusRole:
        return statusName(v.appointment.status);
    case StartRole:
        return v.appointment.range.start;
    default:
        return {};
    }
}

QHash<int, QByteArray> DayAppointmentsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "appointmentId");
    names.insert(StatusRole, "status");
    names.insert(StartRole, "start");
    return names;
}

} // namespace tbib
