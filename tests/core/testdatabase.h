// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine a test suite runs on. The suites that touch the database are
// registered twice (tbib_add_test BOTH_ENGINES): once on SQLite files, once
// with TBIB_TEST_ENGINE=postgresql, where every database is a fresh schema of
// the PostgreSQL database TBIB_TEST_POSTGRES names (test.sh starts a
// throw-away cluster on a loopback port and sets it).

#include <QCryptographicHash>
#include <QString>
#include <QTemporaryDir>

namespace tbib::test {

inline bool onPostgres()
{
    return qgetenv("TBIB_TEST_ENGINE") == "postgresql";
}

inline QString postgresServer()
{
    const QString base = qEnvironmentVariable("TBIB_TEST_POSTGRES");
    if (base.isEmpty())
        qFatal("TBIB_TEST_ENGINE=postgresql needs TBIB_TEST_POSTGRES=postgresql://USER:PASSWORD@HOST:PORT/DB "
               "(./test.sh starts a throw-away cluster: tests/postgres/pgcluster.sh)");
    return base;
}

// The database called `name` of a test: a file in `dir` (SQLite) or a schema
// of its own (PostgreSQL), the same location for the same dir and name, so
// that a second connection or another process opens the same data.
inline QString databaseLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name);
    const QString base = postgresServer();
    const QByteArray key = (dir.path() + u'/' + name).toUtf8();
    const QString schema = u"t_" + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(24));
    return base + (base.contains(u'?') ? u'&' : u'?') + u"schema=" + schema;
}

} // namespace tbib::test
