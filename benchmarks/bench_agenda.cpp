// SPDX-License-Identifier: GPL-3.0-or-later
// bench_agenda: the desk's agenda (docs/performance.md, "Desk agenda").
//
// 1. Scene: AgendaScene::setContent for a week holding 500 appointments of one
//    doctor (08:00–19:00, every day, starts on a 5-minute grid, 15–45 minutes,
//    so that many overlap): FullCalendar's placement per day column and every
//    item (grid, shading, boxes, now line). Budget: under 30 ms.
// 2. Reload: AgendaView::reload() of the shown week on the 100,000-appointment
//    database: the one joined read of the window, then the scene. This is what
//    a booking, a move or a removal costs the open agenda.
// 3. First paint: a child process (this program with --first-paint) opens the
//    100,000-appointment database, builds the MainWindow, shows it and stops
//    at the first paint event of the grid's viewport. Measured from outside
//    (QProcess start → the child's line: exec, Qt start-up, the database, the
//    window) and inside (main() → painted; window construction → painted).
//    French, settings in a temporary folder, the offscreen platform unless
//    QT_QPA_PLATFORM says otherwise (xvfb-run env QT_QPA_PLATFORM=xcb …
//    measures a real X server). Budget: under 1 s.
//
// The database: the demo clinic (two doctors, their types, 40 patients) plus
// 100,000 appointments, 25 a working day per doctor over about five years
// around today; made once (or reused with --db PATH if it exists).
//
// Usage: bench_agenda [--quick] [--runs N] [--db PATH]
//   --quick: 2,000 appointments in the database and 2 runs (a smoke run; figures meaningless)
//   --runs:  runs of each measure (default 15; the median is reported)

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "mainwindow.h"

#include "domain/clock.h"
#include "io/democlinic.h"
#include "service/bookingservice.h"
#include "service/translations.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tbib;

namespace {

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v.front(), v.back()};
}

void print(const char *what, const Stats &s, const char *budget)
{
    std::printf("%-52s median %8.2f ms  (min %.2f, max %.2f)  budget %s\n", what, s.median, s.min, s.max, budget);
    std::fflush(stdout);
}

// ---- 1. the scene ---------------------------------------------------------------

agenda::AgendaContent weekOf500()
{
    agenda::AgendaContent content;
    content.zone = ClinicZone("Africa/Casablanca");
    const QDate monday(2026, 11, 23);
    for (int i = 0; i < 7; ++i) {
        content.days.append(monday.addDays(i));
        (void)content.hours.setIntervals(i + 1, {{8 * 60, 19 * 60}});
    }
    QRandomGenerator random(42); // the same week every run
    const int minutes[] = {15, 20, 30, 45};
    const char *colors[] = {"#1E88E5", "#26A69A", "#8E24AA", "#E53935"};
    const AppointmentStatus statuses[] = {AppointmentStatus::Booked, AppointmentStatus::Booked,
                                          AppointmentStatus::Arrived, AppointmentStatus::Done,
                                          AppointmentStatus::NoShow};
    for (int n = 0; n < 500; ++n) {
        AppointmentView v;
        const int kind = int(random.bounded(4));
        const int start = 8 * 60 + 5 * int(random.bounded((18 * 60 + 15 - 8 * 60) / 5));
        const QDate day = content.days.at(n % 7);
        v.appointment.id = AppointmentId(n + 1);
        v.appointment.doctorId = DoctorId(1);
        v.appointment.patientId = PatientId(n % 40 + 1);
        v.appointment.typeId = TypeId(kind + 1);
        v.appointment.range = {content.zone.fromLocal(day, start), content.zone.fromLocal(day, start + minutes[kind])};
        v.appointment.status = statuses[random.bounded(5)];
        v.patient.id = v.appointment.patientId;
        v.patient.firstName = QStringLiteral("Patient");
        v.patient.lastName = QString::number(n);
        v.typeName = QStringLiteral("Type %1").arg(kind + 1);
        v.typeColor = QString::fromLatin1(colors[kind]);
        content.appointments.append(v);
    }
    std::sort(content.appointments.begin(), content.appointments.end(),
              [](const AppointmentView &a, const AppointmentView &b) {
                  return a.appointment.range.start < b.appointment.range.start;
              });
    return content;
}

