// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QAccessible>
#include <QGraphicsView>
#include <QHash>

class QAccessibleInterface;

namespace tbib::agenda {

class AgendaScene;
class AgendaView;

// The QGraphicsView of the grid: it owns the keyboard (navigation, focus moves
// between appointments, Enter) and Ctrl+wheel, keeps the scene as wide as its
// viewport (the grid has no horizontal scrolling), and hands assistive
// technology one QAccessibleInterface per shown appointment (DESIGN §7).
class AgendaGraphicsView final : public QGraphicsView
{
public:
    AgendaGraphicsView(AgendaView *owner, AgendaScene *scene);
    ~AgendaGraphicsView() override;
    Q_DISABLE_COPY_MOVE(AgendaGraphicsView)

    [[nodiscard]] AgendaScene *agendaScene() const;
    // One cached interface per shown appointment (the accessibility cache owns them).
    [[nodiscard]] QAccessibleInterface *accessibleFor(AppointmentId id);
    void forgetAccessibles(const QList<AppointmentId> &kept);
    // What Enter and an assistive technology's "press" do: the desk shows it.
    void activateAppointment(AppointmentId id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    AgendaView *m_owner;
    QHash<AppointmentId, QAccessible::Id> m_accessibles;
};

// Installed once (QAccessible::installFactory): the grid's interface, a list
// whose children are the appointments in reading order.
QAccessibleInterface *agendaAccessibleFactory(const QString &className, QObject *object);

} // namespace tbib::agenda
