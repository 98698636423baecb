// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tbib {

// The booking wizard's files, embedded in the binary and served by exact URL
// path only: a request for anything not in this list (say "/../x" or
// "/%2e%2e/") is simply not found; the file system is never touched.
class WebAssets final
{
public:
    struct Asset
    {
        QByteArray bytes;
        QByteArray contentType;
        QByteArray language; // the page only: the language it is written in
    };

    // Reads the embedded resource list (:/web/manifest), and writes the page
    // (index.html, also served at "/") in each of supportedLanguages().
    WebAssets();
    // The page in `language` (French for any other); other files are the same in all.
    [[nodiscard]] const Asset *find(const QString &urlPath, const QString &language = {}) const;
    [[nodiscard]] qsizetype size() const { return m_assets.size() + m_pages.size(); }

private:
    QHash<QString, Asset> m_assets;
    QHash<QString, Asset> m_pages; // by language
};

} // namespace tbib
