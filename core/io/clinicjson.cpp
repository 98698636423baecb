// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicjson.h"

#include "domain/cliniczone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

// The clinic file's refusals, translated in the "ClinicFile" context.
struct ClinicFile
{
    Q_DECLARE_TR_FUNCTIONS(ClinicFile)
};

namespace tbib::ClinicJson {

namespace {


BookingError invalid(const QString &label, const QString &what)
{
    return {ErrorCode::InvalidInput, label.isEmpty() ? what : label + u": " + what};
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// ---- labels: how an error names a record ---------------------------------

// The file's keys by id (parse) or, for snapshots built in code, "d1", "t3"…
struct Labels
{
    QHash<qint64, QString> doctors, types, patients;

    static QString key(const QHash<qint64, QString> &keys, char16_t prefix, qint64 id)
    {
        return keys.value(id, QChar(prefix) + QString::number(id));
    }
    QString doctor(DoctorId id) const { return key(doctors, u'd', id.value); }
    QString type(TypeId id) const { return key(types, u't', id.value); }
    QString patient(PatientId id) const { return key(patients, u'p', id.value); }
};

QString recordLabel(QLatin1StringView array, qsizetype index, const QString &key = {})
{
    QString label = QString(array) + u'[' + QString::number(index) + u']';
    if (!key.isEmpty())
        label += u" (" + quoted(key) + u')';
    return label;
}

// ---- instants and dates ----------------------------------------------------

QString formatInstant(const ClinicZone &zone, UtcSeconds t)
{
    const int offset = zone.offsetAt(t);
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(t + offset, Qt::UTC);
    const int a = std::abs(offset) / 60;
    return wall.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2").arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()); // invalid if impossible
}

// ISO 8601 with or without seconds, fraction and offset; without an offset the
// reading is clinic-local (DST gaps move forward, see ClinicZone::fromWall).
std::optional<UtcSeconds> parseInstant(const QString &text, const ClinicZone &zone)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = parseDate(m.captured(1));
    const int h = m.captured(2).toInt(), min = m.captured(3).toInt(), sec = m.captured(4).toInt();
    if (!date.isValid() || h > 23 || min > 59 || sec > 59)
        return std::nullopt;
    const qint64 wall = ClinicZone::wallOf(date, h * 60 + min) + sec;
    const QString offset = m.captured(5);
    if (offset.isEmpty())
        return zone.fromWall(wall);
    if (offset == u"Z")
        return wall;
    const int oh = offset.mid(1, 2).toInt(), om = offset.mid(4, 2).toInt();
    if (oh > 14 || om > 59)
        return std::nullopt;
    const int seconds = (oh * 60 + om) * 60;
    return wall - (offset[0] == u'-' ? -seconds : seconds);
}

// ---- reading fields ------------------------------------------------------------

enum class Need { Required, Optional };

// Reads typed fields from JSON objects and keeps the first refusal; callers
// read a whole record, then check failed() once.
class FieldReader
{
public:
    FieldReader(const ClinicZone *zone, UtcSeconds now) : m_zone(zone), m_now(now) {}

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] BookingError error() const { return *m_error; }
    void refuse(const QString &label, const QString &what)
    {
        if (!m_error)
            m_error = invalid(label, what);
    }
    void setZone(const ClinicZone *zone) { m_zone = zone; }

    // The value, or undefined when absent/null (refused if required).
    QJsonValue value(const QJsonObject &o, const QString &label, QLatin1StringView name, Need need)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                refuse(label, ClinicFile::tr("missing required field %1").arg(quoted(name)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QString string(const QJsonObject &o, const QString &label, QLatin1StringView name, Need need,
                   const QString &fallback = {})
    {
        const QJsonValue v = value(o, label, name, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            refuse(label, ClinicFile::tr("%1 must be a string").arg(name));
            return fallback;
        }
        return v.toString();
    }

    QString text(const QJsonObject &o, const QString &label, QLatin1StringView name)
    {
        const QString s = string(o, label, name, Need::Required);
        if (!failed() && s.trimmed().isEmpty())
            refuse(label, ClinicFile::tr("%1 must not be empty").arg(name));
        return s;
    }

    qint64 integer(const QJsonObject &o, const QString &label, QLatin1StringView name, Need need, qint64 fallback,
                   qint64 min, qint64 max)
    {
        const QJsonValue v = value(o, label, name, need);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9.0e15) {
            refuse(label, ClinicFile::tr("%1 must be a whole number").arg(name));
            return fallback;
        }
        if (d < double(min) || d > double(max))
            refuse(label, ClinicFile::tr("%1 must be between %2 and %3").arg(name).arg(min).arg(max));
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &label, QLatin1StringView name, bool fallback)
    {
        const QJsonValue v = value(o, label, name, Need::Optional);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            refuse(label, ClinicFile::tr("%1 must be true or false").arg(name));
            return fallback;
        }
        return v.toBool();
    }

