// SPDX-License-Identifier: GPL-3.0-or-later
#include "patienthistorymodel.h"

#include "domain/workinghours.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tbib {

PatientHistoryModel::PatientHistoryModel(BookingService &service, const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_db(db), m_catalogue(std::make_shared<const Catalogue>())
{
    const auto follow = [this](const Appointment &a) {
        if (a.patientId == m_patient)
            reload();
    };
    connect(&m_service, &BookingService::appointmentAdded, this, follow);
    connect(&m_service, &BookingService::appointmentChanged, this, follow);
    connect(&m_service, &BookingService::appointmentRemoved, this, [this](AppointmentId id) {
        if (std::any_of(m_appointments.cbegin(), m_appointments.cend(), [id](const auto &a) { return a.id == id; }))
            reload();
    });
    // Type names and colours, or anything at all (another program's import,
    // a connection back after a loss).
    connect(&m_service, &BookingService::catalogueChanged, this, &PatientHistoryModel::reload);
    connect(&m_service, &BookingService::reloadNeeded, this, &PatientHistoryModel::reload);
}

void PatientHistoryModel::setPatient(PatientId id)
{
    m_patient = id;
    reload();
}

void PatientHistoryModel::reload()
{
    QList<Appointment> fresh;
    if (m_patient.isValid()) {
        auto all = ClinicStore(m_db).appointmentsOfPatient(m_patient);
        if (all)
            fresh = std::move(*all);
    }
    std::sort(fresh.begin(), fresh.end(), [](const Appointment &x, const Appointment &y) {
        return x.range.start != y.range.start ? x.range.start > y.range.start : x.id > y.id;
    });
    // The names and the zone are read once per reload, not per cell painted
    // (catalogue() asks the database whether anything changed).
    auto catalogue = m_service.catalogue();
    beginResetModel();
    m_appointments = std::move(fresh);
    m_catalogue = catalogue ? *catalogue : std::make_shared<const Catalogue>();
    endResetModel();
}

const Appointment *PatientHistoryModel::appointmentAt(int row) const
{
    return row >= 0 && row < m_appointments.size() ? &m_appointments[row] : nullptr;
}

int PatientHistoryModel::noShowCount() const
{
    return int(std::count_if(m_appointments.cbegin(), m_appointments.cend(),
                             [](const Appointment &a) { return a.status == AppointmentStatus::NoShow; }));
}

int PatientHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appointments.size());
}

int PatientHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("Date");
    case DoctorColumn: return tr("Doctor");
    case TypeColumn: return tr("Consultation type");
    case StatusColumn: return tr("Status");
    case MotifColumn: return tr("Reason for visit");
    case NotesColumn: return tr("Private notes");
    default: return {};
    }
}

QVariant PatientHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment &a = m_appointments[index.row()];
    if (role == IdRole)
        return a.id.value;
    if (role == StatusRole)
        return int(a.status);
    if (role == Qt::FontRole && index.column() == StatusColumn && a.status == AppointmentStatus::NoShow) {
        QFont struck; // DESIGN §2: a no-show reads struck through
        struck.setStrikeOut(true);
        return struck;
    }
    if (role == Qt::ForegroundRole && (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow))
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::ToolTipRole && (index.column() == NotesColumn || index.column() == MotifColumn))
        return index.column() == NotesColumn ? a.privateNotes : a.motif;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const Catalogue &catalogue = *m_catalogue;
    switch (index.column()) {
    case WhenColumn: {
        const ClinicZone &zone = catalogue.zone;
        return QString(QLocale().toString(zone.dateOf(a.range.start), QLocale::ShortFormat) + u"  "
                       + WorkingHours::formatTime(zone.minuteOfDay(a.range.start)));
    }
    case DoctorColumn: {
        const Doctor *d = catalogue.doctor(a.doctorId);
        return d ? d->name : QString();
    }
    case TypeColumn: {
        const ConsultationType *t = catalogue.type(a.typeId);
        return t ? t->name : QString();
    }
    case StatusColumn:
        return statusLabel(a.status);
    case MotifColumn:
        return a.motif;
    case NotesColumn:
        // One line in the table; the whole text is shown under it for the selected row.
        return QString(a.privateNotes).replace(u'\n', u' ');
    default:
        return {};
    }
}

} // namespace tbib
