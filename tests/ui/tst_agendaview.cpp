// SPDX-License-Identifier: GPL-3.0-or-later
// The time grid widget driven like staff drive it: real clicks, drags and keys
// on the offscreen platform, a real clinic database and a manual clock. Item
// geometry is compared with the pure geometry it must come from.
#include "../core/clinicfixture.h"

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agenda/appointmentitem.h"

#include "io/democlinic.h"
#include "service/translations.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace tbib;
using namespace tbib::agenda;
using namespace tbib::test;

namespace {

// The scroll bar follows the scene's height and the scene the viewport's width.
bool isSettled(const AgendaView *view)
{
    const QGraphicsView *grid = view->graphicsView();
    const QRectF rect = view->scene()->sceneRect();
    return grid->verticalScrollBar()->isVisible() == (rect.height() > grid->viewport()->height())
        && qFuzzyCompare(rect.width(), double(grid->viewport()->width()));
}

} // namespace

class TestAgendaView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void frenchTitleAndHeaders();
    void appointmentSitsAtItsTimeAndDay();
    void overlappingAppointmentsSitSideBySide();
    void clickActivatesAndHighlights();
    void statusChangeRecoloursAtOnce();
    void bookingAppearsWithoutRefresh();
    void dragOntoTakenTimeIsReverted();
    void dragOnFreeTimeRequestsANewAppointment();
    void rightToLeftPutsMondayOnTheRight();
    void keyboardNavigates();
    void focusedAppointmentIsNamedForAssistiveTechnology();
    void visibleHoursWidenForOutOfHoursAppointments();
    void nowLineFollowsTheClock();
    void resizeByTheBottomEdge();
    void headerStaysOnTopWhileScrolling();
    void absenceIsABackgroundBlock();
    void todayButtonIsDisabledOnTodaysRange();
    void showAppointmentJumpsToItsDoctorAndWeek();
    void titleElidesWhenNarrow();
    void screenshots();

private:
    void openView();
    [[nodiscard]] AppointmentItem *itemOf(AppointmentId id) const;
    [[nodiscard]] QPoint viewportPoint(QPointF scenePos) const;
    [[nodiscard]] QStringList sceneTexts() const;

    std::unique_ptr<ClinicFixture> m_fx;
    std::unique_ptr<BookingService> m_service;
    std::unique_ptr<AgendaView> m_view;
};

void TestAgendaView::initTestCase()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
}

void TestAgendaView::init()
{
    m_fx = std::make_unique<ClinicFixture>();
    QVERIFY(m_fx->setUp());
    m_service = std::make_unique<BookingService>(*m_fx->db, m_fx->clock);
}

void TestAgendaView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_fx.reset();
}