    QDate date(const QJsonObject &o, const QString &label, QLatin1StringView name)
    {
        const QString s = string(o, label, name, Need::Required);
        if (failed())
            return {};
        const QDate d = parseDate(s);
        if (!d.isValid())
            refuse(label, ClinicFile::tr("%1 must be a real date written YYYY-MM-DD, not %2").arg(name, quoted(s)));
        return d;
    }

    std::optional<UtcSeconds> instant(const QJsonObject &o, const QString &label, QLatin1StringView name, Need need)
    {
        const QString s = string(o, label, name, need);
        if (failed() || s.isNull())
            return std::nullopt;
        const auto t = parseInstant(s, *m_zone);
        if (!t)
            refuse(label, ClinicFile::tr("%1 must be a real date-time in ISO 8601 (2026-11-24T09:00:00+01:00, or without "
                             "offset in the clinic's time zone), not %2").arg(name, quoted(s)));
        return t;
    }

    QByteArray base64(const QJsonObject &o, const QString &label, QLatin1StringView name)
    {
        const QString s = string(o, label, name, Need::Optional);
        if (failed() || s.isEmpty())
            return {};
        auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            refuse(label, ClinicFile::tr("%1 must be base64 data").arg(name));
        return decoded.decoded;
    }

    UtcSeconds now() const { return m_now; }

private:
    const ClinicZone *m_zone;
    UtcSeconds m_now;
    std::optional<BookingError> m_error;
};

// "hours": {"mon": [["09:00","12:30"], …], …}
WorkingHours readHours(FieldReader &r, const QJsonObject &o, const QString &label)
{
    WorkingHours hours;
    const QJsonValue v = r.value(o, label, QLatin1StringView("hours"), Need::Optional);
    if (v.isUndefined())
        return hours;
    if (!v.isObject()) {
        r.refuse(label, ClinicFile::tr("hours must be an object such as {\"mon\": [[\"09:00\", \"12:30\"]]}"));
        return hours;
    }
    const QJsonObject days = v.toObject();
    for (auto it = days.begin(); it != days.end() && !r.failed(); ++it) {
        const QString field = u"hours." + it.key();
        const int day = WorkingHours::dayFromKey(it.key());
        if (day == 0) {
            r.refuse(label, ClinicFile::tr("%1: unknown day (mon, tue, wed, thu, fri, sat, sun)").arg(field));
            break;
        }
        if (!it.value().isArray()) {
            r.refuse(label, ClinicFile::tr("%1 must be a list of [\"HH:MM\", \"HH:MM\"] intervals").arg(field));
            break;
        }
        QList<LocalInterval> intervals;
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonArray pair = list.at(i).toArray();
            const auto from = pair.size() == 2 ? WorkingHours::parseTime(pair.at(0).toString()) : std::nullopt;
            const auto to = pair.size() == 2 ? WorkingHours::parseTime(pair.at(1).toString()) : std::nullopt;
            if (!from || !to) {
                r.refuse(label, ClinicFile::tr("%1[%2] must be a pair of times [\"HH:MM\", \"HH:MM\"] between 00:00 and 24:00")
                                    .arg(field).arg(i));
                break;
            }
            intervals.append({*from, *to});
        }
        if (!r.failed() && !hours.setIntervals(day, intervals))
            r.refuse(label, ClinicFile::tr("%1: intervals must not be empty, reversed or overlapping").arg(field));
    }
    return hours;
}

