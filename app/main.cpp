// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: reads the command line (DESIGN §6), opens storage and
// runs what was asked: the clinic file, the demo, the headless booking server,
// or (no action) the desk window. The application object is chosen from the
// arguments before it exists: QApplication only for the window, so that the
// headless paths never need a display or the GUI libraries' platform plugin.
#include "domain/clock.h"
#include "domain/cliniczone.h"
#include "io/clinicjson.h"
#include "io/democlinic.h"
#include "service/bookingservice.h"
#include "service/configurationservice.h"
#include "service/translations.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include "service/accesstoken.h"
#include "bookingserver.h"
#include "onlinebookinghost.h"
#include "signalwatcher.h"

#include "mainwindow.h"
#include "unreachabledatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QSettings>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

// The command line's sentences, translated in the "Cli" context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Qt's own sentences for --help and --version that Debian's qtbase catalogues
// (6.4) leave in English; ours is installed last, so it answers first.
[[maybe_unused]] const char *const QtCommandLineTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

namespace {

// Exit codes, documented in docs/import-format.md.
enum Exit : int {
    Ok = 0,
    Refused = 1,        // refused input or a failed operation (file, database)
    BadCommandLine = 2,
    ServerFailed = 3,   // the booking server could not start (address in use, …)
};


void out(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs((QStringLiteral("tbib: ") + line + u'\n').toLocal8Bit().constData(), stderr);
}

// The sentence of the code plus the detail that names the record and field.
QString describe(const tbib::BookingError &e)
{
    return e.detail.isEmpty() ? e.message() : e.message() + u' ' + e.detail;
}

// --lang is read before the parser is built so that --help is already translated.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang" && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--lang="))
            return args[i].mid(7);
    }
    return {};
}

// Where the booking server listens unless told otherwise (DESIGN §5).
const QString DefaultListen = QStringLiteral("127.0.0.1:8080");

// A window can be shown: an X11 or Wayland display, or a platform chosen
// explicitly (QT_QPA_PLATFORM=offscreen in tests, eglfs on a kiosk).
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// True when the arguments ask for no action, i.e. for the window. Read before
// the parser exists because the parser needs the application object.
bool wantsWindow(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char *action : {"--serve", "--import", "--export", "--demo", "--help", "--help-all", "--version",
                                   "-h", "-v", "-?"}) {
            if (arg == action || arg.startsWith(QByteArray(QByteArray(action) + '=')))
                return false;
        }
    }
    return true;
}

bool isValidListen(const QString &text)
{
    return tbib::parseListen(text).has_value();
}

// The doctor API token: the one given with --token, otherwise the stored one
// (generated on first use and shown once).
std::optional<tbib::AccessToken> resolveToken(const tbib::Database &db, const QString &token)
{
    if (!token.isEmpty())
        return tbib::AccessToken::fromToken(token);
    QString generated;
    auto stored = tbib::AccessToken::fromSettings(db, &generated);
    if (!stored) {
        err(describe(stored.error()));
        return std::nullopt;
    }
    if (!generated.isEmpty())
        err(Cli::tr("a doctor API token was generated; keep it, it is shown only once: %1").arg(generated));
    return *stored;
}