void TestAgendaView::openView()
{
    m_view = std::make_unique<AgendaView>(*m_service, *m_fx->db);
    m_view->resize(1100, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // The first show fits the slot height to the view; the vertical scroll
    // bar then goes, which widens the grid: wait until that has settled.
    m_view->fitToHeight();
    QTRY_VERIFY(isSettled(m_view.get()));
    QVERIFY(m_view->scene()->sceneRect().width() > 900);
}

AppointmentItem *TestAgendaView::itemOf(AppointmentId id) const
{
    const auto items = m_view->scene()->itemsOf(id);
    return items.isEmpty() ? nullptr : items.first();
}

QPoint TestAgendaView::viewportPoint(QPointF scenePos) const
{
    return m_view->graphicsView()->mapFromScene(scenePos);
}

QStringList TestAgendaView::sceneTexts() const
{
    QStringList out;
    for (QGraphicsItem *item : m_view->scene()->items()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            out.append(text->text());
    }
    return out;
}

void TestAgendaView::frenchTitleAndHeaders()
{
    openView();
    // The clock says Monday 2026-11-23: that week, Monday to Sunday.
    QCOMPARE(m_view->title(), QStringLiteral("23 – 29 nov. 2026"));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("agendaTitleLabel"))->text(), m_view->title());
    const QStringList texts = sceneTexts();
    for (const char *header : {"lun. 23/11", "mar. 24/11", "sam. 28/11", "dim. 29/11"})
        QVERIFY2(texts.contains(QString::fromUtf8(header)), header);
    // Working hours 09:00–18:30 → rows 09:00–19:00, hourly labels.
    QVERIFY(texts.contains(QStringLiteral("09:00")));
    QVERIFY(texts.contains(QStringLiteral("18:00")));
    QVERIFY(!texts.contains(QStringLiteral("08:00")));

    QStringList buttons;
    for (QToolButton *b : m_view->findChildren<QToolButton *>())
        buttons.append(b->accessibleName());
    for (const char *name : {"Aujourd'hui", "Précédent", "Suivant", "Semaine", "Jour"})
        QVERIFY2(buttons.contains(QString::fromUtf8(name)), name);
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("doctorComboBox"));
    QCOMPARE(combo->accessibleName(), QStringLiteral("Praticien"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Dr Amina Benali"));

    // The one-line legend under the grid: the doctor's active types, then the statuses.
    const QString legend = m_view->findChild<QLabel *>(QStringLiteral("agendaLegendLabel"))
                               ->text()
                               .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    QVERIFY(legend.contains(QStringLiteral("Première consultation 30 min")));
    QVERIFY(!legend.contains(QStringLiteral("Ancienne")));
    QVERIFY(legend.contains(QStringLiteral("Arrivé")));

    m_view->setMode(AgendaView::Mode::Day);
    QCOMPARE(m_view->title(), QStringLiteral("23 novembre 2026"));
    QVERIFY(sceneTexts().contains(QStringLiteral("lundi")));
}

void TestAgendaView::appointmentSitsAtItsTimeAndDay()
{
    const AppointmentId id = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 10:00"), 30);
    openView();
    AppointmentItem *item = itemOf(id);
    QVERIFY(item);
    const AgendaScene *scene = m_view->scene();
    const TimeAxis axis = scene->axis();
    QCOMPARE(axis.slotMinTime, 9 * MsecsPerHour);
    const double top = scene->gridTop() + std::round(axis.yForTime(10 * MsecsPerHour));
    const double bottom = scene->gridTop() + std::round(axis.yForTime(10 * MsecsPerHour + 30 * MsecsPerMinute));
    QCOMPARE(item->rect().top(), top);
    QCOMPARE(item->rect().bottom(), bottom - 1); // 1 px bottom margin (spec §6.7)
    const DayColumns cols = scene->columns();
    const double columnLeft = scene->gridLeft() + cols.columnLeft(1); // Tuesday
    QCOMPARE(item->rect().left(), columnLeft + 2); // the 2 px start margin of the event area
    QVERIFY(item->rect().right() <= columnLeft + cols.columnWidth());
    QCOMPARE(item->look().timeText, QStringLiteral("10:00 - 10:30"));
    QCOMPARE(item->look().title, QStringLiteral("Karim Connu"));
    QCOMPARE(item->look().typeName, QStringLiteral("Première consultation"));
}

void TestAgendaView::overlappingAppointmentsSitSideBySide()
{
    const AppointmentId a = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-25 09:00"), 30);
    const AppointmentId b = m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-25 09:15"), 30);
    openView();
    QVERIFY(itemOf(a) && itemOf(b));
    const QRectF ra = itemOf(a)->rect();
    const QRectF rb = itemOf(b)->rect();
    QVERIFY2(!ra.intersects(rb), "slotEventOverlap = false: strictly side by side");
    QVERIFY(ra.left() < rb.left());
    QVERIFY(qAbs(ra.width() - rb.width()) < 1.0);

    // The other setting lets the later box overlap the earlier one (spec §6.7).
    m_view->setSlotEventOverlap(true);
    QVERIFY(itemOf(a)->rect().intersects(itemOf(b)->rect()));
}

void TestAgendaView::clickActivatesAndHighlights()
{
    const AppointmentId id = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 10:00"), 30);
    openView();
    QSignalSpy activated(m_view.get(), &AgendaView::appointmentActivated);
    QSignalSpy requested(m_view.get(), &AgendaView::newAppointmentRequested);
    const QString before = m_view->title();
    QTest::mouseClick(m_view->graphicsView()->viewport(), Qt::LeftButton, {},
                      viewportPoint(itemOf(id)->rect().center()));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<AppointmentId>(), id);
    QVERIFY(itemOf(id)->isHighlighted());
    QCOMPARE(requested.size(), 0);
    QCOMPARE(m_view->title(), before); // no navigation
}

