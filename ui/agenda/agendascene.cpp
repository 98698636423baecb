// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendascene.h"

#include "appointmentitem.h"
#include "eventplacement.h"

#include "domain/appointmentstatus.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace tbib::agenda {

namespace {

// Layers (spec §5): lines and shading under absences, absences under events,
// the dragged mirror above events, the now line on top.
constexpr double ZTodayTint = -2;
constexpr double ZShading = -1;
constexpr double ZLines = 0;
constexpr double ZAbsence = 2;
constexpr double ZSelection = 3;
constexpr double ZEvents = 10;
constexpr double ZMirror = 500;
constexpr double ZNow = 1000;
constexpr double ZHeader = 2000; // sticky: stays above the boxes scrolled under it

constexpr double DragThreshold = 5.0;  // spec §1 eventDragMinDistance
constexpr double ResizeHandle = 6.0;   // px at the bottom of a box

const QColor LineMajor(0xDA, 0xDC, 0xE0);
const QColor LineMinor(0xF1, 0xF3, 0xF4);
const QColor HeaderText(0x3C, 0x40, 0x43);
const QColor TodayText(0x1B, 0x5E, 0x20);
const QColor TodayTint(0xE8, 0xF5, 0xE9, 150);
const QColor TodayHeader(0xF1, 0xF8, 0xF2); // the tint over white, opaque
const QColor NonBusiness(0xD7, 0xD7, 0xD7, 110);
const QColor NowRed(0xE5, 0x39, 0x35);

QGraphicsSimpleTextItem *addLabel(QGraphicsScene *scene, const QString &text, const QFont &font, QColor color)
{
    auto *item = scene->addSimpleText(text, font);
    item->setBrush(color);
    return item;
}

QColor fillFor(AppointmentStatus status, const QString &typeColor)
{
    const QColor color(displayColor(status, typeColor));
    return color.isValid() ? color : QColor(0x37, 0x88, 0xD8); // FullCalendar's default event colour
}

} // namespace

AgendaScene::AgendaScene(QObject *parent) : QGraphicsScene(parent)
{
    m_axis.slotDuration = SlotDuration;
}

AgendaScene::~AgendaScene()
{
    // QGraphicsScene's destructor deletes the items, then detaches the views,
    // whose scroll bars may call setHeaderOffset(): leave no dangling pointer.
    m_headerItems.clear();
    m_nowItems.clear();
    m_items.clear();
}

void AgendaScene::setContent(AgendaContent content)
{
    m_content = std::move(content);
    rebuild();
}

void AgendaScene::setWidth(double width)
{
    width = std::max(width, GutterWidth + 100.0);
    if (!qFuzzyCompare(width, m_width)) {
        m_width = width;
        rebuild();
    }
}

void AgendaScene::setSlotHeight(double height)
{
    height = std::clamp(height, MinSlotHeight, MaxSlotHeight);
    if (!qFuzzyCompare(height, m_slotHeight)) {
        m_slotHeight = height;
        rebuild();
    }
}

void AgendaScene::setDirection(Qt::LayoutDirection direction)
{
    if (direction != m_direction) {
        m_direction = direction;
        rebuild();
    }
}

void AgendaScene::setSlotEventOverlap(bool on)
{
    if (on != m_slotEventOverlap) {
        m_slotEventOverlap = on;
        rebuild();
    }
}

void AgendaScene::setNow(UtcSeconds now)
{
    m_now = now;
    updateNowLine();
}

DayColumns AgendaScene::columns() const
{
    return {int(m_content.days.size()), m_width - GutterWidth, m_direction};
}

double AgendaScene::gridLeft() const
{
    // The time gutter is on the reading start side: left, or right in RTL.
    return m_direction == Qt::RightToLeft ? 0.0 : GutterWidth;
}

const AppointmentView *AgendaScene::appointment(AppointmentId id) const
{
    for (const AppointmentView &v : m_content.appointments) {
        if (v.appointment.id == id)
            return &v;
    }
    return nullptr;
}

QList<AppointmentView> AgendaScene::shownAppointments() const
{
    QList<AppointmentView> out;
    for (const AppointmentView &v : m_content.appointments) {
        if (v.appointment.status != AppointmentStatus::Cancelled) // DESIGN §2: hidden by default
            out.append(v);
    }
    return out;
}

