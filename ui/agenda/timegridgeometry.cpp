// SPDX-License-Identifier: GPL-3.0-or-later
#include "timegridgeometry.h"

#include "domain/workinghours.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace tbib::agenda {

namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    if (step <= 0)
        return value;
    qint64 q = value / step;
    if (value % step != 0 && value < 0)
        --q;
    return q * step;
}

qint64 ceilTo(qint64 value, qint64 step)
{
    const qint64 f = floorTo(value, step);
    return f == value ? f : f + step;
}

// French CLDR names, as FullCalendar's `fr` locale prints them through ICU
// (spec §1.1, §1.2). Written out rather than taken from QLocale so that the
// output does not depend on the installed CLDR version (Qt 6.4's "févr." and
// "juil." match today, but the spec's table is the contract).
constexpr std::array<const char16_t *, 12> ShortMonths = {
    u"janv.", u"févr.", u"mars", u"avr.", u"mai", u"juin",
    u"juil.", u"août", u"sept.", u"oct.", u"nov.", u"déc."};
constexpr std::array<const char16_t *, 12> LongMonths = {
    u"janvier", u"février", u"mars", u"avril", u"mai", u"juin",
    u"juillet", u"août", u"septembre", u"octobre", u"novembre", u"décembre"};
// Index = Qt weekday − 1 (Monday first).
constexpr std::array<const char16_t *, 7> ShortDays = {
    u"lun.", u"mar.", u"mer.", u"jeu.", u"ven.", u"sam.", u"dim."};
constexpr std::array<const char16_t *, 7> LongDays = {
    u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi", u"dimanche"};

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// The fields FullCalendar keeps when it re-formats a range's ends (spec §1.1
// step 3): everything for a year difference, month + day for a month
// difference, the day alone for a day difference.
enum class Fields { YearMonthDay, MonthDay, Day };

// French CLDR "d MMM y" / "d MMMM y" and their partial forms "d MMM", "d".
QString frenchDate(QDate date, Fields fields, bool longMonth)
{
    const QString day = QString::number(date.day());
    if (fields == Fields::Day)
        return day;
    const QString month = QString::fromUtf16(longMonth ? LongMonths[date.month() - 1]
                                                       : ShortMonths[date.month() - 1]);
    if (fields == Fields::MonthDay)
        return day + u' ' + month;
    return day + u' ' + month + u' ' + QString::number(date.year());
}

// FullCalendar's findCommonInsertion: the first way to see full0 as
// before + partial0 + after and full1 as before + partial1 + after with the
// same before/after.
std::optional<std::pair<QString, QString>> commonInsertion(const QString &full0, const QString &partial0,
                                                           const QString &full1, const QString &partial1)
{
    qsizetype i0 = 0;
    while (i0 < full0.size()) {
        const qsizetype found0 = full0.indexOf(partial0, i0);
        if (found0 < 0)
            break;
        const QString before0 = full0.left(found0);
        i0 = found0 + partial0.size();
        const QString after0 = full0.mid(i0);
        qsizetype i1 = 0;
        while (i1 < full1.size()) {
            const qsizetype found1 = full1.indexOf(partial1, i1);
            if (found1 < 0)
                break;
            const QString before1 = full1.left(found1);
            i1 = found1 + partial1.size();
            const QString after1 = full1.mid(i1);
            if (before0 == before1 && after0 == after1)
                return std::pair{before0, after0};
        }
        if (partial0.isEmpty())
            break; // an empty needle would never advance
    }
    return std::nullopt;
}

} // namespace

// ---- TimeAxis ---------------------------------------------------------------

bool TimeAxis::isValid() const
{
    return slotDuration > 0 && slotMaxTime > slotMinTime && slotHeight > 0;
}

int TimeAxis::rowCount() const
{
    if (!isValid())
        return 0;
    // Rows start while time < slotMaxTime: the last one may overhang.
    return int((slotMaxTime - slotMinTime + slotDuration - 1) / slotDuration);
}

double TimeAxis::yForTime(qint64 msInDay) const
{
    const int rows = rowCount();
    if (rows == 0)
        return 0.0;
    double coverage = double(msInDay - slotMinTime) / double(slotDuration);
    coverage = std::clamp(coverage, 0.0, double(rows));
    const int row = std::min(int(std::floor(coverage)), rows - 1);
    return rowTop(row) + slotHeight * (coverage - row);
}

qint64 TimeAxis::timeForY(double y) const
{
    const int rows = rowCount();
    if (rows == 0)
        return slotMinTime;
    const double coverage = std::clamp(y / slotHeight, 0.0, double(rows));
    return slotMinTime + qint64(std::llround(coverage * double(slotDuration)));
}

// ---- snapping ---------------------------------------------------------------