void TestAgendaView::statusChangeRecoloursAtOnce()
{
    const AppointmentId id = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 10:00"), 30);
    openView();
    QCOMPARE(itemOf(id)->fillColor(), QColor(QStringLiteral("#1E88E5")));
    const AppointmentItem *before = itemOf(id);
    QVERIFY(m_service->setStatus(id, AppointmentStatus::Arrived));
    QTRY_COMPARE(itemOf(id)->fillColor(), QColor(QStringLiteral("#FBC02D")));
    QCOMPARE(itemOf(id), before); // repainted in place, no re-layout
    QCOMPARE(m_view->scene()->accessibleName(id),
             QStringLiteral("10:00–10:30, Karim Connu, Première consultation, Arrivé"));
    QVERIFY(m_service->setStatus(id, AppointmentStatus::InProgress));
    QTRY_COMPARE(itemOf(id)->fillColor(), QColor(QStringLiteral("#43A047")));
    QVERIFY(m_service->setStatus(id, AppointmentStatus::Done));
    QTRY_COMPARE(itemOf(id)->fillColor(), QColor(fadedColor(QStringLiteral("#1E88E5"))));
    QVERIFY(m_service->setStatus(id, AppointmentStatus::NoShow));
    QTRY_COMPARE(itemOf(id)->fillColor(), QColor(QStringLiteral("#9E9E9E")));
    QVERIFY(itemOf(id)->look().struckOut);
    QVERIFY(m_service->setStatus(id, AppointmentStatus::Cancelled));
    QTRY_VERIFY(!itemOf(id)); // cancelled: hidden
}

void TestAgendaView::bookingAppearsWithoutRefresh()
{
    openView();
    DeskBooking booking;
    booking.doctorId = m_fx->doctor;
    booking.patientId = m_fx->lucie;
    booking.typeId = m_fx->t30;
    booking.start = m_fx->local(QStringLiteral("2026-11-26 15:00"));
    auto booked = m_service->bookDesk(booking);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error().message()));
    QTRY_VERIFY(itemOf(booked->id));
    QCOMPARE(itemOf(booked->id)->look().title, QStringLiteral("Lucie Martin"));
    // Removed through the service: gone too.
    QVERIFY(m_service->remove(booked->id));
    QTRY_VERIFY(!itemOf(booked->id));
}

void TestAgendaView::dragOntoTakenTimeIsReverted()
{
    const AppointmentId taken = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 10:00"), 30);
    const AppointmentId moved = m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-24 11:00"), 30);
    openView();
    QSignalSpy refused(m_view.get(), &AgendaView::refused);
    const QRectF before = itemOf(moved)->sceneBoundingRect();
    const QPointF from = itemOf(moved)->rect().center();
    const QPointF to = from - QPointF(0, itemOf(moved)->rect().top() - itemOf(taken)->rect().top());
    QWidget *viewport = m_view->graphicsView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(from));
    QTest::mouseMove(viewport, viewportPoint(from - QPointF(0, 10)));
    QTest::mouseMove(viewport, viewportPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(to));
    QTRY_COMPARE(refused.size(), 1);
    const QString sentence = errorMessage(ErrorCode::SlotTaken);
    QCOMPARE(refused.at(0).at(0).toString(), sentence);
    auto *banner = m_view->findChild<QLabel *>(QStringLiteral("refusalBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), sentence);
    QCOMPARE(itemOf(moved)->sceneBoundingRect(), before);
    QCOMPARE(ClinicStore(*m_fx->db).appointment(moved).value()->range.start,
             m_fx->local(QStringLiteral("2026-11-24 11:00")));

    // A free time is accepted: the box follows the service.
    // Four hours later: 15:00, free and inside the afternoon hours.
    const QPointF free = from + QPointF(0, 4 * m_view->slotHeight() * 4);
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(from));
    QTest::mouseMove(viewport, viewportPoint(from + QPointF(0, 10)));
    QTest::mouseMove(viewport, viewportPoint(free));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(free));
    QTRY_COMPARE(ClinicStore(*m_fx->db).appointment(moved).value()->range.start,
                 m_fx->local(QStringLiteral("2026-11-24 15:00")));
    QTRY_VERIFY(!m_view->findChild<QLabel *>(QStringLiteral("refusalBanner"))->isVisible());
}

