// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QDateTime>

namespace tbib {

UtcSeconds SystemClock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace tbib
