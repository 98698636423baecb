// SPDX-License-Identifier: GPL-3.0-or-later
// Several workstations on one database (issue 6), each a program of its own
// (tbib_syncpeer): a change made by one reaches the others within a second,
// two booking the same time at once leave exactly one winner, and, on
// PostgreSQL, a service outlives a restart of the server without losing
// anything it acknowledged. Runs on SQLite (several programs on one file) and
// on PostgreSQL (tst_multiprocess_postgresql).

#include "clinicfixture.h"
#include "io/clinicjson.h"
#include "storage/changefeed.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace tbib;
using namespace tbib::test;

namespace {

// One tbib_syncpeer process and the lines it printed.
class Peer
{
public:
    bool start(const QString &location, UtcSeconds now)
    {
        m_process.setProgram(QStringLiteral(TBIB_SYNCPEER));
        m_process.setArguments({location, QString::number(now)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        return m_process.waitForStarted(10000) && !waitFor(QStringLiteral("^ready$"), 20000).isEmpty();
    }
    ~Peer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            send(QStringLiteral("quit"));
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void send(const QString &command)
    {
        m_process.write((command + u'\n').toUtf8());
        m_process.waitForBytesWritten(1000);
    }
    // The first line not read yet that matches, waiting for it at most
    // `timeoutMs`; empty when none came. Earlier lines are passed over.
    QString waitFor(const QString &pattern, int timeoutMs)
    {
        const QRegularExpression re(pattern);
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            while (!m_lines.isEmpty()) {
                const QString line = m_lines.takeFirst();
                if (re.match(line).hasMatch())
                    return line;
            }
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0 || m_process.state() == QProcess::NotRunning)
                return {};
            if (m_process.waitForReadyRead(int(std::min<qint64>(left, 100)))) {
                m_buffer += m_process.readAllStandardOutput();
                qsizetype nl;
                while ((nl = m_buffer.indexOf('\n')) >= 0) {
                    m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
                    m_buffer.remove(0, nl + 1);
                }
            }
        }
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
};

QString bookCommand(const ClinicFixture &f, PatientId patient, UtcSeconds start)
{
    return QStringLiteral("book %1 %2 %3 %4").arg(f.doctor.value).arg(patient.value).arg(f.t15.value).arg(start);
}

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changesReachTheOtherProgramWithinOneSecond();
    void sameTimeAtOnceOneWinner();
    void databaseGuardsAgainstOverlaps();
    void reconnectsAfterTheServerRestarts();
    void connectionLostDuringCommit();

private:
    std::unique_ptr<ClinicFixture> f;
    std::unique_ptr<BookingService> service;
};

void TestMultiProcess::init()
{
    f = std::make_unique<ClinicFixture>();
    QVERIFY(f->setUp());
    service = std::make_unique<BookingService>(*f->db, f->clock);
    QVERIFY(service->followOtherPrograms());
}

void TestMultiProcess::cleanup()
{
    service.reset();
    f.reset();
}

void TestMultiProcess::changesReachTheOtherProgramWithinOneSecond()
{
    Peer b;
    QVERIFY(b.start(f->path(), f->clock.now()));

    // A books: B's service announces it.
    QElapsedTimer sinceCommit;
    auto booked = service->bookDesk({f->doctor, f->karim, f->t15, f->local("2026-11-24 09:00"), {}, {}});
    QVERIFY(booked);
    sinceCommit.start();
    QCOMPARE(b.waitFor(QStringLiteral("^added %1$").arg(booked->id.value), 1000),
             QStringLiteral("added %1").arg(booked->id.value));
    qInfo("commit to the other program's signal: %lld ms", qint64(sinceCommit.elapsed()));
    QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));

    // A changes and cancels it: B hears both.
    QVERIFY(service->setStatus(booked->id, AppointmentStatus::Arrived));
    QVERIFY(!b.waitFor(QStringLiteral("^changed %1$").arg(booked->id.value), 1000).isEmpty());
    QVERIFY(service->remove(booked->id));
    QVERIFY(!b.waitFor(QStringLiteral("^removed %1$").arg(booked->id.value), 1000).isEmpty());

    // B books: A's service announces it, and A's slot list (the web's answer) loses the time.
    QSignalSpy added(service.get(), &BookingService::appointmentAdded);
    const UtcSeconds start = f->local("2026-11-24 10:00");
    const auto day = DateSpan::day(QDate(2026, 11, 24));
    const auto before = service->slots(f->doctor, f->t15, day);
    QVERIFY(before && std::ranges::any_of(*before, [&](const TimeRange &r) { return r.start == start; }));
    b.send(bookCommand(*f, f->lucie, start));
    const QString answer = b.waitFor(QStringLiteral("^(booked|refused) "), 5000);
    QVERIFY2(answer.startsWith(u"booked "), qPrintable(answer));
    QElapsedTimer sinceAnswer;
    sinceAnswer.start();
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 1000);
    qInfo("the other program's answer to this program's signal: %lld ms", qint64(sinceAnswer.elapsed()));
    QVERIFY2(sinceAnswer.elapsed() < 1000, qPrintable(QString::number(sinceAnswer.elapsed())));
    QCOMPARE(added.at(0).at(0).value<Appointment>().id.value, answer.section(u' ', 1).toLongLong());
    const auto after = service->slots(f->doctor, f->t15, day);
    QVERIFY(after && std::ranges::none_of(*after, [&](const TimeRange &r) { return r.start == start; }));
}

