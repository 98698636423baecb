// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace tbib {

// The patients list as shown: sorted on PatientListModel::SortRole and
// filtered by the search field. Every word typed must appear in the patient's
// name (without accents or case), in any order, and the digits typed must
// appear in the phone: "benali 06" and "Amina" both find Amina Benali.
class PatientFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PatientFilterProxyModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PatientFilterProxyModel)

    void setSearch(const QString &text);
    [[nodiscard]] QString search() const { return m_search; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_terms;
};

} // namespace tbib
