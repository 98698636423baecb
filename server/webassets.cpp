// SPDX-License-Identifier: GPL-3.0-or-later
#include "webassets.h"

#include "weblanguage.h"

#include "service/translations.h"

#include <QFile>

namespace tbib {

namespace {

QByteArray contentTypeFor(const QString &name)
{
    if (name.endsWith(u".html"))
        return "text/html; charset=utf-8";
    if (name.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".css"))
        return "text/css; charset=utf-8";
    if (name.endsWith(u".svg"))
        return "image/svg+xml";
    if (name.endsWith(u".png"))
        return "image/png";
    if (name.endsWith(u".json"))
        return "application/json";
    return "application/octet-stream";
}

} // namespace

WebAssets::WebAssets()
{
    // The manifest lists one file per line, relative to :/web/; "index.html"
    // is also served at "/".
    QFile manifest(QStringLiteral(":/web/manifest"));
    if (!manifest.open(QIODevice::ReadOnly))
        return;
    const auto lines = manifest.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString name = QString::fromUtf8(raw.trimmed());
        if (name.isEmpty() || name.startsWith(u'#'))
            continue;
        QFile f(u":/web/" + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (name == u"index.html") {
            for (const QString &language : supportedLanguages())
                m_pages.insert(language, {wizardPage(bytes, language), contentTypeFor(name), language.toLatin1()});
            continue;
        }
        m_assets.insert(u'/' + name, {bytes, contentTypeFor(name), {}});
    }
}

const WebAssets::Asset *WebAssets::find(const QString &urlPath, const QString &language) const
{
    if (urlPath == u"/" || urlPath == u"/index.html") {
        auto page = m_pages.constFind(language);
        if (page == m_pages.cend())
            page = m_pages.constFind(QStringLiteral("fr"));
        return page == m_pages.cend() ? nullptr : &*page;
    }
    auto it = m_assets.constFind(urlPath);
    return it == m_assets.cend() ? nullptr : &*it;
}

} // namespace tbib
