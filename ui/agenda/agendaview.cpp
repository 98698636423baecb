// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "agendagraphicsview.h"
#include "agendascene.h"
#include "appointmentitem.h"
#include "elidedlabel.h"

#include "domain/appointmentstatus.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QIcon>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tbib::agenda {

AgendaView::AgendaView(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent), m_service(service), m_db(db)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(agendaAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("agendaView"));

    auto makeButton = [this](const QString &text, const char *name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setAccessibleName(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setFocusPolicy(Qt::TabFocus);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_todayButton = makeButton(tr("Today"), "todayButton");
    m_previousButton = makeButton(tr("Previous"), "previousButton");
    m_previousButton->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    m_nextButton = makeButton(tr("Next"), "nextButton");
    m_nextButton->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::LeftArrow : Qt::RightArrow);
    m_previousButton->setToolTip(m_previousButton->text());
    m_nextButton->setToolTip(m_nextButton->text());
    // Arrows, as in FullCalendar's toolbar: the words stay as accessible
    // names and tooltips, and the title keeps the room.
    for (QToolButton *b : {m_previousButton, m_nextButton})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_weekButton = makeButton(tr("Week"), "weekButton");
    m_dayButton = makeButton(tr("Day"), "dayButton");
    for (QToolButton *b : {m_weekButton, m_dayButton})
        b->setCheckable(true);
    m_weekButton->setChecked(true);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_weekButton);
    modeGroup->addButton(m_dayButton);
    modeGroup->setExclusive(true);

    m_titleLabel = new ElidedLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("agendaTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPixelSize(16);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    // The title has a row of its own with the navigation; when even that is
    // too narrow it is elided and the whole title is its tooltip.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_doctorCombo = new QComboBox(this);
    m_doctorCombo->setObjectName(QStringLiteral("doctorComboBox"));
    m_doctorCombo->setAccessibleName(tr("Doctor"));
    m_doctorCombo->setMinimumContentsLength(14); // "Dr Amina Benali" whole, beside its initials
    m_doctorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_doctorCombo->setIconSize(QSize(22, 22));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("refusalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#refusalBanner { background: #FDECEA; color: #B71C1C; border: 1px solid #F5C6CB;"
        " border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(8000);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QWidget::hide);

    m_scene = new AgendaScene(this);
    m_scene->setDirection(layoutDirection());
    m_view = new AgendaGraphicsView(this, m_scene);
    m_view->setObjectName(QStringLiteral("agendaGraphicsView"));
    m_view->setAccessibleName(tr("Appointments"));
    // The refusal floats over the bottom of the grid rather than pushing it
    // down: the boxes stay where staff were looking (and the fit is kept).
    m_banner->setParent(m_view);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("agendaLegendLabel"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    QFont legendFont = m_legend->font();
    legendFont.setPixelSize(11);
    m_legend->setFont(legendFont);

    // The toolbar's look, by object name (no colour hard-coded in the items'
    // logic): quiet outlined buttons, the active view in the clinic's green.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #C8CDD0; border-radius: 4px; padding: 4px 10px; background: white; }"
        "QToolButton:hover { background: #F1F3F4; }"
        "QToolButton:disabled { color: #9AA0A6; border-color: #E0E3E6; }"
        "QToolButton:checked { background: #1B5E20; color: white; border-color: #1B5E20; }"
        "QLabel#agendaLegendLabel { color: #3C4043; }"));

    // Two rows, as in the reference cockpit: the doctor (and what the page
    // adds: the patient search, "Nouveau rendez-vous") above the navigation,
    // so that the title keeps its room when the desk dock is wide.
    m_topRow = new QHBoxLayout;
    m_topRow->setSpacing(8);
    m_topRow->addWidget(m_doctorCombo);
    m_topRow->addStretch(1);
    auto *navigation = new QHBoxLayout;
    navigation->setSpacing(4);
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_nextButton);
    navigation->addSpacing(4);
    navigation->addWidget(m_todayButton);
    navigation->addSpacing(8);
    navigation->addWidget(m_titleLabel, 1);
    navigation->addSpacing(8);
    navigation->addWidget(m_weekButton);
    navigation->addWidget(m_dayButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(m_topRow);
    layout->addLayout(navigation);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_todayButton, &QToolButton::clicked, this, &AgendaView::today);
    connect(m_previousButton, &QToolButton::clicked, this, &AgendaView::previous);
    connect(m_nextButton, &QToolButton::clicked, this, &AgendaView::next);
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setMode(Mode::Week); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { setMode(Mode::Day); });
    connect(m_doctorCombo, &QComboBox::activated, this, [this](int index) {
        setDoctor(DoctorId(m_doctorCombo->itemData(index).toLongLong()));
    });

    connect(m_scene, &AgendaScene::appointmentClicked, this, &AgendaView::activate);
    connect(m_scene, &AgendaScene::newAppointmentRequested, this, &AgendaView::newAppointmentRequested);
    connect(m_scene, &AgendaScene::moveRequested, this, [this](AppointmentId id, UtcSeconds start) {
        if (auto moved = m_service.move(id, start); !moved)
            showRefusal(moved.error().message());
        else
            m_banner->hide();
    });
    connect(m_scene, &AgendaScene::resizeRequested, this, [this](AppointmentId id, UtcSeconds end) {
        if (auto resized = m_service.resize(id, end); !resized)
            showRefusal(resized.error().message());
        else
            m_banner->hide();
    });

    connect(&m_service, &BookingService::appointmentAdded, this, &AgendaView::onAppointmentSignal);
    connect(&m_service, &BookingService::appointmentChanged, this, [this](const Appointment &changed) {
        // A status change (the desk's most frequent) repaints its boxes only.
        if (!m_scene->updateInPlace(changed))
            onAppointmentSignal(changed);
    });
    connect(&m_service, &BookingService::appointmentRemoved, this, [this](AppointmentId id) {
        if (m_shownIds.contains(id))
            reload();
    });
    connect(&m_service, &BookingService::patientChanged, this, [this] { reload(); });
    // Configuration: hours set the visible window, types the legend and
    // colours; another desk may have renamed or added a doctor. Another
    // program imported data, or the connection came back: anything shown may
    // be stale.
    const auto readEverything = [this] {
        refreshDoctors();
        reload();
    };
    connect(&m_service, &BookingService::catalogueChanged, this, readEverything);
    connect(&m_service, &BookingService::reloadNeeded, this, readEverything);
    connect(&m_service, &BookingService::absencesChanged, this, [this](DoctorId doctor) {
        if (doctor == m_doctor)
            reload();
    });

    m_nowTimer = new QTimer(this);
    m_nowTimer->setInterval(30 * 1000); // the line moves by whole minutes (spec §5)
    connect(m_nowTimer, &QTimer::timeout, this, &AgendaView::refreshNow);
    m_nowTimer->start();

    fillDoctors();
    today();
}

