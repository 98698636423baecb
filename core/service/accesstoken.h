// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

#include <QByteArray>
#include <QString>

namespace tbib {

class Database;

// The doctor API token. Only a salted SHA-256 of it is kept (in the settings
// table), and a presented token is hashed and compared in constant time, so
// neither the database nor the timing of a refusal gives the token away.
class AccessToken final
{
public:
    // From a token given on the command line (not stored).
    [[nodiscard]] static AccessToken fromToken(const QString &token);
    // From the settings; when none is stored yet a new one is generated and
    // stored, and `generated` receives it (to be shown once).
    [[nodiscard]] static Result<AccessToken> fromSettings(const Database &db, QString *generated);
    // Replaces the stored token by a new random one, returned.
    [[nodiscard]] static Result<QString> regenerate(const Database &db);

    [[nodiscard]] bool accepts(const QByteArray &authorizationHeader) const;

private:
    AccessToken(QByteArray salt, QByteArray hash) : m_salt(std::move(salt)), m_hash(std::move(hash)) {}
    [[nodiscard]] static QByteArray digest(const QByteArray &salt, const QByteArray &token);

    QByteArray m_salt;
    QByteArray m_hash;
};

} // namespace tbib
