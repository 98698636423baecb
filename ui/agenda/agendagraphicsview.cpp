// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendagraphicsview.h"

#include "agendascene.h"
#include "agendaview.h"
#include "appointmentitem.h"

#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPointer>
#include <QScrollBar>
#include <QWheelEvent>

namespace tbib::agenda {

AgendaGraphicsView::AgendaGraphicsView(AgendaView *owner, AgendaScene *scene)
    : QGraphicsView(scene, owner), m_owner(owner)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { agendaScene()->setHeaderOffset(mapToScene(0, 0).y()); });
}

AgendaGraphicsView::~AgendaGraphicsView()
{
    for (QAccessible::Id a : std::as_const(m_accessibles))
        QAccessible::deleteAccessibleInterface(a);
}

AgendaScene *AgendaGraphicsView::agendaScene() const
{
    return m_owner->m_scene;
}

void AgendaGraphicsView::forgetAccessibles(const QList<AppointmentId> &kept)
{
    for (auto it = m_accessibles.begin(); it != m_accessibles.end();) {
        if (kept.contains(it.key())) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_accessibles.erase(it);
        }
    }
}

void AgendaGraphicsView::activateAppointment(AppointmentId id)
{
    if (!agendaScene()->itemsOf(id).isEmpty())
        m_owner->activate(id);
}

void AgendaGraphicsView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    agendaScene()->setWidth(viewport()->width());
    m_owner->refit();
    m_owner->placeBanner();
}

void AgendaGraphicsView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Ctrl+wheel: the slot height, so that a working day fits the screen.
        const double step = event->angleDelta().y() > 0 ? 2.0 : -2.0;
        m_owner->setSlotHeight(m_owner->slotHeight() + step);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void AgendaGraphicsView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        m_owner->moveFocus(-1);
        return;
    case Qt::Key_Down:
        m_owner->moveFocus(+1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (agendaScene()->keyboardFocus().isValid())
            m_owner->activate(agendaScene()->keyboardFocus());
        return;
    default:
        if (m_owner->handleNavigationKey(event->key()))
            return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool AgendaGraphicsView::focusNextPrevChild(bool next)
{
    // Tab walks the appointments, then leaves the grid after the last one.
    const QList<AppointmentId> order = agendaScene()->focusOrder();
    const qsizetype at = order.indexOf(agendaScene()->keyboardFocus());
    const qsizetype to = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
    if (to >= 0 && to < order.size()) {
        m_owner->moveFocus(int(to - at));
        return true;
    }
    agendaScene()->setKeyboardFocus({});
    return QGraphicsView::focusNextPrevChild(next);
}

namespace {

// One appointment for assistive technology (DESIGN §7): a focusable list item
// named "09:00–09:45, Karim Connu, Première consultation, Arrivé", whose
// press action opens it in the desk (as Enter or a click does).
class AppointmentAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AppointmentAccessible(AgendaGraphicsView *view, AppointmentId id) : m_view(view), m_id(id) {}

    [[nodiscard]] bool isValid() const override { return m_view && !items().isEmpty(); }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (!m_view || t != QAccessible::Name)
            return {};
        return m_view->agendaScene()->accessibleName(m_id);
    }
    void setText(QAccessible::Text, const QString &) override {}
    [[nodiscard]] QRect rect() const override
    {
        const auto list = items();
        if (list.isEmpty())
            return {};
        const QRect inView = m_view->mapFromScene(list.first()->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (m_view) {
            s.focused = m_view->agendaScene()->keyboardFocus() == m_id;
            s.selected = m_view->agendaScene()->highlighted() == m_id;
        }
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    // The actions: press (open in the desk) and focus.
    [[nodiscard]] QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &action) override
    {
        if (!m_view)
            return;
        if (action == pressAction())
            m_view->activateAppointment(m_id);
        else if (action == setFocusAction())
            m_view->agendaScene()->setKeyboardFocus(m_id);
    }
    [[nodiscard]] QStringList keyBindingsForAction(const QString &action) const override
    {
        return action == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
    }

    [[nodiscard]] AppointmentId id() const { return m_id; }

private:
    [[nodiscard]] QList<AppointmentItem *> items() const
    {
        return m_view ? m_view->agendaScene()->itemsOf(m_id) : QList<AppointmentItem *>();
    }
    QPointer<AgendaGraphicsView> m_view;
    AppointmentId m_id;
};

// The grid for assistive technology: its widgets (scroll bars, viewport) then
// one child per shown appointment in reading order.
class AgendaGridAccessible final : public QAccessibleWidget
{
public:
    explicit AgendaGridAccessible(AgendaGraphicsView *view) : QAccessibleWidget(view, QAccessible::List) {}

    [[nodiscard]] int childCount() const override
    {
        return QAccessibleWidget::childCount() + int(order().size());
    }
    [[nodiscard]] QAccessibleInterface *child(int index) const override
    {
        const int base = QAccessibleWidget::childCount();
        if (index < base)
            return QAccessibleWidget::child(index);
        const auto ids = order();
        return index - base < ids.size() ? view()->accessibleFor(ids.at(index - base)) : nullptr;
    }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (const auto *a = dynamic_cast<const AppointmentAccessible *>(child)) {
            const qsizetype i = order().indexOf(a->id());
            return i < 0 ? -1 : QAccessibleWidget::childCount() + int(i);
        }
        return QAccessibleWidget::indexOfChild(child);
    }
    [[nodiscard]] QAccessibleInterface *focusChild() const override
    {
        const AppointmentId focus = view()->agendaScene()->keyboardFocus();
        return focus.isValid() ? view()->accessibleFor(focus) : QAccessibleWidget::focusChild();
    }

private:
    [[nodiscard]] AgendaGraphicsView *view() const { return static_cast<AgendaGraphicsView *>(widget()); }
    [[nodiscard]] QList<AppointmentId> order() const { return view()->agendaScene()->focusOrder(); }
};

} // namespace

QAccessibleInterface *AgendaGraphicsView::accessibleFor(AppointmentId id)
{
    auto it = m_accessibles.constFind(id);
    if (it != m_accessibles.constEnd())
        return QAccessible::accessibleInterface(it.value());
    auto *iface = new AppointmentAccessible(this, id);
    m_accessibles.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *agendaAccessibleFactory(const QString &, QObject *object)
{
    if (auto *view = dynamic_cast<AgendaGraphicsView *>(object))
        return new AgendaGridAccessible(view);
    return nullptr;
}

} // namespace tbib::agenda
