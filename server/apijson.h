// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/cliniczone.h"
#include "domain/entities.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tbib {

// The JSON words of DESIGN §5: instants in ISO 8601 with the clinic's UTC
// offset ("2026-11-24T09:00:00+01:00"), dates as YYYY-MM-DD.
namespace ApiJson {

[[nodiscard]] QString instant(UtcSeconds t, const ClinicZone &zone);
// The same 25 characters into a buffer, for the answers written by JsonWriter.
constexpr qsizetype InstantSize = 25;
void writeInstant(UtcSeconds t, const ClinicZone &zone, char (&buf)[InstantSize]);
// Accepts what FullCalendar and people send: a date ("2026-11-24", its local
// midnight), or a date-time with an offset, with "Z", or without (clinic-local).
[[nodiscard]] std::optional<UtcSeconds> parseInstant(const QString &text, const ClinicZone &zone);
[[nodiscard]] std::optional<QDate> parseDate(const QString &text);
// A positive id: only digits, no sign, no leading "+", at most 15 of them.
[[nodiscard]] std::optional<qint64> parseId(QStringView text);
[[nodiscard]] std::optional<qint64> idField(const QJsonObject &o, const QString &key);

[[nodiscard]] int ageOn(QDate birth, QDate day);

} // namespace ApiJson
} // namespace tbib
