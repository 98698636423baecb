// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timegridgeometry.h"

#include "domain/cliniczone.h"
#include "domain/entities.h"
#include "domain/workinghours.h"
#include "storage/clinicstore.h"

#include <QDate>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QHash>
#include <QList>

namespace tbib::agenda {

class AppointmentItem;

// What the grid shows: the days, the doctor's hours and the appointments and
// absences of that range. The view loads it; the scene only draws it.
struct AgendaContent final
{
    ClinicZone zone;
    QList<QDate> days;
    WorkingHours hours;
    QList<AppointmentView> appointments; // cancelled ones are left out by the scene
    QList<DoctorAbsence> absences;
};

// The time grid as a QGraphicsScene (FULLCALENDAR-TIMEGRID.md §5, §6): header
// row, time gutter, rows, non-business shading, today's tint, absences, the
// appointment boxes and the now line. Every coordinate comes from the pure
// geometry of tbib_agenda; this class only turns it into items and turns the
// mouse back into times (intent signals, never storage writes: HOUSE-STYLE 5).
class AgendaScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr double HeaderHeight = 34.0;
    static constexpr double GutterWidth = 56.0;
    static constexpr qint64 SlotDuration = 15 * MsecsPerMinute;
    static constexpr double MinSlotHeight = 12.0;
    static constexpr double MaxSlotHeight = 60.0;

    explicit AgendaScene(QObject *parent = nullptr);
    ~AgendaScene() override;
    Q_DISABLE_COPY_MOVE(AgendaScene)

    void setContent(AgendaContent content);
    [[nodiscard]] const AgendaContent &content() const { return m_content; }
    void setWidth(double width);
    void setSlotHeight(double height); // clamped to [MinSlotHeight, MaxSlotHeight]
    [[nodiscard]] double slotHeight() const { return m_slotHeight; }
    void setDirection(Qt::LayoutDirection direction);
    void setSlotEventOverlap(bool on);
    [[nodiscard]] bool slotEventOverlap() const { return m_slotEventOverlap; }
    void setNow(UtcSeconds now);
    [[nodiscard]] UtcSeconds now() const { return m_now; }
    // The now line (spec §5), when today is shown inside the visible hours.
    [[nodiscard]] QGraphicsLineItem *nowLine() const;
    // The day headers stay at the top of the view while the rows scroll: the
    // view passes the scene y of its top edge.
    void setHeaderOffset(double y);

    // The geometry the items were placed with (tests compare against it).
    [[nodiscard]] TimeAxis axis() const { return m_axis; }
    [[nodiscard]] DayColumns columns() const;
    [[nodiscard]] double gridLeft() const;
    [[nodiscard]] double gridTop() const { return HeaderHeight; }

    [[nodiscard]] QList<AppointmentItem *> itemsOf(AppointmentId id) const { return m_items.value(id); }
    [[nodiscard]] const AppointmentView *appointment(AppointmentId id) const;
    // Appointments in reading order (day, then start): the keyboard's order.
    [[nodiscard]] QList<AppointmentId> focusOrder() const;
    // "09:00–09:45, Karim Connu, Première consultation, Arrivé" (DESIGN §7).
    [[nodiscard]] QString accessibleName(AppointmentId id) const;

    void setHighlighted(AppointmentId id);
    [[nodiscard]] AppointmentId highlighted() const { return m_highlighted; }
    void setKeyboardFocus(AppointmentId id);
    [[nodiscard]] AppointmentId keyboardFocus() const { return m_focus; }

    // A change that moves nothing (a status, the motif): the boxes are
    // repainted in place, no re-layout. False when the change needs one.
    [[nodiscard]] bool updateInPlace(const Appointment &changed);

    // Rebuilds every item from the content (also the way a refused drag is reverted).
    void rebuild();

Q_SIGNALS:
    void appointmentClicked(tbib::AppointmentId id);
    void newAppointmentRequested(tbib::UtcSeconds start, tbib::UtcSeconds end);
    void moveRequested(tbib::AppointmentId id, tbib::UtcSeconds newStart);
    void resizeRequested(tbib::AppointmentId id, tbib::UtcSeconds newEnd);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Hit
    {
        int day = -1;
        qint64 start = 0; // ms in the day, snapped
        qint64 end = 0;
    };
    enum class Drag { None, Pending, Move, Resize, Select };

    [[nodiscard]] std::optional<Hit> hitAt(QPointF scenePos) const;
    [[nodiscard]] AppointmentItem *appointmentAt(QPointF scenePos) const;
    [[nodiscard]] QList<AppointmentView> shownAppointments() const;
    [[nodiscard]] UtcSeconds toUtc(int day, qint64 msInDay) const;
    void computeAxis();
    void addGridItems();
    void addAbsenceItems();
    void addAppointmentItems();
    void updateNowLine();
    void updateSelectionRect();

    AgendaContent m_content;
    double m_width = 800.0;
    double m_slotHeight = 20.0;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    bool m_slotEventOverlap = false; // DESIGN §7: the desk's default
    UtcSeconds m_now = 0;
    TimeAxis m_axis;

    QHash<AppointmentId, QList<AppointmentItem *>> m_items;
    QList<QGraphicsItem *> m_nowItems;
    QList<QGraphicsItem *> m_headerItems;
    double m_headerOffset = 0;
    QGraphicsRectItem *m_selectionItem = nullptr;
    AppointmentId m_highlighted;
    AppointmentId m_focus;

    // Pointer state between press and release.
    Drag m_drag = Drag::None;
    bool m_pressOnResizeHandle = false;
    QPointF m_pressPos;
    std::optional<Hit> m_pressHit;
    std::optional<Hit> m_currentHit;
    AppointmentItem *m_dragItem = nullptr;
    QRectF m_dragItemRect;
};

} // namespace tbib::agenda
