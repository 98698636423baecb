// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace tbib::agenda {

// A one-line label that gives way when the toolbar is narrow: it asks for its
// whole text but accepts less, paints "23 – 29 nov…" then, and the whole text
// is its tooltip. text() stays the whole text (tests and screen readers).
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ElidedLabel)

    // Hides QLabel::setText so that the tooltip follows the text.
    void setText(const QString &text);
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
};

} // namespace tbib::agenda
