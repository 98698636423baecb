// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/clinicstore.h"

#include <QAbstractListModel>
#include <QDate>

namespace tbib {

class BookingService;
class Database;

// One doctor's appointments on one clinic-local day, by start time, as list
// rows (cancelled ones hidden, DESIGN §2). It follows the service's signals:
// a change re-reads the day and is applied as row inserts, removals and data
// changes, so that a view keeps its selection and scroll position.
class DayAppointmentsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, StartRole };

    DayAppointmentsModel(BookingService &service, const Database &db, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DayAppointmentsModel)

    [[nodiscard]] DoctorId doctor() const { return m_doctor; }
    [[nodiscard]] QDate date() const { return m_date; }
    // Both reset the rows: another doctor or day is another list.
    void setDoctor(DoctorId doctor);
    void setDate(QDate date);

    [[nodiscard]] AppointmentId appointmentAt(int row) const;
    [[nodiscard]] int rowOf(AppointmentId id) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // True while rows change: a view's current row moving then is not a choice.
    [[nodiscard]] bool isUpdating() const { return m_updating; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] QList<AppointmentView> read();
    void resetRows();
    void refresh();
    [[nodiscard]] bool concerns(const Appointment &a) const;

    BookingService &m_service;
    const Database &m_db;
    DoctorId m_doctor;
    QDate m_date;
    TimeRange m_window;
    QList<AppointmentView> m_rows;
    QString m_lastError;
    bool m_updating = false;
};

} // namespace tbib
