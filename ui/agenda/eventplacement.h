// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timegridgeometry.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace tbib::agenda {

// Side-by-side placement of the timed appointments of ONE day column, exactly as
// FullCalendar v6 timeGrid does it (FULLCALENDAR-TIMEGRID.md §6; the port of
// sortEventSegs, computeSegVCoords, SegHierarchy, buildWeb, stretchWeb and
// webToRects). A pure function: segments and options in, boxes out. The scene
// only converts the fractions to pixels (eventSpan()) and paints.

// One eventOrder criterion (spec §6.1). FullCalendar also accepts functions and
// extendedProps names; the desk has no use for them (see docs/agenda-layout.md).
enum class OrderField { Start, End, Duration, AllDay, Title, Id };
struct OrderKey final
{
    OrderField field = OrderField::Start;
    bool descending = false;
    friend bool operator==(const OrderKey &, const OrderKey &) = default;
};
using EventOrder = QList<OrderKey>;

// "start,-duration,allDay,title"
[[nodiscard]] EventOrder defaultEventOrder();
// Parses FullCalendar's comma list ("-" = descending). nullopt when a name is
// not one of start, end, duration, allDay, title, id.
[[nodiscard]] std::optional<EventOrder> parseEventOrder(QStringView text);

struct PlacementSegment final
{
    QString id;
    QString title;
    // The segment as clipped to the column window (sliceIntoDays()), in ms from
    // the column's wall midnight.
    qint64 start = 0;
    qint64 end = 0;
    // The whole event, same origin (may lie before 0 or beyond a day). Ordering
    // compares whole events, not clipped segments (spec §6.1). Unset = the
    // segment's own bounds.
    std::optional<qint64> eventStart;
    std::optional<qint64> eventEnd;
    bool allDay = false;
};

struct PlacementOptions final
{
    TimeAxis axis;               // slot times and pixel scale, spec §6.2
    int eventMinHeight = 15;     // px; also used to decide collisions
    int eventShortHeight = 30;   // px; shorter boxes get the one-line look
    // FullCalendar's default is true; the desk passes false (DESIGN §7).
    bool slotEventOverlap = true;
    bool eventOrderStrict = false;
    std::optional<int> eventMaxStack; // unset = unlimited (spec §6.8)
    EventOrder eventOrder = defaultEventOrder();
    // localeCompare of titles.
    QLocale collationLocale = QLocale(QLocale::French, QLocale::France);
};

struct EventPlacement final
{
    int top = 0;       // px from the top of the column, rounded as FullCalendar does
    int bottom = 0;    // exclusive; bottom - top >= eventMinHeight
    int level = 0;     // column ("level") of the seg hierarchy
    int stackDepth = 0; // depth in the placement web; z-index = stackDepth + 1
    // Fractions (0..1) of the column's event area, measured from the reading
    // start (left in LTR, right in RTL): FullCalendar's inset-inline-start is
    // near, its inset-inline-end is 1 − far. far already includes the
    // slotEventOverlap doubling.
    double nearFraction = 0;
    double farFraction = 1;
    bool isShort = false;
    bool isHidden = false; // beyond eventMaxStack; drawn as part of a "+N" link

    [[nodiscard]] int zIndex() const { return stackDepth + 1; }
    // In percent, as the spec's tables print them.
    [[nodiscard]] double leftPercent() const { return nearFraction * 100.0; }
    [[nodiscard]] double widthPercent() const { return (farFraction - nearFraction) * 100.0; }
};

// The "+N" link over hidden segments that intersect (spec §6.8).
struct HiddenGroup final
{
    int top = 0;
    int bottom = 0;
    QList<int> segments; // indices into the input
};

struct ColumnPlacement final
{
    QList<EventPlacement> events; // parallel to the input list
    QList<HiddenGroup> hiddenGroups;
};

[[nodiscard]] ColumnPlacement placeEvents(const QList<PlacementSegment> &segments,
                                          const PlacementOptions &options);

} // namespace tbib::agenda
