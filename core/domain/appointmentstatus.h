// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tbib {

// DESIGN §2. Staff may set any status; cancelled and no_show free the time.
enum class AppointmentStatus {
    Booked,
    Arrived,
    InProgress,
    Done,
    NoShow,
    Cancelled,
};

enum class BookingSource { Desk, Web };

[[nodiscard]] QString statusName(AppointmentStatus status); // "booked", "in_progress", …
[[nodiscard]] std::optional<AppointmentStatus> statusFromName(QStringView name);
[[nodiscard]] QString statusLabel(AppointmentStatus status); // translated: "Arrivé", …
[[nodiscard]] bool occupiesTime(AppointmentStatus status);

// The colour an appointment is painted with (grid and JSON feed alike):
// booked → the type's colour, arrived → #FBC02D, in_progress → #43A047,
// done → the type's colour faded, no_show → #9E9E9E, cancelled → the type's colour
// (cancelled appointments are hidden by default).
[[nodiscard]] QString displayColor(AppointmentStatus status, const QString &typeColor);
// The type's colour blended halfway with white ("faded").
[[nodiscard]] QString fadedColor(const QString &color);
// "#RRGGBB" exactly.
[[nodiscard]] bool isValidColor(QStringView color);

[[nodiscard]] QString sourceName(BookingSource source);
[[nodiscard]] std::optional<BookingSource> sourceFromName(QStringView name);

} // namespace tbib
