// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/bookingerror.h"

#include <QByteArray>
#include <QString>

namespace tbib {

// The one place where a refusal becomes an HTTP status (DESIGN §5): 400
// malformed, 401 no token, 404 unknown, 409 slot taken, 413 too large,
// 422 a rule refused, 429 rate limited, 500 the database failed.
[[nodiscard]] int httpStatus(ErrorCode code);
// {"error":{"code":"…","message":"…"}} in compact JSON, the message in the
// application's language, or in `language` (one of supportedLanguages()).
[[nodiscard]] QByteArray errorBody(ErrorCode code);
[[nodiscard]] QByteArray errorBody(ErrorCode code, const QString &language);

} // namespace tbib
