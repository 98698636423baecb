// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace tbib {

// About TBIB (DESIGN §1): the version, TBIB's licence, and the third-party
// components the program is built from, with their licences.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

    // The text shown, for the tests and for assistive technology.
    [[nodiscard]] static QString licencesText();
};

} // namespace tbib
