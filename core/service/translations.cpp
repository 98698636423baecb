// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tbib {

QStringList supportedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

bool installTranslations(const QString &language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("fr") : language;
    if (!supportedLanguages().contains(lang))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/tbib_%1.qm").arg(lang)))
        return false;
    // Qt's own catalogue (Debian's qt6-translations-l10n) so that standard
    // texts (--help, dialogs, buttons) speak the same language. Optional.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    // One pair of translators for the whole process, replaced on each call.
    static std::unique_ptr<QTranslator> installedOurs;
    static std::unique_ptr<QTranslator> installedQt;
    for (auto *old : {installedOurs.get(), installedQt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    installedOurs = std::move(ours);
    installedQt = std::move(qt);
    if (installedQt)
        QCoreApplication::installTranslator(installedQt.get());
    QCoreApplication::installTranslator(installedOurs.get());
    return true;
}

} // namespace tbib