QList<AppointmentId> AgendaScene::focusOrder() const
{
    QList<AppointmentId> ids;
    for (const AppointmentView &v : shownAppointments()) {
        if (m_items.contains(v.appointment.id))
            ids.append(v.appointment.id);
    }
    return ids;
}

QString AgendaScene::accessibleName(AppointmentId id) const
{
    const AppointmentView *v = appointment(id);
    if (!v)
        return {};
    const qint64 start = wallMsecs(m_content.zone, v->appointment.range.start);
    const qint64 end = wallMsecs(m_content.zone, v->appointment.range.end);
    const qint64 midnight = wallMidnight(ClinicZone::dateOfWall(start / 1000));
    // EN DASH between the times: a screen reader says "to", not "minus".
    return formatTimeOfDay(start - midnight) + u'\u2013' + formatTimeOfDay(end - midnight) + QStringLiteral(", ")
        + v->patient.fullName() + QStringLiteral(", ") + v->typeName + QStringLiteral(", ")
        + statusLabel(v->appointment.status);
}

UtcSeconds AgendaScene::toUtc(int day, qint64 msInDay) const
{
    return m_content.zone.fromWall((wallMidnight(m_content.days.at(day)) + msInDay) / 1000);
}

void AgendaScene::computeAxis()
{
    // The doctor's hours on the shown days, grown to every appointment shown
    // there: one booked outside the hours must not vanish (spec §3.2).
    VisibleHours window = visibleHours(m_content.hours, m_content.days);
    const auto shown = shownAppointments();
    for (const QDate &day : std::as_const(m_content.days)) {
        const qint64 midnight = wallMidnight(day);
        for (const AppointmentView &v : shown) {
            const qint64 start = wallMsecs(m_content.zone, v.appointment.range.start) - midnight;
            const qint64 end = wallMsecs(m_content.zone, v.appointment.range.end) - midnight;
            if (start < MsecsPerDay && end > 0)
                window = widenedToInclude(window, std::max<qint64>(start, 0), std::min(end, MsecsPerDay));
        }
    }
    m_axis.slotMinTime = window.slotMinTime;
    m_axis.slotMaxTime = window.slotMaxTime;
    m_axis.slotDuration = SlotDuration;
    m_axis.slotHeight = m_slotHeight;
}

void AgendaScene::rebuild()
{
    // A rebuild may come from a service signal in the middle of a release:
    // forget the pointer state so that nothing touches a deleted item.
    m_drag = Drag::None;
    m_dragItem = nullptr;
    m_selectionItem = nullptr;
    m_nowItems.clear();
    m_headerItems.clear();
    m_items.clear();
    clear();

    computeAxis();
    setSceneRect(0, 0, m_width, HeaderHeight + m_axis.height());
    if (m_content.days.isEmpty())
        return;
    addGridItems();
    addAbsenceItems();
    addAppointmentItems();
    updateNowLine();
    if (!m_items.contains(m_highlighted))
        m_highlighted = {};
    if (!m_items.contains(m_focus))
        m_focus = {};
    setHighlighted(m_highlighted);
    setKeyboardFocus(m_focus);
}

