// SPDX-License-Identifier: GPL-3.0-or-later
#include "appointmentitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tbib::agenda {

namespace {

constexpr double Padding = 3.0;

} // namespace

AppointmentItem::AppointmentItem(AppointmentId id, const QRectF &rect, Look look, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_id(id), m_rect(rect), m_look(std::move(look))
{
    // The scene handles the mouse (drag, resize, click): the item only paints.
    setAcceptedMouseButtons(Qt::NoButton);
}

void AppointmentItem::setRect(const QRectF &rect)
{
    prepareGeometryChange();
    m_rect = rect;
}

void AppointmentItem::setLook(Look look)
{
    m_look = std::move(look);
    update();
}

QColor AppointmentItem::textColor() const
{
    // White on dark colours, near-black on light ones (yellow "arrived", faded
    // "done"): WCAG-ish relative luminance with a threshold that keeps the
    // clinic's usual type colours on white text, as FullCalendar prints them.
    const QColor c = m_look.fill;
    const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return luminance > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

void AppointmentItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
    }
}

void AppointmentItem::setKeyboardFocus(bool on)
{
    if (m_keyboardFocus != on) {
        m_keyboardFocus = on;
        update();
    }
}

void AppointmentItem::setDragging(bool on)
{
    m_dragging = on;
    setOpacity(on ? 0.75 : 1.0);
    update();
}

QRectF AppointmentItem::boundingRect() const
{
    // Room for the highlight ring drawn outside the box.
    return m_rect.adjusted(-2.5, -2.5, 2.5, 2.5);
}

void AppointmentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Clipped ends (spec §3.2) are square, real ends rounded.
    const double radius = 3.0;
    const QRectF box = m_rect;
    painter->setPen(QPen(m_look.fill.darker(115), 1.0));
    painter->setBrush(m_look.fill);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    if (m_highlighted) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x21, 0x21, 0x21), 2.0));
        painter->drawRoundedRect(box.adjusted(-1, -1, 1, 1), radius + 1, radius + 1);
    }
    if (m_keyboardFocus) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x1B, 0x5E, 0x20), 1.5, Qt::DashLine));
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), radius + 2, radius + 2);
    }

    painter->setClipRect(box.adjusted(Padding - 1, 1, -1, -1));
    painter->setPen(textColor());
    QFont small = painter->font();
    small.setPixelSize(10);
    QFont bold = small;
    bold.setPixelSize(11);
    bold.setBold(true);
    bold.setStrikeOut(m_look.struckOut);
    QFont plain = small;
    plain.setStrikeOut(m_look.struckOut);

    const double x = box.left() + Padding;
    const double w = box.width() - 2 * Padding;
    double y = box.top() + 1;
    // Qt::AlignLeft is the reading start: the right edge in an Arabic window.
    // Times stay "09:00 - 09:20" in every direction: isolated left to right,
    // or the bidi algorithm would reorder their digits and dashes.
    const bool rtl = painter->layoutDirection() == Qt::RightToLeft;
    const QString timeText = m_look.timeText.isEmpty()
        ? QString()
        : QChar(0x2066) + m_look.timeText + QChar(0x2069); // LRI … PDI
    if (m_look.isShort) {
        // Spec §3.4: time and title on one line, " - " between them.
        painter->setFont(small);
        const QFontMetricsF fm(small);
        const QString time = timeText.isEmpty() ? QString() : timeText + QStringLiteral(" - ");
        const double timeWidth = fm.horizontalAdvance(time);
        const QRectF line(x, y, w, box.height() - 2);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, time);
        painter->setFont(bold);
        painter->drawText(rtl ? line.adjusted(0, 0, -timeWidth, 0) : line.adjusted(timeWidth, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, m_look.title);
    } else {
        painter->setFont(small);
        const double smallHeight = QFontMetricsF(small).height();
        const double boldHeight = QFontMetricsF(bold).height();
        if (!timeText.isEmpty()) {
            painter->drawText(QRectF(x, y, w, smallHeight), Qt::AlignLeft | Qt::AlignTop, timeText);
            y += smallHeight;
        }
        painter->setFont(bold);
        const QRectF titleRect(x, y, w, box.bottom() - y);
        const QRectF used = painter->boundingRect(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                                  m_look.title);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_look.title);
        y += std::max(used.height(), boldHeight);
        if (y + smallHeight <= box.bottom() + 1) {
            painter->setFont(plain);
            painter->drawText(QRectF(x, y, w, smallHeight), Qt::AlignLeft | Qt::AlignTop, m_look.typeName);
        }
    }
    painter->restore();
}

} // namespace tbib::agenda
