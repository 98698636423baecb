// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurationservice.h"

#include "translations.h"

#include "service/accesstoken.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

#include <limits>

namespace tbib {

namespace {

const auto EnabledKey = QStringLiteral("online/enabled");
const auto ListenKey = QStringLiteral("online/listen");
const auto PublicAddressKey = QStringLiteral("online/publicAddress");

// Names compare as staff read them: case, accents' case and inner spaces ignored.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

ConfigError invalid(const QString &field, const QString &message)
{
    return {ErrorCode::InvalidInput, field, message};
}

bool isIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || n < 0 || n > 255)
            return false;
    }
    return true;
}

// An address the server can bind: IPv4, IPv6 or "localhost". Host names are
// refused on purpose: binding needs an interface's address, not a name.
bool isListenAddress(const QString &text)
{
    static const QRegularExpression Ipv6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    return text == u"localhost" || isIpv4(text) || (text.count(u':') >= 2 && Ipv6.match(text).hasMatch());
}

QString dayName(int qtWeekday)
{
    // Standalone names, capitalised: "Lundi" in French.
    QString name = QLocale().standaloneDayName(qtWeekday, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

QString OnlineBookingSettings::listen() const
{
    return (address.contains(u':') ? u'[' + address + u']' : address) + u':' + QString::number(port);
}

QString OnlineBookingSettings::patientAddress() const
{
    if (!publicAddress.trimmed().isEmpty())
        return publicAddress.trimmed();
    return u"http://" + listen() + u'/';
}

ConfigurationService::ConfigurationService(BookingService &booking, const Database &db, QSettings &machine,
                                           QObject *parent)
    : QObject(parent), m_booking(booking), m_db(db), m_machine(machine)
{
}

std::unique_ptr<QSettings> ConfigurationService::openMachineSettings()
{
    const QString app = QCoreApplication::applicationName();
    const QString organization = QCoreApplication::organizationName();
    return std::make_unique<QSettings>(QSettings::defaultFormat(), QSettings::UserScope,
                                       organization.isEmpty() ? app : organization, app);
}

namespace {
const auto LanguageKey = QStringLiteral("ui/language");
} // namespace

QString ConfigurationService::savedLanguage(const QSettings &machine)
{
    return machine.value(LanguageKey).toString();
}

ConfigResult<void> ConfigurationService::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !supportedLanguages().contains(language))
        return std::unexpected(ConfigError{ErrorCode::InvalidInput, QStringLiteral("language"),
                                           tr("Choose a language from the list.")});
    if (language.isEmpty())
        m_machine.remove(LanguageKey);
    else
        m_machine.setValue(LanguageKey, language);
    m_machine.sync();
    return {};
}

// ---- the database --------------------------------------------------------

namespace {

const auto DatabaseKey = QStringLiteral("storage/database");

// One field of a ~/.pgpass line: "\" and ":" are escaped with a backslash.
QString pgpassField(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u':', QStringLiteral("\\:"));
    return out;
}

// The fields of a ~/.pgpass line, unescaped.
QStringList pgpassFields(QStringView line)
{
    QStringList fields(1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size())
            fields.last() += line[++i];
        else if (line[i] == u':')
            fields.append(QString());
        else
            fields.last() += line[i];
    }
    return fields;
}

// A host name or address as libpq takes it: no spaces, slashes or "@"
// (a Unix socket folder is not offered by the form).
bool isHostName(const QString &text)
{
    static const QRegularExpression Host(QStringLiteral("^[A-Za-z0-9._\\-]+$|^\\[?[0-9A-Fa-f:.]+\\]?$"));
    return Host.match(text).hasMatch();
}

} // namespace

QString ConfigurationService::savedDatabase(const QSettings &machine)
{
    return machine.value(DatabaseKey).toString();
}

QString ConfigurationService::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/tbib.sqlite";
}

QString ConfigurationService::passwordFilePath()
{
    const QString file = qEnvironmentVariable("PGPASSFILE");
    return file.isEmpty() ? QDir::homePath() + u"/.pgpass" : file;
}

DatabaseLocation ConfigurationService::databaseSettings() const
{
    const QString saved = savedDatabase(m_machine);
    if (auto l = DatabaseLocation::parse(saved); l && !saved.isEmpty())
        return *l;
    DatabaseLocation s;
    s.path = defaultDatabasePath();
    return s;
}