void AgendaScene::addGridItems()
{
    const DayColumns cols = columns();
    const double left = gridLeft();
    const double top = gridTop();
    const double height = m_axis.height();
    const double colWidth = cols.columnWidth();
    const double gutterX = m_direction == Qt::RightToLeft ? m_width - GutterWidth : 0.0;
    const QDate today = m_content.zone.dateOf(m_now);

    addRect(QRectF(left, top, cols.width, height), Qt::NoPen, Qt::white)->setZValue(ZTodayTint - 1);

    auto headerItem = [this](QGraphicsItem *item, double z) {
        item->setZValue(ZHeader + z);
        m_headerItems.append(item);
    };
    headerItem(addRect(QRectF(0, 0, m_width, top), Qt::NoPen, Qt::white), 0);
    QFont headerFont;
    headerFont.setPixelSize(12);
    QFont todayFont = headerFont;
    todayFont.setBold(true);
    for (int i = 0; i < m_content.days.size(); ++i) {
        const QDate day = m_content.days.at(i);
        const double x = left + cols.columnLeft(i);
        const bool isToday = day == today;
        if (isToday) {
            addRect(QRectF(x, top, colWidth, height), Qt::NoPen, TodayTint)->setZValue(ZTodayTint);
            headerItem(addRect(QRectF(x, 0, colWidth, top), Qt::NoPen, TodayHeader), 0.1);
        }
        // Non-business time (spec §5): the complement of the day's intervals.
        qint64 from = m_axis.slotMinTime;
        auto shade = [&](qint64 a, qint64 b) {
            a = std::max(a, m_axis.slotMinTime);
            b = std::min(b, m_axis.slotMaxTime);
            if (a < b) {
                const double y0 = top + m_axis.yForTime(a);
                const double y1 = top + m_axis.yForTime(b);
                addRect(QRectF(x, y0, colWidth, y1 - y0), Qt::NoPen, NonBusiness)->setZValue(ZShading);
            }
        };
        for (const LocalInterval &interval : m_content.hours.intervals(day.dayOfWeek())) {
            shade(from, interval.startMinute * MsecsPerMinute);
            from = std::max(from, interval.endMinute * MsecsPerMinute);
        }
        shade(from, m_axis.slotMaxTime);

        auto *header = addLabel(this, localizedDayHeader(day, int(m_content.days.size()), QLocale()),
                               isToday ? todayFont : headerFont, isToday ? TodayText : HeaderText);
        const QRectF r = header->boundingRect();
        header->setPos(x + (colWidth - r.width()) / 2, (top - r.height()) / 2);
        headerItem(header, 0.2);
        addLine(x, top, x, top + height, QPen(LineMajor, 1))->setZValue(ZLines);
        headerItem(addLine(x, 0, x, top, QPen(LineMajor, 1)), 0.2);
    }
    addLine(left + cols.width, top, left + cols.width, top + height, QPen(LineMajor, 1))->setZValue(ZLines);
    headerItem(addLine(left + cols.width, 0, left + cols.width, top, QPen(LineMajor, 1)), 0.2);
    headerItem(addLine(0, top, m_width, top, QPen(LineMajor, 1)), 0.2);
    setHeaderOffset(m_headerOffset);

    // Rows: a solid line at each labelled (hourly) row, a faint one at the others.
    QFont labelFont;
    labelFont.setPixelSize(11);
    const auto labels = slotLabels(m_axis, MsecsPerHour);
    for (const SlotLabel &label : labels) {
        const double y = top + m_axis.rowTop(label.row);
        addLine(left, y, left + cols.width, y, QPen(label.isMajor ? LineMajor : LineMinor, 1))->setZValue(ZLines);
        if (label.isMajor) {
            auto *text = addLabel(this, label.text, labelFont, QColor(0x5F, 0x63, 0x68));
            const QRectF r = text->boundingRect();
            const double tx = m_direction == Qt::RightToLeft ? gutterX + 6 : gutterX + GutterWidth - 6 - r.width();
            text->setPos(tx, y + 2);
        }
    }
    addLine(left, top + height, left + cols.width, top + height, QPen(LineMajor, 1))->setZValue(ZLines);
}

void AgendaScene::addAbsenceItems()
{
    const DayColumns cols = columns();
    QBrush hatch(QColor(0x90, 0xA4, 0xAE), Qt::BDiagPattern);
    QFont font;
    font.setPixelSize(11);
    font.setItalic(true);
    for (const DoctorAbsence &absence : std::as_const(m_content.absences)) {
        const WallEvent event{wallMsecs(m_content.zone, absence.range.start),
                              wallMsecs(m_content.zone, absence.range.end), true};
        for (const DaySegment &seg : sliceIntoDays(event, m_content.days, m_axis)) {
            const double x = gridLeft() + cols.columnLeft(seg.dayIndex);
            const double y0 = gridTop() + m_axis.yForTime(seg.start);
            const double y1 = gridTop() + m_axis.yForTime(seg.end);
            const QRectF rect(x + 1, y0, cols.columnWidth() - 1, y1 - y0);
            addRect(rect, Qt::NoPen, QColor(0xEC, 0xEF, 0xF1))->setZValue(ZAbsence);
            addRect(rect, QPen(QColor(0x90, 0xA4, 0xAE), 1), hatch)->setZValue(ZAbsence);
            auto *text = addLabel(this, absence.reason, font, QColor(0x45, 0x5A, 0x64));
            text->setPos(rect.left() + 4, rect.top() + 2);
            text->setZValue(ZAbsence);
            if (text->boundingRect().width() > rect.width() - 6 || text->boundingRect().height() > rect.height())
                text->hide();
        }
    }
}

