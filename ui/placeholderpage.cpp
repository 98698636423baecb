// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tbib {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &plannedContent, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto *card = new QLabel(this);
    card->setObjectName(QStringLiteral("card"));
    card->setWordWrap(true);
    card->setMargin(20);
    card->setText(u"<p><b>" + tr("This page comes in a later step.").toHtmlEscaped() + u"</b></p><p>" +
                  plannedContent.toHtmlEscaped() + u"</p>");
    layout->addWidget(heading);
    layout->addWidget(card);
    layout->addStretch(1);
}

} // namespace tbib
