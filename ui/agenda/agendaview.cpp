// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendaview.h"

#include "agendascene.h"
#include "appointmentitem.h"

#include "domain/appointmentstatus.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace tbib::agenda {

// The QGraphicsView of the grid: it owns the keyboard (navigation, focus moves
// between appointments, Enter) and Ctrl+wheel, and keeps the scene as wide as
// its viewport (the grid has no horizontal scrolling).
class AgendaGraphicsView final : public QGraphicsView
{
public:
    AgendaGraphicsView(AgendaView *owner, AgendaScene *scene) : QGraphicsView(scene, owner), m_owner(owner)
    {
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFocusPolicy(Qt::StrongFocus);
        setFrameShape(QFrame::NoFrame);
        setRenderHint(QPainter::Antialiasing);
        connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
            agendaScene()->setHeaderOffset(mapToScene(0, 0).y());
        });
    }
    ~AgendaGraphicsView() override
    {
        for (QAccessible::Id a : std::as_const(m_accessibles))
            QAccessible::deleteAccessibleInterface(a);
    }
    Q_DISABLE_COPY_MOVE(AgendaGraphicsView)

    [[nodiscard]] AgendaScene *agendaScene() const { return m_owner->m_scene; }
    // One cached interface per shown appointment (the accessibility cache owns them).
    [[nodiscard]] QAccessibleInterface *accessibleFor(AppointmentId id);
    void forgetAccessibles(const QList<AppointmentId> &kept)
    {
        for (auto it = m_accessibles.begin(); it != m_accessibles.end();) {
            if (kept.contains(it.key())) {
                ++it;
            } else {
                QAccessible::deleteAccessibleInterface(it.value());
                it = m_accessibles.erase(it);
            }
        }
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        agendaScene()->setWidth(viewport()->width());
    }
    void wheelEvent(QWheelEvent *event) override
    {
        if (event->modifiers() & Qt::ControlModifier) {
            // Ctrl+wheel: the slot height, so that a working day fits the screen.
            const double step = event->angleDelta().y() > 0 ? 2.0 : -2.0;
            m_owner->setSlotHeight(m_owner->slotHeight() + step);
            event->accept();
            return;
        }
        QGraphicsView::wheelEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Up:
            m_owner->moveFocus(-1);
            return;
        case Qt::Key_Down:
            m_owner->moveFocus(+1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (agendaScene()->keyboardFocus().isValid())
                m_owner->activate(agendaScene()->keyboardFocus());
            return;
        default:
            if (m_owner->handleNavigationKey(event->key()))
                return;
        }
        QGraphicsView::keyPressEvent(event);
    }
    bool focusNextPrevChild(bool next) override
    {
        // Tab walks the appointments, then leaves the grid after the last one.
        const QList<AppointmentId> order = agendaScene()->focusOrder();
        const qsizetype at = order.indexOf(agendaScene()->keyboardFocus());
        const qsizetype to = at < 0 ? (next ? 0 : order.size() - 1) : at + (next ? 1 : -1);
        if (to >= 0 && to < order.size()) {
            m_owner->moveFocus(int(to - at));
            return true;
        }
        agendaScene()->setKeyboardFocus({});
        return QGraphicsView::focusNextPrevChild(next);
    }

private:
    AgendaView *m_owner;
    QHash<AppointmentId, QAccessible::Id> m_accessibles;
};

namespace {

// One appointment for assistive technology (DESIGN §7): a focusable list item
// named "09:00–09:45, Karim Connu, Première consultation, Arrivé".
class AppointmentAccessible final : public QAccessibleInterface
{
public:
    AppointmentAccessible(AgendaGraphicsView *view, AppointmentId id) : m_view(view), m_id(id) {}

    [[nodiscard]] bool isValid() const override { return m_view && !items().isEmpty(); }
    [[nodiscard]] QObject *object() const override { return nullptr; }
    [[nodiscard]] QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    [[nodiscard]] QAccessibleInterface *child(int) const override { return nullptr; }
    [[nodiscard]] QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    [[nodiscard]] int childCount() const override { return 0; }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        if (!m_view || (t != QAccessible::Name && t != QAccessible::Description))
            return {};
        return t == QAccessible::Name ? m_view->agendaScene()->accessibleName(m_id) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    [[nodiscard]] QRect rect() const override
    {
        const auto list = items();
        if (list.isEmpty())
            return {};
        const QRect inView = m_view->mapFromScene(list.first()->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }
    [[nodiscard]] QAccessible::Role role() const override { return QAccessible::ListItem; }
    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        if (m_view) {
            s.focused = m_view->agendaScene()->keyboardFocus() == m_id;
            s.selected = m_view->agendaScene()->highlighted() == m_id;
        }
        return s;
    }
    [[nodiscard]] AppointmentId id() const { return m_id; }

private:
    [[nodiscard]] QList<AppointmentItem *> items() const
    {
        return m_view ? m_view->agendaScene()->itemsOf(m_id) : QList<AppointmentItem *>();
    }
    QPointer<AgendaGraphicsView> m_view;
    AppointmentId m_id;
};

// The grid for assistive technology: its widgets (scroll bars, viewport) then
// one child per shown appointment in reading order.
class AgendaGridAccessible final : public QAccessibleWidget
{
public:
    explicit AgendaGridAccessible(AgendaGraphicsView *view) : QAccessibleWidget(view, QAccessible::List) {}

