// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <QHashFunctions>

namespace tbib {

// A database row id that cannot be mixed up with another entity's id.
// 0 means "no id yet" (not stored).
template <typename Tag>
struct Id final
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.value, seed); }
};

using DoctorId = Id<struct DoctorTag>;
using PatientId = Id<struct PatientTag>;
using TypeId = Id<struct TypeTag>;
using AbsenceId = Id<struct AbsenceTag>;
using AppointmentId = Id<struct AppointmentTag>;

} // namespace tbib
