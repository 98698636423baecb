// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

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
    // One translator for the whole process, owned by the application object.
    static QTranslator *installed = nullptr;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/tbib_%1.qm").arg(lang))) {
        delete translator;
        return false;
    }
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
    return true;
}

} // namespace tbib
