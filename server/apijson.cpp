// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijson.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

namespace tbib::ApiJson {

void writeInstant(UtcSeconds t, const ClinicZone &zone, char (&buf)[InstantSize])
{
    // Written by hand: this runs for every slot of every answer, and
    // QString::arg chains cost more than the slot generation itself.
    const int offset = zone.offsetAt(t);
    const qint64 wall = t + offset;
    const QDate date = ClinicZone::dateOfWall(wall);
    const qint64 sec = wall - ClinicZone::wallOf(date, 0);
    const int off = std::abs(offset) / 60;
    auto two = [&buf](int at, int v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion, not three
    buf[0] = char('0' + year / 1000 % 10);
    buf[1] = char('0' + year / 100 % 10);
    two(2, year % 100);
    buf[4] = '-';
    two(5, month);
    buf[7] = '-';
    two(8, day);
    buf[10] = 'T';
    two(11, int(sec / 3600));
    buf[13] = ':';
    two(14, int(sec / 60 % 60));
    buf[16] = ':';
    two(17, int(sec % 60));
    buf[19] = offset < 0 ? '-' : '+';
    two(20, off / 60);
    buf[22] = ':';
    two(23, off % 60);
}

QString instant(UtcSeconds t, const ClinicZone &zone)
{
    char buf[InstantSize];
    writeInstant(t, zone, buf);
    return QString::fromLatin1(buf, InstantSize);
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<UtcSeconds> parseInstant(const QString &text, const ClinicZone &zone)
{
    if (text.size() > 40)
        return std::nullopt;
    if (auto d = parseDate(text))
        return zone.fromLocal(*d, 0);
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto date = parseDate(m.captured(1));
    const int h = m.captured(2).toInt();
    const int min = m.captured(3).toInt();
    const int sec = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    if (!date || h > 23 || min > 59 || sec > 59)
        return std::nullopt;
    const qint64 wall = ClinicZone::wallOf(*date, h * 60 + min) + sec;
    const QString zonePart = m.captured(5);
    if (zonePart.isEmpty())
        return zone.fromWall(wall);
    if (zonePart == u"Z")
        return wall;
    QString digits = zonePart.mid(1);
    digits.remove(u':');
    const int oh = digits.left(2).toInt();
    const int om = digits.mid(2, 2).toInt();
    if (oh > 14 || om > 59)
        return std::nullopt;
    const int offset = (oh * 3600 + om * 60) * (zonePart.startsWith(u'-') ? -1 : 1);
    return wall - offset;
}

std::optional<qint64> parseId(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 v = text.toLongLong();
    if (v <= 0)
        return std::nullopt;
    return v;
}

std::optional<qint64> idField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 1e15 && d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString())
        return parseId(v.toString());
    return std::nullopt;
}

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid() || !day.isValid())
        return 0;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return std::max(0, age);
}

} // namespace tbib::ApiJson