// Binds the booking server and prints the line scripts and tests wait for
// (not translated). False, with the reason on stderr, when it cannot listen.
bool startServer(tbib::BookingServer &server, const QString &listen)
{
    const auto [address, port] = *tbib::parseListen(listen);
    auto bound = server.start(address, port);
    if (!bound) {
        err(Cli::tr("cannot listen on %1: %2").arg(listen, bound.error()));
        return false;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                              : address.toString();
    out(QStringLiteral("listening on http://%1:%2").arg(host).arg(*bound));
    return true;
}

// Other desks' changes reach this program's views (and its booking server's
// feed) through the service's signals. Without it the program still works
// alone, so a failure is reported and the program goes on.
void followOtherPrograms(tbib::BookingService &service)
{
    if (auto r = service.followOtherPrograms(); !r)
        err(Cli::tr("the changes made by other workstations will not be shown live: %1").arg(describe(r.error())));
}

// `--serve`: the booking server alone, until SIGINT or SIGTERM.
int serve(QCoreApplication &app, const tbib::Database &db, const tbib::Clock &clock, const QString &listen,
          const QString &token)
{
    const auto access = resolveToken(db, token);
    if (!access)
        return Refused;
    tbib::BookingService service(db, clock);
    followOtherPrograms(service);
    tbib::BookingServer server(db, service, *access);
    if (!startServer(server, listen))
        return ServerFailed;
    tbib::SignalWatcher signals;
    QObject::connect(&signals, &tbib::SignalWatcher::terminationRequested, &app, [&server](int) {
        server.stop();
        QCoreApplication::quit();
    });
    return app.exec();
}

// --db, else the database chosen in Configuration → Cabinet on this machine
// (a location without password: libpq finds it in ~/.pgpass), else the
// default SQLite file, whose folder is created.
QString chosenDatabase(const QCommandLineParser &parser, const QCommandLineOption &dbOption)
{
    if (parser.isSet(dbOption))
        return parser.value(dbOption);
    const QString saved =
        tbib::ConfigurationService::savedDatabase(*tbib::ConfigurationService::openMachineSettings());
    if (!saved.isEmpty())
        return saved;
    const QString path = tbib::ConfigurationService::defaultDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// A location for people: never its password, even when it does not parse.
QString shownLocation(const QString &location)
{
    if (auto parsed = tbib::DatabaseLocation::parse(location))
        return parsed->toString(false);
    static const QRegularExpression Password(QStringLiteral("^([A-Za-z]+://[^:@/]*):[^@]*@"));
    QString shown = location;
    return shown.replace(Password, QStringLiteral("\\1:***@"));
}

// What the window would show first: the clinic, its doctors, today's agenda.
int printSummary(const tbib::Database &db)
{
    const tbib::ClinicStore store(db);
    const auto settings = store.clinicSettings();
    const auto doctors = store.doctors();
    if (!settings || !doctors) {
        err(describe(!settings ? settings.error() : doctors.error()));
        return Refused;
    }
    const tbib::ClinicZone zone(settings->timeZone);
    const QDate today = zone.dateOf(tbib::SystemClock().now());
    const auto appointments =
        store.appointments(std::nullopt, {zone.startOfDay(today), zone.startOfDay(today.addDays(1))});
    if (!appointments) {
        err(describe(appointments.error()));
        return Refused;
    }
    out(Cli::tr("Clinic: %1 (%2)").arg(settings->name, QString::fromUtf8(settings->timeZone)));
    for (const tbib::Doctor &d : *doctors) {
        const int count = int(std::count_if(appointments->cbegin(), appointments->cend(), [&](const auto &a) {
            return a.doctorId == d.id && a.status != tbib::AppointmentStatus::Cancelled;
        }));
        out(u"  " + Cli::tr("%1, %2: %n appointment(s) today", nullptr, count).arg(d.name, d.specialty));
    }
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    const bool window = wantsWindow(argc, argv) && hasDisplay();
    const std::unique_ptr<QCoreApplication> application =
        window ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("tbib"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TBIB_VERSION));

    // The interface's language: --lang, else Configuration → Cabinet's choice,
    // else the system's when TBIB speaks it, else French.
    const QString requested = requestedLanguage(app.arguments());
    const QString language = tbib::chooseLanguage(
        requested.isEmpty() ? tbib::ConfigurationService::savedLanguage(
                                  *tbib::ConfigurationService::openMachineSettings())
                            : requested,
        QLocale::system().uiLanguages());
    tbib::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("TBIB: practice management for medical clinics."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Cli::tr("Use the database at PATH instead of the default one."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), Cli::tr("Fill an empty database with a demo clinic."));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          Cli::tr("Import a clinic file (JSON) into the database, then exit."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Cli::tr("Export the clinic's data to a JSON file, then exit."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption serveOption(QStringLiteral("serve"), Cli::tr("Run only the booking server, with no window."));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          Cli::tr("Address of the booking server (default 127.0.0.1:8080)."),
                                          QStringLiteral("HOST:PORT"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), Cli::tr("The doctor API token."), QStringLiteral("TOKEN"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Cli::tr("Language of the interface: fr (default), en, ar."),
                                        QStringLiteral("fr|en|ar"));
    parser.addOptions({dbOption, demoOption, importOption, exportOption, serveOption, listenOption, tokenOption,
                       langOption});

    if (!parser.parse(app.arguments())) {
        err(parser.errorText());
        return BadCommandLine;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(Ok);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        err(Cli::tr("unexpected argument: %1 (see --help)").arg(parser.positionalArguments().constFirst()));
        return BadCommandLine;
    }
    if (parser.isSet(langOption) && !tbib::supportedLanguages().contains(parser.value(langOption))) {
        err(Cli::tr("unknown language %1: choose fr, en or ar.").arg(parser.value(langOption)));
        return BadCommandLine;
    }
    if (parser.isSet(listenOption) && !isValidListen(parser.value(listenOption))) {
        err(Cli::tr("--listen expects HOST:PORT, for example 127.0.0.1:8080."));
        return BadCommandLine;
    }
    const QString location = chosenDatabase(parser, dbOption);
    const QString shownAt = shownLocation(location);
    // Database::open's errors never quote the location (nor its password).
    auto db = tbib::Database::open(location);
    // A desk started while the clinic's server is away says so in a window
    // and tries again when asked, instead of vanishing with a line on stderr.
    while (!db) {
        err(Cli::tr("cannot open the database %1: %2").arg(shownAt, db.error()));
        if (!window)
            return Refused;
        tbib::UnreachableDatabaseDialog dialog(shownAt, db.error());
        if (dialog.exec() != QMessageBox::Retry)
            return Refused;
        db = tbib::Database::open(location);
    }
    const QString shown = (*db)->displayLocation(); // never the password
    const tbib::SystemClock clock;

    const bool action = parser.isSet(demoOption) || parser.isSet(importOption) || parser.isSet(exportOption);
    if (parser.isSet(demoOption)) {
        if (auto r = tbib::DemoClinic::install(**db, clock); !r) {
            err(Cli::tr("demo clinic refused: %1").arg(describe(r.error())));
            return Refused;
        }
        out(Cli::tr("The demo clinic was written to %1.").arg(shown));
    }
    if (parser.isSet(importOption)) {
        const QString file = parser.value(importOption);
        if (auto r = tbib::ClinicJson::importFile(**db, file, clock.now()); !r) {
            err(Cli::tr("import of %1 refused, nothing was changed: %2").arg(file, describe(r.error())));
            return Refused;
        }
        out(Cli::tr("Imported %1 into %2.").arg(file, shown));
    }
    if (parser.isSet(exportOption)) {
        const QString file = parser.value(exportOption);
        if (auto r = tbib::ClinicJson::exportFile(**db, file); !r) {
            err(Cli::tr("export to %1 failed: %2").arg(file, describe(r.error())));
            return Refused;
        }
        out(Cli::tr("Exported the clinic to %1.").arg(file));
    }
    if (parser.isSet(serveOption)) {
        const QString listen = parser.isSet(listenOption) ? parser.value(listenOption) : DefaultListen;
        return serve(app, **db, clock, listen, parser.value(tokenOption));
    }
    if (action)
        return Ok;

    // No action: what the desktop application will do on start.
    const auto empty = tbib::ClinicStore(**db).isEmpty();
    if (!empty) {
        err(describe(empty.error()));
        return Refused;
    }
    if (*empty) {
        if (auto r = tbib::DemoClinic::install(**db, clock); !r) {
            err(Cli::tr("demo clinic refused: %1").arg(describe(r.error())));
            return Refused;
        }
        out(Cli::tr("The database %1 was empty: it now holds the demo clinic.").arg(shown));
    } else {
        out(Cli::tr("Database: %1").arg(shown));
    }
    if (!window) {
        // No screen: say what the window would have opened on, and how to run headless.
        if (const int r = printSummary(**db); r != Ok)
            return r;
        out(Cli::tr("No display is available (DISPLAY and WAYLAND_DISPLAY are unset): on a machine without a screen, "
                    "the booking server runs with 'tbib --serve'."));
        return Ok;
    }
    // Dates and numbers in the interface's language; Arabic mirrors the window
    // (sidebar on the right, desk on the left, days running right to left).
    QLocale::setDefault(tbib::localeFor(language));
    QGuiApplication::setLayoutDirection(tbib::layoutDirectionFor(language));
    QApplication::setApplicationDisplayName(QStringLiteral("TBIB"));
    tbib::BookingService service(**db, clock);
    followOtherPrograms(service);
    tbib::MainWindow mainWindow(service, **db);
    mainWindow.show();
    // Online booking from the desk's own process when asked for (--listen, or
    // Configuration → Réservation en ligne, i.e. online/enabled): the server
    // shares the window's booking service, so a web booking reaches the open
    // agenda through its signals. When the page changes on/off, the address
    // or the token, the server is restarted with the saved settings.
    tbib::OnlineBookingHost online(**db, service, *mainWindow.configuration());
    QObject::connect(&online, &tbib::OnlineBookingHost::started, &mainWindow,
                     [](const QString &url) { out(u"listening on " + url); }); // not translated: scripts wait for it
    QObject::connect(&online, &tbib::OnlineBookingHost::failed, &mainWindow, [](const QString &reason) { err(reason); });
    QObject::connect(&online, &tbib::OnlineBookingHost::tokenGenerated, &mainWindow, [](const QString &token) {
        err(Cli::tr("a doctor API token was generated; keep it, it is shown only once: %1").arg(token));
    });
    if (parser.isSet(listenOption))
        (void)online.start(parser.value(listenOption), parser.value(tokenOption));
    else if (mainWindow.configuration()->onlineBooking().enabled)
        (void)online.start(mainWindow.configuration()->onlineBooking().listen(), parser.value(tokenOption));
    // A session logout or `kill` closes the window like the close button, so
    // that notes being typed and the window's layout are saved.
    tbib::SignalWatcher signals;
    QObject::connect(&signals, &tbib::SignalWatcher::terminationRequested, &mainWindow, [&mainWindow](int) {
        mainWindow.close();
        QCoreApplication::quit();
    });
    return app.exec();
}
