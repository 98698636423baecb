// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cliniczone.h"
#include "domain/entities.h"

#include <QAbstractTableModel>

namespace tbib {

class ConfigurationService;

// One doctor's absences, by start, with clinic-local dates. Follows
// BookingService::absencesChanged for that doctor.
class AbsencesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, End, Reason, ColumnCount };
    enum Role { AbsenceIdRole = Qt::UserRole + 1 };

    explicit AbsencesModel(ConfigurationService &config, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AbsencesModel)

    void setDoctor(DoctorId doctor);
    [[nodiscard]] const DoctorAbsence *absenceAt(int row) const;
    [[nodiscard]] int rowOf(AbsenceId id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();

    ConfigurationService &m_config;
    DoctorId m_doctor;
    ClinicZone m_zone;
    QList<DoctorAbsence> m_absences;
};

} // namespace tbib
