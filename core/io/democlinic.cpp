// SPDX-License-Identifier: GPL-3.0-or-later
#include "democlinic.h"

#include "domain/clock.h"
#include "domain/cliniczone.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace tbib::DemoClinic {

namespace {

constexpr quint32 Seed = 20260124; // fixed: the same clock gives the same clinic
constexpr int DaysAround = 14;

struct Name
{
    const char16_t *first;
    const char16_t *last;
};

// Moroccan and French names, as a clinic in Casablanca sees them.
const Name Names[] = {
    {u"Karim", u"El Idrissi"},     {u"Fatima Zahra", u"Bennani"}, {u"Youssef", u"Alaoui"},
    {u"Salma", u"Tazi"},           {u"Mohammed", u"Chraibi"},     {u"Khadija", u"Berrada"},
    {u"Omar", u"Benjelloun"},      {u"Nadia", u"El Fassi"},       {u"Hamza", u"Lahlou"},
    {u"Imane", u"Squalli"},        {u"Rachid", u"Ouazzani"},      {u"Zineb", u"Kettani"},
    {u"Abdelaziz", u"Amrani"},     {u"Meryem", u"Sefrioui"},      {u"Said", u"Bouzidi"},
    {u"Houda", u"Naciri"},         {u"Mehdi", u"Filali"},         {u"Leila", u"Benkirane"},
    {u"Brahim", u"Ait Ouahmane"},  {u"Aicha", u"Mansouri"},       {u"Anas", u"Cherkaoui"},
    {u"Samira", u"Rami"},          {u"Hassan", u"Zerhouni"},      {u"Ghita", u"Bensouda"},
    {u"Marie", u"Dubois"},         {u"Pierre", u"Lefèvre"},       {u"Camille", u"Martin"},
    {u"Julien", u"Bernard"},       {u"Sophie", u"Moreau"},        {u"Thomas", u"Laurent"},
    {u"Isabelle", u"Girard"},      {u"Nicolas", u"Roux"},         {u"Élodie", u"Fournier"},
    {u"François", u"Mercier"},     {u"Chantal", u"Benhima"},      {u"Adam", u"Essaidi"},
    {u"Yasmine", u"Haddad"},       {u"Mustapha", u"Ennaji"},      {u"Lina", u"Belkadi"},
    {u"Driss", u"Guessous"},
};

const char16_t *const GeneralMotifs[] = {
    u"Fièvre et toux", u"Renouvellement d'ordonnance", u"Douleurs abdominales", u"Suivi diabète",
    u"Certificat d'aptitude au sport", u"Maux de tête persistants", u"Contrôle tension artérielle",
    u"Vaccination", u"Fatigue", u"Douleurs lombaires",
};
const char16_t *const CardioMotifs[] = {
    u"Palpitations", u"Douleurs thoraciques à l'effort", u"Contrôle hypertension", u"Essoufflement",
    u"Bilan avant chirurgie", u"Suivi après infarctus", u"Malaise", u"Contrôle sous anticoagulant",
};
const char16_t *const Notes[] = {
    u"", u"", u"RAS.", u"TA 13/8, poursuivre le traitement.", u"Bilan sanguin demandé.",
    u"Revoir dans un mois.", u"Adressé pour avis spécialisé.",
};

WorkingHours hours(const QList<std::pair<int, QList<LocalInterval>>> &days)
{
    WorkingHours h;
    for (const auto &[day, intervals] : days) {
        const bool ok = h.setIntervals(day, intervals);
        Q_ASSERT(ok);
        Q_UNUSED(ok);
    }
    return h;
}

constexpr int at(int h, int m) { return h * 60 + m; }

// A phone number nobody else in the demo has: Moroccan mobiles mostly, a few
// French ones (patients living between both countries).
QString phoneFor(QRandomGenerator &rng, int index, QSet<QString> &taken)
{
    for (;;) {
        QString phone;
        if (index % 6 == 5) {
            phone = QStringLiteral("+33 6 %1 %2 %3 %4")
                        .arg(rng.bounded(10, 100)).arg(rng.bounded(10, 100)).arg(rng.bounded(10, 100))
                        .arg(rng.bounded(10, 100));
        } else {
            phone = QStringLiteral("0%1 %2 %3 %4 %5")
                        .arg(index % 3 == 0 ? 7 : 6).arg(rng.bounded(10, 100)).arg(rng.bounded(10, 100))
                        .arg(rng.bounded(10, 100)).arg(rng.bounded(10, 100));
        }
        if (!taken.contains(normalizedPhone(phone))) {
            taken.insert(normalizedPhone(phone));
            return phone;
        }
    }
}

template <typename T, size_t N>
QString pick(QRandomGenerator &rng, const T (&list)[N])
{
    return QString::fromUtf16(list[rng.bounded(int(N))]);
}

} // namespace

