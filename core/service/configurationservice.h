// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QObject>

#include <array>
#include <expected>

class QSettings;

namespace tbib {

class Database;

// A refused configuration change: the rule's code, the form field it concerns
// (the UI shows the sentence next to that field) and a translated sentence.
struct ConfigError final
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString field;
    QString message;
};

template <typename T>
using ConfigResult = std::expected<T, ConfigError>;

// Online booking as a workstation serves it. enabled, address, port and the
// patients' address belong to this machine (QSettings "online/…": which desk
// serves is a per-machine choice); notice, horizon and rate limit are the
// clinic's (ClinicSettings, in the database), the same for every server.
struct OnlineBookingSettings final
{
    static constexpr int DefaultPort = 8080;

    bool enabled = false;
    QString address = QStringLiteral("127.0.0.1");
    int port = DefaultPort;
    QString publicAddress; // empty: derived from address and port
    int minNoticeMinutes = 0;
    int horizonDays = 60;
    int rateLimitPerMinute = 20;

    // "HOST:PORT" as the server and --listen take it.
    [[nodiscard]] QString listen() const;
    // What to give patients: publicAddress, or http://address:port/.
    [[nodiscard]] QString patientAddress() const;
    friend bool operator==(const OnlineBookingSettings &, const OnlineBookingSettings &) = default;
};

// Every change of Configuration (consultation types, working hours, the
// clinic, no-show limits, online booking) is validated here, so that a later
// web or API front end applies the same checks, and written in one write
// transaction: a refused change writes nothing. After a write it emits
// BookingService::catalogueChanged() (grid, dialogs) and its own signals.
// Absences change appointments and are written by BookingService; only their
// form checks live here.
class ConfigurationService final : public QObject
{
    Q_OBJECT
public:
    // Limits of the forms, checked here and mirrored by the widgets.
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxPriceLength = 40;
    static constexpr int MaxReasonLength = 200;
    static constexpr int MaxNoticeMinutes = 7 * 24 * 60;
    static constexpr int MaxHorizonDays = 730;
    static constexpr int MaxRateLimit = 1000;
    static constexpr int MaxNoShowLimit = 99;
    static constexpr int MaxAbsenceDays = 366;

    // `machine` holds this workstation's settings (online/…); it outlives the service.
    ConfigurationService(BookingService &booking, const Database &db, QSettings &machine, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConfigurationService)

    [[nodiscard]] BookingService &booking() const { return m_booking; }

    // ---- consultation types
    [[nodiscard]] ConfigResult<void> validateType(const ConsultationType &type) const;
    // Inserts (no id) or updates; name unique per doctor (case and spaces ignored).
    [[nodiscard]] ConfigResult<ConsultationType> saveType(const ConsultationType &type);
    enum class Removal { Deleted, Deactivated };
    // A type some appointment uses is deactivated, never deleted (history keeps its name).
    [[nodiscard]] ConfigResult<Removal> removeType(TypeId id);

    // ---- absences (checks and reads; BookingService::saveAbsence writes)
    [[nodiscard]] Result<QList<DoctorAbsence>> absences(DoctorId doctor) const;
    // What an absence over `range` would cover: the doctor's appointments
    // that hold time (not cancelled / no-show), with patient and type names.
    [[nodiscard]] Result<QList<AppointmentView>> absenceCollisions(DoctorId doctor, TimeRange range) const;
    [[nodiscard]] ConfigResult<void> validateAbsence(const DoctorAbsence &absence) const;
    [[nodiscard]] ConfigResult<DoctorAbsence> saveAbsence(const DoctorAbsence &absence,
                                                          const QList<CollisionChoice> &choices);

