// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskpanel.h"

#include "theme.h"

#include "domain/workinghours.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tbib {

namespace {

// The four buttons of the action bar, in DESIGN §7's order.
struct StatusButton
{
    AppointmentStatus status;
    const char *emoji;
    const char *objectName;
};
const StatusButton StatusButtons[] = {
    {AppointmentStatus::Arrived, "✅", "arrivedButton"},
    {AppointmentStatus::InProgress, "🩺", "inProgressButton"},
    {AppointmentStatus::Done, "🏁", "doneButton"},
    {AppointmentStatus::NoShow, "❌", "noShowButton"},
};

// Whole years between two dates (the birthday not yet reached this year does not count).
int yearsBetween(QDate birth, QDate today)
{
    int years = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
        --years;
    return years;
}

QString timeText(const ClinicZone &zone, UtcSeconds t)
{
    return WorkingHours::formatTime(zone.minuteOfDay(t));
}

} // namespace

DeskPanel::DeskPanel(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent), m_service(service), m_db(db), m_pages(new QStackedWidget(this)), m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("deskPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Appointment desk"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto *empty = m_empty = new QLabel(u"📅\n\n" + tr("Select an appointment."), m_pages);
    empty->setObjectName(QStringLiteral("emptyDeskLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_pages->addWidget(empty);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("deskPanel"));
    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);

    // Patient card: avatar, name, "34 ans · 06 12 34 56 78".
    auto *card = new QHBoxLayout;
    card->setSpacing(14);
    m_avatar = new QLabel(content);
    m_avatar->setObjectName(QStringLiteral("avatarLabel"));
    m_avatar->setFixedSize(60, 60);
    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("patientNameLabel"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("patientDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identity->addStretch(1);
    identity->addWidget(m_name);
    identity->addWidget(m_details);
    identity->addStretch(1);
    card->addWidget(m_avatar);
    card->addLayout(identity, 1);
    layout->addLayout(card);

    auto *whenFrame = new QFrame(content);
    whenFrame->setObjectName(QStringLiteral("whenFrame"));
    auto *whenLayout = new QHBoxLayout(whenFrame);
    whenLayout->setContentsMargins(10, 8, 10, 8);
    m_when = new QLabel(whenFrame);
    m_when->setObjectName(QStringLiteral("whenLabel"));
    m_when->setWordWrap(true);
    whenLayout->addWidget(m_when);
    layout->addWidget(whenFrame);

    // The action bar. The accessible name is the bare status word (DESIGN §7);
    // the visible text adds the emoji.
    auto *bar = new QWidget(content);
    bar->setObjectName(QStringLiteral("statusBar"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 4, 0, 0);
    barLayout->setSpacing(6);
    for (const StatusButton &s : StatusButtons) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QString::fromLatin1(s.objectName));
        button->setText(statusLabel(s.status));
        button->setIcon(QIcon(theme::emoji(QString::fromUtf8(s.emoji), 24, devicePixelRatioF())));
        button->setIconSize(QSize(24, 24));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setAccessibleName(statusLabel(s.status));
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(56);
        barLayout->addWidget(button);
        m_statusButtons.append({s.status, button});
        const AppointmentStatus status = s.status;
        // toggled, not clicked: an assistive technology's action on a
        // checkable button toggles it without a click (QAccessibleButton),
        // and it must change the status as a click does. fill() sets the
        // buttons with their signals blocked.
        connect(button, &QToolButton::toggled, this, [this, status] { setStatus(status); });
    }
    layout->addWidget(bar);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("deskErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Refusal"));
    m_error->hide();
    layout->addWidget(m_error);
    m_arrival = new QLabel(content);
    m_arrival->setObjectName(QStringLiteral("arrivalLabel"));
    layout->addWidget(m_arrival);

    layout->addWidget(section(tr("Reason for visit")));
    m_motif = new QLabel(content);
    m_motif->setObjectName(QStringLiteral("motifLabel"));
    m_motif->setWordWrap(true);
    m_type = new QLabel(content);
    m_type->setObjectName(QStringLiteral("typeLabel"));
    layout->addWidget(m_motif);
    layout->addWidget(m_type);

    layout->addWidget(section(tr("History with this doctor")));
    // A rich-text table rather than a list view: it wraps long type names in
    // a narrow desk instead of scrolling sideways, and reads as one text.
    m_history = new QLabel(content);
    m_history->setObjectName(QStringLiteral("historyLabel"));
    m_history->setAccessibleName(tr("Past appointments with this doctor"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_noHistory = new QLabel(tr("First visit to this doctor."), content);
    m_noHistory->setObjectName(QStringLiteral("arrivalLabel"));
    layout->addWidget(m_history);
    layout->addWidget(m_noHistory);

    m_record = new QPushButton(u"📂 " + tr("Open the medical record"), content);
    m_record->setObjectName(QStringLiteral("medicalRecordButton"));
    m_record->setAccessibleName(tr("Medical record"));
    m_record->setCursor(Qt::PointingHandCursor);
    connect(m_record, &QPushButton::clicked, this, [this] {
        if (m_patient)
            Q_EMIT openRecord(m_patient->id);
    });
    layout->addWidget(m_record, 0, Qt::AlignLeft);

    layout->addWidget(section(tr("Private notes")));
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("privateNotesEdit"));
    m_notes->setAccessibleName(tr("Private notes"));
    m_notes->setPlaceholderText(tr("Notes for the doctor only; never shown to the patient."));
    m_notes->setMinimumHeight(120);
    m_notesStatus = new QLabel(content);
    m_notesStatus->setObjectName(QStringLiteral("notesStatusLabel"));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_notesStatus);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, &DeskPanel::flushNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_fillingNotes || !m_appointment)
            return;
        m_notesDirty = true;
        updateNotesStatus(tr("Saving…"));
        m_saveTimer->start();
    });

    // Live: the desk follows whatever changes its appointment or patient,
    // from this window, the waiting room or a web booking.
    connect(&m_service, &BookingService::appointmentChanged, this, [this](const Appointment &a) {
        if (m_appointment && (a.id == m_appointment->id || a.patientId == m_appointment->patientId))
            reload();
    });
    connect(&m_service, &BookingService::appointmentAdded, this, [this](const Appointment &a) {
        if (m_appointment && a.patientId == m_appointment->patientId)
            fillHistory();
    });
    connect(&m_service, &BookingService::appointmentRemoved, this, [this](AppointmentId id) {
        if (m_unsaved.remove(id.value)) // nothing left to save them to
            persistUnsaved();
        if (m_appointment && id == m_appointment->id)
            showGone();
        else if (m_appointment)
            fillHistory();
    });
    connect(&m_service, &BookingService::patientChanged, this, [this](PatientId id) {
        if (m_patient && id == m_patient->id)
            reload();
    });
    // Another program imported data, or the connection came back: the
    // appointment is read again (it may be gone); typed notes stay.
    connect(&m_service, &BookingService::reloadNeeded, this, &DeskPanel::reload);
    connect(&m_service, &BookingService::catalogueChanged, this, [this] {
        if (m_appointment)
            fill(); // type names and colours
    });
    // Back: what could not be written is written now, before the reload
    // that follows (ChangeFeed announces the connection first).
    connect(&m_service, &BookingService::connectionChanged, this, [this](bool connected) {
        if (connected)
            retryUnsaved();
    });
    m_pages->setCurrentIndex(0);

    // Notes left unsaved when TBIB last closed (the server was away then):
    // written as soon as the database takes them.
    loadUnsaved();
    if (!m_unsaved.isEmpty())
        QTimer::singleShot(0, this, &DeskPanel::retryUnsaved);
}

