// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace tbib {

// The left navigation (DESIGN §7): Agenda, Patients, Salle d'attente (with the
// live queue count), Configuration; collapsible between icons only and icons
// with labels. It only reports intent (a page, a collapse); the window decides
// and remembers.
class Sidebar final : public QFrame
{
    Q_OBJECT
public:
    enum class Page { Agenda, Patients, WaitingRoom, Settings };
    Q_ENUM(Page)

    explicit Sidebar(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Sidebar)

    [[nodiscard]] bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    [[nodiscard]] Page currentPage() const;
    void setCurrentPage(Page page);
    [[nodiscard]] int queueCount() const { return m_queueCount; }
    void setQueueCount(int count);

Q_SIGNALS:
    void pageRequested(tbib::Sidebar::Page page);
    void collapsedChanged(bool collapsed);
    // "About TBIB": the version and the licences (DESIGN §1).
    void aboutRequested();

private:
    struct Item
    {
        QPushButton *button = nullptr;
        QLabel *icon = nullptr;
        QLabel *label = nullptr;
    };
    bool eventFilter(QObject *watched, QEvent *event) override;
    QPushButton *addItem(Page page, const QString &icon, const QString &text, const QString &objectName);
    void updateTexts();
    void placeBadge();

    bool m_collapsed = false;
    int m_queueCount = 0;
    QButtonGroup *m_group = nullptr;
    QList<Item> m_items;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QPushButton *m_waitingRoom = nullptr;
    Item m_about;
    QPushButton *m_toggle = nullptr;
    QLabel *m_toggleIcon = nullptr;
    QLabel *m_toggleLabel = nullptr;
};

} // namespace tbib
