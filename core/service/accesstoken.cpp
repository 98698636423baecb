// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesstoken.h"

#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace tbib {

namespace {

const QString SaltKey = QStringLiteral("server.token_salt");
const QString HashKey = QStringLiteral("server.token_sha256");

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString newToken()
{
    return QString::fromLatin1(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray AccessToken::digest(const QByteArray &salt, const QByteArray &token)
{
    return QCryptographicHash::hash(QByteArray(salt + token), QCryptographicHash::Sha256);
}

AccessToken AccessToken::fromToken(const QString &token)
{
    const QByteArray salt = randomBytes(16);
    return AccessToken(salt, digest(salt, token.toUtf8()));
}

Result<QString> AccessToken::regenerate(const Database &db)
{
    const QString token = newToken();
    const QByteArray salt = randomBytes(16);
    const ClinicStore store(db);
    WriteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = store.setSetting(SaltKey, QString::fromLatin1(salt.toHex())); !r)
        return std::unexpected(r.error());
    if (auto r = store.setSetting(HashKey, QString::fromLatin1(digest(salt, token.toUtf8()).toHex())); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return token;
}

Result<AccessToken> AccessToken::fromSettings(const Database &db, QString *generated)
{
    const ClinicStore store(db);
    auto salt = store.setting(SaltKey);
    auto hash = store.setting(HashKey);
    if (!salt || !hash)
        return std::unexpected(!salt ? salt.error() : hash.error());
    if (!*salt || !*hash) {
        auto token = regenerate(db);
        if (!token)
            return std::unexpected(token.error());
        if (generated)
            *generated = *token;
        return fromSettings(db, nullptr);
    }
    return AccessToken(QByteArray::fromHex((*salt)->toLatin1()), QByteArray::fromHex((*hash)->toLatin1()));
}

bool AccessToken::accepts(const QByteArray &header) const
{
    static const QByteArray Scheme = "Bearer ";
    if (!header.startsWith(Scheme) || header.size() > 512)
        return false;
    const QByteArray presented = digest(m_salt, header.mid(Scheme.size()).trimmed());
    // Constant time: every byte is compared whatever the first difference.
    if (presented.size() != m_hash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < presented.size(); ++i)
        diff |= static_cast<unsigned char>(presented[i] ^ m_hash[i]);
    return diff == 0;
}

} // namespace tbib
