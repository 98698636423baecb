// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timerange.h"

#include <atomic>

namespace tbib {

// The only source of "now" in core. Services receive one; tests pass a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual UtcSeconds now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] UtcSeconds now() const override;
};

// A clock that only moves when told to. Thread-safe reads (tests share it across threads).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(UtcSeconds now) : m_now(now) {}
    [[nodiscard]] UtcSeconds now() const override { return m_now.load(); }
    void set(UtcSeconds now) { m_now.store(now); }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    std::atomic<UtcSeconds> m_now;
};

} // namespace tbib
