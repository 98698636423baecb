// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientfilterproxymodel.h"

#include "patientlistmodel.h"

#include "domain/entities.h"

namespace tbib {

PatientFilterProxyModel::PatientFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatientListModel::SortRole);
    // Rows changed through the service move to their sorted place and are
    // filtered again at once.
    setDynamicSortFilter(true);
}

void PatientFilterProxyModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    // Words with digits are (parts of) one phone number, however it is
    // spaced: their digits are joined ("06 12 34" and "061234" are the same
    // search), and a whole number is compared by its key, so the national and
    // the international forms find each other.
    QStringList terms;
    QString digits;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString wordDigits;
        for (QChar c : word) {
            if (c.isDigit())
                wordDigits += c;
        }
        if (!wordDigits.isEmpty())
            digits += wordDigits;
        else if (const QString term = PatientListModel::folded(word); !term.isEmpty())
            terms << term;
    }
    if (!digits.isEmpty())
        terms << normalizedPhone(digits);
    m_terms = terms;
    invalidateRowsFilter();
}

bool PatientFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    // The list's own model is asked directly: going through data() and a
    // QVariant for each of thousands of rows on every keystroke doubled the cost.
    const auto *patients = qobject_cast<const PatientListModel *>(sourceModel());
    const QString key = patients ? patients->searchKey(sourceRow)
                                 : sourceModel()->index(sourceRow, 0, sourceParent).data(PatientListModel::SearchRole).toString();
    for (const QString &term : m_terms) {
        if (!key.contains(term))
            return false;
    }
    return true;
}

} // namespace tbib
