// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace tbib {

// A page whose work comes in a later step: it says so on screen, in plain
// words, rather than showing controls that do nothing.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &plannedContent, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PlaceholderPage)
};

} // namespace tbib
