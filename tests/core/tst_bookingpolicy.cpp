// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/slotgenerator.h"

#include "schedulefixture.h"

#include <QTest>

using namespace tbib;
using namespace tbib::test;

Q_DECLARE_METATYPE(tbib::Overrides)

// checkBooking: every rule of DESIGN §3 in its precedence order, for the web
// (public) and for the desk with and without each explicit override.
class TestBookingPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data();
    void precedence();
    void desk_data();
    void desk();
    void changes_data();
    void changes();
};

namespace {

struct Case
{
    Row row;
    QString start;
    bool inactiveType = false;
    bool otherDoctorType = false;
};

ScheduleContext contextFor(const Case &c)
{
    ScheduleContext ctx = makeContext(c.row);
    if (c.inactiveType)
        ctx.type->active = false;
    if (c.otherDoctorType)
        ctx.type->doctorId = DoctorId(99);
    return ctx;
}

} // namespace

void TestBookingPolicy::precedence_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("inactive");
    QTest::addColumn<QString>("expected"); // error code, or "ok"

    // A context where every rule fails at once; each row then lifts the rules
    // that precede the expected one, so each row proves one step of the order.
    Row all;
    all.now = "2026-11-24 10:00";
    all.emergencyOnly = true;
    all.requireExisting = true;
    all.patient = "blocked";
    all.horizonDays = 1;
    all.absences = QStringList{"2026-11-20 00:00|2026-12-31 00:00"};
    all.appointments = QStringList{"2026-11-20 00:00|2026-12-31 00:00"};
    const QString past = "2026-11-24 08:07";   // before now, before opening, off grid
    const QString later = "2026-11-27 20:07";  // after tomorrow, beyond horizon, evening, off grid

    QTest::newRow("notFoundFirst") << all << past << true << "not_found";
    QTest::newRow("emergencyBeforeBlocked") << all << later << false << "emergency_only";
    Row r = all;
    r.emergencyOnly = false;
    QTest::newRow("blockedBeforeExisting") << r << later << false << "patient_blocked";
    r.patient = "new";
    QTest::newRow("existingBeforePast") << r << past << false << "existing_patient_required";
    r.requireExisting = false;
    QTest::newRow("pastBeforeAbsent") << r << past << false << "in_the_past";
    QTest::newRow("horizonBeforeAbsent") << r << later << false << "beyond_horizon";
    r.horizonDays = 60;
    QTest::newRow("absentBeforeHours") << r << later << false << "doctor_absent";
    r.absences.clear();
    QTest::newRow("hoursBeforeGrid") << r << later << false << "outside_working_hours";
    QTest::newRow("gridBeforeTaken") << r << "2026-11-25 09:07" << false << "not_on_grid";
    QTest::newRow("taken") << r << "2026-11-25 09:15" << false << "slot_taken";
    r.appointments = QStringList{"2026-11-25 09:00|2026-11-25 09:15"};
    QTest::newRow("touchingIsFree") << r << "2026-11-25 09:15" << false << "ok";
    QTest::newRow("minimumNoticeIsPast") << r << "2026-11-24 10:00" << false << "ok";
    r.minNotice = 30;
    QTest::newRow("withinNotice") << r << "2026-11-24 10:15" << false << "in_the_past";
    QTest::newRow("afterNotice") << r << "2026-11-24 10:30" << false << "ok";
    r.duration = 30;
    QTest::newRow("runsIntoLunch") << r << "2026-11-25 12:15" << false << "outside_working_hours";
    QTest::newRow("endsAtLunch") << r << "2026-11-25 12:00" << false << "ok";
    QTest::newRow("alignedAfterLunch") << r << "2026-11-25 14:30" << false << "ok";
    QTest::newRow("lunchItself") << r << "2026-11-25 13:00" << false << "outside_working_hours";
    r.duration = 45;
    r.hours = "09:00-12:30 13:50-16:00";
    // On Tuesdays the afternoon starts at 13:50: 14:35 is on the grid, 14:15 is not.
    QTest::newRow("gridRestartsAfterLunch") << r << "2026-12-01 14:35" << false << "ok";
    QTest::newRow("morningGridDoesNotCarryOver") << r << "2026-12-01 14:15" << false << "not_on_grid";
}

void TestBookingPolicy::precedence()
{
    QFETCH(Row, row);
    QFETCH(QString, start);
    QFETCH(bool, inactive);
    QFETCH(QString, expected);
    const ScheduleContext c = contextFor({row, start, inactive, false});
    const auto r = checkBooking(c, {{at(c.zone, start), 0}, Change::NewBooking, Channel::Public, {}});
    QCOMPARE(r ? QStringLiteral("ok") : r.error().codeName(), expected);
    if (r)
        QCOMPARE(r->seconds(), qint64(row.duration) * 60);
}

