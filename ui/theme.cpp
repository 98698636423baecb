// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

namespace tbib::theme {

QColor sidebarBackground()
{
    return QColor(0x1B, 0x5E, 0x34);
}

QColor sidebarText()
{
    return QColor(0xE8, 0xF5, 0xEE);
}

QColor accent()
{
    return QColor(0x2E, 0x7D, 0x32);
}

QString styleSheet()
{
    // Selectors by object name: the widgets stay plain Qt widgets and the look
    // can change here without touching them.
    return QStringLiteral(R"(
QMainWindow { background: #F3F6F4; }
QMainWindow::separator { background: #E0E6E2; width: 1px; }
#sidebar { background: #1B5E34; }
#sidebar QLabel { color: #E8F5EE; background: transparent; font-size: 11pt; }
#sidebar QLabel#sidebarLogo { background: #E8F5EE; color: #1B5E34; border-radius: 8px; font-weight: 700; font-size: 15pt; }
#sidebar QLabel#sidebarTitle { font-weight: 700; font-size: 15pt; letter-spacing: 1px; }
#sidebar QPushButton { color: #E8F5EE; background: transparent; border: none; border-radius: 8px;
                       text-align: left; padding: 0px; font-size: 11pt; }
#sidebar QPushButton:hover { background: rgba(255, 255, 255, 0.08); }
#sidebar QPushButton:checked { background: rgba(255, 255, 255, 0.16); font-weight: 600; }
#sidebar QPushButton:focus { outline: none; border: 1px solid rgba(232, 245, 238, 0.35); }
#sidebar QLabel#queueBadge { background: #FBC02D; color: #263238; border-radius: 9px; font-size: 8pt;
                            font-weight: 700; padding: 0px 5px; }
#sidebarSeparator { background: rgba(232, 245, 238, 0.18); }
#pageTitle { font-size: 16pt; font-weight: 700; color: #1F2A24; }
#pageSubtitle, #hintLabel { color: #5F6B66; }
#card, #timeGridContainer { background: white; border: 1px solid #DDE5E0; border-radius: 10px; }
#timeGridContainer QListView { border: none; background: white; font-size: 11pt; }
#timeGridContainer QListView::item { padding: 6px 4px; border-bottom: 1px solid #EEF2EF; }
#timeGridContainer QListView::item:selected, #waitingListView::item:selected { background: #E3F2E7; color: #1F2A24; }
#waitingListView { border: 1px solid #DDE5E0; border-radius: 10px; background: white; font-size: 11pt; }
#waitingListView::item { padding: 10px 6px; border-bottom: 1px solid #EEF2EF; }
QPushButton#primaryButton, QPushButton#callNextButton { background: #2E7D32; color: white; border: none;
                       border-radius: 8px; padding: 8px 16px; font-weight: 600; }
QPushButton#primaryButton:disabled, QPushButton#callNextButton:disabled { background: #A5C8A8; }
QPushButton#newAppointmentButton { background: #1E7B34; color: white; border: none; border-radius: 6px;
                       padding: 6px 14px; font-weight: 600; }
QPushButton#newAppointmentButton:hover { background: #176A2B; }
QLineEdit#patientSearchEdit { border: 1px solid #CFD8D3; border-radius: 6px; padding: 5px 8px; background: white; }
QLineEdit#patientSearchEdit:focus { border-color: #2E7D32; }
QComboBox#doctorComboBox { font-weight: 600; min-height: 26px; }
#navigationBar QPushButton { background: white; border: 1px solid #CFD8D3; border-radius: 6px; padding: 5px 10px; }
#navigationBar QPushButton:hover { background: #EEF4F0; }
#dayTitle { font-size: 14pt; font-weight: 700; color: #1F2A24; }
#deskPanel { background: white; }
QDockWidget#deskDock { font-weight: 700; color: #5F6B66; }
QDockWidget#deskDock::title { background: white; padding: 10px 14px; border-bottom: 1px solid #E6ECE8; }
#emptyDeskLabel { color: #5F6B66; font-size: 12pt; }
#patientNameLabel { font-size: 16pt; font-weight: 700; color: #1F2A24; }
#patientDetailsLabel { color: #44504A; font-size: 11pt; }
#whenFrame { background: #F6F8F7; border: 1px solid #E3E9E5; border-radius: 8px; }
#sectionLabel { color: #5F6B66; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }
#statusBar QToolButton { background: white; border: 1px solid #CFD8D3; border-radius: 8px; padding: 6px 2px;
                         font-size: 10pt; color: #1F2A24; }
#statusBar QToolButton:hover { background: #F1F6F3; }
#statusBar QToolButton#arrivedButton:checked { background: #FBC02D; border-color: #C49000; font-weight: 700; }
#statusBar QToolButton#inProgressButton:checked { background: #43A047; border-color: #2E7D32; color: white; font-weight: 700; }
#statusBar QToolButton#doneButton:checked { background: #607D8B; border-color: #455A64; color: white; font-weight: 700; }
#statusBar QToolButton#noShowButton:checked { background: #9E9E9E; border-color: #757575; color: white; font-weight: 700; }
#deskErrorLabel { background: #FDECEA; color: #B71C1C; border: 1px solid #F5C2BE; border-radius: 8px; padding: 8px; }
#arrivalLabel { color: #5F6B66; }
#historyLabel { border: 1px solid #E3E9E5; border-radius: 8px; background: white; padding: 4px; }
QPushButton#medicalRecordButton { border: none; background: transparent; color: #1B5E34; font-weight: 700;
                                  text-decoration: underline; text-align: left; padding: 2px 0px; }
#privateNotesEdit { background: #FFFDF5; border: 1px solid #CFD8D3; border-radius: 8px; padding: 6px; font-size: 10pt; }
#notesStatusLabel { color: #5F6B66; font-size: 9pt; }
)");
}

QString initials(const QString &name)
{
    QString out;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (out.size() == 2)
            break;
        out += w.front().toUpper();
    }
    return out;
}

QPixmap avatar(const QString &name, const QByteArray &photo, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    QImage image;
    if (!photo.isEmpty() && image.loadFromData(photo)) {
        p.setClipPath(circle);
        p.drawImage(QRectF(0, 0, size, size),
                    image.scaled(QSize(size, size) * devicePixelRatio, Qt::KeepAspectRatioByExpanding,
                                 Qt::SmoothTransformation));
        return pixmap;
    }
    // A hue from the name so that one patient keeps one colour; saturation and
    // value are fixed so that white initials always read well.
    const int hue = int(qHash(name) % 360);
    p.fillPath(circle, QColor::fromHsv(hue, 150, 170));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(name));
    return pixmap;
}

QPixmap emoji(const QString &text, int pixelSize, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(pixelSize, pixelSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QFont font;
    font.setPixelSize(pixelSize * 9 / 10);
    p.setFont(font);
    p.drawText(QRectF(0, 0, pixelSize, pixelSize), Qt::AlignCenter, text);
    return pixmap;
}

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace tbib::theme
