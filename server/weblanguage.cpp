// SPDX-License-Identifier: GPL-3.0-or-later
#include "weblanguage.h"

#include "jsonwriter.h"

#include "service/translations.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace tbib {

QString requestLanguage(const QUrlQuery &query, QByteArrayView acceptLanguage)
{
    const QStringList languages = supportedLanguages();
    const QString asked = query.queryItemValue(QStringLiteral("lang"));
    if (languages.contains(asked))
        return asked;
    // "ar-MA,ar;q=0.9,fr;q=0.8,en;q=0.5": the supported language of the
    // highest q; the first listed on a tie. At most 32 entries are read.
    QString best;
    double bestQ = 0;
    const QList<QByteArray> parts = acceptLanguage.toByteArray().split(',');
    for (qsizetype i = 0; i < parts.size() && i < 32; ++i) {
        const QList<QByteArray> fields = parts[i].split(';');
        const QString tag = QString::fromLatin1(fields[0].trimmed()).toLower();
        const QString primary = tag.section(u'-', 0, 0);
        double q = 1;
        for (qsizetype f = 1; f < fields.size(); ++f) {
            const QByteArray p = fields[f].trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok || q < 0 || q > 1)
                    q = 0;
            }
        }
        if (q > bestQ && languages.contains(primary)) {
            best = primary;
            bestQ = q;
        }
    }
    return best.isEmpty() ? QStringLiteral("fr") : best;
}

QByteArray wizardPage(const QByteArray &templateHtml, const QString &language)
{
    const QString lang = supportedLanguages().contains(language) ? language : QStringLiteral("fr");
    QString page = QString::fromUtf8(templateHtml);
    page.replace(QStringLiteral("{{lang}}"), lang);
    page.replace(QStringLiteral("{{dir}}"), lang == u"ar" ? QStringLiteral("rtl") : QStringLiteral("ltr"));

    // What app.js says, as a JSON data block ("</" written "<\/" so that no
    // text can close the element). A data block is not a script: the page's
    // Content-Security-Policy still allows no inline script.
    JsonWriter w;
    w.beginObject();
    for (const char *source : wizardTexts()) {
        const QByteArray key(source);
        w.key(key.constData()).value(translate(lang, "Wizard", source));
    }
    w.endObject();
    QString texts = QString::fromUtf8(w.take());
    texts.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    page.replace(QStringLiteral("{{texts}}"), texts);

    static const QRegularExpression marker(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    QString out;
    out.reserve(page.size());
    qsizetype at = 0;
    for (auto it = marker.globalMatch(page); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(page).sliced(at, m.capturedStart() - at);
        const QByteArray source = m.captured(1).toUtf8();
        out += translate(lang, "Wizard", source.constData()).toHtmlEscaped();
        at = m.capturedEnd();
    }
    out += QStringView(page).sliced(at);
    return out.toUtf8();
}

} // namespace tbib