void AgendaScene::addAppointmentItems()
{
    const DayColumns cols = columns();
    const auto shown = shownAppointments();
    PlacementOptions options;
    options.axis = m_axis;
    options.slotEventOverlap = m_slotEventOverlap;

    for (int day = 0; day < m_content.days.size(); ++day) {
        QList<PlacementSegment> segments;
        QList<std::pair<int, DaySegment>> owners; // index into shown, the slice
        const qint64 midnight = wallMidnight(m_content.days.at(day));
        for (int i = 0; i < shown.size(); ++i) {
            const Appointment &a = shown.at(i).appointment;
            const WallEvent event = wallEvent(wallMsecs(m_content.zone, a.range.start),
                                              wallMsecs(m_content.zone, a.range.end));
            for (const DaySegment &seg : sliceIntoDays(event, {m_content.days.at(day)}, m_axis)) {
                PlacementSegment p;
                p.id = QString::number(a.id.value);
                p.title = shown.at(i).patient.fullName();
                p.start = seg.start;
                p.end = seg.end;
                p.eventStart = event.start - midnight;
                p.eventEnd = event.end - midnight;
                segments.append(p);
                owners.append({i, seg});
            }
        }
        if (segments.isEmpty())
            continue;
        const ColumnPlacement placement = placeEvents(segments, options);
        for (int s = 0; s < segments.size(); ++s) {
            const EventPlacement &place = placement.events.at(s);
            if (place.isHidden)
                continue;
            const AppointmentView &v = shown.at(owners.at(s).first);
            const DaySegment &seg = owners.at(s).second;
            const HorizontalSpan span = eventSpan(cols.columnWidth(), place.nearFraction, place.farFraction,
                                                  m_direction);
            const double x = gridLeft() + cols.columnLeft(day) + span.left;
            // 1 px bottom margin (spec §6.7) so touching boxes stay apart.
            const QRectF rect(x, gridTop() + place.top, span.right - span.left - 1,
                              std::max(1, place.bottom - place.top - 1));

            // Spec §3.3: the real start/end on the event's first/last day,
            // the clipped bounds elsewhere.
            const qint64 eventStart = *segments.at(s).eventStart;
            const qint64 eventEnd = *segments.at(s).eventEnd;
            const bool startDay = eventStart >= 0 && eventStart < MsecsPerDay;
            const bool endDay = eventEnd - 1 >= 0 && eventEnd - 1 < MsecsPerDay;
            AppointmentItem::Look look;
            if (startDay || endDay) {
                look.timeText = formatTimeOfDay(startDay ? eventStart : seg.start) + QStringLiteral(" - ")
                    + formatTimeOfDay(endDay ? eventEnd : seg.end);
            }
            look.fill = fillFor(v.appointment.status, v.typeColor);
            look.title = v.patient.fullName();
            look.typeName = v.typeName;
            look.isShort = place.isShort;
            look.struckOut = v.appointment.status == AppointmentStatus::NoShow;
            look.isStart = seg.isStart;
            look.isEnd = seg.isEnd;
            auto *item = new AppointmentItem(v.appointment.id, rect, look);
            item->setZValue(ZEvents + place.zIndex());
            item->setToolTip(accessibleName(v.appointment.id));
            addItem(item);
            m_items[v.appointment.id].append(item);
        }
    }
}

void AgendaScene::updateNowLine()
{
    for (QGraphicsItem *item : std::as_const(m_nowItems)) {
        removeItem(item);
        delete item;
    }
    m_nowItems.clear();
    // Spec §5: only in today's column, only inside [slotMinTime, slotMaxTime).
    const int day = int(m_content.days.indexOf(m_content.zone.dateOf(m_now)));
    if (day < 0)
        return;
    const qint64 minute = 60 * 1000;
    const qint64 inDay = (wallMsecs(m_content.zone, m_now) - wallMidnight(m_content.days.at(day))) / minute * minute;
    if (inDay < m_axis.slotMinTime || inDay >= m_axis.slotMaxTime)
        return;
    const DayColumns cols = columns();
    const double y = gridTop() + m_axis.yForTime(inDay);
    const double x = gridLeft() + cols.columnLeft(day);
    auto *line = addLine(x, y, x + cols.columnWidth(), y, QPen(NowRed, 2));
    line->setZValue(ZNow);
    line->setData(0, QStringLiteral("now"));
    // The arrow in the time gutter, pointing at the grid.
    const bool rtl = m_direction == Qt::RightToLeft;
    const double tip = rtl ? m_width - GutterWidth : GutterWidth;
    const double back = rtl ? tip + 6 : tip - 6;
    auto *arrow = addPolygon(QPolygonF({QPointF(back, y - 5), QPointF(tip, y), QPointF(back, y + 5)}),
                             Qt::NoPen, NowRed);
    arrow->setZValue(ZNow);
    m_nowItems = {line, arrow};
}