void benchScene(int runs)
{
    const agenda::AgendaContent content = weekOf500();
    agenda::AgendaScene scene;
    scene.setWidth(1100);
    scene.setSlotHeight(20);
    scene.setNow(content.zone.fromLocal(QDate(2026, 11, 25), 10 * 60 + 50));
    std::vector<double> build, rebuild;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        scene.setContent(content);
        const double built = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        scene.rebuild();
        const double rebuilt = double(t.nsecsElapsed()) / 1e6;
        if (i > 0) { // the first run warms the font and glyph caches
            build.push_back(built);
            rebuild.push_back(rebuilt);
        }
    }
    // Painting is deferred to the view: one full render of the week for scale.
    std::vector<double> render;
    QImage image(1100, int(scene.sceneRect().height()), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
        painter.end();
        if (i > 0)
            render.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    int boxes = 0;
    for (const AppointmentView &v : content.appointments)
        boxes += int(scene.itemsOf(v.appointment.id).size());
    std::printf("week scene: %lld appointments, %d boxes, %lld scene items\n", qlonglong(content.appointments.size()),
                boxes, qlonglong(scene.items().size()));
    print("scene: setContent, week of 500 (placement + items)", stats(build), "< 30 ms");
    print("scene: rebuild (resize, slot height, revert)", stats(rebuild), "-");
    print("scene: render the whole week once (1100 px wide)", stats(render), "-");
}

// ---- the 100,000-appointment database -------------------------------------------

bool makeDatabase(const QString &path, int count)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "bench_agenda: %s\n", qPrintable(db.error()));
        return false;
    }
    const SystemClock clock;
    if (auto demo = DemoClinic::install(**db, clock); !demo) {
        std::fprintf(stderr, "bench_agenda: demo: %s\n", qPrintable(demo.error().message()));
        return false;
    }
    const ClinicStore store(**db);
    auto doctors = store.doctors();
    auto types = store.types();
    auto patients = store.patients();
    auto settings = store.clinicSettings();
    if (!doctors || !types || !patients || !settings || doctors->isEmpty() || patients->isEmpty())
        return false;
    const ClinicZone zone(settings->timeZone);
    const QDate today = zone.dateOf(clock.now());
    WriteTransaction tx(**db);
    if (!tx.begin())
        return false;
    // 25 a working day (Monday–Saturday) per doctor, 20 minutes apart from
    // 08:30, around today: about two thirds in the past.
    constexpr int PerDay = 25;
    const int days = count / (PerDay * int(doctors->size()));
    const QDate first = today.addDays(-days * 2 / 3 * 7 / 6);
    int made = 0;
    for (QDate day = first; made < count; day = day.addDays(1)) {
        if (day.dayOfWeek() == Qt::Sunday)
            continue;
        for (const Doctor &d : std::as_const(*doctors)) {
            QList<ConsultationType> own;
            for (const ConsultationType &t : std::as_const(*types)) {
                if (t.doctorId == d.id && t.active)
                    own.append(t);
            }
            for (int i = 0; i < PerDay && made < count; ++i, ++made) {
                const ConsultationType &t = own.at(made % own.size());
                Appointment a;
                a.doctorId = d.id;
                a.patientId = patients->at(made % patients->size()).id;
                a.typeId = t.id;
                a.range.start = zone.fromLocal(day, 8 * 60 + 30 + 20 * i);
                a.range.end = a.range.start + std::min(t.duration.minutes, 20) * 60;
                const bool past = a.range.end < clock.now();
                a.status = past ? (made % 17 == 0 ? AppointmentStatus::NoShow : AppointmentStatus::Done)
                                : AppointmentStatus::Booked;
                a.motif = QStringLiteral("Suivi");
                a.createdAt = a.updatedAt = a.range.start - 7 * 86400;
                if (!store.insertAppointment(a))
                    return false;
            }
        }
    }
    return bool(tx.commit());
}

