// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tbib {

// The UI languages: French (the default), English, Arabic once its catalogue lands.
[[nodiscard]] QStringList supportedLanguages();
// Installs TBIB's catalogue for `language` ("fr", "en", …) on the application,
// replacing the one installed before. An empty language means French.
// Returns false for a language TBIB has no catalogue for.
bool installTranslations(const QString &language = {});

} // namespace tbib
