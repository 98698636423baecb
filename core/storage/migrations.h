// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

namespace tbib {

class Database;

// Numbered schema steps. The version lives in the table schema_version; each
// step runs in its own write transaction together with the version bump, so a
// failed step leaves the database at the previous version. Steps never drop data.
namespace Migrations {

[[nodiscard]] int latestVersion();
// 0 for a database that has never been migrated.
[[nodiscard]] Result<int> currentVersion(const Database &db);
// Runs every step after the current version up to target (tests stop early to
// build fixtures of earlier versions).
[[nodiscard]] Result<void> upgrade(const Database &db, int target);

} // namespace Migrations
} // namespace tbib
