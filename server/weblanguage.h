// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace tbib {

// The language of one web request, among supportedLanguages() (fr, en, ar): the
// page's own choice (`?lang=`) first, then the browser's Accept-Language by
// preference (q-values; "ar-MA" counts as "ar"), French when nothing fits.
[[nodiscard]] QString requestLanguage(const QUrlQuery &query, QByteArrayView acceptLanguage);

// The booking wizard's page in one language: index.html's {{English text}}
// markers translated (context "Wizard"), its lang and dir, and the sentences
// app.js needs as a JSON data block. Made once per language.
[[nodiscard]] QByteArray wizardPage(const QByteArray &templateHtml, const QString &language);

// Every text of the wizard (index.html's markers and app.js's tr() calls),
// English, in context "Wizard". tst_wizardtexts keeps it equal to the files.
[[nodiscard]] QList<const char *> wizardTexts();

} // namespace tbib
