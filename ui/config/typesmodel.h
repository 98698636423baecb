// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>

namespace tbib {

class BookingService;

// One doctor's consultation types, active or not, as the Configuration table
// shows them. Follows BookingService::catalogueChanged (a reset: the list is
// a handful of rows).
class TypesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Duration, Price, Color, EmergencyOnly, ExistingOnly, Active, ColumnCount };
    enum Role { TypeIdRole = Qt::UserRole + 1 };

    explicit TypesModel(BookingService &service, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TypesModel)

    void setDoctor(DoctorId doctor);
    [[nodiscard]] DoctorId doctor() const { return m_doctor; }
    [[nodiscard]] const ConsultationType *typeAt(int row) const;
    [[nodiscard]] int rowOf(TypeId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();

    BookingService &m_service;
    DoctorId m_doctor;
    QList<ConsultationType> m_types;
};

} // namespace tbib