AgendaView::~AgendaView()
{
    // The view first: its scroll bars talk to the scene while it goes away.
    delete m_view;
    m_view = nullptr;
}

QGraphicsView *AgendaView::graphicsView() const
{
    return m_view;
}

void AgendaView::fillDoctors()
{
    // The icons the page gave (the doctors' faces) survive a refill.
    QHash<qint64, QIcon> icons;
    for (int i = 0; i < m_doctorCombo->count(); ++i)
        icons.insert(m_doctorCombo->itemData(i).toLongLong(), m_doctorCombo->itemIcon(i));
    m_doctorCombo->clear();
    auto catalogue = m_service.catalogue();
    if (!catalogue)
        return;
    for (const Doctor &d : (*catalogue)->doctors) {
        m_doctorCombo->addItem(icons.value(d.id.value), d.name, QVariant::fromValue(d.id.value));
        m_doctorCombo->setItemData(m_doctorCombo->count() - 1, d.specialty, Qt::ToolTipRole);
    }
    if (!(*catalogue)->doctor(m_doctor))
        m_doctor = (*catalogue)->doctors.isEmpty() ? DoctorId() : (*catalogue)->doctors.first().id;
    m_doctorCombo->setCurrentIndex(std::max(0, m_doctorCombo->findData(QVariant::fromValue(m_doctor.value))));
}

void AgendaView::refreshDoctors()
{
    const DoctorId before = m_doctor;
    fillDoctors();
    if (m_doctor != before)
        Q_EMIT doctorChanged(m_doctor);
}

TimeRange AgendaView::shownWindow() const
{
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    const QList<QDate> shown = days();
    return {zone.startOfDay(shown.first()), zone.startOfDay(shown.last().addDays(1))};
}

QList<QDate> AgendaView::days() const
{
    if (m_mode == Mode::Day)
        return {m_date};
    // Monday to Sunday: a clinic may open on Saturday, and an appointment
    // booked on a Sunday must stay visible.
    QList<QDate> out;
    const QDate first = startOfWeek(m_date);
    for (int i = 0; i < 7; ++i)
        out.append(first.addDays(i));
    return out;
}

QString AgendaView::title() const
{
    const QList<QDate> shown = days();
    return localizedTitle(shown.first(), shown.last(), m_mode == Mode::Week, QLocale());
}

void AgendaView::setDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = date;
    reload();
}