// A key that names a record of this file; duplicates are refused.
bool addKey(FieldReader &r, QHash<QString, qsizetype> &keys, const QString &key, qsizetype index,
            QLatin1StringView array, const QString &label)
{
    if (keys.contains(key)) {
        r.refuse(label, ClinicFile::tr("duplicate key %1 (already used by %2)")
                            .arg(quoted(key), recordLabel(array, keys.value(key))));
        return false;
    }
    keys.insert(key, index);
    return true;
}

std::optional<qsizetype> lookUp(FieldReader &r, const QHash<QString, qsizetype> &keys, const QJsonObject &o,
                                const QString &label, QLatin1StringView field, QLatin1StringView array)
{
    const QString key = r.string(o, label, field, Need::Required);
    if (r.failed())
        return std::nullopt;
    if (!keys.contains(key)) {
        r.refuse(label, ClinicFile::tr("%1 %2 matches no key in %3").arg(field, quoted(key), array));
        return std::nullopt;
    }
    return keys.value(key);
}

Result<QJsonArray> array(const QJsonObject &root, QLatin1StringView name)
{
    const QJsonValue v = root.value(name);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return std::unexpected(invalid(QString(name), ClinicFile::tr("must be an array")));
    return v.toArray();
}

// ---- validation shared by parse() and code-built snapshots ---------------------