void TestAgendaView::dragOnFreeTimeRequestsANewAppointment()
{
    openView();
    QSignalSpy requested(m_view.get(), &AgendaView::newAppointmentRequested);
    const AgendaScene *scene = m_view->scene();
    const TimeAxis axis = scene->axis();
    const double x = scene->gridLeft() + scene->columns().columnLeft(2) + 20; // Wednesday
    const QPointF from(x, scene->gridTop() + axis.yForTime(10 * MsecsPerHour) + 3);
    const QPointF to(x, scene->gridTop() + axis.yForTime(10 * MsecsPerHour + 40 * MsecsPerMinute));
    QWidget *viewport = m_view->graphicsView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(from));
    QTest::mouseMove(viewport, viewportPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(to));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<UtcSeconds>(), m_fx->local(QStringLiteral("2026-11-25 10:00")));
    QCOMPARE(requested.at(0).at(1).value<UtcSeconds>(), m_fx->local(QStringLiteral("2026-11-25 10:45")));
}

void TestAgendaView::rightToLeftPutsMondayOnTheRight()
{
    const AppointmentId monday = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-23 10:00"), 30);
    const AppointmentId friday = m_fx->addAppointment(m_fx->lucie, m_fx->t30, QStringLiteral("2026-11-27 10:00"), 30);
    openView();
    QVERIFY(itemOf(monday)->rect().left() < itemOf(friday)->rect().left());
    m_view->setLayoutDirection(Qt::RightToLeft);
    QTRY_VERIFY(itemOf(monday) && itemOf(monday)->rect().left() > itemOf(friday)->rect().left());
    const AgendaScene *scene = m_view->scene();
    const double columnLeft = scene->gridLeft() + scene->columns().columnLeft(0);
    QVERIFY(columnLeft > scene->sceneRect().width() / 2);
    QVERIFY(itemOf(monday)->rect().left() >= columnLeft);
    QVERIFY(itemOf(monday)->rect().right() <= columnLeft + scene->columns().columnWidth());
}

void TestAgendaView::keyboardNavigates()
{
    openView();
    QWidget *grid = m_view->graphicsView();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(m_view->title(), QStringLiteral("30 nov. – 6 déc. 2026"));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(m_view->title(), QStringLiteral("7 – 13 déc. 2026"));
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(m_view->title(), QStringLiteral("30 nov. – 6 déc. 2026"));
    QTest::keyClick(grid, Qt::Key_T);
    QCOMPARE(m_view->title(), QStringLiteral("23 – 29 nov. 2026"));
    QTest::keyClick(grid, Qt::Key_D);
    QCOMPARE(m_view->title(), QStringLiteral("23 novembre 2026"));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(m_view->title(), QStringLiteral("24 novembre 2026"));
    QTest::keyClick(grid, Qt::Key_W);
    QCOMPARE(m_view->title(), QStringLiteral("23 – 29 nov. 2026"));

    // Ctrl+wheel: the slot height, clamped.
    const double height = m_view->slotHeight();
    QWheelEvent up(QPointF(100, 100), grid->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 120),
                   Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->graphicsView()->viewport(), &up);
    QCOMPARE(m_view->slotHeight(), height + 2);
    m_view->setSlotHeight(1000);
    QCOMPARE(m_view->slotHeight(), AgendaScene::MaxSlotHeight);
}

void TestAgendaView::focusedAppointmentIsNamedForAssistiveTechnology()
{
    const AppointmentId first = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 09:00"), 45,
                                                     AppointmentStatus::Arrived);
    const AppointmentId second = m_fx->addAppointment(m_fx->lucie, m_fx->t15, QStringLiteral("2026-11-24 11:00"), 15);
    openView();
    QSignalSpy activated(m_view.get(), &AgendaView::appointmentActivated);
    QWidget *grid = m_view->graphicsView();
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Tab);
    QCOMPARE(m_view->scene()->keyboardFocus(), first);
    QVERIFY(itemOf(first)->hasKeyboardFocus());

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(grid);
    QVERIFY(iface);
    QAccessibleInterface *focused = iface->focusChild();
    QVERIFY(focused);
    QCOMPARE(focused->text(QAccessible::Name),
             QStringLiteral("09:00–09:45, Karim Connu, Première consultation, Arrivé"));
    QVERIFY(focused->state().focused);
    QCOMPARE(focused->role(), QAccessible::ListItem);
    QCOMPARE(focused->parent(), iface);
    QVERIFY(iface->indexOfChild(focused) >= 0);
    QCOMPARE(iface->child(iface->indexOfChild(focused)), focused);

    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(m_view->scene()->keyboardFocus(), second);
    QCOMPARE(iface->focusChild()->text(QAccessible::Name),
             QStringLiteral("11:00–11:15, Lucie Martin, Consultation, Confirmé"));
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<AppointmentId>(), second);
    QVERIFY(itemOf(second)->isHighlighted());
}

