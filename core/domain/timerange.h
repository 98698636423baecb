// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tbib {

// Seconds since 1970-01-01T00:00:00Z. Every instant in core is UTC; wall-clock
// readings only exist inside ClinicZone and WorkingHours.
using UtcSeconds = qint64;

// A half-open UTC range [start, end). Touching ranges do not overlap.
struct TimeRange final
{
    UtcSeconds start = 0;
    UtcSeconds end = 0;

    [[nodiscard]] constexpr bool isValid() const { return end > start; }
    [[nodiscard]] constexpr qint64 seconds() const { return end - start; }
    [[nodiscard]] constexpr bool overlaps(const TimeRange &o) const
    {
        return start < o.end && o.start < end;
    }
    [[nodiscard]] constexpr bool contains(const TimeRange &o) const
    {
        return start <= o.start && o.end <= end;
    }
    friend constexpr bool operator==(const TimeRange &, const TimeRange &) = default;
};

// Minutes of a consultation (5–480 for a type). A distinct type so that a
// duration is never confused with an instant or an id.
struct Duration final
{
    int minutes = 0;

    [[nodiscard]] constexpr qint64 seconds() const { return qint64(minutes) * 60; }
    friend constexpr auto operator<=>(Duration, Duration) = default;
};

} // namespace tbib