qint64 effectiveSnapDuration(qint64 slotDuration, qint64 snapDuration)
{
    if (snapDuration <= 0 || slotDuration % snapDuration != 0)
        return slotDuration;
    return snapDuration;
}

std::optional<TimeHit> hitAtY(const TimeAxis &axis, qint64 snapDuration, double y)
{
    const int rows = axis.rowCount();
    if (rows == 0 || y < 0 || y >= axis.height())
        return std::nullopt;
    const qint64 snap = effectiveSnapDuration(axis.slotDuration, snapDuration);
    const qint64 snapsPerSlot = axis.slotDuration / snap;
    const int row = std::min(int(std::floor(y / axis.slotHeight)), rows - 1);
    const double partial = (y - axis.rowTop(row)) / axis.slotHeight;
    const qint64 local = std::min(qint64(std::floor(partial * double(snapsPerSlot))), snapsPerSlot - 1);
    TimeHit hit;
    hit.snapIndex = int(row * snapsPerSlot + local);
    hit.start = axis.slotMinTime + hit.snapIndex * snap;
    hit.end = hit.start + snap;
    return hit;
}

// ---- columns ----------------------------------------------------------------

double DayColumns::columnLeft(int dayIndex) const
{
    const int visual = direction == Qt::RightToLeft ? count - 1 - dayIndex : dayIndex;
    return visual * columnWidth();
}

int DayColumns::dayAt(double x) const
{
    if (count <= 0 || x < 0 || x >= width)
        return -1;
    const int visual = std::min(int(std::floor(x / columnWidth())), count - 1);
    return direction == Qt::RightToLeft ? count - 1 - visual : visual;
}

HorizontalSpan eventSpan(double columnWidth, double nearFraction, double farFraction,
                         Qt::LayoutDirection direction)
{
    // FullCalendar's CSS: `.fc-timegrid-col-events { margin: 0 2.5% 0 2px }`
    // (left/right swapped in RTL); the box's inset-inline-start/end are
    // percentages of that area, measured from the reading start.
    const double startMargin = 2.0;
    const double endMargin = 0.025 * columnWidth;
    const double area = std::max(0.0, columnWidth - startMargin - endMargin);
    if (direction == Qt::RightToLeft) {
        const double areaRight = columnWidth - startMargin;
        return {areaRight - farFraction * area, areaRight - nearFraction * area};
    }
    return {startMargin + nearFraction * area, startMargin + farFraction * area};
}

// ---- visible hours ----------------------------------------------------------

VisibleHours visibleHours(const WorkingHours &hours, const QList<QDate> &days, qint64 align,
                          VisibleHours fallback)
{
    std::optional<qint64> earliest;
    std::optional<qint64> latest;
    for (const QDate &day : days) {
        for (const LocalInterval &iv : hours.intervals(day.dayOfWeek())) {
            const qint64 s = iv.startMinute * MsecsPerMinute;
            const qint64 e = iv.endMinute * MsecsPerMinute;
            earliest = earliest ? std::min(*earliest, s) : s;
            latest = latest ? std::max(*latest, e) : e;
        }
    }
    if (!earliest)
        return fallback;
    return {std::max<qint64>(0, floorTo(*earliest, align)),
            std::min(MsecsPerDay, ceilTo(*latest, align))};
}

VisibleHours widenedToInclude(VisibleHours window, qint64 start, qint64 end, qint64 align)
{
    if (end <= start)
        return window;
    window.slotMinTime = std::min(window.slotMinTime, std::max<qint64>(0, floorTo(start, align)));
    window.slotMaxTime = std::max(window.slotMaxTime, std::min(MsecsPerDay, ceilTo(end, align)));
    return window;
}

// ---- DST and slicing --------------------------------------------------------

qint64 wallMsecs(const ClinicZone &zone, UtcSeconds instant)
{
    return zone.toWall(instant) * 1000;
}

qint64 wallMidnight(QDate day)
{
    return ClinicZone::wallOf(day, 0) * 1000;
}

int realHoursInDay(const ClinicZone &zone, QDate day)
{
    return int((zone.startOfDay(day.addDays(1)) - zone.startOfDay(day)) / 3600);
}

WallEvent wallEvent(qint64 wallStart, std::optional<qint64> wallEnd, qint64 defaultDuration)
{
    // Compared as wall markers, not instants: 02:30 CEST → 02:30 CET is an
    // hour of real time but no wall time, so its end is dropped (spec §8.2).
    if (wallEnd && *wallEnd > wallStart)
        return {wallStart, *wallEnd, true};
    return {wallStart, wallStart + defaultDuration, false};
}

