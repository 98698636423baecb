// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tbib {

// The interface's languages: French (the default), English, Arabic.
[[nodiscard]] QStringList supportedLanguages();
// The language to start in: the one asked for (--lang, then the setting of
// Configuration → Cabinet) when TBIB speaks it, otherwise the system's when
// TBIB speaks it (the first of its UI languages), otherwise French.
[[nodiscard]] QString chooseLanguage(const QString &asked, const QStringList &systemLanguages);
// Dates, times and numbers of that language: Arabic as Morocco writes it,
// with Latin digits (ar_MA); French of France; British English (24-hour).
[[nodiscard]] QLocale localeFor(const QString &language);
// Arabic is written right to left; the whole window mirrors.
[[nodiscard]] Qt::LayoutDirection layoutDirectionFor(const QString &language);
// Installs TBIB's catalogue for `language` ("fr", "en", …) on the application,
// replacing the one installed before. An empty language means French.
// Returns false for a language TBIB has no catalogue for.
bool installTranslations(const QString &language = {});

// `source` (English, in `context`) in one of supportedLanguages(), whatever the
// application installed: the booking server answers every request in the
// request's own language. An Arabic entry not translated yet falls back to
// French, the clinic's language; any other missing entry to the source.
// %n, when n >= 0, is the count (plural forms from the catalogue).
[[nodiscard]] QString translate(const QString &language, const char *context, const char *source, int n = -1);
// errorMessage(code) in that language.
[[nodiscard]] QString errorMessage(ErrorCode code, const QString &language);

} // namespace tbib
