// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cliniczone.h"
#include "storage/clinicstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tbib {

class BookingService;

// Every patient of the clinic, one row each: name, phone, age, last visit,
// no-shows, blocked. The rows follow the service's signals: a changed patient
// or appointment re-reads that one patient's row (one small query), so a
// no-show set at the desk reaches the list at once. The whole list is read in
// one query (ClinicStore::patientSummaries), never one per row.
class PatientListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, AgeColumn, LastVisitColumn, NoShowsColumn, BlockedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // a value that sorts the column the way a reader expects
        SearchRole, // folded name and phone digits, for the search field
        BlockedRole,
    };

    explicit PatientListModel(BookingService &service, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PatientListModel)

    [[nodiscard]] PatientId patientAt(int row) const;
    [[nodiscard]] int rowOf(PatientId id) const { return m_rows.value(id.value, -1); }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // SearchRole's text of a row, without a QVariant (the filter's hot path).
    [[nodiscard]] const QString &searchKey(int row) const { return m_data[row].search; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Reads every patient again (the clock's day changed, or a row was deleted).
    void reload();
    // Reads one patient's row again: inserted when new, updated otherwise.
    void refresh(PatientId id);
    // The doctors' no-show limits decide "blocked": when Configuration changed
    // one, the column is computed again (no re-read of the patients).
    void followDoctors();

    // "34 ans", or "8 mois" under two years.
    [[nodiscard]] static QString ageText(QDate birth, QDate today);
    // Lower case, without accents: what the search compares.
    [[nodiscard]] static QString folded(const QString &text);

private:
    struct Row
    {
        PatientSummary summary;
        bool blocked = false; // for at least one doctor (flag or no-show limit)
        QString search;
        QString sortName; // folded "last first", computed once: sorting asks for it n log n times
    };
    [[nodiscard]] Row makeRow(const PatientSummary &summary) const;

    BookingService &m_service;
    QList<Row> m_data;
    QHash<qint64, int> m_rows; // patient id → row
    QList<Doctor> m_doctors;
    ClinicZone m_zone;
    QDate m_today;
    QString m_lastError;
};

} // namespace tbib