    // ---- working hours
    // "09:00-12:30, 14:00-18:30" (also "–" and spaces); an empty text is a closed day.
    // Reversed or overlapping intervals are refused with the day's sentence.
    [[nodiscard]] static ConfigResult<QList<LocalInterval>> parseIntervals(QStringView text, int qtWeekday);
    [[nodiscard]] static QString formatIntervals(const QList<LocalInterval> &intervals);
    [[nodiscard]] ConfigResult<void> setWorkingHours(DoctorId doctor, const std::array<QList<LocalInterval>, 7> &days);

    // ---- clinic
    struct ClinicChange
    {
        QString name;
        QByteArray timeZone;
        QList<std::pair<DoctorId, int>> noShowLimits;
    };
    [[nodiscard]] ConfigResult<void> saveClinic(const ClinicChange &change);

    // ---- online booking
    [[nodiscard]] OnlineBookingSettings onlineBooking() const;
    [[nodiscard]] ConfigResult<void> validateOnlineBooking(const OnlineBookingSettings &settings) const;
    [[nodiscard]] ConfigResult<void> saveOnlineBooking(const OnlineBookingSettings &settings);
    // A new doctor API token, stored salted-hashed; the only time it can be read.
    [[nodiscard]] Result<QString> regenerateToken();

    // ---- the interface's language (this workstation's; read when the program starts)
    // "fr", "en", "ar", or empty: follow the system (chooseLanguage()).
    [[nodiscard]] QString language() const { return savedLanguage(m_machine); }
    [[nodiscard]] ConfigResult<void> setLanguage(const QString &language);
    [[nodiscard]] static QString savedLanguage(const QSettings &machine);

    // ---- the database (this workstation's; used from the next start)
    // Where this workstation's clinic data lives (Configuration → Cabinet): a
    // SQLite file, or a PostgreSQL server that several desks share. It belongs
    // to the machine (QSettings "storage/database", a location WITHOUT
    // password); the password goes to the user's ~/.pgpass ($PGPASSFILE), where
    // libpq reads it. An empty password in what is saved keeps the stored one.
    // The program reads the choice when it starts (`--db` still wins).
    // The database this program has open now, for people (no password).
    [[nodiscard]] QString databaseInUse() const { return m_db.displayLocation(); }
    // The saved choice, or the default SQLite file when there is none.
    [[nodiscard]] DatabaseLocation databaseSettings() const;
    [[nodiscard]] static ConfigResult<void> validateDatabase(const DatabaseLocation &settings);
    // Checks, then writes the password (if any) to passwordFilePath() and the
    // location without it to the machine's settings; refused: nothing written.
    [[nodiscard]] ConfigResult<void> saveDatabase(const DatabaseLocation &settings);
    // What opening the database once would do (no migration runs). SQLite:
    // a file not there yet is created at the next start, when its folder is writable.
    enum class DatabaseCheck { Opened, WillBeCreated };
    [[nodiscard]] static std::expected<DatabaseCheck, QString> testDatabase(const DatabaseLocation &settings);
    // "storage/database" as saved (never a password), empty when none.
    [[nodiscard]] static QString savedDatabase(const QSettings &machine);
    // QStandardPaths::AppDataLocation/tbib.sqlite (DESIGN §4).
    [[nodiscard]] static QString defaultDatabasePath();
    // $PGPASSFILE, else ~/.pgpass.
    [[nodiscard]] static QString passwordFilePath();
    // Sets the password of host:port:database:user in passwordFilePath()
    // (the line is replaced, other lines are kept; mode 0600).
    [[nodiscard]] static ConfigResult<void> storePassword(const DatabaseLocation &settings);

    // The user's settings file (~/.config/tbib/tbib.conf): named by the
    // application, as the window's layout is, not "Unknown Organization".
    [[nodiscard]] static std::unique_ptr<QSettings> openMachineSettings();

Q_SIGNALS:
    // Enabled, address, port or token changed: the program restarts its server.
    void onlineBookingChanged();

private:
    [[nodiscard]] ConfigError storageFailure(const BookingError &error) const;

    BookingService &m_booking;
    const Database &m_db;
    QSettings &m_machine;
};

} // namespace tbib
