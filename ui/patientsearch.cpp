// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientsearch.h"

#include "domain/appointmentstatus.h"
#include "domain/workinghours.h"
#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>

namespace tbib {

namespace {

// Every word typed is in the name ("benali amina" finds Amina Benali), or
// three digits or more are in the phone number, whatever its spacing and
// whether typed with the trunk 0 ("0612…") or the country code ("+212 612…").
bool matches(const Patient &p, const QStringList &words, const QString &digits)
{
    if (digits.size() >= 3) {
        const QString national = digits.size() > 9 ? normalizedPhone(digits)
                                                   : (digits.startsWith(u'0') ? digits.mid(1) : digits);
        return normalizedPhone(p.phone).contains(national);
    }
    if (words.isEmpty())
        return false;
    const QString name = p.fullName();
    return std::all_of(words.begin(), words.end(),
                       [&](const QString &w) { return name.contains(w, Qt::CaseInsensitive); });
}

} // namespace

PatientSearch::PatientSearch(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent), m_service(service), m_db(db)
{
    setObjectName(QStringLiteral("patientSearch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("patientSearchEdit"));
    m_edit->setAccessibleName(tr("Search for a patient"));
    m_edit->setPlaceholderText(tr("Search for a patient…"));
    m_edit->setToolTip(tr("A name or a phone number; ↓ then Enter to choose"));
    m_edit->setClearButtonEnabled(true);
    // Room for the placeholder when there is room; the toolbar may squeeze it.
    m_edit->setMinimumWidth(120);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // A child of the window once shown, so that it floats above the agenda
    // (not a Qt::Popup: a popup would take the keyboard from the field).
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("patientSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setStyleSheet(QStringLiteral(
        "QListWidget#patientSearchResults { background: white; border: 1px solid #C8CDD0; border-radius: 4px; }"
        "QListWidget#patientSearchResults::item { padding: 5px 8px; }"
        "QListWidget#patientSearchResults::item:selected { background: #E8F5E9; color: #1B5E20; }"));
    m_results->setUniformItemSizes(false);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->installEventFilter(this);
    m_results->hide();
    connect(m_edit, &QLineEdit::textEdited, this, &PatientSearch::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            hideResults();
    });
    // Single-click and activation may both fire for one click: the row's
    // data is read at once, the pick runs once, after the signal returns
    // (picking refills the list, which deletes the row).
    connect(m_results, &QListWidget::itemClicked, this, &PatientSearch::pickLater);
    connect(m_results, &QListWidget::itemActivated, this, &PatientSearch::pickLater);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (m_results && m_results->isVisible() && now && now != m_edit && now != m_results
            && !m_results->isAncestorOf(now))
            hideResults();
    });
    // A patient added or renamed anywhere is found by the next search.
    connect(&m_service, &BookingService::patientChanged, this, [this] { m_patientsLoaded = false; });
    connect(&m_service, &BookingService::reloadNeeded, this, [this] { m_patientsLoaded = false; });
}

QSize PatientSearch::sizeHint() const
{
    return {std::max(240, m_edit->sizeHint().width()), m_edit->sizeHint().height()};
}

PatientSearch::~PatientSearch()
{
    // The list lives in the window, not under this widget. Our filters go
    // first: destroying the list sends events (to it and to the window) that
    // must not reach a half-destroyed search, nor see the list half-destroyed.
    if (QListWidget *results = m_results.data()) {
        results->removeEventFilter(this);
        if (QWidget *host = results->parentWidget())
            host->removeEventFilter(this);
        m_results.clear();
        delete results;
    }
}

const QList<Patient> &PatientSearch::patients()
{
    if (!m_patientsLoaded) {
        auto all = ClinicStore(m_db).patients();
        m_patients = all ? *all : QList<Patient>();
        m_patientsLoaded = true;
    }
    return m_patients;
}

void PatientSearch::search(const QString &text)
{
    m_patient = {};
    m_results->clear();
    const QString needle = text.trimmed();
    const QString digits = normalizedPhone(needle);
    if (needle.size() < 2) {
        hideResults();
        return;
    }
    const QStringList words = digits.size() >= 3 ? QStringList() : needle.split(u' ', Qt::SkipEmptyParts);
    int found = 0;
    for (const Patient &p : patients()) {
        if (!matches(p, words, digits))
            continue;
        if (++found > MaxPatients)
            continue; // counted, not listed
        const QString birth = p.birthDate.isValid() ? QLocale().toString(p.birthDate, QLocale::ShortFormat) : QString();
        QStringList parts{p.fullName()};
        if (!p.phone.isEmpty())
            parts.append(p.phone);
        if (!birth.isEmpty())
            parts.append(birth);
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_results);
        item->setData(KindRole, int(Row::Patient));
        item->setData(IdRole, p.id.value);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    if (found == 0)
        addNote(tr("No patient found"));
    else if (found > MaxPatients)
        addNote(tr("%n more patient(s): type more of the name or the number", nullptr, found - MaxPatients));
    showResults();
}

void PatientSearch::showPatient(PatientId patient)
{
    m_results->clear();
    auto catalogue = m_service.catalogue();
    auto person = ClinicStore(m_db).patient(patient);
    if (!catalogue || !person || !*person)
        return;
    m_patient = patient;
    auto *header = new QListWidgetItem(tr("%1 — coming appointments").arg((*person)->fullName()), m_results);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    header->setFlags(Qt::ItemIsEnabled);
    header->setData(KindRole, int(Row::Note));

    // Coming = not over yet (one under way today counts), not cancelled; in order.
    const UtcSeconds now = m_service.clock().now();
    int listed = 0;
    if (auto all = ClinicStore(m_db).appointmentsOfPatient(patient)) {
        for (const Appointment &a : std::as_const(*all)) {
            if (a.status == AppointmentStatus::Cancelled || a.range.end <= now)
                continue;
            if (++listed > MaxAppointments)
                break;
            auto *item = new QListWidgetItem(describe(a), m_results);
            item->setData(KindRole, int(Row::Appointment));
            item->setData(IdRole, a.id.value);
            item->setData(Qt::AccessibleTextRole, item->text());
        }
    }
    if (listed == 0)
        addNote(tr("No coming appointment"));
    showResults();
}

