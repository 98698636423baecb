// SPDX-License-Identifier: GPL-3.0-or-later
#include "absencesmodel.h"

#include "service/configurationservice.h"

#include <QLocale>

namespace tbib {

AbsencesModel::AbsencesModel(ConfigurationService &config, QObject *parent)
    : QAbstractTableModel(parent), m_config(config)
{
    connect(&m_config.booking(), &BookingService::absencesChanged, this, [this](DoctorId doctor) {
        if (doctor == m_doctor)
            reload();
    });
    // A new time zone moves every local date shown.
    connect(&m_config.booking(), &BookingService::catalogueChanged, this, &AbsencesModel::reload);
    // Another program imported data, or the connection came back.
    connect(&m_config.booking(), &BookingService::reloadNeeded, this, &AbsencesModel::reload);
}

void AbsencesModel::setDoctor(DoctorId doctor)
{
    m_doctor = doctor;
    reload();
}

void AbsencesModel::reload()
{
    beginResetModel();
    m_absences.clear();
    if (auto catalogue = m_config.booking().catalogue())
        m_zone = (*catalogue)->zone;
    if (auto list = m_config.absences(m_doctor))
        m_absences = *list;
    endResetModel();
}

const DoctorAbsence *AbsencesModel::absenceAt(int row) const
{
    return row >= 0 && row < m_absences.size() ? &m_absences[row] : nullptr;
}

int AbsencesModel::rowOf(AbsenceId id) const
{
    for (int i = 0; i < m_absences.size(); ++i) {
        if (m_absences[i].id == id)
            return i;
    }
    return -1;
}

int AbsencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_absences.size());
}

int AbsencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoctorAbsence &a = m_absences[index.row()];
    if (role == AbsenceIdRole)
        return a.id.value;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const auto when = [this](UtcSeconds t) {
        const QDate day = m_zone.dateOf(t);
        const int minute = m_zone.minuteOfDay(t);
        return QLocale().toString(QDateTime(day, QTime(minute / 60, minute % 60)), QLocale::ShortFormat);
    };
    switch (index.column()) {
    case Start: return when(a.range.start);
    case End: return when(a.range.end);
    case Reason: return a.reason;
    default: return {};
    }
}

QVariant AbsencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start: return tr("From");
    case End: return tr("Until");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace tbib