void TestAgendaView::visibleHoursWidenForOutOfHoursAppointments()
{
    // Saturday 07:30: no hours that day, before everyone's start.
    const AppointmentId early = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-28 07:30"), 30);
    openView();
    QCOMPARE(m_view->scene()->axis().slotMinTime, 7 * MsecsPerHour);
    QVERIFY(itemOf(early));
    QCOMPARE(itemOf(early)->look().timeText, QStringLiteral("07:30 - 08:00"));
}

void TestAgendaView::nowLineFollowsTheClock()
{
    openView();
    // 07:00 on Monday: before the visible hours, no line.
    QVERIFY(!m_view->scene()->nowLine());
    m_fx->clock.set(m_fx->local(QStringLiteral("2026-11-24 10:15")) + 40);
    m_view->refreshNow();
    const AgendaScene *scene = m_view->scene();
    QGraphicsLineItem *line = scene->nowLine();
    QVERIFY(line);
    // Truncated to the minute, across Tuesday's column only.
    const double y = scene->gridTop() + scene->axis().yForTime(10 * MsecsPerHour + 15 * MsecsPerMinute);
    QCOMPARE(line->line().y1(), y);
    const double left = scene->gridLeft() + scene->columns().columnLeft(1);
    QCOMPARE(line->line().x1(), left);
    QCOMPARE(line->line().x2(), left + scene->columns().columnWidth());
    // Next week: today is not shown.
    m_view->next();
    QVERIFY(!m_view->scene()->nowLine());
}

void TestAgendaView::resizeByTheBottomEdge()
{
    const AppointmentId id = m_fx->addAppointment(m_fx->karim, m_fx->t30, QStringLiteral("2026-11-24 10:00"), 30);
    openView();
    const QRectF rect = itemOf(id)->rect();
    const QPointF from(rect.center().x(), rect.bottom() - 2);
    const QPointF to = from + QPointF(0, m_view->slotHeight() * 2); // two rows: +30 min
    QWidget *viewport = m_view->graphicsView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(from));
    QTest::mouseMove(viewport, viewportPoint(from + QPointF(0, 8)));
    QTest::mouseMove(viewport, viewportPoint(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(to));
    QTRY_COMPARE(ClinicStore(*m_fx->db).appointment(id).value()->range.end,
                 m_fx->local(QStringLiteral("2026-11-24 11:00")));
    QTRY_VERIFY(itemOf(id) && itemOf(id)->look().timeText == QStringLiteral("10:00 - 11:00"));
}

void TestAgendaView::headerStaysOnTopWhileScrolling()
{
    openView();
    m_view->setSlotHeight(AgendaScene::MaxSlotHeight);
    QGraphicsView *grid = m_view->graphicsView();
    QTRY_VERIFY(grid->verticalScrollBar()->maximum() > 200);
    grid->verticalScrollBar()->setValue(200);
    QGraphicsSimpleTextItem *monday = nullptr;
    for (QGraphicsItem *item : m_view->scene()->items()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->text() == QStringLiteral("lun. 23/11"))
            monday = text;
    }
    QVERIFY(monday);
    // In view coordinates the header is still at the top.
    QVERIFY(grid->mapFromScene(monday->sceneBoundingRect().topLeft()).y() < AgendaScene::HeaderHeight);
    QVERIFY(grid->mapFromScene(monday->sceneBoundingRect().topLeft()).y() >= 0);
}

void TestAgendaView::absenceIsABackgroundBlock()
{
    DoctorAbsence absence;
    absence.doctorId = m_fx->doctor;
    absence.range = range(m_fx->zone, QStringLiteral("2026-11-26 14:00"), QStringLiteral("2026-11-26 16:00"));
    absence.reason = QStringLiteral("Réunion");
    QVERIFY(ClinicStore(*m_fx->db).insertAbsence(absence));
    openView();
    QVERIFY(sceneTexts().contains(QStringLiteral("Réunion")));
    // Background: a press inside it still asks for a new appointment (spec §4.2).
    QSignalSpy requested(m_view.get(), &AgendaView::newAppointmentRequested);
    const AgendaScene *scene = m_view->scene();
    const QPointF at(scene->gridLeft() + scene->columns().columnLeft(3) + 30,
                     scene->gridTop() + scene->axis().yForTime(15 * MsecsPerHour) + 2);
    QTest::mouseClick(m_view->graphicsView()->viewport(), Qt::LeftButton, {}, viewportPoint(at));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<UtcSeconds>(), m_fx->local(QStringLiteral("2026-11-26 15:00")));
}

