// SPDX-License-Identifier: GPL-3.0-or-later
// Another workstation, for tst_multiprocess: a program of its own on the same
// database, with its own BookingService following the other programs.
//
//   tbib_syncpeer LOCATION NOW
//
// NOW is the clinic's clock (seconds since the epoch). It prints "ready" once
// it follows the others, then, on stdout, one line per event:
//   added ID | changed ID | removed ID | reload | connection up|down
// and answers the commands it reads on stdin, one per line:
//   book DOCTOR PATIENT TYPE START  ->  booked ID | refused CODE
//   quit

#include "domain/clock.h"
#include "service/bookingservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace tbib;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: tbib_syncpeer LOCATION NOW\n", stderr);
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.error()));
        return 1;
    }
    ManualClock clock(args[2].toLongLong());
    BookingService service(**db, clock);
    QObject::connect(&service, &BookingService::appointmentAdded, &app,
                     [](const Appointment &a) { say(QStringLiteral("added %1").arg(a.id.value)); });
    QObject::connect(&service, &BookingService::appointmentChanged, &app,
                     [](const Appointment &a) { say(QStringLiteral("changed %1").arg(a.id.value)); });
    QObject::connect(&service, &BookingService::appointmentRemoved, &app,
                     [](AppointmentId id) { say(QStringLiteral("removed %1").arg(id.value)); });
    QObject::connect(&service, &BookingService::reloadNeeded, &app, [] { say(QStringLiteral("reload")); });
    QObject::connect(&service, &BookingService::connectionChanged, &app, [](bool up, const QString &) {
        say(up ? QStringLiteral("connection up") : QStringLiteral("connection down"));
    });
    if (auto r = service.followOtherPrograms(); !r) {
        std::fprintf(stderr, "cannot follow: %s\n", qPrintable(r.error().detail));
        return 1;
    }

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            app.quit();
            return;
        }
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QStringList words = QString::fromUtf8(pending.left(newline)).split(u' ', Qt::SkipEmptyParts);
            pending.remove(0, newline + 1);
            if (words.value(0) == u"quit") {
                app.quit();
            } else if (words.value(0) == u"book" && words.size() == 5) {
                const DeskBooking b{DoctorId(words[1].toLongLong()), PatientId(words[2].toLongLong()),
                                    TypeId(words[3].toLongLong()), words[4].toLongLong(), QString(), {}};
                auto r = service.bookDesk(b);
                say(r ? QStringLiteral("booked %1").arg(r->id.value) : u"refused " + r.error().codeName());
            } else {
                say(QStringLiteral("unknown command"));
            }
        }
    });
    say(QStringLiteral("ready"));
    return app.exec();
}
