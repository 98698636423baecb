// SPDX-License-Identifier: GPL-3.0-or-later
#include "appointmentstatus.h"

#include <QCoreApplication>

namespace tbib {

namespace {

struct StatusInfo
{
    AppointmentStatus status;
    const char *name;
    const char *label;
};

const StatusInfo Statuses[] = {
    {AppointmentStatus::Booked, "booked", QT_TRANSLATE_NOOP("AppointmentStatus", "Booked")},
    {AppointmentStatus::Arrived, "arrived", QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived")},
    {AppointmentStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("AppointmentStatus", "In progress")},
    {AppointmentStatus::Done, "done", QT_TRANSLATE_NOOP("AppointmentStatus", "Done")},
    {AppointmentStatus::NoShow, "no_show", QT_TRANSLATE_NOOP("AppointmentStatus", "No-show")},
    {AppointmentStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled")},
};

const StatusInfo &info(AppointmentStatus status)
{
    return Statuses[int(status)];
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString statusName(AppointmentStatus status)
{
    return QString::fromLatin1(info(status).name);
}

std::optional<AppointmentStatus> statusFromName(QStringView name)
{
    for (const auto &s : Statuses) {
        if (name == QLatin1StringView(s.name))
            return s.status;
    }
    return std::nullopt;
}

QString statusLabel(AppointmentStatus status)
{
    return QCoreApplication::translate("AppointmentStatus", info(status).label);
}

bool occupiesTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::NoShow;
}

QString displayColor(AppointmentStatus status, const QString &typeColor)
{
    switch (status) {
    case AppointmentStatus::Arrived:
        return QStringLiteral("#FBC02D");
    case AppointmentStatus::InProgress:
        return QStringLiteral("#43A047");
    case AppointmentStatus::NoShow:
        return QStringLiteral("#9E9E9E");
    case AppointmentStatus::Done:
        return fadedColor(typeColor);
    case AppointmentStatus::Booked:
    case AppointmentStatus::Cancelled:
        break;
    }
    return typeColor;
}

bool isValidColor(QStringView color)
{
    if (color.size() != 7 || color[0] != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        if (hexValue(color[i]) < 0)
            return false;
    }
    return true;
}

QString fadedColor(const QString &color)
{
    if (!isValidColor(color))
        return color;
    QString out = QStringLiteral("#");
    for (int i = 1; i < 7; i += 2) {
        const int v = hexValue(color[i]) * 16 + hexValue(color[i + 1]);
        out += QStringLiteral("%1").arg((v + 255) / 2, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString sourceName(BookingSource source)
{
    return source == BookingSource::Web ? QStringLiteral("web") : QStringLiteral("desk");
}

std::optional<BookingSource> sourceFromName(QStringView name)
{
    if (name == u"web")
        return BookingSource::Web;
    if (name == u"desk")
        return BookingSource::Desk;
    return std::nullopt;
}

} // namespace tbib
