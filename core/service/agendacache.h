// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/clinicstore.h"

#include <QHash>
#include <QList>

#include <functional>

namespace tbib {

class Database;

// A read model of the agenda for the hot read paths (the slot lists and the
// calendar feed): what the database holds, kept in memory by doctor and UTC
// day, filled on demand with one query per run of missing days. It is only
// valid for one change stamp of the database: any write by anyone (this
// connection, another one, another process) moves the stamp and empties it,
// so it can never answer from a state the database has left. Writers never
// read it: every booking re-reads and re-checks inside its own transaction.
class AgendaCache final
{
public:
    explicit AgendaCache(const Database &db) : m_db(db) {}

    // Views of the appointments overlapping a window (every status), ordered
    // by start then id; `doctor` empty means every doctor. `stamp` is the
    // change stamp the caller read (Database::changeStamp()).
    [[nodiscard]] Result<QList<AppointmentView>> views(qint64 stamp, std::optional<DoctorId> doctor,
                                                       TimeRange window);
    // What occupies a doctor's time in a window: absences, and appointments
    // that are neither cancelled nor no-shows (except one, when given).
    [[nodiscard]] Result<ClinicStore::BusyTime> busyTime(qint64 stamp, DoctorId doctor, TimeRange window,
                                                         AppointmentId except = {});

    [[nodiscard]] qsizetype dayCount() const { return m_days.size(); }

private:
    // One doctor's (or, with id 0, every doctor's) appointments starting on one UTC day.
    struct DayKey
    {
        qint64 doctor = 0;
        qint64 day = 0;
        friend bool operator==(DayKey, DayKey) = default;
        friend size_t qHash(DayKey k, size_t seed = 0) { return qHashMulti(seed, k.doctor, k.day); }
    };
    using Visitor = std::function<void(const AppointmentView &)>;

    void follow(qint64 stamp);
    [[nodiscard]] Result<void> visit(qint64 doctor, TimeRange window, const Visitor &visitor);
    [[nodiscard]] Result<void> fill(qint64 doctor, qint64 firstDay, qint64 lastDay);

    const Database &m_db;
    qint64 m_stamp = -1;
    QHash<DayKey, QList<AppointmentView>> m_days;
    QHash<qint64, QList<TimeRange>> m_absences; // by doctor, all of them
};

} // namespace tbib
