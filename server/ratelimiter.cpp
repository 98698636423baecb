// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace tbib {

bool RateLimiter::allow(const QString &address)
{
    if (m_limit <= 0)
        return true;
    const UtcSeconds now = m_clock.now();
    const qint64 minute = now / 60;
    // Forget addresses idle for two minutes so the table cannot grow without bound.
    if (m_windows.size() > 10000) {
        m_windows.removeIf([minute](const auto &it) { return it.value().minute < minute - 1; });
    }
    Window &w = m_windows[address];
    if (w.minute != minute) {
        w.previous = (w.minute == minute - 1) ? w.current : 0;
        w.current = 0;
        w.minute = minute;
    }
    const double elapsed = double(now % 60) / 60.0;
    const double estimate = w.previous * (1.0 - elapsed) + w.current;
    if (estimate + 1 > m_limit)
        return false;
    ++w.current;
    return true;
}

} // namespace tbib