ClinicSnapshot build(const Clock &clock)
{
    QRandomGenerator rng(Seed);
    const UtcSeconds now = clock.now();
    ClinicSnapshot s;
    s.clinic.name = QStringLiteral("Cabinet médical Al Amal");
    s.clinic.timeZone = "Africa/Casablanca";
    s.clinic.minNoticeMinutes = 60;
    s.clinic.horizonDays = 60;
    s.clinic.bookingRateLimitPerMinute = 20;
    const ClinicZone zone(s.clinic.timeZone);
    const QDate today = zone.dateOf(now);

    const QList<LocalInterval> fullDay = {{at(9, 0), at(12, 30)}, {at(14, 0), at(18, 30)}};
    const QList<LocalInterval> cardioDay = {{at(9, 0), at(12, 30)}, {at(14, 0), at(18, 0)}};
    s.doctors = {
        {DoctorId(1), QStringLiteral("Dr Amina Benali"), QStringLiteral("Médecin généraliste"), {},
         hours({{1, fullDay}, {2, fullDay}, {3, fullDay}, {4, fullDay}, {5, fullDay}, {6, {{at(9, 0), at(12, 30)}}}}), 3},
        {DoctorId(2), QStringLiteral("Dr Julien Morel"), QStringLiteral("Cardiologue"), {},
         hours({{1, cardioDay}, {2, cardioDay}, {3, cardioDay}, {4, cardioDay}, {5, cardioDay}}), 3},
    };

    const auto type = [](qint64 id, qint64 doctor, const QString &name, int minutes, const QString &price,
                         const QString &color, bool emergency = false, bool existing = false, bool active = true) {
        return ConsultationType{TypeId(id), DoctorId(doctor), name, Duration{minutes}, price, color, emergency,
                                existing, active};
    };
    s.types = {
        type(1, 1, QStringLiteral("Consultation générale"), 20, QStringLiteral("200 MAD"), QStringLiteral("#1E88E5")),
        type(2, 1, QStringLiteral("Consultation de suivi"), 15, QStringLiteral("150 MAD"), QStringLiteral("#26A69A"),
             false, true),
        type(3, 1, QStringLiteral("Bilan de santé complet"), 45, QStringLiteral("450 MAD"), QStringLiteral("#8E24AA")),
        type(4, 1, QStringLiteral("Urgence"), 20, QStringLiteral("300 MAD"), QStringLiteral("#E53935"), true),
        type(5, 1, QStringLiteral("Téléconsultation"), 15, QStringLiteral("150 MAD"), QStringLiteral("#90A4AE"),
             false, false, false),
        type(6, 2, QStringLiteral("Première consultation cardiologique"), 45, QStringLiteral("500 MAD"),
             QStringLiteral("#3949AB")),
        type(7, 2, QStringLiteral("Consultation de suivi cardiologique"), 20, QStringLiteral("300 MAD"),
             QStringLiteral("#00897B"), false, true),
        type(8, 2, QStringLiteral("Électrocardiogramme (ECG)"), 15, QStringLiteral("250 MAD"), QStringLiteral("#FB8C00")),
        type(9, 2, QStringLiteral("Échographie cardiaque"), 30, QStringLiteral("600 MAD"), QStringLiteral("#6D4C41")),
    };

    // Dr Morel is at a congress for two working days next week.
    QDate congress = today.addDays(5);
    while (congress.dayOfWeek() > 4)
        congress = congress.addDays(1);
    s.absences = {{AbsenceId(1), DoctorId(2), {zone.startOfDay(congress), zone.startOfDay(congress.addDays(2))},
                   QStringLiteral("Congrès national de cardiologie")}};

    QSet<QString> phones;
    for (int i = 0; i < int(std::size(Names)); ++i) {
        Patient p;
        p.id = PatientId(i + 1);
        p.firstName = QString::fromUtf16(Names[i].first);
        p.lastName = QString::fromUtf16(Names[i].last);
        p.birthDate = QDate(1938 + rng.bounded(80), 1 + rng.bounded(12), 1 + rng.bounded(28));
        p.phone = phoneFor(rng, i, phones);
        p.createdAt = now - qint64(60 + rng.bounded(1500)) * 86400 - rng.bounded(86400);
        s.patients.append(p);
    }
    s.patients[7].blocked = true; // staff blocked her online booking by hand

    // Appointments, day by day: each doctor's intervals are walked with a
    // cursor; a chosen type starts at the next point of its own grid
    // (alignment restarts at every interval, DESIGN §3), so nothing overlaps.
    QHash<qint64, QSet<qint64>> seen; // doctor → patients with a visit that counts
    qint64 nextId = 1;
    for (int offset = -DaysAround; offset <= DaysAround; ++offset) {
        const QDate day = today.addDays(offset);
        QSet<qint64> busyPatients; // one visit a day per patient
        for (const Doctor &doctor : std::as_const(s.doctors)) {
            const TimeRange dayRange{zone.startOfDay(day), zone.startOfDay(day.addDays(1))};
            if (std::any_of(s.absences.cbegin(), s.absences.cend(), [&](const DoctorAbsence &a) {
                    return a.doctorId == doctor.id && a.range.overlaps(dayRange);
                }))
                continue;
            const bool cardio = doctor.id == DoctorId(2);
            // Busy in the past, filling up less the further ahead.
            const int fill = offset <= 0 ? 75 : std::max(20, 70 - offset * 3);
            bool emergencyToday = false;
            for (const LocalInterval &iv : doctor.hours.intervals(day.dayOfWeek())) {
                int cursor = iv.startMinute;
                for (;;) {
                    const int roll = int(rng.bounded(100));
                    qint64 typeId = cardio ? (roll < 30 ? 6 : roll < 65 ? 7 : roll < 85 ? 8 : 9)
                                           : (roll < 50 ? 1 : roll < 85 ? 2 : 3);
                    if (!cardio && offset <= 0 && !emergencyToday && rng.bounded(100) < 8) {
                        typeId = 4;
                        emergencyToday = true;
                    }
                    const ConsultationType &t = s.types[typeId - 1];
                    const int d = t.duration.minutes;
                    const int start = iv.startMinute + (cursor - iv.startMinute + d - 1) / d * d;
                    if (start + d > iv.endMinute)
                        break;
                    cursor = start + d;
                    if (int(rng.bounded(100)) >= fill)
                        continue;
                    // A follow-up is for someone the doctor has already seen.
                    const QSet<qint64> &known = seen[doctor.id.value];
                    qint64 patient = 0;
                    for (int attempt = 0; attempt < 8 && patient == 0; ++attempt) {
                        const qint64 candidate = 1 + rng.bounded(int(s.patients.size()));
                        if (!busyPatients.contains(candidate) && (!t.requireExistingPatient || known.contains(candidate)))
                            patient = candidate;
                    }
                    if (patient == 0)
                        continue;
                    busyPatients.insert(patient);
                    Appointment a;
                    a.id = AppointmentId(nextId++);
                    a.doctorId = doctor.id;
                    a.patientId = PatientId(patient);
                    a.typeId = t.id;
                    a.range = {zone.fromLocal(day, start), zone.fromLocal(day, start) + t.duration.seconds()};
                    a.motif = cardio ? pick(rng, CardioMotifs) : pick(rng, GeneralMotifs);
                    a.source = (!t.emergencyOnly && rng.bounded(100) < 25) ? BookingSource::Web : BookingSource::Desk;
                    const int statusRoll = int(rng.bounded(100));
                    if (offset < 0) {
                        a.status = statusRoll < 78 ? AppointmentStatus::Done
                            : statusRoll < 89      ? AppointmentStatus::NoShow
                                                   : AppointmentStatus::Cancelled;
                    } else if (offset > 0 && statusRoll < 6) {
                        a.status = AppointmentStatus::Cancelled;
                    }
                    if (a.status == AppointmentStatus::Done)
                        a.privateNotes = pick(rng, Notes);
                    const qint64 bookedAhead = t.emergencyOnly ? 3600 : qint64(1 + rng.bounded(20)) * 86400;
                    a.createdAt = std::min(a.range.start - bookedAhead, now - qint64(1 + rng.bounded(72)) * 3600);
                    if (occupiesTime(a.status))
                        seen[doctor.id.value].insert(patient);
                    s.appointments.append(a);
                }
            }
        }
    }

    // Today, per doctor, whatever the hour: the earliest are done, then one
    // in progress, two waiting in the room, the rest booked, so that the demo
    // always shows the waiting room and every colour.
    for (const Doctor &doctor : std::as_const(s.doctors)) {
        QList<Appointment *> todays;
        for (Appointment &a : s.appointments) {
            if (a.doctorId == doctor.id && zone.dateOf(a.range.start) == today && a.status != AppointmentStatus::Cancelled)
                todays.append(&a);
        }
        const qsizetype n = todays.size();
        if (n == 0)
            continue;
        qsizetype current = 0;
        while (current < n && todays[current]->range.end <= now)
            ++current;
        current = std::clamp<qsizetype>(current, 1, std::max<qsizetype>(1, n - 3));
        for (qsizetype i = 0; i < n; ++i) {
            Appointment &a = *todays[i];
            if (i < current - 1)
                a.status = AppointmentStatus::Done;
            else if (i == current - 1)
                a.status = AppointmentStatus::InProgress;
            else if (i <= current + 1)
                a.status = AppointmentStatus::Arrived;
            else
                a.status = AppointmentStatus::Booked;
        }
    }

    // Arrival times, last changes and the no-show counts that follow from the statuses.
    for (Appointment &a : s.appointments) {
        const qint64 early = qint64(5 + rng.bounded(20)) * 60;
        switch (a.status) {
        case AppointmentStatus::Done:
        case AppointmentStatus::InProgress:
            a.arrivedAt = std::min(now, a.range.start) - early;
            a.updatedAt = std::min(now, a.status == AppointmentStatus::Done ? a.range.end : a.range.start);
            break;
        case AppointmentStatus::Arrived:
            a.arrivedAt = std::min(now, a.range.start) - early;
            a.updatedAt = *a.arrivedAt;
            break;
        case AppointmentStatus::NoShow:
            s.patients[a.patientId.value - 1].noShowCount++;
            a.updatedAt = std::min(now, a.range.end);
            break;
        case AppointmentStatus::Cancelled:
            a.updatedAt = std::min(now, a.range.start - 3600);
            break;
        case AppointmentStatus::Booked:
            a.updatedAt = a.createdAt;
            break;
        }
        a.updatedAt = std::max(a.updatedAt, a.createdAt);
        if (a.arrivedAt)
            a.arrivedAt = std::max(*a.arrivedAt, a.createdAt);
    }
    return s;
}

Result<void> install(const Database &db, const Clock &clock)
{
    const ClinicStore store(db);
    const auto empty = store.isEmpty();
    if (!empty)
        return std::unexpected(empty.error());
    if (!*empty)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("DemoClinic", "the database already holds a clinic; the demo clinic "
                                                              "only fills an empty database"));
    return ClinicJson::write(db, build(clock));
}

} // namespace tbib::DemoClinic
