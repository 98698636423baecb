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
    };

    // Reads the embedded resource list (:/web/manifest).
    WebAssets();
    [[nodiscard]] const Asset *find(const QString &urlPath) const;
    [[nodiscard]] qsizetype size() const { return m_assets.size(); }

private:
    QHash<QString, Asset> m_assets;
};

} // namespace tbib