ConfigResult<void> ConfigurationService::validateDatabase(const DatabaseLocation &s)
{
    if (s.engine == Engine::Sqlite) {
        const QString path = s.path.trimmed();
        if (path.isEmpty())
            return std::unexpected(invalid(QStringLiteral("databasePath"), tr("Choose the database file.")));
        if (DatabaseLocation::isPostgresUrl(path) || !QDir::isAbsolutePath(path))
            return std::unexpected(
                invalid(QStringLiteral("databasePath"), tr("Give the file's full path, for example /srv/tbib/tbib.sqlite.")));
        if (QFileInfo(path).isDir())
            return std::unexpected(invalid(QStringLiteral("databasePath"), tr("This is a folder: choose a file.")));
        return {};
    }
    if (!isHostName(s.host.trimmed()))
        return std::unexpected(invalid(QStringLiteral("databaseHost"),
                                       tr("Give the server's name or address, for example 192.168.1.10.")));
    if (s.port < 1 || s.port > 65535)
        return std::unexpected(invalid(QStringLiteral("databasePort"), tr("The port is a number from 1 to 65535.")));
    if (s.name.trimmed().isEmpty() || s.name.contains(u'/'))
        return std::unexpected(invalid(QStringLiteral("databaseName"), tr("Give the database's name.")));
    if (s.user.trimmed().isEmpty())
        return std::unexpected(invalid(QStringLiteral("databaseUser"), tr("Give the user name.")));
    if (s.password.contains(u'\n') || s.password.contains(u'\r'))
        return std::unexpected(
            invalid(QStringLiteral("databasePassword"), tr("The password cannot hold a line break.")));
    if (auto l = DatabaseLocation::parse(s.toString(true)); !l)
        return std::unexpected(invalid(QString(), l.error()));
    return {};
}

