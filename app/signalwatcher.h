// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace tbib {

// Turns SIGINT and SIGTERM into a Qt signal. A POSIX signal handler may only
// do async-signal-safe work, so it writes one byte to a socket pair and the
// event loop, watching the other end, emits terminationRequested().
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tbib
