// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cliniczone.h"

#include <QDate>
#include <QLocale>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace tbib {
class WorkingHours;
}

namespace tbib::agenda {

// Pure geometry of the desktop time grid (FULLCALENDAR-TIMEGRID.md §1, §2, §6.2,
// §8). No widget, no paint device: a scene asks these functions where things go.
//
// Every time here is a *wall-clock marker* (spec conventions): the clinic's local
// reading counted as if it were UTC, in milliseconds. A column's times are
// milliseconds from that column's wall midnight, so a 23 h or 25 h DST day has
// the very same rows as any other day; instants are converted only at the edge
// (wallMsecs()).

constexpr qint64 MsecsPerMinute = 60 * 1000;
constexpr qint64 MsecsPerHour = 60 * MsecsPerMinute;
constexpr qint64 MsecsPerDay = 24 * MsecsPerHour;

// The vertical scale: rows of slotDuration from slotMinTime while the row start
// is < slotMaxTime (the last row may overhang), each slotHeight pixels high.
struct TimeAxis final
{
    qint64 slotMinTime = 0;                  // ms from the column's midnight
    qint64 slotMaxTime = MsecsPerDay;        // exclusive
    qint64 slotDuration = 30 * MsecsPerMinute;
    double slotHeight = 20.0;                // px per row

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] double height() const { return rowCount() * slotHeight; }
    [[nodiscard]] double rowTop(int row) const { return row * slotHeight; }
    [[nodiscard]] qint64 rowStart(int row) const { return slotMinTime + row * slotDuration; }
    // Spec §6.2 `computeTimeTop`: the fractional number of rows covered,
    // clamped to [0, rowCount], then the top of the last whole row plus the
    // remainder. Not rounded (callers round where FullCalendar does).
    [[nodiscard]] double yForTime(qint64 msInDay) const;
    // Inverse of yForTime inside the grid (times outside clamp to the edges).
    [[nodiscard]] qint64 timeForY(double y) const;
};

// Spec §1 snapDuration: honoured only when it divides slotDuration exactly,
// otherwise silently replaced by slotDuration (so is a snap longer than a slot).
[[nodiscard]] qint64 effectiveSnapDuration(qint64 slotDuration, qint64 snapDuration);

// What a pointer at y designates (spec §1 snap rule, §4.1): the row under y,
// then snap index = row*k + floor(fraction*k) with k = slot/snap.
struct TimeHit final
{
    int snapIndex = 0;
    qint64 start = 0; // ms from the column's midnight
    qint64 end = 0;   // start + snap
    friend bool operator==(const TimeHit &, const TimeHit &) = default;
};
// No hit above the first row or below the last one.
[[nodiscard]] std::optional<TimeHit> hitAtY(const TimeAxis &axis, qint64 snapDuration, double y);

// N day columns across a width, laid out in the reading direction: with
// Qt::RightToLeft the first day is on the right (DESIGN §7, Arabic UI).
struct DayColumns final
{
    int count = 7;
    double width = 700.0; // px
    Qt::LayoutDirection direction = Qt::LeftToRight;

    [[nodiscard]] double columnWidth() const { return count > 0 ? width / count : 0.0; }
    // Left edge (px) of the index-th day (0 = first day of the range).
    [[nodiscard]] double columnLeft(int dayIndex) const;
    // The day index under x, or -1 outside.
    [[nodiscard]] int dayAt(double x) const;
};

// Spec §6.7: an event box's horizontal extent in px inside a column, from the
// placement's near/far fractions of the *event area*. The event area is the
// column minus 2 px on the start side and 2.5 % of the column on the end side
// (mirrored for right-to-left), so even a full-width event leaves room to click
// the slot. Returns {left, right} in px from the column's left edge.
struct HorizontalSpan final
{
    double left = 0;
    double right = 0;
};
[[nodiscard]] HorizontalSpan eventSpan(double columnWidth, double nearFraction, double farFraction,
                                       Qt::LayoutDirection direction);

// The visible window (slotMinTime/slotMaxTime) of a doctor's agenda: the
// earliest working-hours start and the latest end over the shown days, widened
// to whole `align` steps (labels count from slotMinTime, spec §10, so an odd
// start would give off-hour labels). Days without hours do not count; with no
// hours at all on the shown days, `fallback` is returned.
struct VisibleHours final
{
    qint64 slotMinTime = 8 * MsecsPerHour;
    qint64 slotMaxTime = 18 * MsecsPerHour;
    friend bool operator==(const VisibleHours &, const VisibleHours &) = default;
};
[[nodiscard]] VisibleHours visibleHours(const WorkingHours &hours, const QList<QDate> &days,
                                        qint64 align = MsecsPerHour, VisibleHours fallback = {});