QList<DaySegment> sliceIntoDays(const WallEvent &event, const QList<QDate> &days, const TimeAxis &axis)
{
    QList<DaySegment> segments;
    for (int i = 0; i < days.size(); ++i) {
        const qint64 midnight = wallMidnight(days.at(i));
        const qint64 start = std::max(event.start, midnight + axis.slotMinTime);
        const qint64 end = std::min(event.end, midnight + axis.slotMaxTime);
        if (start < end) // a zero-length intersection never renders
            segments.append({i, start - midnight, end - midnight, start == event.start, end == event.end});
    }
    return segments;
}

// ---- labels and texts -------------------------------------------------------

qint64 autoSlotLabelInterval(qint64 slotDuration)
{
    // FullCalendar tries the stock intervals from the smallest up and keeps the
    // first holding more than one slot.
    static constexpr std::array<qint64, 5> Stock = {15 * 1000, 30 * 1000, 15 * MsecsPerMinute,
                                                    30 * MsecsPerMinute, MsecsPerHour};
    if (slotDuration <= 0)
        return slotDuration;
    for (const qint64 interval : Stock) {
        if (interval % slotDuration == 0 && interval / slotDuration > 1)
            return interval;
    }
    return slotDuration;
}

QList<SlotLabel> slotLabels(const TimeAxis &axis, qint64 labelInterval)
{
    const qint64 interval = labelInterval > 0 ? labelInterval : autoSlotLabelInterval(axis.slotDuration);
    QList<SlotLabel> labels;
    const int rows = axis.rowCount();
    labels.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        SlotLabel label;
        label.row = row;
        label.time = axis.rowStart(row);
        // Counted from slotMinTime, not from midnight (spec §1, verified).
        label.isMajor = (row * axis.slotDuration) % interval == 0;
        if (label.isMajor)
            label.text = formatTimeOfDay(label.time);
        labels.append(label);
    }
    return labels;
}

QString formatTimeOfDay(qint64 msInDay)
{
    const qint64 minutes = floorTo(msInDay, MsecsPerMinute) / MsecsPerMinute;
    const qint64 dayMinutes = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
    return twoDigits(int(dayMinutes / 60)) + u':' + twoDigits(int(dayMinutes % 60));
}

QDate startOfWeek(QDate date, int firstQtWeekday)
{
    return date.addDays(-((date.dayOfWeek() - firstQtWeekday + 7) % 7));
}

QString frenchTitle(QDate first, QDate last, bool multiDayView)
{
    const bool longMonth = !multiDayView;
    const QString full0 = frenchDate(first, Fields::YearMonthDay, longMonth);
    const QString full1 = frenchDate(last, Fields::YearMonthDay, longMonth);
    if (full0 == full1)
        return full0;
    // The largest differing unit decides what the two halves keep.
    const Fields partial = first.year() != last.year()     ? Fields::YearMonthDay
                           : first.month() != last.month() ? Fields::MonthDay
                                                           : Fields::Day;
    const QString partial0 = frenchDate(first, partial, longMonth);
    const QString partial1 = frenchDate(last, partial, longMonth);
    // titleRangeSeparator: space, EN DASH, space.
    const QString separator = QStringLiteral(" \u2013 ");
    if (const auto insertion = commonInsertion(full0, partial0, full1, partial1))
        return insertion->first + partial0 + separator + partial1 + insertion->second;
    return full0 + separator + full1;
}

QString frenchDayHeader(QDate date, int columnCount)
{
    const int weekday = date.dayOfWeek() - 1;
    if (columnCount == 1)
        return QString::fromUtf16(LongDays[weekday]);
    const QString shortDay = QString::fromUtf16(ShortDays[weekday]);
    if (columnCount > 10)
        return shortDay;
    return shortDay + u' ' + twoDigits(date.day()) + u'/' + twoDigits(date.month());
}

QString localizedTitle(QDate first, QDate last, bool multiDayView, const QLocale &locale)
{
    if (locale.language() == QLocale::French)
        return frenchTitle(first, last, multiDayView);
    if (!multiDayView || first == last)
        return locale.toString(first, QStringLiteral("d MMMM yyyy"));
    if (first.year() != last.year())
        return locale.toString(first, QStringLiteral("d MMM yyyy")) + u" – " + locale.toString(last, QStringLiteral("d MMM yyyy"));
    if (first.month() != last.month())
        return locale.toString(first, QStringLiteral("d MMM")) + u" – " + locale.toString(last, QStringLiteral("d MMM yyyy"));
    return QString::number(first.day()) + u"–" + locale.toString(last, QStringLiteral("d MMM yyyy"));
}

QString localizedDayHeader(QDate date, int columnCount, const QLocale &locale)
{
    if (locale.language() == QLocale::French)
        return frenchDayHeader(date, columnCount);
    if (columnCount == 1)
        return locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
    if (columnCount > 10)
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' ' + locale.toString(date, QStringLiteral("dd/MM"));
}

} // namespace tbib::agenda
