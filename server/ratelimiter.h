// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/clock.h"

#include <QHash>
#include <QString>

namespace tbib {

// Booking and eligibility requests per client address and minute (clinic
// setting booking_rate_limit_per_minute; 0 = no limit). A sliding window of
// two fixed minutes: the previous minute's count weighs by how much of it is
// still inside the last 60 seconds, which smooths the burst at a minute edge.
class RateLimiter final
{
public:
    explicit RateLimiter(const Clock &clock) : m_clock(clock) {}

    void setLimitPerMinute(int limit) { m_limit = limit; }
    [[nodiscard]] int limitPerMinute() const { return m_limit; }
    // Counts the request and says whether it may proceed.
    [[nodiscard]] bool allow(const QString &address);

private:
    struct Window
    {
        qint64 minute = 0;
        int current = 0;
        int previous = 0;
    };
    const Clock &m_clock;
    int m_limit = 20;
    QHash<QString, Window> m_windows;
};

} // namespace tbib