Result<void> validateWith(const ClinicSnapshot &s, const Labels &labels)
{
    const auto &c = s.clinic;
    const QString clinic = QStringLiteral("clinic");
    if (c.name.trimmed().isEmpty())
        return std::unexpected(invalid(clinic, ClinicFile::tr("name must not be empty")));
    if (!ClinicZone::isKnown(c.timeZone))
        return std::unexpected(invalid(clinic, ClinicFile::tr("timezone %1 is not a known IANA time zone")
                                                   .arg(quoted(QString::fromUtf8(c.timeZone)))));
    if (c.minNoticeMinutes < 0 || c.horizonDays < 1 || c.bookingRateLimitPerMinute < 0)
        return std::unexpected(invalid(clinic, ClinicFile::tr("min_notice_minutes and booking_rate_limit_per_minute must not "
                                                  "be negative, horizon_days must be at least 1")));

    QHash<qint64, const Doctor *> doctors;
    for (qsizetype i = 0; i < s.doctors.size(); ++i) {
        const Doctor &d = s.doctors[i];
        const QString label = recordLabel(QLatin1StringView("doctors"), i, labels.doctor(d.id));
        if (!d.id.isValid() || doctors.contains(d.id.value))
            return std::unexpected(invalid(label, ClinicFile::tr("duplicate or missing id")));
        if (d.name.trimmed().isEmpty())
            return std::unexpected(invalid(label, ClinicFile::tr("name must not be empty")));
        if (d.noShowLimit < 0)
            return std::unexpected(invalid(label, ClinicFile::tr("no_show_limit must not be negative")));
        doctors.insert(d.id.value, &d);
    }
    QHash<qint64, const ConsultationType *> types;
    for (qsizetype i = 0; i < s.types.size(); ++i) {
        const ConsultationType &t = s.types[i];
        const QString label = recordLabel(QLatin1StringView("consultation_types"), i, labels.type(t.id));
        if (!t.id.isValid() || types.contains(t.id.value))
            return std::unexpected(invalid(label, ClinicFile::tr("duplicate or missing id")));
        if (!doctors.contains(t.doctorId.value))
            return std::unexpected(invalid(label, ClinicFile::tr("doctor %1 matches no doctor").arg(quoted(labels.doctor(t.doctorId)))));
        if (t.name.trimmed().isEmpty())
            return std::unexpected(invalid(label, ClinicFile::tr("name must not be empty")));
        if (t.duration.minutes < ConsultationType::MinDuration || t.duration.minutes > ConsultationType::MaxDuration)
            return std::unexpected(invalid(label, ClinicFile::tr("duration must be between %1 and %2")
                                                      .arg(ConsultationType::MinDuration).arg(ConsultationType::MaxDuration)));
        if (!isValidColor(t.color))
            return std::unexpected(invalid(label, ClinicFile::tr("color must be written #RRGGBB, not %1").arg(quoted(t.color))));
        types.insert(t.id.value, &t);
    }
    for (qsizetype i = 0; i < s.absences.size(); ++i) {
        const DoctorAbsence &a = s.absences[i];
        const QString label = recordLabel(QLatin1StringView("absences"), i);
        if (!doctors.contains(a.doctorId.value))
            return std::unexpected(invalid(label, ClinicFile::tr("doctor %1 matches no doctor").arg(quoted(labels.doctor(a.doctorId)))));
        if (!a.range.isValid())
            return std::unexpected(invalid(label, ClinicFile::tr("end must be after start")));
    }
    QHash<qint64, const Patient *> patients;
    for (qsizetype i = 0; i < s.patients.size(); ++i) {
        const Patient &p = s.patients[i];
        const QString label = recordLabel(QLatin1StringView("patients"), i, labels.patient(p.id));
        if (!p.id.isValid() || patients.contains(p.id.value))
            return std::unexpected(invalid(label, ClinicFile::tr("duplicate or missing id")));
        if (p.firstName.trimmed().isEmpty() || p.lastName.trimmed().isEmpty())
            return std::unexpected(invalid(label, ClinicFile::tr("first_name and last_name must not be empty")));
        if (!p.birthDate.isValid() || p.birthDate.year() < 1880)
            return std::unexpected(invalid(label, ClinicFile::tr("birth_date must be a real date after 1880")));
        if (normalizedPhone(p.phone).size() < 6)
            return std::unexpected(invalid(label, ClinicFile::tr("phone must hold a phone number, not %1").arg(quoted(p.phone))));
        if (p.noShowCount < 0)
            return std::unexpected(invalid(label, ClinicFile::tr("no_show_count must not be negative")));
        patients.insert(p.id.value, &p);
    }
    for (qsizetype i = 0; i < s.appointments.size(); ++i) {
        const Appointment &a = s.appointments[i];
        const QString label = recordLabel(QLatin1StringView("appointments"), i);
        if (!doctors.contains(a.doctorId.value))
            return std::unexpected(invalid(label, ClinicFile::tr("doctor %1 matches no doctor").arg(quoted(labels.doctor(a.doctorId)))));
        if (!patients.contains(a.patientId.value))
            return std::unexpected(invalid(label, ClinicFile::tr("patient %1 matches no patient").arg(quoted(labels.patient(a.patientId)))));
        const ConsultationType *type = types.value(a.typeId.value);
        if (!type)
            return std::unexpected(invalid(label, ClinicFile::tr("type %1 matches no consultation type").arg(quoted(labels.type(a.typeId)))));
        if (type->doctorId != a.doctorId)
            return std::unexpected(invalid(label, ClinicFile::tr("type %1 belongs to doctor %2, not to the appointment's doctor %3")
                                                      .arg(quoted(labels.type(a.typeId)), quoted(labels.doctor(type->doctorId)),
                                                           quoted(labels.doctor(a.doctorId)))));
        if (!a.range.isValid())
            return std::unexpected(invalid(label, ClinicFile::tr("end must be after start")));
        if (a.range.seconds() > Appointment::MaxSeconds)
            return std::unexpected(invalid(label, ClinicFile::tr("an appointment lasts at most 24 hours")));
    }
    return {};
}

} // namespace

// ---- parse ------------------------------------------------------------------------