void TestMultiProcess::sameTimeAtOnceOneWinner()
{
    Peer b, c;
    QVERIFY(b.start(f->path(), f->clock.now()));
    QVERIFY(c.start(f->path(), f->clock.now()));
    constexpr int Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        const UtcSeconds start = f->local("2026-11-25 09:00") + round * 900;
        // Both commands leave before either answer is read.
        b.send(bookCommand(*f, f->karim, start));
        c.send(bookCommand(*f, f->lucie, start));
        const QString first = b.waitFor(QStringLiteral("^(booked|refused) "), 20000);
        const QString second = c.waitFor(QStringLiteral("^(booked|refused) "), 20000);
        QStringList answers{first.section(u' ', 0, 0) + (first.startsWith(u"refused") ? u' ' + first.section(u' ', 1) : QString()),
                            second.section(u' ', 0, 0) + (second.startsWith(u"refused") ? u' ' + second.section(u' ', 1) : QString())};
        answers.sort();
        QCOMPARE(answers, (QStringList{QStringLiteral("booked"), QStringLiteral("refused slot_taken")}));
    }
    const auto all = ClinicStore(*f->db).appointments(f->doctor, {0, std::numeric_limits<qint64>::max()}).value();
    QCOMPARE(all.size(), Rounds);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].range.end <= all[i].range.start);
}

// PostgreSQL's exclusion constraint refuses an overlapping appointment that
// staff did not confirm, even from code that skipped the service's checks;
// a confirmed overlap passes. SQLite has no such constraint: there, writers
// are serialised by BEGIN IMMEDIATE and the service's check is the guard.
void TestMultiProcess::databaseGuardsAgainstOverlaps()
{
    if (f->db->engine() != Engine::Postgres)
        QSKIP("exclusion constraints are PostgreSQL's (tst_multiprocess_postgresql)");
    QVERIFY(f->addAppointment(f->karim, f->t15, "2026-11-26 09:00", 15).isValid());
    Appointment a;
    a.doctorId = f->doctor;
    a.patientId = f->lucie;
    a.typeId = f->t15;
    a.range = {f->local("2026-11-26 09:10"), f->local("2026-11-26 09:25")};
    const ClinicStore store(*f->db);
    const auto refused = store.insertAppointment(a);
    QVERIFY(!refused);
    QVERIFY2(refused.error().detail.contains(u"appointments_no_overlap"), qPrintable(refused.error().detail));
    a.status = AppointmentStatus::Cancelled; // holds no time
    QVERIFY(store.insertAppointment(a));
    a.status = AppointmentStatus::Booked;
    a.overlapAllowed = true; // confirmed by staff
    QVERIFY(store.insertAppointment(a));
    // Another doctor's time is another doctor's.
    a.overlapAllowed = false;
    a.doctorId = f->otherDoctor;
    QVERIFY(store.insertAppointment(a));
}