// ---- 2. reload of the shown week --------------------------------------------------

void benchReload(const QString &path, int runs)
{
    auto db = Database::open(path);
    if (!db)
        return;
    // What the figures are about (a reused --db may hold another count).
    if (auto all = allAppointments(ClinicStore(**db)))
        std::printf("database: %lld appointments\n", qlonglong(all->size()));
    const SystemClock clock;
    BookingService service(**db, clock);
    agenda::AgendaView view(service, **db);
    view.resize(1100, 800);
    view.show();
    std::vector<double> times;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        view.reload();
        if (i > 0)
            times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("reloaded week: %lld appointments shown\n", qlonglong(view.scene()->focusOrder().size()));
    print("reload: this week, 100k-appointment database", stats(times), "-");
}

// ---- 3. first paint (the child) ---------------------------------------------------

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    QElapsedTimer sinceMain;
    QElapsedTimer sinceWindow;
    bool done = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !done) {
            done = true;
            // After this paint has run: then the first week is on screen.
            QTimer::singleShot(0, this, [this] {
                std::printf("painted %.2f %.2f\n", double(sinceMain.nsecsElapsed()) / 1e6,
                            double(sinceWindow.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

int firstPaint(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.at(args.indexOf(QStringLiteral("--first-paint")) + 1);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setApplicationName(QStringLiteral("bench_agenda"));
    installTranslations(QStringLiteral("fr"));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));

    FirstPaint probe;
    probe.sinceMain = sinceMain;
    probe.sinceWindow.start();
    auto db = Database::open(path);
    if (!db)
        return 1;
    const SystemClock clock;
    BookingService service(**db, clock);
    MainWindow window(service, **db);
    window.agenda()->grid()->graphicsView()->viewport()->installEventFilter(&probe);
    window.show();
    return app.exec();
}

void benchFirstPaint(const QString &self, const QString &path, int runs)
{
    std::vector<double> outside, inside, window;
    for (int i = 0; i < runs + 1; ++i) {
        QProcess child; // the same QT_QPA_PLATFORM as this process (offscreen unless told)
        QElapsedTimer t;
        t.start();
        child.start(self, {QStringLiteral("--first-paint"), path});
        if (!child.waitForReadyRead(30000)) {
            std::fprintf(stderr, "bench_agenda: the window never painted\n");
            return;
        }
        const double total = double(t.nsecsElapsed()) / 1e6;
        const QStringList parts = QString::fromLatin1(child.readLine()).trimmed().split(u' ');
        child.waitForFinished(30000);
        if (parts.size() != 3 || parts.at(0) != u"painted") {
            std::fprintf(stderr, "bench_agenda: unexpected child output\n");
            return;
        }
        if (i > 0) { // the first run warms the page cache
            outside.push_back(total);
            inside.push_back(parts.at(1).toDouble());
            window.push_back(parts.at(2).toDouble());
        }
    }
    print("first paint: process start -> first painted week", stats(outside), "< 1000 ms");
    print("first paint: main() -> first painted week", stats(inside), "-");
    print("first paint: opening the database + window -> painted", stats(window), "-");
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--first-paint") == 0)
            return firstPaint(argc, argv, sinceMain);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    installTranslations(QStringLiteral("fr"));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));

    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int runs = quick ? 2 : 15;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("agenda.sqlite"));
    if (const qsizetype at = args.indexOf(QStringLiteral("--db")); at > 0 && at + 1 < args.size())
        path = args.at(at + 1);
    const int count = quick ? 2000 : 100000;

    std::printf("bench_agenda (%s build), %d runs per measure\n", TBIB_BENCH_BUILD_TYPE, runs);
    benchScene(runs);
    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!makeDatabase(path, count)) {
            std::fprintf(stderr, "bench_agenda: could not make the database\n");
            return 1;
        }
        std::printf("database: %d appointments made in %.1f s (%s)\n", count, double(t.elapsed()) / 1000,
                    qPrintable(path));
    }
    benchReload(path, runs);
    benchFirstPaint(QCoreApplication::applicationFilePath(), path, runs);
    return 0;
}
