// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientlistmodel.h"

#include "service/bookingservice.h"

#include <QColor>
#include <QLocale>
#include <QTimer>

namespace tbib {

namespace {

// Whole months between two dates (a day of the month not reached yet does not count).
int monthsBetween(QDate birth, QDate today)
{
    int months = (today.year() - birth.year()) * 12 + today.month() - birth.month();
    if (today.day() < birth.day())
        --months;
    return std::max(0, months);
}

} // namespace

PatientListModel::PatientListModel(BookingService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &BookingService::patientChanged, this, &PatientListModel::refresh);
    connect(&m_service, &BookingService::appointmentAdded, this,
            [this](const Appointment &a) { refresh(a.patientId); });
    connect(&m_service, &BookingService::appointmentChanged, this,
            [this](const Appointment &a) { refresh(a.patientId); });
    // A deleted appointment names no patient: read the whole list again (rare,
    // for an appointment entered by mistake).
    connect(&m_service, &BookingService::appointmentRemoved, this, &PatientListModel::reload);
    // Another program imported patients, or the connection came back.
    connect(&m_service, &BookingService::reloadNeeded, this, &PatientListModel::reload);
    // Ages and "last visit" depend on the date: a new day reads the list again.
    auto *midnight = new QTimer(this);
    connect(midnight, &QTimer::timeout, this, [this] {
        if (m_service.today() != m_today)
            reload();
    });
    midnight->start(60 * 1000);
    reload();
}

QString PatientListModel::folded(const QString &text)
{
    // Decomposed, the accents are separate marks that can be dropped:
    // "Hélène" is found by "helene".
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

QString PatientListModel::ageText(QDate birth, QDate today)
{
    if (!birth.isValid() || !today.isValid())
        return {};
    // Babies are counted in months, as a paediatrician does.
    const int months = monthsBetween(birth, today);
    if (months < 24)
        return tr("%n month(s)", nullptr, months);
    return tr("%n year(s)", nullptr, months / 12);
}

PatientListModel::Row PatientListModel::makeRow(const PatientSummary &summary) const
{
    const Patient &p = summary.patient;
    // The phone as written (its digits: "0612…" finds "06 12 …") and by its
    // key (the national and the international forms find each other).
    QString digits;
    for (QChar c : p.phone) {
        if (c.isDigit())
            digits += c;
    }
    return {summary, isBlockedForAny(p, m_doctors),
            folded(p.firstName + u' ' + p.lastName) + u' ' + digits + u' ' + normalizedPhone(p.phone),
            folded(p.lastName + u' ' + p.firstName)};
}

void PatientListModel::reload()
{
    auto catalogue = m_service.catalogue();
    auto summaries = m_service.patientSummaries();
    beginResetModel();
    m_data.clear();
    m_rows.clear();
    m_lastError.clear();
    m_doctors = catalogue ? (*catalogue)->doctors : QList<Doctor>();
    m_zone = catalogue ? (*catalogue)->zone : ClinicZone();
    m_today = m_service.today();
    if (summaries) {
        m_data.reserve(summaries->size());
        for (const PatientSummary &s : std::as_const(*summaries)) {
            m_rows.insert(s.patient.id.value, int(m_data.size()));
            m_data.append(makeRow(s));
        }
    } else {
        m_lastError = summaries.error().message();
    }
    endResetModel();
}

void PatientListModel::refresh(PatientId id)
{
    auto summary = m_service.patientSummaries(id);
    if (!summary) {
        m_lastError = summary.error().message();
        return;
    }
    const int row = rowOf(id);
    if (summary->isEmpty()) {
        if (row >= 0)
            reload(); // gone (no service deletes patients today)
        return;
    }
    Row fresh = makeRow(summary->constFirst());
    if (row < 0) {
        const int at = int(m_data.size());
        beginInsertRows({}, at, at);
        m_data.append(std::move(fresh));
        m_rows.insert(id.value, at);
        endInsertRows();
        return;
    }
    m_data[row] = std::move(fresh);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PatientListModel::followDoctors()
{
    auto catalogue = m_service.catalogue();
    if (!catalogue)
        return;
    const QList<Doctor> &doctors = (*catalogue)->doctors;
    const auto limits = [](const QList<Doctor> &list) {
        QList<std::pair<qint64, int>> out;
        for (const Doctor &d : list)
            out.append({d.id.value, d.noShowLimit});
        return out;
    };
    if (limits(doctors) == limits(m_doctors))
        return;
    m_doctors = doctors;
    for (Row &row : m_data)
        row.blocked = isBlockedForAny(row.summary.patient, m_doctors);
    if (!m_data.isEmpty())
        Q_EMIT dataChanged(index(0, BlockedColumn), index(int(m_data.size()) - 1, BlockedColumn));
}

PatientId PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_data.size() ? m_data[row].summary.patient.id : PatientId();
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case AgeColumn: return tr("Age");
    case LastVisitColumn: return tr("Last visit");
    case NoShowsColumn: return tr("No-shows");
    case BlockedColumn: return tr("Online booking");
    default: return {};
    }
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_data[index.row()];
    const Patient &p = row.summary.patient;
    const std::optional<UtcSeconds> last = row.summary.lastVisit;
    switch (role) {
    case IdRole:
        return p.id.value;
    case SearchRole:
        return row.search;
    case BlockedRole:
        return row.blocked;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return row.sortName;
        case PhoneColumn: return normalizedPhone(p.phone);
        // Older first when descending: the age grows as the birth date goes back.
        case AgeColumn: return p.birthDate.isValid() ? -p.birthDate.toJulianDay() : qint64(0);
        case LastVisitColumn: return last ? *last : qint64(-1);
        case NoShowsColumn: return p.noShowCount;
        case BlockedColumn: return row.blocked ? 1 : 0;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn || index.column() == NoShowsColumn || index.column() == LastVisitColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == BlockedColumn && row.blocked)
            return QColor(0xB7, 0x1C, 0x1C);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BlockedColumn && row.blocked)
            return p.blocked ? (p.blockReason.isEmpty() ? tr("Blocked by the clinic") : p.blockReason)
                             : tr("Blocked: too many missed appointments");
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        // Filed the way the clinic files them: last name first.
        return QString(p.lastName + u' ' + p.firstName);
    case PhoneColumn:
        return p.phone;
    case AgeColumn:
        return ageText(p.birthDate, m_today);
    case LastVisitColumn: {
        if (!last)
            return role == Qt::AccessibleTextRole ? tr("No visit yet") : QString();
        return QLocale().toString(m_zone.dateOf(*last), QLocale::ShortFormat);
    }
    case NoShowsColumn:
        return QLocale().toString(p.noShowCount);
    case BlockedColumn:
        if (!row.blocked)
            return role == Qt::AccessibleTextRole ? tr("Allowed") : QString();
        return role == Qt::AccessibleTextRole ? tr("Blocked") : QString(u"🔒 " + tr("Blocked"));
    default:
        return {};
    }
}

} // namespace tbib
