// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebar.h"

#include "theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tbib {

namespace {

// A sidebar row is a flat push button holding its own layout (icon, label,
// optional badge) so that the label can be hidden when collapsed while the
// button keeps one stable accessible name.
QPushButton *rowButton(QWidget *parent, const QString &icon, QLabel **iconOut, QLabel **label)
{
    auto *button = new QPushButton(parent);
    button->setCheckable(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setFixedHeight(44);
    auto *row = new QHBoxLayout(button);
    row->setContentsMargins(14, 0, 10, 0);
    row->setSpacing(12);
    auto *iconLabel = new QLabel(button);
    iconLabel->setFixedWidth(22);
    iconLabel->setAlignment(Qt::AlignCenter);
    if (!icon.isEmpty())
        iconLabel->setPixmap(theme::emoji(icon, 22, button->devicePixelRatioF()));
    *label = new QLabel(button);
    for (QLabel *l : {iconLabel, *label})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    row->addWidget(iconLabel);
    row->addWidget(*label, 1);
    *iconOut = iconLabel;
    return button;
}

} // namespace

Sidebar::Sidebar(QWidget *parent) : QFrame(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 14, 10, 10);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 0, 12);
    header->setSpacing(10);
    auto *logo = new QLabel(QStringLiteral("T"), this);
    logo->setObjectName(QStringLiteral("sidebarLogo"));
    logo->setAlignment(Qt::AlignCenter);
    logo->setFixedSize(32, 32);
    m_title = new QLabel(QStringLiteral("TBIB"), this);
    m_title->setObjectName(QStringLiteral("sidebarTitle"));
    header->addWidget(logo);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("queueBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(18);
    m_badge->setFixedHeight(18);

    // The accessible names are DESIGN §7's words; the queue count goes to the
    // description so that the name stays stable for screen readers and tests.
    addItem(Page::Agenda, QStringLiteral("📅"), tr("Agenda"), QStringLiteral("agendaButton"));
    addItem(Page::Patients, QStringLiteral("👥"), tr("Patients"), QStringLiteral("patientsButton"));
    m_waitingRoom = addItem(Page::WaitingRoom, QStringLiteral("⏳"), tr("Waiting room"),
                            QStringLiteral("waitingRoomButton"));
    // The badge floats over the row (beside the label, or on the icon when
    // collapsed) rather than taking layout room that a 64 px row does not have.
    m_badge->setParent(m_waitingRoom);
    m_badge->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_waitingRoom->installEventFilter(this);
    addItem(Page::Settings, QStringLiteral("⚙️"), tr("Settings"), QStringLiteral("settingsButton"));
    for (const Item &item : std::as_const(m_items))
        layout->addWidget(item.button);
    layout->addStretch(1);

    // Not a page: a dialog, so outside the pages' button group.
    m_about.button = rowButton(this, QStringLiteral("ℹ️"), &m_about.icon, &m_about.label);
    m_about.button->setObjectName(QStringLiteral("aboutButton"));
    m_about.button->setCheckable(false);
    layout->addWidget(m_about.button);
    connect(m_about.button, &QPushButton::clicked, this, &Sidebar::aboutRequested);

    auto *separator = new QFrame(this);
    separator->setObjectName(QStringLiteral("sidebarSeparator"));
    separator->setFixedHeight(1);
    layout->addWidget(separator);
    m_toggle = rowButton(this, QString(), &m_toggleIcon, &m_toggleLabel);
    m_toggle->setObjectName(QStringLiteral("sidebarToggleButton"));
    m_toggle->setCheckable(false);
    layout->addWidget(m_toggle);
    connect(m_toggle, &QPushButton::clicked, this, [this] { setCollapsed(!m_collapsed); });

    m_items.front().button->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { Q_EMIT pageRequested(Page(id)); });
    setQueueCount(0);
    updateTexts();
}

QPushButton *Sidebar::addItem(Page page, const QString &icon, const QString &text, const QString &objectName)
{
    Item item;
    item.button = rowButton(this, icon, &item.icon, &item.label);
    item.button->setObjectName(objectName);
    item.button->setAccessibleName(text);
    item.button->setToolTip(text);
    item.label->setText(text);
    m_group->addButton(item.button, int(page));
    m_items.append(item);
    return item.button;
}

void Sidebar::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    updateTexts();
    Q_EMIT collapsedChanged(collapsed);
}

Sidebar::Page Sidebar::currentPage() const
{
    return Page(m_group->checkedId());
}

void Sidebar::setCurrentPage(Page page)
{
    if (auto *b = m_group->button(int(page)))
        b->setChecked(true);
}

void Sidebar::setQueueCount(int count)
{
    m_queueCount = count;
    m_badge->setText(QString::number(count));
    m_badge->setVisible(count > 0);
    m_badge->adjustSize();
    placeBadge();
    m_waitingRoom->setAccessibleDescription(tr("%n patient(s) waiting", nullptr, count));
    m_waitingRoom->setToolTip(tr("Waiting room") + u" — " + tr("%n patient(s) waiting", nullptr, count));
}

void Sidebar::updateTexts()
{
    setFixedWidth(m_collapsed ? theme::SidebarCollapsedWidth : theme::SidebarExpandedWidth);
    m_title->setVisible(!m_collapsed);
    for (const Item &item : std::as_const(m_items))
        item.label->setVisible(!m_collapsed);
    m_toggleLabel->setVisible(!m_collapsed);
    m_toggleLabel->setText(tr("Collapse"));
    m_about.label->setVisible(!m_collapsed);
    m_about.label->setText(tr("About TBIB"));
    m_about.button->setAccessibleName(tr("About TBIB"));
    m_about.button->setToolTip(tr("About TBIB"));
    m_toggleIcon->setText(m_collapsed ? QStringLiteral("›") : QStringLiteral("‹"));
    m_toggle->setAccessibleName(m_collapsed ? tr("Expand the menu") : tr("Collapse the menu"));
    m_toggle->setToolTip(m_toggle->accessibleName());
    // Collapsed, the icon takes the whole row and sits in its middle.
    const int rowWidth = theme::SidebarCollapsedWidth - 20;
    for (const Item &item : std::as_const(m_items) + QList<Item>{m_about, {m_toggle, m_toggleIcon, m_toggleLabel}}) {
        item.button->layout()->setContentsMargins(m_collapsed ? 0 : 14, 0, m_collapsed ? 0 : 10, 0);
        item.icon->setFixedWidth(m_collapsed ? rowWidth : 22);
    }
    placeBadge();
}

void Sidebar::placeBadge()
{
    const QSize size = m_badge->sizeHint().expandedTo(QSize(18, 18));
    m_badge->resize(size);
    const int y = m_collapsed ? 3 : (m_waitingRoom->height() - size.height()) / 2;
    const int x = m_collapsed ? m_waitingRoom->width() - size.width() - 1 : m_waitingRoom->width() - size.width() - 12;
    m_badge->move(x, y);
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_waitingRoom && event->type() == QEvent::Resize)
        placeBadge();
    return QFrame::eventFilter(watched, event);
}

} // namespace tbib
