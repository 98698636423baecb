// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace tbib {

// What a desk says when it starts and cannot open the clinic's database (the
// clinic's PostgreSQL server is switched off or out of reach, a file cannot
// be read): plainly, where it looked (never the password), the driver's
// reason in the details, and "Réessayer" / "Quitter". exec() returns
// QMessageBox::Retry to try again.
class UnreachableDatabaseDialog final : public QMessageBox
{
    Q_OBJECT
public:
    UnreachableDatabaseDialog(const QString &shownLocation, const QString &reason, QWidget *parent = nullptr);

    [[nodiscard]] QAbstractButton *retryButton() const;
};

} // namespace tbib
