// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tbib {

QString AboutDialog::licencesText()
{
    // Versions are the ones the program runs with (Qt) or embeds (FullCalendar,
    // pinned by package-lock.json); /usr/share/doc/tbib/copyright has the texts.
    const QString qt = QString::fromLatin1(qVersion());
    return u"<p><b>TBIB</b> " + QCoreApplication::applicationVersion() + u"<br>"
        + tr("Practice management for medical clinics.") + u"</p><p>"
        + tr("TBIB is free software: GNU General Public License, version 3 or later.") + u"</p><p><b>"
        + tr("Built with") + u"</b></p><ul>"
        + u"<li>Qt " + qt + u" (Core, Gui, Widgets, Sql, Network) — "
        + tr("GNU LGPL version 3 or GNU GPL version 2 or 3") + u"</li>"
        + u"<li>Qt HTTP Server " + qt + u" — " + tr("GNU GPL version 3") + u"</li>"
        + u"<li>SQLite — " + tr("public domain") + u"</li>"
        + u"<li>FullCalendar 6.1.21 — " + tr("MIT licence") + u"</li>"
        + u"<li>Preact (" + tr("inside FullCalendar") + u") — " + tr("MIT licence") + u"</li></ul><p>"
        + tr("The full licence texts are in /usr/share/doc/tbib/copyright and /usr/share/common-licenses/.")
        + u"</p>";
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About TBIB"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("licencesBrowser"));
    text->setAccessibleName(tr("Version and licences"));
    text->setOpenExternalLinks(false);
    text->setHtml(licencesText());
    text->setMinimumSize(460, 300);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAccessibleName(tr("About Qt"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace tbib