// The window grown so that [start, end) (ms in the day) is visible too: an
// appointment booked outside working hours must not vanish (spec §3.2 would
// otherwise drop it).
[[nodiscard]] VisibleHours widenedToInclude(VisibleHours window, qint64 start, qint64 end,
                                            qint64 align = MsecsPerHour);

// ---- DST and slicing (spec §3.2, §8) ---------------------------------------

// The wall-clock marker (ms) of an instant in the clinic's zone.
[[nodiscard]] qint64 wallMsecs(const ClinicZone &zone, UtcSeconds instant);
// The marker of a column's midnight.
[[nodiscard]] qint64 wallMidnight(QDate day);
// Real (elapsed) hours of a local day: 23 on a spring-forward day, 25 on a
// fall-back day. The grid ignores it (always 24 wall hours, spec §8.2); it is
// here so that tests and the UI can name such days.
[[nodiscard]] int realHoursInDay(const ClinicZone &zone, QDate day);

// An event's wall range as drawn. Spec §7.2: an end that is missing or not
// after the start (including an autumn-overlap end equal to its start in wall
// time) is discarded and `defaultDuration` drawn instead; hasEnd is false then.
struct WallEvent final
{
    qint64 start = 0; // markers (ms)
    qint64 end = 0;
    bool hasEnd = true;
    friend bool operator==(const WallEvent &, const WallEvent &) = default;
};
[[nodiscard]] WallEvent wallEvent(qint64 wallStart, std::optional<qint64> wallEnd,
                                  qint64 defaultDuration = MsecsPerHour);

// One day column's piece of an event: event ∩ [day + slotMinTime, day + slotMaxTime).
struct DaySegment final
{
    int dayIndex = 0;
    qint64 start = 0; // ms from the column's midnight
    qint64 end = 0;
    bool isStart = false; // the segment begins where the event begins
    bool isEnd = false;
    friend bool operator==(const DaySegment &, const DaySegment &) = default;
};
[[nodiscard]] QList<DaySegment> sliceIntoDays(const WallEvent &event, const QList<QDate> &days,
                                              const TimeAxis &axis);

// ---- Labels and French texts (spec §1, §1.1, §1.2) --------------------------

// Spec §1 slotLabelInterval auto rule.
[[nodiscard]] qint64 autoSlotLabelInterval(qint64 slotDuration);
struct SlotLabel final
{
    int row = 0;
    qint64 time = 0;     // ms from the column's midnight
    bool isMajor = true; // labelled; minor rows get a dotted line and no text
    QString text;        // "HH:mm" for major rows, empty otherwise
};
// interval 0 = auto. Labels count from slotMinTime, not from midnight.
[[nodiscard]] QList<SlotLabel> slotLabels(const TimeAxis &axis, qint64 labelInterval = 0);
// "HH:mm" of a time of day; hours wrap at 24 ("24:00" → "00:00", as FullCalendar
// prints an event ending at midnight).
[[nodiscard]] QString formatTimeOfDay(qint64 msInDay);

// The first day of the week containing `date`; French weeks start on Monday.
[[nodiscard]] QDate startOfWeek(QDate date, int firstQtWeekday = Qt::Monday);

// Toolbar title, spec §1.1, for the view's active range [first, last] (last
// inclusive). multiDayView chooses titleFormat the way FullCalendar does: from
// the *current* range (a week, even if validRange leaves one day) → short
// months; a day view → long months.
[[nodiscard]] QString frenchTitle(QDate first, QDate last, bool multiDayView);
// Column header, spec §1.2: "lun. 24/03" for 2–10 columns, "lundi" for one
// column, "lun." beyond 10.
[[nodiscard]] QString frenchDayHeader(QDate date, int columnCount);

// The same in the interface's language: French follows the spec exactly; any
// other locale (Arabic, English) takes its own CLDR names from QLocale with
// the same shapes ("d MMM – d MMM y", "ddd dd/MM", the weekday alone).
[[nodiscard]] QString localizedTitle(QDate first, QDate last, bool multiDayView, const QLocale &locale);
[[nodiscard]] QString localizedDayHeader(QDate date, int columnCount, const QLocale &locale);

} // namespace tbib::agenda