// FullCalendar disables "today" while now lies in the shown range (spec §1).
void TestAgendaView::todayButtonIsDisabledOnTodaysRange()
{
    openView();
    auto *today = m_view->findChild<QToolButton *>(QStringLiteral("todayButton"));
    QVERIFY(today);
    QVERIFY(!today->isEnabled());
    m_view->next();
    QVERIFY(today->isEnabled());
    QTest::mouseClick(today, Qt::LeftButton);
    QCOMPARE(m_view->days().first(), QDate(2026, 11, 23));
    QVERIFY(!today->isEnabled());
    m_view->setMode(AgendaView::Mode::Day);
    QVERIFY(!today->isEnabled());
    m_view->next(); // tomorrow, in day view
    QVERIFY(today->isEnabled());
}

// The patient search's jump: the appointment's doctor (doctorChanged) and week,
// highlighted and focused, and nothing emitted for the desk.
void TestAgendaView::showAppointmentJumpsToItsDoctorAndWeek()
{
    Appointment other; // the other doctor's, two weeks on
    other.doctorId = m_fx->otherDoctor;
    other.patientId = m_fx->karim;
    other.typeId = m_fx->t15;
    other.range = {m_fx->local(QStringLiteral("2026-12-09 10:00")), m_fx->local(QStringLiteral("2026-12-09 10:20"))};
    auto inserted = ClinicStore(*m_fx->db).insertAppointment(other);
    QVERIFY(inserted);
    const AppointmentId id = *inserted;
    openView();
    QCOMPARE(m_view->doctor(), m_fx->doctor);
    QSignalSpy changed(m_view.get(), &AgendaView::doctorChanged);
    QSignalSpy activated(m_view.get(), &AgendaView::appointmentActivated);
    m_view->showAppointment(id);
    QCOMPARE(m_view->doctor(), m_fx->otherDoctor);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<DoctorId>(), m_fx->otherDoctor);
    QCOMPARE(m_view->days().first(), QDate(2026, 12, 7));
    QVERIFY(itemOf(id) && itemOf(id)->isHighlighted());
    QCOMPARE(m_view->scene()->keyboardFocus(), id);
    QCOMPARE(activated.size(), 0);
    m_view->showAppointment(id); // already shown: no navigation, no signal
    QCOMPARE(changed.size(), 1);
    // Choosing the first doctor again in the selector is a change too.
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("doctorComboBox"));
    m_view->setDoctor(DoctorId(combo->itemData(0).toLongLong()));
    QCOMPARE(changed.size(), 2);
}

// A narrow grid elides the title and gives the whole title as tooltip.
void TestAgendaView::titleElidesWhenNarrow()
{
    openView();
    auto *title = m_view->findChild<QLabel *>(QStringLiteral("agendaTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("23 – 29 nov. 2026"));
    QTRY_VERIFY(title->toolTip().isEmpty());
    m_view->resize(380, 600);
    QTRY_COMPARE(title->toolTip(), title->text());
    QCOMPARE(title->text(), QStringLiteral("23 – 29 nov. 2026")); // text() stays whole
    QVERIFY(title->width() < title->fontMetrics().horizontalAdvance(title->text()));
    m_view->resize(1100, 800);
    QTRY_VERIFY(title->toolTip().isEmpty());
}

// A quick offscreen look at the bare grid, written to the build folder
// (TBIB_SCREENSHOTS=1 only); docs/screenshots/ comes from the running
// application (tools/desk-screenshots.sh).
void TestAgendaView::screenshots()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to write agenda-*-offscreen.png into the build folder");
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2026, 11, 24), 10 * 60 + 50));
    QVERIFY(DemoClinic::install(**db, clock));
    BookingService service(**db, clock);
    AgendaView view(service, **db);
    view.resize(1280, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToHeight();
    QTRY_VERIFY(isSettled(&view));
    const QList<AppointmentId> order = view.scene()->focusOrder();
    QVERIFY(!order.isEmpty());
    view.scene()->setHighlighted(order.at(order.size() / 3));
    QVERIFY(view.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/agenda-week-offscreen.png")));
    view.setMode(AgendaView::Mode::Day);
    QTRY_VERIFY(isSettled(&view));
    QVERIFY(view.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/agenda-day-offscreen.png")));
}

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