void AgendaView::setMode(Mode mode)
{
    m_mode = mode;
    m_weekButton->setChecked(mode == Mode::Week);
    m_dayButton->setChecked(mode == Mode::Day);
    reload();
}

void AgendaView::setDoctor(DoctorId doctor)
{
    const bool changed = doctor != m_doctor;
    m_doctor = doctor;
    const int index = m_doctorCombo->findData(QVariant::fromValue(doctor.value));
    if (index >= 0)
        m_doctorCombo->setCurrentIndex(index);
    reload();
    if (changed)
        Q_EMIT doctorChanged(doctor);
}

void AgendaView::setDoctorIcon(DoctorId doctor, const QIcon &icon)
{
    const int index = m_doctorCombo->findData(QVariant::fromValue(doctor.value));
    if (index >= 0)
        m_doctorCombo->setItemIcon(index, icon);
}

void AgendaView::addToolbarWidget(QWidget *widget)
{
    m_topRow->addWidget(widget);
}

void AgendaView::showAppointment(AppointmentId id)
{
    // Its doctor and its day (the week around it in week view), then the
    // same highlight and focus as a click, scrolled into view. The desk is
    // told by whoever asked: this emits nothing but doctorChanged.
    auto appointment = ClinicStore(m_db).appointment(id);
    if (!appointment || !*appointment)
        return;
    const Appointment &a = **appointment;
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    if (a.doctorId != m_doctor)
        setDoctor(a.doctorId);
    if (!days().contains(zone.dateOf(a.range.start)))
        setDate(zone.dateOf(a.range.start));
    m_scene->setHighlighted(id);
    m_scene->setKeyboardFocus(id);
    if (const auto items = m_scene->itemsOf(id); !items.isEmpty())
        m_view->ensureVisible(items.first(), 8, 24);
}

double AgendaView::slotHeight() const
{
    return m_scene->slotHeight();
}

void AgendaView::setSlotHeight(double height)
{
    m_slotHeightChosen = true; // from now on the fit leaves it alone
    m_scene->setSlotHeight(height);
}

void AgendaView::setSlotEventOverlap(bool on)
{
    m_scene->setSlotEventOverlap(on);
}

void AgendaView::today()
{
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    setDate(zone.dateOf(m_service.clock().now()));
}

void AgendaView::previous()
{
    setDate(m_date.addDays(m_mode == Mode::Week ? -7 : -1));
}

void AgendaView::next()
{
    setDate(m_date.addDays(m_mode == Mode::Week ? 7 : 1));
}

void AgendaView::reload()
{
    m_titleLabel->setText(title());
    updateTodayButton();
    AgendaContent content;
    content.days = days();
    auto catalogue = m_service.catalogue();
    if (catalogue) {
        content.zone = (*catalogue)->zone;
        if (const Doctor *d = (*catalogue)->doctor(m_doctor))
            content.hours = d->hours;
        updateLegend((*catalogue)->types);
    }
    const TimeRange window{content.zone.startOfDay(content.days.first()),
                           content.zone.startOfDay(content.days.last().addDays(1))};
    const ClinicStore store(m_db);
    m_shownIds.clear();
    if (m_doctor.isValid()) {
        if (auto views = store.appointmentViews(m_doctor, window)) {
            content.appointments = std::move(*views);
            for (const AppointmentView &v : std::as_const(content.appointments))
                m_shownIds.append(v.appointment.id);
        } else {
            showRefusal(views.error().message());
        }
        if (auto absences = store.absences(m_doctor, window))
            content.absences = std::move(*absences);
    }
    m_scene->setNow(m_service.clock().now());
    m_scene->setContent(std::move(content));
    m_view->forgetAccessibles(m_scene->focusOrder());
    refit();
}

void AgendaView::updateTodayButton()
{
    // As FullCalendar's: disabled while "now" lies in the shown range (spec §1).
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    m_todayButton->setEnabled(!days().contains(zone.dateOf(m_service.clock().now())));
}

void AgendaView::updateLegend(const QList<ConsultationType> &types)
{
    // DESIGN §7: one line under the grid — the doctor's types, then the status colours.
    // Each entry holds together (no-break spaces); a narrow grid wraps the
    // line between entries rather than widening the window.
    auto entry = [](const QString &color, const QString &text, bool struck = false) {
        QString label = text.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
        if (struck)
            label = QStringLiteral("<s>%1</s>").arg(label);
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2").arg(color, label);
    };
    QStringList parts;
    for (const ConsultationType &t : types) {
        if (t.doctorId == m_doctor && t.active)
            parts.append(entry(t.color, tr("%1 %2 min").arg(t.name).arg(t.duration.minutes)));
    }
    parts.append(entry(displayColor(AppointmentStatus::Arrived, {}), statusLabel(AppointmentStatus::Arrived)));
    parts.append(entry(displayColor(AppointmentStatus::InProgress, {}), statusLabel(AppointmentStatus::InProgress)));
    parts.append(entry(QStringLiteral("#90CAF9"), statusLabel(AppointmentStatus::Done)));
    parts.append(entry(displayColor(AppointmentStatus::NoShow, {}), statusLabel(AppointmentStatus::NoShow), true));
    parts.append(entry(QStringLiteral("#90A4AE"), tr("Absence")));
    m_legend->setText(parts.join(QStringLiteral("&nbsp; ")));
}