// A server of its own, stopped and started again under a running service
// (tests/postgres/pgcluster.sh, TBIB_TEST_PGCLUSTER): the service says the
// connection is lost, refuses meanwhile without writing, reconnects by itself
// and has lost nothing it acknowledged.
void TestMultiProcess::reconnectsAfterTheServerRestarts()
{
    if (!onPostgres())
        QSKIP("the server restart is PostgreSQL's (tst_multiprocess_postgresql)");
    const QString script = qEnvironmentVariable("TBIB_TEST_PGCLUSTER");
    QVERIFY2(!script.isEmpty(), "TBIB_TEST_PGCLUSTER names tests/postgres/pgcluster.sh (./test.sh sets it)");
    QTemporaryDir clusterDir;
    QVERIFY(clusterDir.isValid());
    // What the script printed, nothing when it failed.
    const auto cluster = [&](const QString &command) -> std::optional<QString> {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(script, {command, clusterDir.path()});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    const QString url = cluster(QStringLiteral("start")).value_or(QString());
    QVERIFY2(url.startsWith(u"postgresql://"), qPrintable(url));
    struct Destroy
    {
        std::function<void()> run;
        ~Destroy() { run(); }
    } destroy{[&] { cluster(QStringLiteral("destroy")); }};

    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    ManualClock clock(f->clock.now());
    // Copy the clinic of the shared fixture: same doctors, types and patients.
    auto snapshot = ClinicJson::read(*f->db);
    QVERIFY(snapshot);
    QVERIFY(ClinicJson::write(**db, *snapshot));
    const ClinicStore store(**db);
    const DoctorId doctor = store.doctors().value().first().id;
    const auto types = store.types(doctor).value();
    const TypeId t15 = std::ranges::find_if(types, [](const ConsultationType &t) { return t.name == u"Consultation"; })->id;
    const PatientId patient = store.patients().value().first().id;

    BookingService s(**db, clock);
    QVERIFY(s.followOtherPrograms());
    QSignalSpy connection(&s, &BookingService::connectionChanged);
    QSignalSpy reload(&s, &BookingService::reloadNeeded);
    const UtcSeconds morning = f->local("2026-11-24 09:00");
    QList<AppointmentId> acknowledged;
    for (int i = 0; i < 4; ++i) {
        auto r = s.bookDesk({doctor, patient, t15, morning + i * 900, {}, {}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        acknowledged << r->id;
    }

    QVERIFY(cluster(QStringLiteral("stop")));
    // Refused while the server is away; nothing half-written.
    auto refused = s.bookDesk({doctor, patient, t15, morning + 4 * 900, {}, {}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::StorageFailure);
    QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
    QCOMPARE(connection.last().at(0).toBool(), false);
    QVERIFY(!s.isConnected());

    QVERIFY(cluster(QStringLiteral("start")));
    QTRY_VERIFY_WITH_TIMEOUT(s.isConnected(), 5000);
    QCOMPARE(connection.last().at(0).toBool(), true);
    QVERIFY(!reload.isEmpty()); // what was missed meanwhile is read again

    // Everything acknowledged is there, the refused booking is not, and the
    // service books again on the new connection.
    const auto all = ClinicStore(**db).appointments(doctor, {0, std::numeric_limits<qint64>::max()}).value();
    QList<AppointmentId> ids;
    for (const Appointment &a : all)
        ids << a.id;
    QCOMPARE(ids, acknowledged);
    auto again = s.bookDesk({doctor, patient, t15, morning + 4 * 900, {}, {}});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    const auto day = DateSpan::day(QDate(2026, 11, 24));
    const auto slots = s.slots(doctor, t15, day);
    QVERIFY(slots && std::ranges::none_of(*slots, [&](const TimeRange &r) { return r.start == morning + 4 * 900; }));

    // A server restart between two requests goes unnoticed by the caller:
    // the first statement fails, the service reconnects and runs it again.
    QVERIFY(cluster(QStringLiteral("restart")));
    auto afterRestart = s.bookDesk({doctor, patient, t15, morning + 5 * 900, {}, {}});
    QVERIFY2(afterRestart, qPrintable(afterRestart ? QString() : afterRestart.error().detail));
    QVERIFY(s.slots(doctor, t15, day));
}

// The connection dies inside COMMIT (a deferred trigger ends its own server
// process, as a crash or a cable pulled at that moment would): the service
// reconnects, finds that the transaction's token never reached the table, and
// reports the booking as not saved. Nothing is written, nothing twice, and the
// next booking goes through.
void TestMultiProcess::connectionLostDuringCommit()
{
    if (!onPostgres())
        QSKIP("PostgreSQL's (tst_multiprocess_postgresql)");
    QVERIFY(f->db->exec(QStringLiteral(
        "CREATE FUNCTION die_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$")));
    QVERIFY(f->db->exec(QStringLiteral(
        "CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON appointments DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION die_at_commit()")));
    const UtcSeconds start = f->local("2026-11-27 09:00");
    auto lost = service->bookDesk({f->doctor, f->karim, f->t15, start, {}, {}});
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::StorageFailure);
    QVERIFY(f->db->isConnected()); // the check reconnected
    QCOMPARE(f->count("appointments"), 0);
    QSqlQuery &notes = f->db->prepare(QStringLiteral("SELECT COUNT(*) FROM changes WHERE kind = 'appointment_added'"));
    QVERIFY(notes.exec() && notes.next());
    QCOMPARE(notes.value(0).toLongLong(), 0);
    notes.finish();

    QVERIFY(f->db->exec(QStringLiteral("DROP TRIGGER die_at_commit ON appointments")));
    auto again = service->bookDesk({f->doctor, f->karim, f->t15, start, {}, {}});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().detail));
    QCOMPARE(f->count("appointments"), 1);
}

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