void AgendaScene::setHeaderOffset(double y)
{
    m_headerOffset = std::max(0.0, y);
    for (QGraphicsItem *item : std::as_const(m_headerItems))
        item->setTransform(QTransform::fromTranslate(0, m_headerOffset)); // keeps each item's own pos
}

bool AgendaScene::updateInPlace(const Appointment &changed)
{
    auto it = std::find_if(m_content.appointments.begin(), m_content.appointments.end(),
                           [&](const AppointmentView &v) { return v.appointment.id == changed.id; });
    if (it == m_content.appointments.end())
        return false;
    const bool wasShown = it->appointment.status != AppointmentStatus::Cancelled;
    const bool isShown = changed.status != AppointmentStatus::Cancelled;
    // Same place and same visibility: placement cannot change (it depends on
    // times and titles only), so only the colour and the strike-through do.
    if (it->appointment.range != changed.range || it->appointment.doctorId != changed.doctorId
        || it->appointment.typeId != changed.typeId || wasShown != isShown)
        return false;
    it->appointment = changed;
    it->appointment.privateNotes.clear(); // a calendar view never holds them
    for (AppointmentItem *item : m_items.value(changed.id)) {
        AppointmentItem::Look look = item->look();
        look.fill = fillFor(changed.status, it->typeColor);
        look.struckOut = changed.status == AppointmentStatus::NoShow;
        item->setLook(std::move(look));
        item->setToolTip(accessibleName(changed.id));
    }
    return true;
}

QGraphicsLineItem *AgendaScene::nowLine() const
{
    return m_nowItems.isEmpty() ? nullptr : static_cast<QGraphicsLineItem *>(m_nowItems.first());
}

void AgendaScene::setHighlighted(AppointmentId id)
{
    for (AppointmentItem *item : m_items.value(m_highlighted))
        item->setHighlighted(false);
    m_highlighted = id;
    for (AppointmentItem *item : m_items.value(id))
        item->setHighlighted(true);
}

void AgendaScene::setKeyboardFocus(AppointmentId id)
{
    for (AppointmentItem *item : m_items.value(m_focus))
        item->setKeyboardFocus(false);
    m_focus = id;
    for (AppointmentItem *item : m_items.value(id))
        item->setKeyboardFocus(true);
}

// ---- Pointer -----------------------------------------------------------------

std::optional<AgendaScene::Hit> AgendaScene::hitAt(QPointF scenePos) const
{
    if (m_content.days.isEmpty())
        return std::nullopt;
    const int day = columns().dayAt(scenePos.x() - gridLeft());
    if (day < 0)
        return std::nullopt;
    const auto hit = hitAtY(m_axis, SlotDuration, scenePos.y() - gridTop());
    if (!hit)
        return std::nullopt;
    return Hit{day, hit->start, hit->end};
}

AppointmentItem *AgendaScene::appointmentAt(QPointF scenePos) const
{
    // items() is sorted top-most first: the visible box under the pointer wins.
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == AppointmentItem::Type)
            return static_cast<AppointmentItem *>(item);
    }
    return nullptr;
}

void AgendaScene::updateSelectionRect()
{
    if (!m_pressHit || !m_currentHit)
        return;
    const qint64 start = std::min(m_pressHit->start, m_currentHit->start);
    const qint64 end = std::max(m_pressHit->end, m_currentHit->end);
    const DayColumns cols = columns();
    const QRectF rect(gridLeft() + cols.columnLeft(m_pressHit->day), gridTop() + m_axis.yForTime(start),
                      cols.columnWidth(), m_axis.yForTime(end) - m_axis.yForTime(start));
    if (!m_selectionItem) {
        // Spec §4.3's selection tint.
        m_selectionItem = addRect(rect, QPen(QColor(0x4F, 0xA3, 0xC7), 1), QColor(188, 232, 241, 110));
        m_selectionItem->setZValue(ZSelection);
    }
    m_selectionItem->setRect(rect);
}

void AgendaScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    event->accept();
    m_drag = Drag::None;
    // The sticky header covers the rows scrolled under it.
    if (event->scenePos().y() < m_headerOffset + HeaderHeight)
        return;
    if (m_selectionItem) {
        removeItem(m_selectionItem);
        delete m_selectionItem;
        m_selectionItem = nullptr;
    }
    m_pressPos = event->scenePos();
    m_pressHit = hitAt(m_pressPos);
    m_currentHit = m_pressHit;
    m_dragItem = appointmentAt(m_pressPos);
    if (m_dragItem) {
        m_dragItemRect = m_dragItem->rect();
        m_pressOnResizeHandle = m_dragItem->look().isEnd && m_pressPos.y() > m_dragItemRect.bottom() - ResizeHandle;
        m_drag = Drag::Pending;
    } else if (m_pressHit) {
        m_drag = Drag::Select;
        updateSelectionRect();
    } else {
        m_drag = Drag::None;
    }
}

void AgendaScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (m_drag == Drag::Pending && m_pressHit
        && (pos - m_pressPos).manhattanLength() >= DragThreshold) {
        m_drag = m_pressOnResizeHandle ? Drag::Resize : Drag::Move;
        m_dragItem->setDragging(true);
        m_dragItem->setZValue(ZMirror);
    }
    const auto hit = hitAt(pos);
    switch (m_drag) {
    case Drag::Move:
        if (hit) {
            m_currentHit = hit;
            const DayColumns cols = columns();
            const double dx = cols.columnLeft(hit->day) - cols.columnLeft(m_pressHit->day);
            const double dy = double(hit->start - m_pressHit->start) / SlotDuration * m_axis.slotHeight;
            m_dragItem->setPos(dx, dy);
        }
        break;
    case Drag::Resize:
        if (hit) {
            m_currentHit = Hit{m_pressHit->day, hit->start, hit->end};
            const double dy = double(hit->start - m_pressHit->start) / SlotDuration * m_axis.slotHeight;
            m_dragItem->setRect(m_dragItemRect.adjusted(0, 0, 0, std::max(dy, 4.0 - m_dragItemRect.height())));
        }
        break;
    case Drag::Select:
        // A selection stays in the column where it started.
        if (hit && hit->day == m_pressHit->day) {
            m_currentHit = hit;
            updateSelectionRect();
        }
        break;
    case Drag::None:
    case Drag::Pending:
        break;
    }
    event->accept();
}

void AgendaScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    const Drag drag = std::exchange(m_drag, Drag::None);
    AppointmentItem *item = std::exchange(m_dragItem, nullptr);
    if (drag == Drag::Pending && item) {
        const AppointmentId id = item->appointmentId();
        setHighlighted(id);
        setKeyboardFocus(id);
        Q_EMIT appointmentClicked(id);
        return;
    }
    if (drag == Drag::Select && m_pressHit && m_currentHit) {
        const int day = m_pressHit->day;
        const qint64 start = std::min(m_pressHit->start, m_currentHit->start);
        const qint64 end = std::max(m_pressHit->end, m_currentHit->end);
        Q_EMIT newAppointmentRequested(toUtc(day, start), toUtc(day, end));
        return;
    }
    if ((drag != Drag::Move && drag != Drag::Resize) || !item || !m_pressHit || !m_currentHit)
        return;
    const AppointmentView *v = appointment(item->appointmentId());
    if (!v)
        return;
    const AppointmentId id = v->appointment.id;
    // Delta = whole days + wall milliseconds between the two snapped hits
    // (spec §4.4): a 09:10 appointment keeps its 10 minutes past the snap.
    const qint64 days = m_content.days.at(m_pressHit->day).daysTo(m_content.days.at(m_currentHit->day));
    const qint64 delta = days * MsecsPerDay + (m_currentHit->start - m_pressHit->start);
    const qint64 wallStart = wallMsecs(m_content.zone, v->appointment.range.start);
    const qint64 wallEnd = wallMsecs(m_content.zone, v->appointment.range.end);
    if (delta == 0 || (drag == Drag::Resize && wallEnd + delta <= wallStart)) {
        rebuild(); // back where it was
        return;
    }
    if (drag == Drag::Move)
        Q_EMIT moveRequested(id, m_content.zone.fromWall((wallStart + delta) / 1000));
    else
        Q_EMIT resizeRequested(id, m_content.zone.fromWall((wallEnd + delta) / 1000));
}

} // namespace tbib::agenda