void TestBookingPolicy::desk_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<QString>("start");
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("expected");

    Row r;
    r.now = "2026-11-24 10:00";
    r.patient = "blocked";
    QTest::newRow("blockedRefusedWithoutOverride") << r << "2026-11-25 09:00" << Overrides() << "patient_blocked";
    QTest::newRow("blockedOverridden") << r << "2026-11-25 09:00" << Overrides(Override::PatientRules) << "ok";
    r.patient = "new";
    r.requireExisting = true;
    QTest::newRow("existingOverridden") << r << "2026-11-25 09:00" << Overrides(Override::PatientRules) << "ok";
    r = Row();
    r.now = "2026-11-24 10:00";
    r.horizonDays = 1;
    r.minNotice = 120;
    QTest::newRow("deskIgnoresNotice") << r << "2026-11-24 10:15" << Overrides() << "ok";
    QTest::newRow("deskIgnoresHorizon") << r << "2027-03-02 09:00" << Overrides() << "ok";
    QTest::newRow("deskRefusesPast") << r << "2026-11-24 09:00" << Overrides() << "in_the_past";
    QTest::newRow("pastOverridden") << r << "2026-11-24 09:00" << Overrides(Override::Grid) << "ok";
    QTest::newRow("offGridRefused") << r << "2026-11-25 09:05" << Overrides() << "not_on_grid";
    QTest::newRow("offGridOverridden") << r << "2026-11-25 09:05" << Overrides(Override::Grid) << "ok";
    QTest::newRow("eveningOverridden") << r << "2026-11-25 20:00" << Overrides(Override::Grid) << "ok";
    r.absences = QStringList{"2026-11-25 00:00|2026-11-26 00:00"};
    QTest::newRow("absenceRefused") << r << "2026-11-25 09:00" << Overrides() << "doctor_absent";
    QTest::newRow("absenceOverridden") << r << "2026-11-25 09:00" << Overrides(Override::Grid) << "ok";
    r.absences.clear();
    r.appointments = QStringList{"2026-11-25 09:00|2026-11-25 09:30"};
    QTest::newRow("overlapRefused") << r << "2026-11-25 09:15" << Overrides() << "slot_taken";
    QTest::newRow("overlapNeedsItsOwnOverride") << r << "2026-11-25 09:15" << Overrides(Override::Grid)
                                                << "slot_taken";
    QTest::newRow("overlapOverridden") << r << "2026-11-25 09:15" << Overrides(Override::Overlap) << "ok";
    r.emergencyOnly = true;
    QTest::newRow("emergencyNeverOverridden")
        << r << "2026-11-30 09:00" << Overrides(Override::PatientRules | Override::Grid | Override::Overlap)
        << "emergency_only";
}

void TestBookingPolicy::desk()
{
    QFETCH(Row, row);
    QFETCH(QString, start);
    QFETCH(Overrides, overrides);
    QFETCH(QString, expected);
    const ScheduleContext c = makeContext(row);
    const auto r = checkBooking(c, {{at(c.zone, start), 0}, Change::NewBooking, Channel::Desk, overrides});
    QCOMPARE(r ? QStringLiteral("ok") : r.error().codeName(), expected);
    // The same overrides mean nothing on the web.
    if (overrides != Overrides()) {
        const auto web = checkBooking(c, {{at(c.zone, start), 0}, Change::NewBooking, Channel::Public, overrides});
        QVERIFY(!web);
    }
}

void TestBookingPolicy::changes_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inactive");
    QTest::addColumn<QString>("expected");

    Row r;
    r.now = "2026-11-24 10:00";
    r.appointments = QStringList{"2026-11-25 10:00|2026-11-25 10:15"};
    QTest::newRow("moveToFree") << r << int(Change::Move) << "2026-11-25 09:00" << "2026-11-25 09:15" << false << "ok";
    QTest::newRow("moveOntoTaken") << r << int(Change::Move) << "2026-11-25 10:00" << "2026-11-25 10:15" << false
                                   << "slot_taken";
    QTest::newRow("moveOffGrid") << r << int(Change::Move) << "2026-11-25 09:10" << "2026-11-25 09:25" << false
                                 << "not_on_grid";
    QTest::newRow("moveIntoPast") << r << int(Change::Move) << "2026-11-24 09:00" << "2026-11-24 09:15" << false
                                  << "in_the_past";
    QTest::newRow("moveWithInactiveType") << r << int(Change::Move) << "2026-11-25 09:00" << "2026-11-25 09:15"
                                          << true << "ok";
    QTest::newRow("resizeIntoNext") << r << int(Change::Resize) << "2026-11-25 09:45" << "2026-11-25 10:10" << false
                                    << "slot_taken";
    QTest::newRow("resizeLonger") << r << int(Change::Resize) << "2026-11-25 09:00" << "2026-11-25 09:50" << false
                                  << "ok";
    // A resized end need not be on the type's grid, a started appointment may grow.
    QTest::newRow("resizePastAppointment") << r << int(Change::Resize) << "2026-11-24 09:00" << "2026-11-24 09:40"
                                           << false << "ok";
    QTest::newRow("resizeIntoLunch") << r << int(Change::Resize) << "2026-11-25 12:00" << "2026-11-25 12:45" << false
                                     << "outside_working_hours";
    QTest::newRow("resizeBeyondADay") << r << int(Change::Resize) << "2026-11-25 09:00" << "2026-11-26 09:15" << false
                                      << "invalid_input";
    QTest::newRow("resizeReversed") << r << int(Change::Resize) << "2026-11-25 12:00" << "2026-11-25 11:00" << false
                                    << "invalid_input";
}

void TestBookingPolicy::changes()
{
    QFETCH(Row, row);
    QFETCH(int, change);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inactive);
    QFETCH(QString, expected);
    const ScheduleContext c = contextFor({row, from, inactive, false});
    const auto r = checkBooking(c, {range(c.zone, from, to), Change(change), Channel::Desk, {}});
    QCOMPARE(r ? QStringLiteral("ok") : r.error().codeName(), expected);
}

QTEST_GUILESS_MAIN(TestBookingPolicy)
#include "tst_bookingpolicy.moc"