void AgendaView::fitToHeight()
{
    // The slot height that shows the whole visible window without scrolling
    // (DESIGN §7: a working day fits the screen), within the allowed range.
    const int rows = m_scene->axis().rowCount();
    if (rows > 0)
        m_scene->setSlotHeight(std::floor((m_view->viewport()->height() - AgendaScene::HeaderHeight - 2) / rows));
}

void AgendaView::refit()
{
    // Until staff choose a height (Ctrl+wheel), the visible hours keep
    // fitting the view as the window is resized or the hours change.
    if (m_fitted && !m_slotHeightChosen)
        fitToHeight();
}

void AgendaView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        // After the layout has given the view its size.
        QTimer::singleShot(0, this, &AgendaView::fitToHeight);
    }
}

void AgendaView::refreshNow()
{
    const UtcSeconds now = m_service.clock().now();
    const ClinicZone &zone = m_scene->content().zone;
    const bool newDay = zone.dateOf(now) != zone.dateOf(m_scene->now());
    m_scene->setNow(now);
    // Midnight passed: today's tint and header move too.
    if (newDay) {
        m_scene->rebuild();
        updateTodayButton();
    }
}

void AgendaView::onAppointmentSignal(const Appointment &appointment)
{
    // Another doctor's or another week's appointment changes nothing here,
    // unless it was shown (moved away from this grid).
    if ((appointment.doctorId == m_doctor && appointment.range.overlaps(shownWindow()))
        || m_shownIds.contains(appointment.id))
        reload();
}

void AgendaView::activate(AppointmentId id)
{
    m_scene->setHighlighted(id);
    m_scene->setKeyboardFocus(id);
    Q_EMIT appointmentActivated(id);
}

void AgendaView::moveFocus(int step)
{
    const QList<AppointmentId> order = m_scene->focusOrder();
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(m_scene->keyboardFocus());
    const qsizetype to = at < 0 ? (step > 0 ? 0 : order.size() - 1) : std::clamp<qsizetype>(at + step, 0, order.size() - 1);
    const AppointmentId id = order.at(to);
    m_scene->setKeyboardFocus(id);
    if (const auto items = m_scene->itemsOf(id); !items.isEmpty())
        m_view->ensureVisible(items.first(), 8, 24);
    if (QAccessible::isActive()) {
        if (QAccessibleInterface *grid = QAccessible::queryAccessibleInterface(m_view)) {
            QAccessibleEvent focus(grid, QAccessible::Focus);
            focus.setChild(grid->indexOfChild(grid->focusChild()));
            QAccessible::updateAccessibility(&focus);
        }
    }
}

bool AgendaView::handleNavigationKey(int key)
{
    // ←/→ follow the reading direction: in right-to-left, → goes back in time.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (key) {
    case Qt::Key_T:
        today();
        return true;
    case Qt::Key_Left:
        rtl ? next() : previous();
        return true;
    case Qt::Key_Right:
        rtl ? previous() : next();
        return true;
    case Qt::Key_W:
        setMode(Mode::Week);
        return true;
    case Qt::Key_D:
        setMode(Mode::Day);
        return true;
    default:
        return false;
    }
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && handleNavigationKey(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

void AgendaView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange && m_scene) {
        m_scene->setDirection(layoutDirection());
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        m_previousButton->setArrowType(rtl ? Qt::RightArrow : Qt::LeftArrow);
        m_nextButton->setArrowType(rtl ? Qt::LeftArrow : Qt::RightArrow);
    }
}

void AgendaView::placeBanner()
{
    const int width = std::max(120, m_view->width() - 24);
    const int height = m_banner->heightForWidth(width);
    m_banner->setGeometry(12, m_view->height() - height - 12, width, height);
}

void AgendaView::showRefusal(const QString &message)
{
    // The box goes back where it was (the content did not change) and the
    // service's own sentence says why.
    m_scene->rebuild();
    m_banner->setText(message);
    placeBanner();
    m_banner->show();
    m_banner->raise();
    m_bannerTimer->start();
    Q_EMIT refused(message);
}

} // namespace tbib::agenda