namespace {

// Private notes the database could not take yet, kept on this computer until
// it does (readable by this user only), one group per database.
std::unique_ptr<QSettings> unsavedNotesFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return std::make_unique<QSettings>(dir + u"/unsaved-notes.ini", QSettings::IniFormat);
}

QString databaseGroup(const Database &db)
{
    return u"db-"
        + QString::fromLatin1(
              QCryptographicHash::hash(db.displayLocation().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

void DeskPanel::loadUnsaved()
{
    const auto file = unsavedNotesFile();
    file->beginGroup(databaseGroup(m_db));
    for (const QString &key : file->childKeys()) {
        bool ok = false;
        const qint64 id = key.mid(1).toLongLong(&ok);
        if (ok && key.startsWith(u'n'))
            m_unsaved.insert(id, file->value(key).toString());
    }
}

void DeskPanel::persistUnsaved() const
{
    const auto file = unsavedNotesFile();
    file->beginGroup(databaseGroup(m_db));
    const QStringList before = file->childKeys();
    if (before.isEmpty() && m_unsaved.isEmpty())
        return;
    file->remove(QString());
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
        file->setValue(u'n' + QString::number(it.key()), it.value());
    file->endGroup();
    file->sync();
    QFile::setPermissions(file->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

DeskPanel::~DeskPanel()
{
    // The last chance for typed notes (the window flushes on close already).
    flushNotes();
}

void DeskPanel::setSaveDelay(int milliseconds)
{
    m_saveTimer->setInterval(milliseconds);
}

QLabel *DeskPanel::section(const QString &title)
{
    auto *label = new QLabel(title.toUpper(), this);
    label->setObjectName(QStringLiteral("sectionLabel"));
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

void DeskPanel::showAppointment(AppointmentId id)
{
    flushNotes(); // refused for want of a connection, the text stays in m_unsaved
    m_notesDirty = false;
    m_error->hide();
    m_appointment.reset();
    m_patient.reset();
    m_empty->setText(u"📅\n\n" + tr("Select an appointment."));
    if (id.isValid()) {
        auto a = ClinicStore(m_db).appointment(id);
        if (a && *a)
            m_appointment = **a;
    }
    // Notes of this appointment that could not be written yet are shown,
    // still pending, instead of the stored ones.
    m_notesDirty = m_appointment && m_unsaved.contains(m_appointment->id.value);
    if (m_notesDirty) {
        m_fillingNotes = true;
        m_notes->setPlainText(m_unsaved.value(m_appointment->id.value));
        m_notes->moveCursor(QTextCursor::End);
        m_fillingNotes = false;
        updateNotesStatus(tr("Not saved yet: they will be saved when the connection to the database is back."));
    }
    reload();
}

void DeskPanel::reload()
{
    if (m_appointment) {
        const ClinicStore store(m_db);
        auto a = store.appointment(m_appointment->id);
        if (!a)
            return; // unreadable now (connection lost): keep what is shown
        if (!*a) {
            showGone();
            return;
        }
        m_appointment = **a;
        auto p = store.patient(m_appointment->patientId);
        if (!p)
            return;
        m_patient = *p ? std::optional<Patient>(**p) : std::nullopt;
    }
    fill();
}

void DeskPanel::showGone()
{
    m_saveTimer->stop();
    if (m_appointment && m_unsaved.remove(m_appointment->id.value))
        persistUnsaved();
    m_notesDirty = false;
    m_appointment.reset();
    m_patient.reset();
    m_error->hide();
    fill();
    m_empty->setText(u"📅\n\n" + tr("This appointment no longer exists: it was deleted, here or on another "
                                     "workstation.") + u"\n\n" + tr("Select an appointment."));
}

void DeskPanel::fill()
{
    if (!m_appointment || !m_patient) {
        m_appointment.reset();
        m_patient.reset();
        m_pages->setCurrentIndex(0);
        m_fillingNotes = true;
        m_notes->clear();
        m_fillingNotes = false;
        return;
    }
    m_pages->setCurrentIndex(1);
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    const ConsultationType *type = catalogue ? (*catalogue)->type(m_appointment->typeId) : nullptr;
    const UtcSeconds now = m_service.clock().now();
    const QDate today = zone.dateOf(now);
    const Appointment &a = *m_appointment;
    const Patient &p = *m_patient;

    m_avatar->setPixmap(theme::avatar(p.fullName(), p.photo, 60, devicePixelRatioF()));
    m_avatar->setAccessibleName(p.photo.isEmpty() ? theme::initials(p.fullName()) : tr("Photo of %1").arg(p.fullName()));
    m_name->setText(p.fullName());
    QStringList details;
    if (p.birthDate.isValid())
        details << tr("%n year(s)", nullptr, yearsBetween(p.birthDate, today));
    if (!p.phone.isEmpty())
        details << p.phone;
    m_details->setText(details.join(u" · "));

    const QDate day = zone.dateOf(a.range.start);
    const QString dayText = day == today ? tr("Today") : QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
    m_when->setText(u"<b>" + dayText.toHtmlEscaped() + u" · " + timeText(zone, a.range.start) + u" – " +
                    timeText(zone, a.range.end) + u"</b>&nbsp;&nbsp;&nbsp;<span style=\"color:" +
                    displayColor(a.status, type ? type->color : QStringLiteral("#1E88E5")) + u"\">●</span> " +
                    statusLabel(a.status).toHtmlEscaped());

    for (const auto &[status, button] : std::as_const(m_statusButtons)) {
        const QSignalBlocker quiet(button);
        button->setChecked(status == a.status);
    }

    if (a.status == AppointmentStatus::Arrived && a.arrivedAt) {
        m_arrival->setText(tr("In the waiting room since %1 · %n min", nullptr, int((now - *a.arrivedAt) / 60))
                               .arg(timeText(zone, *a.arrivedAt)));
        m_arrival->show();
    } else {
        m_arrival->hide();
    }

    m_motif->setText(a.motif.isEmpty() ? tr("No reason given.") : a.motif);
    const int minutes = int(a.range.seconds() / 60);
    m_type->setText(type ? tr("%1, %n min", nullptr, minutes).arg(type->name) : tr("%n min", nullptr, minutes));
    fillHistory();

    if (!m_notesDirty && m_notes->toPlainText() != a.privateNotes) {
        m_fillingNotes = true;
        m_notes->setPlainText(a.privateNotes);
        m_notes->moveCursor(QTextCursor::End); // typing continues the notes
        m_fillingNotes = false;
    }
    if (!m_notesDirty)
        updateNotesStatus();
}

void DeskPanel::fillHistory()
{
    m_history->clear();
    if (!m_appointment)
        return;
    auto all = ClinicStore(m_db).appointmentsOfPatient(m_appointment->patientId);
    auto catalogue = m_service.catalogue();
    const UtcSeconds now = m_service.clock().now();
    QList<Appointment> past;
    if (all) {
        for (const Appointment &a : std::as_const(*all)) {
            if (a.doctorId == m_appointment->doctorId && a.id != m_appointment->id && a.range.start < now)
                past.append(a);
        }
    }
    std::sort(past.begin(), past.end(), [](const auto &x, const auto &y) { return x.range.start > y.range.start; });
    constexpr int MaxRows = 8; // the medical record has the whole history
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    for (const Appointment &a : past.first(qMin<qsizetype>(past.size(), MaxRows))) {
        const ConsultationType *type = catalogue ? (*catalogue)->type(a.typeId) : nullptr;
        const QDate day = catalogue ? (*catalogue)->zone.dateOf(a.range.start) : QDate();
        const QString color = type ? type->color : QStringLiteral("#9E9E9E");
        const QString status = statusLabel(a.status).toHtmlEscaped();
        html += u"<tr><td style=\"color:#5F6B66\">" + QLocale().toString(day, QStringLiteral("d MMM yyyy")).toHtmlEscaped() +
                u"</td><td><span style=\"color:" + color + u"\">●</span> " +
                (type ? type->name : QString()).toHtmlEscaped() + u"</td><td align=\"right\">" +
                (a.status == AppointmentStatus::NoShow ? u"<s>" + status + u"</s>" : u"<b>" + status + u"</b>") +
                u"</td></tr>";
    }
    html += u"</table>";
    if (past.size() > MaxRows)
        html += u"<p style=\"color:#5F6B66\">" + tr("%n earlier appointment(s) in the medical record.", nullptr,
                                                      int(past.size() - MaxRows)) + u"</p>";
    m_history->setText(html);
    m_history->setVisible(!past.isEmpty());
    m_noHistory->setVisible(past.isEmpty());
}

void DeskPanel::setStatus(AppointmentStatus status)
{
    if (!m_appointment)
        return;
    if (m_appointment->status == status) {
        fill(); // a click on the current status only re-checks its button
        return;
    }
    auto r = m_service.setStatus(m_appointment->id, status);
    if (!r) {
        // Refused: nothing changed; the buttons go back to the stored status.
        showError(r.error().message());
        fill();
        return;
    }
    m_error->hide();
    reload();
}

void DeskPanel::showError(const QString &sentence)
{
    m_error->setText(sentence);
    m_error->show();
}

bool DeskPanel::flushNotes()
{
    m_saveTimer->stop();
    if (!m_notesDirty || !m_appointment)
        return true;
    return writeNotes(m_appointment->id, m_notes->toPlainText());
}

bool DeskPanel::writeNotes(AppointmentId id, const QString &text)
{
    const bool shown = m_appointment && m_appointment->id == id;
    auto r = m_service.setPrivateNotes(id, text);
    if (!r) {
        if (r.error().code == ErrorCode::StorageFailure) {
            // The database did not take them (the connection to the server
            // is lost): kept, and written when it is back.
            m_unsaved.insert(id.value, text);
            persistUnsaved();
            if (shown)
                updateNotesStatus(
                    tr("Not saved yet: they will be saved when the connection to the database is back."));
        } else {
            if (m_unsaved.remove(id.value))
                persistUnsaved();
            if (shown)
                updateNotesStatus(tr("Not saved: %1").arg(r.error().message()));
        }
        return false;
    }
    if (m_unsaved.remove(id.value))
        persistUnsaved();
    if (shown && m_notes->toPlainText() == text) {
        m_notesDirty = false;
        m_appointment->privateNotes = r->privateNotes;
        updateNotesStatus();
    }
    return true;
}

void DeskPanel::retryUnsaved()
{
    // The shown appointment's editor holds the latest text; the others' is in m_unsaved.
    if (m_notesDirty && m_appointment)
        m_unsaved.insert(m_appointment->id.value, m_notes->toPlainText());
    m_saveTimer->stop();
    const auto pending = m_unsaved;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        (void)writeNotes(AppointmentId(it.key()), it.value());
}

void DeskPanel::updateNotesStatus(const QString &text)
{
    m_notesStatus->setText(text.isEmpty() ? u"● " + tr("Saved automatically") : text);
}

} // namespace tbib
