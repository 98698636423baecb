// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QByteArray;

namespace tbib::theme {

// The clinic look in one place (DESIGN §7): a dark green sidebar with mint-white
// text, white pages on a light grey-green canvas, green for primary actions.
// Widgets carry object names; the style sheet styles them by name so that no
// widget hard-codes a colour.

inline constexpr int SidebarCollapsedWidth = 64;
inline constexpr int SidebarExpandedWidth = 256;

[[nodiscard]] QColor sidebarBackground();
[[nodiscard]] QColor sidebarText();
[[nodiscard]] QColor accent();

// The window's style sheet (sidebar, pages, desk, buttons).
[[nodiscard]] QString styleSheet();

// A round avatar: the photo when there is one, otherwise the initials of
// `name` on a colour derived from the name (stable between runs).
[[nodiscard]] QPixmap avatar(const QString &name, const QByteArray &photo, int size, qreal devicePixelRatio);
[[nodiscard]] QString initials(const QString &name);

// An emoji drawn as a picture of `pixelSize` (colour emoji glyphs come out tiny
// at text sizes, and a picture scales with the row, not the label's font).
[[nodiscard]] QPixmap emoji(const QString &text, int pixelSize, qreal devicePixelRatio);

// A small filled circle, for colour legends in lists.
[[nodiscard]] QPixmap dot(const QColor &color, int size);

} // namespace tbib::theme