Result<ClinicSnapshot> parse(const QByteArray &json, UtcSeconds now)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(invalid({}, ClinicFile::tr("the file is not valid JSON (%1 at byte %2); is it complete?")
                                               .arg(parseError.errorString()).arg(parseError.offset)));
    if (!doc.isObject())
        return std::unexpected(invalid({}, ClinicFile::tr("the file must hold one JSON object")));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("format")).toString() != u"tbib-clinic")
        return std::unexpected(invalid({}, ClinicFile::tr("not a TBIB clinic file: \"format\" must be \"tbib-clinic\"")));
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return std::unexpected(invalid({}, ClinicFile::tr("\"version\" must be %1, the version this program reads").arg(FormatVersion)));

    ClinicSnapshot s;
    ClinicZone zone;
    FieldReader r(&zone, now);
    Labels labels;

    // The clinic first: its time zone reads every local date-time after it.
    const QString clinicLabel = QStringLiteral("clinic");
    const QJsonValue clinicValue = root.value(QLatin1StringView("clinic"));
    if (!clinicValue.isObject())
        return std::unexpected(invalid(clinicLabel, ClinicFile::tr("missing or not an object")));
    const QJsonObject c = clinicValue.toObject();
    s.clinic.name = r.text(c, clinicLabel, QLatin1StringView("name"));
    const QString tz = r.string(c, clinicLabel, QLatin1StringView("timezone"), Need::Required);
    s.clinic.minNoticeMinutes = int(r.integer(c, clinicLabel, QLatin1StringView("min_notice_minutes"), Need::Optional,
                                              0, 0, 525600));
    s.clinic.horizonDays = int(r.integer(c, clinicLabel, QLatin1StringView("horizon_days"), Need::Optional, 60, 1, 3660));
    s.clinic.bookingRateLimitPerMinute = int(r.integer(c, clinicLabel, QLatin1StringView("booking_rate_limit_per_minute"),
                                                       Need::Optional, 20, 0, 1000000));
    if (r.failed())
        return std::unexpected(r.error());
    s.clinic.timeZone = tz.toUtf8();
    if (!ClinicZone::isKnown(s.clinic.timeZone))
        return std::unexpected(invalid(clinicLabel, ClinicFile::tr("timezone %1 is not a known IANA time zone").arg(quoted(tz))));
    zone = ClinicZone(s.clinic.timeZone);
    const QDate today = zone.dateOf(now);

    // Each list: its records numbered 1…n in file order, keys mapped to indexes.
    QHash<QString, qsizetype> doctorKeys, typeKeys, patientKeys;
    const auto key = [&](const QJsonObject &o, QLatin1StringView arrayName, qsizetype i) {
        return r.string(o, recordLabel(arrayName, i), QLatin1StringView("key"), Need::Required);
    };
    const auto records = [&](QLatin1StringView name) -> Result<QJsonArray> {
        auto list = array(root, name);
        if (!list)
            return list;
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!list->at(i).isObject())
                return std::unexpected(invalid(recordLabel(name, i), ClinicFile::tr("must be an object")));
        }
        return list;
    };

    const QLatin1StringView doctorsName("doctors");
    auto doctors = records(doctorsName);
    if (!doctors)
        return std::unexpected(doctors.error());
    for (qsizetype i = 0; i < doctors->size() && !r.failed(); ++i) {
        const QJsonObject o = doctors->at(i).toObject();
        const QString k = key(o, doctorsName, i);
        const QString label = recordLabel(doctorsName, i, k);
        if (r.failed() || !addKey(r, doctorKeys, k, i, doctorsName, label))
            break;
        Doctor d;
        d.id = DoctorId(i + 1);
        d.name = r.text(o, label, QLatin1StringView("name"));
        d.specialty = r.string(o, label, QLatin1StringView("specialty"), Need::Optional);
        d.noShowLimit = int(r.integer(o, label, QLatin1StringView("no_show_limit"), Need::Optional, 3, 0, 1000));
        d.hours = readHours(r, o, label);
        d.photo = r.base64(o, label, QLatin1StringView("photo"));
        labels.doctors.insert(d.id.value, k);
        s.doctors.append(d);
    }
    if (r.failed())
        return std::unexpected(r.error());

    const QLatin1StringView typesName("consultation_types");
    auto types = records(typesName);
    if (!types)
        return std::unexpected(types.error());
    for (qsizetype i = 0; i < types->size() && !r.failed(); ++i) {
        const QJsonObject o = types->at(i).toObject();
        const QString k = key(o, typesName, i);
        const QString label = recordLabel(typesName, i, k);
        if (r.failed() || !addKey(r, typeKeys, k, i, typesName, label))
            break;
        ConsultationType t;
        t.id = TypeId(i + 1);
        if (auto d = lookUp(r, doctorKeys, o, label, QLatin1StringView("doctor"), doctorsName))
            t.doctorId = DoctorId(*d + 1);
        t.name = r.text(o, label, QLatin1StringView("name"));
        t.duration = Duration{int(r.integer(o, label, QLatin1StringView("duration"), Need::Required, 15,
                                            ConsultationType::MinDuration, ConsultationType::MaxDuration))};
        t.price = r.string(o, label, QLatin1StringView("price"), Need::Optional);
        t.color = r.string(o, label, QLatin1StringView("color"), Need::Optional, t.color);
        if (!r.failed() && !isValidColor(t.color))
            r.refuse(label, ClinicFile::tr("color must be written #RRGGBB, not %1").arg(quoted(t.color)));
        t.emergencyOnly = r.boolean(o, label, QLatin1StringView("is_emergency_only"), false);
        t.requireExistingPatient = r.boolean(o, label, QLatin1StringView("require_existing_patient"), false);
        t.active = r.boolean(o, label, QLatin1StringView("active"), true);
        labels.types.insert(t.id.value, k);
        s.types.append(t);
    }
    if (r.failed())
        return std::unexpected(r.error());

    const QLatin1StringView absencesName("absences");
    auto absences = records(absencesName);
    if (!absences)
        return std::unexpected(absences.error());
    for (qsizetype i = 0; i < absences->size() && !r.failed(); ++i) {
        const QJsonObject o = absences->at(i).toObject();
        const QString label = recordLabel(absencesName, i);
        DoctorAbsence a;
        a.id = AbsenceId(i + 1);
        if (auto d = lookUp(r, doctorKeys, o, label, QLatin1StringView("doctor"), doctorsName))
            a.doctorId = DoctorId(*d + 1);
        a.range.start = r.instant(o, label, QLatin1StringView("start"), Need::Required).value_or(0);
        a.range.end = r.instant(o, label, QLatin1StringView("end"), Need::Required).value_or(0);
        a.reason = r.string(o, label, QLatin1StringView("reason"), Need::Optional);
        if (!r.failed() && !a.range.isValid())
            r.refuse(label, ClinicFile::tr("end must be after start"));
        s.absences.append(a);
    }
    if (r.failed())
        return std::unexpected(r.error());

    const QLatin1StringView patientsName("patients");
    auto patients = records(patientsName);
    if (!patients)
        return std::unexpected(patients.error());
    for (qsizetype i = 0; i < patients->size() && !r.failed(); ++i) {
        const QJsonObject o = patients->at(i).toObject();
        const QString k = key(o, patientsName, i);
        const QString label = recordLabel(patientsName, i, k);
        if (r.failed() || !addKey(r, patientKeys, k, i, patientsName, label))
            break;
        Patient p;
        p.id = PatientId(i + 1);
        p.firstName = r.text(o, label, QLatin1StringView("first_name"));
        p.lastName = r.text(o, label, QLatin1StringView("last_name"));
        p.birthDate = r.date(o, label, QLatin1StringView("birth_date"));
        if (!r.failed() && p.birthDate > today)
            r.refuse(label, ClinicFile::tr("birth_date %1 is in the future").arg(p.birthDate.toString(Qt::ISODate)));
        p.phone = r.text(o, label, QLatin1StringView("phone"));
        p.photo = r.base64(o, label, QLatin1StringView("photo"));
        p.noShowCount = int(r.integer(o, label, QLatin1StringView("no_show_count"), Need::Optional, 0, 0, 1000000));
        p.blocked = r.boolean(o, label, QLatin1StringView("is_blocked"), false);
        p.createdAt = r.instant(o, label, QLatin1StringView("created_at"), Need::Optional).value_or(now);
        labels.patients.insert(p.id.value, k);
        s.patients.append(p);
    }
    if (r.failed())
        return std::unexpected(r.error());

    const QLatin1StringView appointmentsName("appointments");
    auto appointments = records(appointmentsName);
    if (!appointments)
        return std::unexpected(appointments.error());
    for (qsizetype i = 0; i < appointments->size() && !r.failed(); ++i) {
        const QJsonObject o = appointments->at(i).toObject();
        const QString label = recordLabel(appointmentsName, i);
        Appointment a;
        a.id = AppointmentId(i + 1);
        const auto d = lookUp(r, doctorKeys, o, label, QLatin1StringView("doctor"), doctorsName);
        const auto p = lookUp(r, patientKeys, o, label, QLatin1StringView("patient"), patientsName);
        const auto t = lookUp(r, typeKeys, o, label, QLatin1StringView("type"), typesName);
        if (r.failed())
            break;
        a.doctorId = DoctorId(*d + 1);
        a.patientId = PatientId(*p + 1);
        a.typeId = TypeId(*t + 1);
        a.range.start = r.instant(o, label, QLatin1StringView("start"), Need::Required).value_or(0);
        // The end is kept as booked even if the type changed later; a file
        // that leaves it out gets the type's duration.
        a.range.end = r.instant(o, label, QLatin1StringView("end"), Need::Optional)
                          .value_or(a.range.start + s.types[*t].duration.seconds());
        const QString status = r.string(o, label, QLatin1StringView("status"), Need::Optional, QStringLiteral("booked"));
        if (const auto st = statusFromName(status))
            a.status = *st;
        else if (!r.failed())
            r.refuse(label, ClinicFile::tr("unknown status %1 (booked, arrived, in_progress, done, no_show, cancelled)").arg(quoted(status)));
        a.motif = r.string(o, label, QLatin1StringView("motif"), Need::Optional);
        a.privateNotes = r.string(o, label, QLatin1StringView("private_notes"), Need::Optional);
        a.arrivedAt = r.instant(o, label, QLatin1StringView("arrived_at"), Need::Optional);
        const QString source = r.string(o, label, QLatin1StringView("source"), Need::Optional, QStringLiteral("desk"));
        if (const auto src = sourceFromName(source))
            a.source = *src;
        else if (!r.failed())
            r.refuse(label, ClinicFile::tr("unknown source %1 (desk or web)").arg(quoted(source)));
        a.createdAt = r.instant(o, label, QLatin1StringView("created_at"), Need::Optional).value_or(now);
        a.updatedAt = r.instant(o, label, QLatin1StringView("updated_at"), Need::Optional).value_or(a.createdAt);
        if (!r.failed() && !a.range.isValid())
            r.refuse(label, ClinicFile::tr("end must be after start"));
        s.appointments.append(a);
    }
    if (r.failed())
        return std::unexpected(r.error());

    if (auto v = validateWith(s, labels); !v)
        return std::unexpected(v.error());
    return s;
}

