// SPDX-License-Identifier: GPL-3.0-or-later
#include "workinghours.h"

#include <algorithm>

namespace tbib {

namespace {
const char *const DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}

const QList<LocalInterval> &WorkingHours::intervals(int qtWeekday) const
{
    Q_ASSERT(qtWeekday >= 1 && qtWeekday <= 7);
    return m_days[size_t(qtWeekday - 1)];
}

bool WorkingHours::setIntervals(int qtWeekday, QList<LocalInterval> intervals)
{
    if (qtWeekday < 1 || qtWeekday > 7)
        return false;
    std::sort(intervals.begin(), intervals.end(),
              [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        if (!intervals[i].isValid())
            return false;
        if (i > 0 && intervals[i].startMinute < intervals[i - 1].endMinute)
            return false;
    }
    m_days[size_t(qtWeekday - 1)] = std::move(intervals);
    return true;
}

bool WorkingHours::isEmpty() const
{
    return std::all_of(m_days.cbegin(), m_days.cend(), [](const auto &d) { return d.isEmpty(); });
}

QString WorkingHours::dayKey(int qtWeekday)
{
    Q_ASSERT(qtWeekday >= 1 && qtWeekday <= 7);
    return QString::fromLatin1(DayKeys[qtWeekday - 1]);
}

int WorkingHours::dayFromKey(QStringView key)
{
    for (int i = 0; i < 7; ++i) {
        if (key == QLatin1StringView(DayKeys[i]))
            return i + 1;
    }
    return 0;
}

std::optional<int> WorkingHours::parseTime(QStringView text)
{
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    for (int i : {0, 1, 3, 4}) {
        if (!text[i].isDigit() || text[i].unicode() > '9')
            return std::nullopt;
    }
    const int h = text.left(2).toInt();
    const int m = text.mid(3, 2).toInt();
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

QString WorkingHours::formatTime(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace tbib