ConfigResult<void> ConfigurationService::storePassword(const DatabaseLocation &s)
{
    const QString path = passwordFilePath();
    const QString key = pgpassField(s.host) + u':' + QString::number(s.port) + u':' + pgpassField(s.name) + u':' +
                        pgpassField(s.user);
    QStringList lines;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return std::unexpected(invalid(QStringLiteral("databasePassword"),
                                           tr("The password file %1 cannot be read.").arg(path)));
        lines = QString::fromUtf8(existing.readAll()).split(u'\n');
        existing.close();
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }
    const QString line = key + u':' + pgpassField(s.password);
    bool replaced = false;
    for (QString &l : lines) {
        const QStringList f = pgpassFields(l);
        if (!l.startsWith(u'#') && f.size() >= 5 && f[0] == s.host && f[1] == QString::number(s.port) &&
            f[2] == s.name && f[3] == s.user) {
            l = line;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        lines.append(line);
    // QSaveFile writes a new file created 0600 and renames it over the old
    // one; the mode is set again in case the old file was readable by others
    // (libpq ignores such a file).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()
        || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return std::unexpected(invalid(QStringLiteral("databasePassword"),
                                       tr("The password could not be written to %1.").arg(path)));
    return {};
}

ConfigResult<void> ConfigurationService::saveDatabase(const DatabaseLocation &settings)
{
    DatabaseLocation s = settings;
    s.path = s.path.trimmed();
    s.host = s.host.trimmed();
    s.name = s.name.trimmed();
    s.user = s.user.trimmed();
    if (auto r = validateDatabase(s); !r)
        return r;
    if (s.engine == Engine::Postgres && !s.password.isEmpty()) {
        if (auto r = storePassword(s); !r)
            return r;
    }
    m_machine.setValue(DatabaseKey, s.toString(false));
    m_machine.sync();
    return {};
}

std::expected<ConfigurationService::DatabaseCheck, QString>
ConfigurationService::testDatabase(const DatabaseLocation &s)
{
    if (auto r = validateDatabase(s); !r)
        return std::unexpected(r.error().message);
    if (s.engine == Engine::Sqlite) {
        const QFileInfo file(s.path.trimmed());
        if (!file.exists()) {
            const QFileInfo folder(file.absolutePath());
            if (!folder.isDir() || !folder.isWritable())
                return std::unexpected(tr("The folder %1 does not exist or cannot be written.").arg(folder.filePath()));
            return DatabaseCheck::WillBeCreated;
        }
    }
    // Database::open answers within seconds (its default connect_timeout).
    auto db = Database::open(s.toString(true), Database::Migrate::No);
    if (!db)
        return std::unexpected(db.error());
    return DatabaseCheck::Opened;
}

ConfigError ConfigurationService::storageFailure(const BookingError &error) const
{
    return {error.code, QString(), error.message()};
}

// ---- consultation types -----------------------------------------------------

ConfigResult<void> ConfigurationService::validateType(const ConsultationType &t) const
{
    // In the form's order, so that the first message is the first field's.
    const QString name = t.name.simplified();
    if (name.isEmpty())
        return std::unexpected(invalid(QStringLiteral("name"), tr("Give the consultation type a name.")));
    if (name.size() > MaxNameLength)
        return std::unexpected(
            invalid(QStringLiteral("name"), tr("The name is too long (at most %1 characters).").arg(MaxNameLength)));
    if (t.duration.minutes < ConsultationType::MinDuration || t.duration.minutes > ConsultationType::MaxDuration)
        return std::unexpected(invalid(QStringLiteral("duration"),
                                       tr("The duration must be between %1 and %2 minutes.")
                                           .arg(ConsultationType::MinDuration)
                                           .arg(ConsultationType::MaxDuration)));
    if (t.price.trimmed().size() > MaxPriceLength)
        return std::unexpected(invalid(QStringLiteral("price"),
                                       tr("The price is too long (at most %1 characters).").arg(MaxPriceLength)));
    static const QRegularExpression Color(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!Color.match(t.color).hasMatch())
        return std::unexpected(
            invalid(QStringLiteral("color"), tr("Choose a colour (written #RRGGBB, for example #1E88E5).")));
    auto catalogue = m_booking.catalogue();
    if (!catalogue)
        return std::unexpected(storageFailure(catalogue.error()));
    if (!(*catalogue)->doctor(t.doctorId))
        return std::unexpected(ConfigError{ErrorCode::NotFound, QStringLiteral("doctor"), tr("Choose a doctor.")});
    for (const ConsultationType &other : (*catalogue)->types) {
        if (other.doctorId == t.doctorId && other.id != t.id && nameKey(other.name) == nameKey(name))
            return std::unexpected(invalid(QStringLiteral("name"),
                                           tr("This doctor already has a consultation type named \"%1\".")
                                               .arg(other.name)));
    }
    return {};
}

ConfigResult<ConsultationType> ConfigurationService::saveType(const ConsultationType &type)
{
    ConsultationType t = type;
    t.name = t.name.simplified();
    t.price = t.price.trimmed();
    t.color = t.color.toUpper();
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(storageFailure(r.error()));
    // Checked inside the transaction: two desks naming a type at once cannot both win.
    if (auto r = validateType(t); !r)
        return std::unexpected(r.error());
    if (t.id.isValid()) {
        auto old = store.type(t.id);
        if (!old)
            return std::unexpected(storageFailure(old.error()));
        if (!*old)
            return std::unexpected(ConfigError{ErrorCode::NotFound, QString(), errorMessage(ErrorCode::NotFound)});
        // A type keeps its doctor: appointments and their history refer to it.
        t.doctorId = (*old)->doctorId;
        if (auto r = store.updateType(t); !r)
            return std::unexpected(storageFailure(r.error()));
    } else {
        auto id = store.insertType(t);
        if (!id)
            return std::unexpected(storageFailure(id.error()));
        t.id = *id;
    }
    tx.note(ChangeNote::Kind::Catalogue);
    if (auto r = tx.commit(); !r)
        return std::unexpected(storageFailure(r.error()));
    Q_EMIT m_booking.catalogueChanged();
    return t;
}

ConfigResult<ConfigurationService::Removal> ConfigurationService::removeType(TypeId id)
{
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(storageFailure(r.error()));
    auto type = store.type(id);
    if (!type)
        return std::unexpected(storageFailure(type.error()));
    if (!*type)
        return std::unexpected(ConfigError{ErrorCode::NotFound, QString(), errorMessage(ErrorCode::NotFound)});
    auto used = store.isTypeUsed(id);
    if (!used)
        return std::unexpected(storageFailure(used.error()));
    Removal removal = Removal::Deleted;
    if (*used) {
        ConsultationType t = **type;
        t.active = false;
        removal = Removal::Deactivated;
        if (auto r = store.updateType(t); !r)
            return std::unexpected(storageFailure(r.error()));
    } else if (auto r = store.deleteType(id); !r) {
        return std::unexpected(storageFailure(r.error()));
    }
    tx.note(ChangeNote::Kind::Catalogue);
    if (auto r = tx.commit(); !r)
        return std::unexpected(storageFailure(r.error()));
    Q_EMIT m_booking.catalogueChanged();
    return removal;
}

// ---- absences ---------------------------------------------------------------

Result<QList<DoctorAbsence>> ConfigurationService::absences(DoctorId doctor) const
{
    // Every absence, past ones included: the list is short and staff look back.
    return ClinicStore(m_db).absences(doctor, {0, std::numeric_limits<qint32>::max() * qint64(4)});
}

Result<QList<AppointmentView>> ConfigurationService::absenceCollisions(DoctorId doctor, TimeRange range) const
{
    if (!range.isValid())
        return QList<AppointmentView>();
    auto views = ClinicStore(m_db).appointmentViews(doctor, range);
    if (!views)
        return views;
    QList<AppointmentView> covered;
    for (const AppointmentView &v : std::as_const(*views)) {
        if (occupiesTime(v.appointment.status))
            covered.append(v);
    }
    return covered;
}

ConfigResult<void> ConfigurationService::validateAbsence(const DoctorAbsence &a) const
{
    if (a.range.end <= a.range.start)
        return std::unexpected(invalid(QStringLiteral("end"), tr("The end must come after the start.")));
    if (a.range.seconds() > qint64(MaxAbsenceDays) * 86400)
        return std::unexpected(
            invalid(QStringLiteral("end"), tr("An absence lasts at most %n day(s); split a longer one.", nullptr,
                                              MaxAbsenceDays)));
    if (a.reason.trimmed().size() > MaxReasonLength)
        return std::unexpected(invalid(QStringLiteral("reason"),
                                       tr("The reason is too long (at most %1 characters).").arg(MaxReasonLength)));
    auto catalogue = m_booking.catalogue();
    if (!catalogue)
        return std::unexpected(storageFailure(catalogue.error()));
    if (!(*catalogue)->doctor(a.doctorId))
        return std::unexpected(ConfigError{ErrorCode::NotFound, QStringLiteral("doctor"), tr("Choose a doctor.")});
    return {};
}

ConfigResult<DoctorAbsence> ConfigurationService::saveAbsence(const DoctorAbsence &absence,
                                                              const QList<CollisionChoice> &choices)
{
    if (auto r = validateAbsence(absence); !r)
        return std::unexpected(r.error());
    auto saved = m_booking.saveAbsence(absence, choices);
    if (!saved) {
        // A refused move names its appointment: the collision list shows it on that row.
        const BookingError &e = saved.error();
        return std::unexpected(ConfigError{e.code, e.detail.startsWith(u"appointment:") ? e.detail : QString(),
                                           e.message()});
    }
    return *saved;
}

// ---- working hours ----------------------------------------------------------

ConfigResult<QList<LocalInterval>> ConfigurationService::parseIntervals(QStringView text, int qtWeekday)
{
    const QString field = u"hours:" + QString::number(qtWeekday);
    const QString day = dayName(qtWeekday);
    QList<LocalInterval> out;
    static const QRegularExpression Separators(QStringLiteral("[,;]"));
    for (const QString &piece : text.toString().split(Separators, Qt::SkipEmptyParts)) {
        QString p = piece.simplified().remove(u' ');
        if (p.isEmpty())
            continue;
        p.replace(u'–', u'-').replace(u'—', u'-');
        const auto bounds = p.split(u'-');
        const auto start = bounds.size() == 2 ? WorkingHours::parseTime(bounds[0]) : std::nullopt;
        const auto end = bounds.size() == 2 ? WorkingHours::parseTime(bounds[1]) : std::nullopt;
        if (!start || !end)
            return std::unexpected(invalid(
                field, tr("%1: write each interval as HH:MM-HH:MM, separated by commas (\"%2\" is not one).")
                           .arg(day, piece.trimmed())));
        if (*end <= *start)
            return std::unexpected(
                invalid(field, tr("%1: the interval %2 ends before it starts.").arg(day, piece.trimmed())));
        out.append({*start, *end});
    }
    std::sort(out.begin(), out.end(),
              [](const LocalInterval &a, const LocalInterval &b) { return a.startMinute < b.startMinute; });
    for (qsizetype i = 1; i < out.size(); ++i) {
        if (out[i].startMinute < out[i - 1].endMinute)
            return std::unexpected(invalid(field, tr("%1: the intervals %2 and %3 overlap.")
                                                      .arg(day, formatIntervals({out[i - 1]}),
                                                           formatIntervals({out[i]}))));
    }
    return out;
}

QString ConfigurationService::formatIntervals(const QList<LocalInterval> &intervals)
{
    QStringList parts;
    for (const LocalInterval &iv : intervals)
        parts.append(WorkingHours::formatTime(iv.startMinute) + u'-' + WorkingHours::formatTime(iv.endMinute));
    return parts.join(QStringLiteral(", "));
}

ConfigResult<void> ConfigurationService::setWorkingHours(DoctorId doctor,
                                                         const std::array<QList<LocalInterval>, 7> &days)
{
    WorkingHours hours;
    for (int day = 1; day <= 7; ++day) {
        // The parser already refused these; a caller that built intervals itself is checked too.
        if (!hours.setIntervals(day, days[size_t(day - 1)]))
            return std::unexpected(
                invalid(u"hours:" + QString::number(day), tr("%1: the intervals are reversed or overlap.")
                                                              .arg(dayName(day))));
    }
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(storageFailure(r.error()));
    auto d = store.doctor(doctor);
    if (!d)
        return std::unexpected(storageFailure(d.error()));
    if (!*d)
        return std::unexpected(ConfigError{ErrorCode::NotFound, QStringLiteral("doctor"), tr("Choose a doctor.")});
    (*d)->hours = hours;
    if (auto r = store.updateDoctor(**d); !r)
        return std::unexpected(storageFailure(r.error()));
    tx.note(ChangeNote::Kind::Catalogue);
    if (auto r = tx.commit(); !r)
        return std::unexpected(storageFailure(r.error()));
    Q_EMIT m_booking.catalogueChanged();
    return {};
}

// ---- clinic -----------------------------------------------------------------

ConfigResult<void> ConfigurationService::saveClinic(const ClinicChange &change)
{
    const QString name = change.name.simplified();
    if (name.isEmpty())
        return std::unexpected(invalid(QStringLiteral("clinicName"), tr("Give the clinic a name.")));
    if (name.size() > MaxNameLength)
        return std::unexpected(invalid(QStringLiteral("clinicName"),
                                       tr("The name is too long (at most %1 characters).").arg(MaxNameLength)));
    if (!QTimeZone::isTimeZoneIdAvailable(change.timeZone))
        return std::unexpected(invalid(QStringLiteral("timeZone"), tr("Choose a time zone from the list.")));
    for (const auto &[doctor, limit] : change.noShowLimits) {
        if (limit < 0 || limit > MaxNoShowLimit)
            return std::unexpected(invalid(u"noShowLimit:" + QString::number(doctor.value),
                                           tr("The no-show limit must be between 0 (never block) and %1.")
                                               .arg(MaxNoShowLimit)));
    }
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(storageFailure(r.error()));
    auto settings = store.clinicSettings();
    if (!settings)
        return std::unexpected(storageFailure(settings.error()));
    settings->name = name;
    settings->timeZone = change.timeZone;
    if (auto r = store.saveClinicSettings(*settings); !r)
        return std::unexpected(storageFailure(r.error()));
    for (const auto &[doctor, limit] : change.noShowLimits) {
        auto d = store.doctor(doctor);
        if (!d)
            return std::unexpected(storageFailure(d.error()));
        if (!*d)
            return std::unexpected(ConfigError{ErrorCode::NotFound, QStringLiteral("doctor"), tr("Choose a doctor.")});
        (*d)->noShowLimit = limit;
        if (auto r = store.updateDoctor(**d); !r)
            return std::unexpected(storageFailure(r.error()));
    }
    tx.note(ChangeNote::Kind::Catalogue);
    if (auto r = tx.commit(); !r)
        return std::unexpected(storageFailure(r.error()));
    Q_EMIT m_booking.catalogueChanged();
    return {};
}

// ---- online booking ---------------------------------------------------------

OnlineBookingSettings ConfigurationService::onlineBooking() const
{
    OnlineBookingSettings s;
    s.enabled = m_machine.value(EnabledKey, false).toBool();
    const QString listen = m_machine.value(ListenKey, s.listen()).toString();
    if (const qsizetype colon = listen.lastIndexOf(u':'); colon > 0) {
        QString host = listen.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        bool ok = false;
        const int port = listen.mid(colon + 1).toInt(&ok);
        if (ok && isListenAddress(host) && port >= 0 && port <= 65535) {
            s.address = host;
            s.port = port;
        }
    }
    s.publicAddress = m_machine.value(PublicAddressKey).toString();
    if (auto clinic = m_booking.clinicSettings()) {
        s.minNoticeMinutes = clinic->minNoticeMinutes;
        s.horizonDays = clinic->horizonDays;
        s.rateLimitPerMinute = clinic->bookingRateLimitPerMinute;
    }
    return s;
}

ConfigResult<void> ConfigurationService::validateOnlineBooking(const OnlineBookingSettings &s) const
{
    if (!isListenAddress(s.address.trimmed()))
        return std::unexpected(invalid(QStringLiteral("address"),
                                       tr("Give an IP address to listen on, for example 127.0.0.1 (this computer "
                                          "only) or 0.0.0.0 (every network).")));
    // Port 0 would pick a different free port on every start: patients need a fixed one.
    if (s.port < 1 || s.port > 65535)
        return std::unexpected(invalid(QStringLiteral("port"), tr("The port must be between 1 and 65535.")));
    const QString pub = s.publicAddress.trimmed();
    if (!pub.isEmpty() && !pub.startsWith(u"http://") && !pub.startsWith(u"https://"))
        return std::unexpected(invalid(QStringLiteral("publicAddress"),
                                       tr("The address for patients starts with http:// or https://.")));
    if (s.minNoticeMinutes < 0 || s.minNoticeMinutes > MaxNoticeMinutes)
        return std::unexpected(invalid(QStringLiteral("minNotice"),
                                       tr("The minimum notice must be between 0 and %1 minutes (a week).")
                                           .arg(MaxNoticeMinutes)));
    if (s.horizonDays < 1 || s.horizonDays > MaxHorizonDays)
        return std::unexpected(invalid(QStringLiteral("horizon"),
                                       tr("The horizon must be between 1 and %1 days.").arg(MaxHorizonDays)));
    if (s.rateLimitPerMinute < 0 || s.rateLimitPerMinute > MaxRateLimit)
        return std::unexpected(invalid(QStringLiteral("rateLimit"),
                                       tr("The rate limit must be between 0 (no limit) and %1 requests a minute.")
                                           .arg(MaxRateLimit)));
    return {};
}

ConfigResult<void> ConfigurationService::saveOnlineBooking(const OnlineBookingSettings &settings)
{
    OnlineBookingSettings s = settings;
    s.address = s.address.trimmed();
    s.publicAddress = s.publicAddress.trimmed();
    if (auto r = validateOnlineBooking(s); !r)
        return r;
    const OnlineBookingSettings before = onlineBooking();
    // Everything was checked before anything is written: the clinic's part
    // in one transaction, then this machine's (which cannot refuse).
    const ClinicStore store(m_db);
    WriteTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(storageFailure(r.error()));
    auto clinic = store.clinicSettings();
    if (!clinic)
        return std::unexpected(storageFailure(clinic.error()));
    clinic->minNoticeMinutes = s.minNoticeMinutes;
    clinic->horizonDays = s.horizonDays;
    clinic->bookingRateLimitPerMinute = s.rateLimitPerMinute;
    if (auto r = store.saveClinicSettings(*clinic); !r)
        return std::unexpected(storageFailure(r.error()));
    tx.note(ChangeNote::Kind::Catalogue);
    if (auto r = tx.commit(); !r)
        return std::unexpected(storageFailure(r.error()));
    m_machine.setValue(EnabledKey, s.enabled);
    m_machine.setValue(ListenKey, s.listen());
    m_machine.setValue(PublicAddressKey, s.publicAddress);
    m_machine.sync();
    Q_EMIT m_booking.catalogueChanged();
    if (before.enabled != s.enabled || before.listen() != s.listen())
        Q_EMIT onlineBookingChanged();
    return {};
}

Result<QString> ConfigurationService::regenerateToken()
{
    auto token = AccessToken::regenerate(m_db);
    if (token)
        Q_EMIT onlineBookingChanged();
    return token;
}

} // namespace tbib
