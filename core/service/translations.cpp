// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace tbib {

QStringList supportedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")};
}

QString chooseLanguage(const QString &asked, const QStringList &systemLanguages)
{
    const QStringList ours = supportedLanguages();
    if (ours.contains(asked))
        return asked;
    for (const QString &tag : systemLanguages) {
        // "ar-MA", "fr_FR", "en": the language part.
        const QString language = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (ours.contains(language))
            return language;
    }
    return QStringLiteral("fr");
}

QLocale localeFor(const QString &language)
{
    if (language == u"ar")
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, QLocale::France);
}

Qt::LayoutDirection layoutDirectionFor(const QString &language)
{
    return language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight;
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

namespace {

// One translator per web language, loaded on first use and kept: they are
// only read afterwards (QTranslator::translate is const and re-entrant).
const QTranslator *catalogue(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/tbib_%1.qm").arg(language)))
            t.reset();
        it = loaded.insert(language, t);
    }
    return it->get();
}

QString lookUp(const QString &language, const char *context, const char *source, int n)
{
    const QTranslator *t = catalogue(language);
    return t ? t->translate(context, source, nullptr, n) : QString();
}

} // namespace

QString translate(const QString &language, const char *context, const char *source, int n)
{
    const QString lang = supportedLanguages().contains(language) ? language : QStringLiteral("fr");
    QString text = lookUp(lang, context, source, n);
    if (text.isEmpty() && lang == u"ar")
        text = lookUp(QStringLiteral("fr"), context, source, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), localeFor(lang).toString(n));
    return text;
}

QString errorMessage(ErrorCode code, const QString &language)
{
    return translate(language, "BookingError", errorSentence(code));
}

} // namespace tbib
