// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tbib {

class BookingService;
class Database;

// The desk (panneau rendez-vous, DESIGN §7): the selected appointment's patient
// card, status buttons, context, history and private notes. Every change goes
// through the BookingService; the panel re-reads what the service reports.
//
// Private notes are never lost: typing is saved after a short pause, and any
// pending text is written before the selection changes and when the window
// closes (flushNotes()). A save the database could not take (the connection
// to the server is lost) is kept, per appointment, shown as not saved yet and
// written when the service says the connection is back; a reload never
// replaces it. Closing TBIB meanwhile keeps it in a file of this computer
// (AppDataLocation/unsaved-notes.ini, this user only), written at the next
// start. The service must outlive the panel.
class DeskPanel final : public QWidget
{
    Q_OBJECT
public:
    DeskPanel(BookingService &service, const Database &db, QWidget *parent = nullptr);
    ~DeskPanel() override;
    Q_DISABLE_COPY_MOVE(DeskPanel)

    [[nodiscard]] AppointmentId appointment() const { return m_appointment ? m_appointment->id : AppointmentId(); }
    // Saves pending notes first; an invalid id empties the desk.
    void showAppointment(AppointmentId id);
    // Writes pending notes now; false (with the sentence shown) if refused.
    bool flushNotes();
    // How long typing must pause before the notes are saved (default 800 ms).
    void setSaveDelay(int milliseconds);
    // Notes typed but not written yet because the database could not take them.
    [[nodiscard]] bool hasUnsavedNotes() const { return !m_unsaved.isEmpty(); }

Q_SIGNALS:
    void openRecord(tbib::PatientId patient);

private:
    void reload();
    void fill();
    // Empties the desk and says why (the appointment is gone).
    void showGone();
    // Writes the notes of one appointment; a storage failure keeps them in m_unsaved.
    bool writeNotes(AppointmentId id, const QString &text);
    void retryUnsaved();
    // m_unsaved is also kept in a file of this computer, so that notes the
    // database could not take survive closing TBIB (written at the next start).
    void loadUnsaved();
    void persistUnsaved() const;
    void fillHistory();
    void setStatus(AppointmentStatus status);
    void showError(const QString &sentence);
    void updateNotesStatus(const QString &text = {});
    [[nodiscard]] QLabel *section(const QString &title);

    BookingService &m_service;
    const Database &m_db;
    std::optional<Appointment> m_appointment;
    std::optional<Patient> m_patient;
    bool m_notesDirty = false;
    bool m_fillingNotes = false;
    QHash<qint64, QString> m_unsaved; // appointment → notes the database could not take yet

    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_when = nullptr;
    QList<std::pair<AppointmentStatus, QToolButton *>> m_statusButtons;
    QLabel *m_error = nullptr;
    QLabel *m_arrival = nullptr;
    QLabel *m_motif = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_noHistory = nullptr;
    QPushButton *m_record = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_notesStatus = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace tbib