    [[nodiscard]] int childCount() const override
    {
        return QAccessibleWidget::childCount() + int(order().size());
    }
    [[nodiscard]] QAccessibleInterface *child(int index) const override
    {
        const int base = QAccessibleWidget::childCount();
        if (index < base)
            return QAccessibleWidget::child(index);
        const auto ids = order();
        return index - base < ids.size() ? view()->accessibleFor(ids.at(index - base)) : nullptr;
    }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (const auto *a = dynamic_cast<const AppointmentAccessible *>(child)) {
            const qsizetype i = order().indexOf(a->id());
            return i < 0 ? -1 : QAccessibleWidget::childCount() + int(i);
        }
        return QAccessibleWidget::indexOfChild(child);
    }
    [[nodiscard]] QAccessibleInterface *focusChild() const override
    {
        const AppointmentId focus = view()->agendaScene()->keyboardFocus();
        return focus.isValid() ? view()->accessibleFor(focus) : QAccessibleWidget::focusChild();
    }

private:
    [[nodiscard]] AgendaGraphicsView *view() const { return static_cast<AgendaGraphicsView *>(widget()); }
    [[nodiscard]] QList<AppointmentId> order() const { return view()->agendaScene()->focusOrder(); }
};

QAccessibleInterface *agendaAccessibleFactory(const QString &, QObject *object)
{
    if (auto *view = dynamic_cast<AgendaGraphicsView *>(object))
        return new AgendaGridAccessible(view);
    return nullptr;
}

} // namespace

QAccessibleInterface *AgendaGraphicsView::accessibleFor(AppointmentId id)
{
    auto it = m_accessibles.constFind(id);
    if (it != m_accessibles.constEnd())
        return QAccessible::accessibleInterface(it.value());
    auto *iface = new AppointmentAccessible(this, id);
    m_accessibles.insert(id, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

// ---- AgendaView ----------------------------------------------------------------

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

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("agendaTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPixelSize(16);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    // The title is never cut: the doctor selector gives way first.
    m_titleLabel->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);

    m_doctorCombo = new QComboBox(this);
    m_doctorCombo->setObjectName(QStringLiteral("doctorComboBox"));
    m_doctorCombo->setAccessibleName(tr("Doctor"));
    m_doctorCombo->setMinimumContentsLength(10);
    m_doctorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

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

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("agendaLegendLabel"));
    m_legend->setTextFormat(Qt::RichText);

    // The toolbar's look, by object name (no colour hard-coded in the items'
    // logic): quiet outlined buttons, the active view in the clinic's green.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid #C8CDD0; border-radius: 4px; padding: 4px 10px; background: white; }"
        "QToolButton:hover { background: #F1F3F4; }"
        "QToolButton:checked { background: #1B5E20; color: white; border-color: #1B5E20; }"
        "QLabel#agendaLegendLabel { color: #3C4043; }"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_doctorCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_previousButton);
    toolbar->addWidget(m_nextButton);
    toolbar->addWidget(m_todayButton);
    toolbar->addWidget(m_titleLabel, 1);
    toolbar->addWidget(m_weekButton);
    toolbar->addWidget(m_dayButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
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
    // Configuration: hours set the visible window, types the legend and colours.
    connect(&m_service, &BookingService::catalogueChanged, this, [this] { reload(); });
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
    m_doctorCombo->clear();
    auto catalogue = m_service.catalogue();
    if (!catalogue)
        return;
    for (const Doctor &d : (*catalogue)->doctors)
        m_doctorCombo->addItem(d.name, QVariant::fromValue(d.id.value));
    if (!(*catalogue)->doctors.isEmpty() && !m_doctor.isValid())
        m_doctor = (*catalogue)->doctors.first().id;
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
    return frenchTitle(shown.first(), shown.last(), m_mode == Mode::Week);
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
    m_doctor = doctor;
    const int index = m_doctorCombo->findData(QVariant::fromValue(doctor.value));
    if (index >= 0)
        m_doctorCombo->setCurrentIndex(index);
    reload();
}

double AgendaView::slotHeight() const
{
    return m_scene->slotHeight();
}

void AgendaView::setSlotHeight(double height)
{
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
}

void AgendaView::updateLegend(const QList<ConsultationType> &types)
{
    // DESIGN §7: one line under the grid — the doctor's types, then the status colours.
    auto entry = [](const QString &color, const QString &text, bool struck = false) {
        const QString label = struck ? QStringLiteral("<s>%1</s>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped();
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
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
}

void AgendaView::fitToHeight()
{
    // The slot height that shows the whole visible window without scrolling
    // (DESIGN §7: a working day fits the screen), within the allowed range.
    const int rows = m_scene->axis().rowCount();
    if (rows > 0)
        setSlotHeight(std::floor((m_view->viewport()->height() - AgendaScene::HeaderHeight - 2) / rows));
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
    if (newDay)
        m_scene->rebuild();
}

void AgendaView::onAppointmentSignal(const Appointment &appointment)
{
    if (appointment.doctorId == m_doctor || m_shownIds.contains(appointment.id))
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

void AgendaView::showRefusal(const QString &message)
{
    // The box goes back where it was (the content did not change) and the
    // service's own sentence says why.
    m_scene->rebuild();
    m_banner->setText(message);
    m_banner->show();
    m_bannerTimer->start();
    Q_EMIT refused(message);
}

} // namespace tbib::agenda
