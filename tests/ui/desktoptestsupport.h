// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the window's GUI tests.

#include "service/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tbib::test {

// Never the user's settings: QSettings in a temporary folder (called before
// any QSettings exists), Qt's test locations for everything else, and the
// interface in French (the default language) unless `language` says otherwise.
[[nodiscard]] inline bool isolateDesktopSettings(const QTemporaryDir &dir, const QString &application,
                                                 const QString &language = QStringLiteral("fr"))
{
    if (!dir.isValid())
        return false;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("tbib-tests"));
    QCoreApplication::setApplicationName(application);
    QLocale::setDefault(localeFor(language));
    return installTranslations(language);
}

} // namespace tbib::test
