// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace tbib::agenda {

// One appointment box of the time grid (one day segment of it). It only paints:
// the scene computes where it goes (placeEvents + eventSpan) and what it says
// (spec §3.3), and handles the mouse and the keyboard itself, so that the
// item stays a dumb, cheap value holder that a rebuild can throw away.
class AppointmentItem final : public QGraphicsItem
{
public:
    struct Look
    {
        QColor fill;
        QString timeText;   // "09:00 - 09:45" (spec §3.3), may be empty
        QString title;      // the patient's name
        QString typeName;
        bool isShort = false;    // one line: time and title
        bool struckOut = false;  // no-show
        bool isStart = true;     // the segment holds the real start / end
        bool isEnd = true;
    };

    AppointmentItem(AppointmentId id, const QRectF &rect, Look look, QGraphicsItem *parent = nullptr);

    [[nodiscard]] AppointmentId appointmentId() const { return m_id; }
    [[nodiscard]] QRectF rect() const { return m_rect; }
    void setRect(const QRectF &rect);
    [[nodiscard]] const Look &look() const { return m_look; }
    void setLook(Look look);
    [[nodiscard]] QColor fillColor() const { return m_look.fill; }
    [[nodiscard]] QColor textColor() const;

    [[nodiscard]] bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool on);
    [[nodiscard]] bool hasKeyboardFocus() const { return m_keyboardFocus; }
    void setKeyboardFocus(bool on);
    // While dragged: drawn translucent above everything (the "mirror").
    void setDragging(bool on);

    enum { Type = UserType + 1 };
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    AppointmentId m_id;
    QRectF m_rect;
    Look m_look;
    bool m_highlighted = false;
    bool m_keyboardFocus = false;
    bool m_dragging = false;
};

} // namespace tbib::agenda
