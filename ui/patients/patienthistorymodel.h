// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <memory>

#include <QAbstractTableModel>

namespace tbib {

class BookingService;
class Database;
struct Catalogue;

// Every appointment of one patient, newest first, with its doctor, type,
// status, motif and the doctor's private notes (the medical record's history;
// private notes never leave the desk and the record). Follows the service: an
// appointment of this patient added, changed or removed re-reads the list.
class PatientHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, DoctorColumn, TypeColumn, StatusColumn, MotifColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    PatientHistoryModel(BookingService &service, const Database &db, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PatientHistoryModel)

    void setPatient(PatientId id);
    [[nodiscard]] PatientId patient() const { return m_patient; }
    [[nodiscard]] const Appointment *appointmentAt(int row) const;
    [[nodiscard]] int noShowCount() const; // appointments marked "Absent" in the list

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();

private:
    BookingService &m_service;
    const Database &m_db;
    PatientId m_patient;
    QList<Appointment> m_appointments;
    std::shared_ptr<const Catalogue> m_catalogue; // doctors, types and zone as of the last reload
};

} // namespace tbib
