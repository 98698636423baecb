// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tbib {

// A local wall-clock interval [startMinute, endMinute) within one day,
// minutes counted from midnight (0–1440).
struct LocalInterval final
{
    int startMinute = 0;
    int endMinute = 0;

    [[nodiscard]] constexpr bool isValid() const
    {
        return 0 <= startMinute && startMinute < endMinute && endMinute <= 24 * 60;
    }
    friend constexpr bool operator==(const LocalInterval &, const LocalInterval &) = default;
};

// A doctor's week: for each weekday a sorted list of non-overlapping local
// intervals (e.g. 09:00–12:30 and 14:00–18:30). Weekdays are Qt's: 1 = Monday … 7 = Sunday.
class WorkingHours final
{
public:
    [[nodiscard]] const QList<LocalInterval> &intervals(int qtWeekday) const;
    // Refuses reversed, empty or overlapping intervals; keeps the list sorted.
    [[nodiscard]] bool setIntervals(int qtWeekday, QList<LocalInterval> intervals);
    [[nodiscard]] bool isEmpty() const;
    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;

    // "mon".."sun" ↔ 1..7, as in the import format.
    [[nodiscard]] static QString dayKey(int qtWeekday);
    [[nodiscard]] static int dayFromKey(QStringView key); // 0 if unknown
    // "HH:mm" ↔ minutes; "24:00" is accepted as the end of the day.
    [[nodiscard]] static std::optional<int> parseTime(QStringView text);
    [[nodiscard]] static QString formatTime(int minute);

private:
    std::array<QList<LocalInterval>, 7> m_days;
};

} // namespace tbib