Result<void> validate(const ClinicSnapshot &snapshot)
{
    return validateWith(snapshot, Labels{});
}

// ---- serialize --------------------------------------------------------------------

namespace {

QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        default:
            if (c < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += u'"';
    return out;
}

// One JSON object on one line, fields in the order they are added: a file
// that reads top-down and diffs line by line.
class Line
{
public:
    Line &raw(const char *name, const QString &json)
    {
        m_text += (m_text.isEmpty() ? QStringLiteral("{") : QStringLiteral(", ")) + jsonString(QString::fromLatin1(name)) + u": " + json;
        return *this;
    }
    Line &str(const char *name, const QString &value) { return raw(name, jsonString(value)); }
    Line &num(const char *name, qint64 value) { return raw(name, QString::number(value)); }
    Line &flag(const char *name, bool value) { return raw(name, value ? QStringLiteral("true") : QStringLiteral("false")); }
    [[nodiscard]] QString text() const { return m_text + u'}'; }

private:
    QString m_text;
};

template <typename T>
QList<T> byId(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

void appendArray(QString &out, const char *name, const QStringList &lines, bool last)
{
    out += u"  " + jsonString(QString::fromLatin1(name)) + u": [";
    if (!lines.isEmpty())
        out += u"\n    " + lines.join(QStringLiteral(",\n    ")) + u"\n  ";
    out += last ? QStringLiteral("]\n") : QStringLiteral("],\n");
}

QString key(char16_t prefix, qint64 id)
{
    return QChar(prefix) + QString::number(id);
}

} // namespace

QByteArray serialize(const ClinicSnapshot &s)
{
    const ClinicZone zone(s.clinic.timeZone);
    const auto instant = [&](UtcSeconds t) { return formatInstant(zone, t); };

    QString out = QStringLiteral("{\n  \"format\": \"tbib-clinic\",\n  \"version\": %1,\n").arg(FormatVersion);
    out += u"  \"clinic\": "
        + Line()
              .str("name", s.clinic.name)
              .str("timezone", QString::fromUtf8(s.clinic.timeZone))
              .num("min_notice_minutes", s.clinic.minNoticeMinutes)
              .num("horizon_days", s.clinic.horizonDays)
              .num("booking_rate_limit_per_minute", s.clinic.bookingRateLimitPerMinute)
              .text()
        + u",\n";

    QStringList lines;
    for (const Doctor &d : byId(s.doctors)) {
        QStringList days;
        for (int day = 1; day <= 7; ++day) {
            QStringList intervals;
            for (const auto &iv : d.hours.intervals(day))
                intervals << u"[" + jsonString(WorkingHours::formatTime(iv.startMinute)) + u", "
                                 + jsonString(WorkingHours::formatTime(iv.endMinute)) + u"]";
            if (!intervals.isEmpty())
                days << jsonString(WorkingHours::dayKey(day)) + u": [" + intervals.join(QStringLiteral(", ")) + u"]";
        }
        Line line;
        line.str("key", key(u'd', d.id.value)).str("name", d.name).str("specialty", d.specialty)
            .num("no_show_limit", d.noShowLimit).raw("hours", u"{" + days.join(QStringLiteral(", ")) + u"}");
        if (!d.photo.isEmpty())
            line.str("photo", QString::fromLatin1(d.photo.toBase64()));
        lines << line.text();
    }
    appendArray(out, "doctors", lines, false);

    lines.clear();
    for (const ConsultationType &t : byId(s.types)) {
        lines << Line()
                     .str("key", key(u't', t.id.value)).str("doctor", key(u'd', t.doctorId.value)).str("name", t.name)
                     .num("duration", t.duration.minutes).str("price", t.price).str("color", t.color)
                     .flag("is_emergency_only", t.emergencyOnly).flag("require_existing_patient", t.requireExistingPatient)
                     .flag("active", t.active)
                     .text();
    }
    appendArray(out, "consultation_types", lines, false);

    lines.clear();
    for (const DoctorAbsence &a : byId(s.absences)) {
        lines << Line()
                     .str("doctor", key(u'd', a.doctorId.value)).str("start", instant(a.range.start))
                     .str("end", instant(a.range.end)).str("reason", a.reason)
                     .text();
    }
    appendArray(out, "absences", lines, false);

    lines.clear();
    for (const Patient &p : byId(s.patients)) {
        Line line;
        line.str("key", key(u'p', p.id.value)).str("first_name", p.firstName).str("last_name", p.lastName)
            .str("birth_date", p.birthDate.toString(Qt::ISODate)).str("phone", p.phone)
            .num("no_show_count", p.noShowCount).flag("is_blocked", p.blocked).str("created_at", instant(p.createdAt));
        if (!p.photo.isEmpty())
            line.str("photo", QString::fromLatin1(p.photo.toBase64()));
        lines << line.text();
    }
    appendArray(out, "patients", lines, false);

    lines.clear();
    for (const Appointment &a : byId(s.appointments)) {
        lines << Line()
                     .str("doctor", key(u'd', a.doctorId.value)).str("patient", key(u'p', a.patientId.value))
                     .str("type", key(u't', a.typeId.value)).str("start", instant(a.range.start))
                     .str("end", instant(a.range.end)).str("status", statusName(a.status)).str("motif", a.motif)
                     .str("private_notes", a.privateNotes)
                     .raw("arrived_at", a.arrivedAt ? jsonString(instant(*a.arrivedAt)) : QStringLiteral("null"))
                     .str("source", sourceName(a.source)).str("created_at", instant(a.createdAt))
                     .str("updated_at", instant(a.updatedAt))
                     .text();
    }
    appendArray(out, "appointments", lines, true);
    out += u"}\n";
    return out.toUtf8();
}

} // namespace tbib::ClinicJson
