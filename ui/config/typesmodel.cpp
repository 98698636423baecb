// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesmodel.h"

#include "service/bookingservice.h"

#include <QColor>

namespace tbib {

TypesModel::TypesModel(BookingService &service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &BookingService::catalogueChanged, this, &TypesModel::reload);
    connect(&m_service, &BookingService::reloadNeeded, this, &TypesModel::reload);
}

void TypesModel::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    reload();
}

void TypesModel::reload()
{
    beginResetModel();
    m_types.clear();
    if (auto catalogue = m_service.catalogue()) {
        for (const ConsultationType &t : (*catalogue)->types) {
            if (t.doctorId == m_doctor)
                m_types.append(t);
        }
    }
    endResetModel();
}

const ConsultationType *TypesModel::typeAt(int row) const
{
    return row >= 0 && row < m_types.size() ? &m_types[row] : nullptr;
}

int TypesModel::rowOf(TypeId id) const
{
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types[i].id == id)
            return i;
    }
    return -1;
}

int TypesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int TypesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TypesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultationType &t = m_types[index.row()];
    if (role == TypeIdRole)
        return t.id.value;
    const auto yesNo = [](bool on) { return on ? tr("Yes") : tr("No"); };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name: return t.name;
        case Duration: return tr("%1 min").arg(t.duration.minutes);
        case Price: return t.price;
        case Color: return t.color;
        case EmergencyOnly: return yesNo(t.emergencyOnly);
        case ExistingOnly: return yesNo(t.requireExistingPatient);
        case Active: return yesNo(t.active);
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Color)
        return QColor(t.color);
    if (role == Qt::ForegroundRole && !t.active)
        return QColor(0x75, 0x75, 0x75); // a deactivated type reads as such
    return {};
}

QVariant TypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == EmergencyOnly)
            return tr("Bookable only for today or tomorrow");
        if (section == ExistingOnly)
            return tr("Refused to patients with no past visit to this doctor");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Duration: return tr("Duration");
    case Price: return tr("Price");
    case Color: return tr("Colour");
    case EmergencyOnly: return tr("Emergency");
    case ExistingOnly: return tr("Existing only");
    case Active: return tr("Active");
    default: return {};
    }
}

} // namespace tbib