QString PatientSearch::describe(const Appointment &a) const
{
    // "mar. 24/11/2026 · 09:00–09:45 · Première consultation · Dr Amina Benali"
    auto catalogue = m_service.catalogue();
    const ClinicZone zone = catalogue ? (*catalogue)->zone : ClinicZone();
    const QDate day = zone.dateOf(a.range.start);
    const QLocale locale;
    QStringList parts{locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + u' '
                          + locale.toString(day, QLocale::ShortFormat),
                      WorkingHours::formatTime(zone.minuteOfDay(a.range.start)) + u'\u2013'
                          + WorkingHours::formatTime(zone.minuteOfDay(a.range.end))};
    if (catalogue) {
        if (const ConsultationType *t = (*catalogue)->type(a.typeId))
            parts.append(t->name);
        if (const Doctor *d = (*catalogue)->doctor(a.doctorId))
            parts.append(d->name);
    }
    if (a.status != AppointmentStatus::Booked)
        parts.append(statusLabel(a.status));
    return parts.join(QStringLiteral(" · "));
}

void PatientSearch::addNote(const QString &text)
{
    auto *note = new QListWidgetItem(text, m_results);
    note->setFlags(Qt::ItemIsEnabled);
    note->setForeground(QColor(0x5F, 0x63, 0x68));
    note->setData(KindRole, int(Row::Note));
}

void PatientSearch::pickLater(const QListWidgetItem *item)
{
    if (!item || m_pickPending)
        return;
    const auto kind = Row(item->data(KindRole).toInt());
    const qint64 id = item->data(IdRole).toLongLong();
    if (kind == Row::Note)
        return;
    m_pickPending = true;
    QTimer::singleShot(0, this, [this, kind, id] {
        m_pickPending = false;
        pick(kind, id);
    });
}

void PatientSearch::pick(Row kind, qint64 id)
{
    if (kind == Row::Patient) {
        showPatient(PatientId(id));
        focusFirstChoice();
    } else if (kind == Row::Appointment) {
        hideResults();
        Q_EMIT appointmentChosen(AppointmentId(id));
    }
}

void PatientSearch::showResults()
{
    QWidget *host = window();
    if (m_results->parentWidget() != host) {
        m_results->setParent(host);
        host->installEventFilter(this); // to follow the window's size
    }
    // Under the field, as wide as a row needs, inside the window.
    int height = 2 * m_results->frameWidth();
    for (int i = 0; i < m_results->count(); ++i)
        height += m_results->sizeHintForRow(i);
    // As wide as the longest row (an appointment's line is long), within the window.
    const int rows = m_results->sizeHintForColumn(0) + 2 * m_results->frameWidth() + 24;
    const int width = std::min(std::max({m_edit->width(), 360, rows}), host->width() - 16);
    QPoint at = m_edit->mapTo(host, QPoint(0, m_edit->height() + 2));
    at.setX(std::clamp(at.x(), 8, std::max(8, host->width() - width - 8)));
    m_results->setGeometry(at.x(), at.y(), width, std::min(height + 2, 360));
    m_results->show();
    m_results->raise();
}

void PatientSearch::hideResults()
{
    if (m_results) // gone already when the window is torn down first
        m_results->hide();
}

int PatientSearch::firstChoice() const
{
    for (int i = 0; i < m_results->count(); ++i) {
        if (Row(m_results->item(i)->data(KindRole).toInt()) != Row::Note)
            return i;
    }
    return -1;
}

void PatientSearch::focusFirstChoice()
{
    if (const int row = firstChoice(); row >= 0) {
        m_results->setCurrentRow(row);
        m_results->setFocus(Qt::OtherFocusReason);
    }
}

void PatientSearch::hideEvent(QHideEvent *event)
{
    // Another page, or the window minimised: the results go with the field.
    QWidget::hideEvent(event);
    hideResults();
}

bool PatientSearch::eventFilter(QObject *watched, QEvent *event)
{
    // Only the window's resizes and key presses matter. Anything else is left
    // alone before the list is touched: while the window tears the list down,
    // it receives events (ChildRemoved…) about a list that is no longer one.
    if ((event->type() != QEvent::Resize && event->type() != QEvent::KeyPress) || !m_results)
        return QWidget::eventFilter(watched, event);
    if (watched == window() && event->type() == QEvent::Resize && m_results->isVisible()) {
        QTimer::singleShot(0, this, [this] {
            if (m_results && m_results->isVisible())
                showResults(); // under the field again, once the layout has moved it
        });
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_results->isVisible()) {
            hideResults();
            m_edit->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_edit && m_results->isVisible()) {
            if (key->key() == Qt::Key_Down) {
                focusFirstChoice();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                // Enter in the field picks the first choice.
                if (const QListWidgetItem *item = m_results->item(firstChoice()))
                    pick(Row(item->data(KindRole).toInt()), item->data(IdRole).toLongLong());
                return true;
            }
        }
        if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentRow() == firstChoice()) {
            m_edit->setFocus(Qt::OtherFocusReason); // up past the first choice: back to the field
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tbib
