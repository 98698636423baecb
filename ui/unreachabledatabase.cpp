// SPDX-License-Identifier: GPL-3.0-or-later
#include "unreachabledatabase.h"

#include <QAbstractButton>

namespace tbib {

UnreachableDatabaseDialog::UnreachableDatabaseDialog(const QString &shownLocation, const QString &reason,
                                                     QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("unreachableDatabaseDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(QStringLiteral("TBIB"));
    setText(tr("The clinic's database cannot be opened."));
    setInformativeText(tr("TBIB looked for it at %1.\n\nCheck that the clinic's database server is switched on "
                          "and reachable from this computer, then try again.")
                           .arg(shownLocation));
    setDetailedText(reason);
    setStandardButtons(QMessageBox::Retry | QMessageBox::Close);
    button(QMessageBox::Retry)->setText(tr("Try again"));
    button(QMessageBox::Close)->setText(tr("Quit"));
    setDefaultButton(QMessageBox::Retry);
    setAccessibleName(text());
}

QAbstractButton *UnreachableDatabaseDialog::retryButton() const
{
    return button(QMessageBox::Retry);
}

} // namespace tbib
