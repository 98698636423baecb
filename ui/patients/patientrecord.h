// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tbib {

class BookingService;
class Database;
class IdentityForm;
class PatientHistoryModel;

// The medical record (dossier médical) of one patient: identity (editable,
// with a photo), online booking blocked or not (block with a reason,
// unblock), the no-show count, and every appointment with its status and the
// doctor's private notes. Every change goes through the BookingService; a
// refused identity shows each sentence next to its field and writes nothing.
// The record follows the service: a change made elsewhere is shown at once
// (typing in progress in the identity form is kept).
class PatientRecord final : public QWidget
{
    Q_OBJECT
public:
    PatientRecord(BookingService &service, const Database &db, QWidget *parent = nullptr);
    ~PatientRecord() override;
    Q_DISABLE_COPY_MOVE(PatientRecord)

    void setPatient(PatientId id);
    [[nodiscard]] PatientId patient() const { return m_patient ? m_patient->id : PatientId(); }
    [[nodiscard]] PatientHistoryModel *history() const { return m_history; }

    // The identity form's "Save": false, with the sentences shown, if refused.
    bool saveIdentity();
    [[nodiscard]] bool hasUnsavedIdentity() const { return m_dirty; }
    // Before the record is left: unsaved identity edits are saved or dropped
    // as staff choose (a question), or the leaving is cancelled (false).
    bool confirmLeaving();
    // A picture file becomes the photo (square, 256 px); false if refused.
    bool setPhotoFromFile(const QString &path);

Q_SIGNALS:
    void backRequested();
    void appointmentActivated(tbib::AppointmentId id);

private:
    void reload();
    void fillIdentity();
    void fillState();
    void showSelectedNotes();
    void clearFieldErrors();
    void setIdentityDirty(bool dirty);
    void choosePhoto();
    void block();
    void unblock();
    [[nodiscard]] QLabel *fieldError(const char *objectName);
    [[nodiscard]] QLabel *section(const QString &title);

    BookingService &m_service;
    const Database &m_db;
    std::optional<Patient> m_patient;
    bool m_dirty = false;

    QLabel *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QLabel *m_photoError = nullptr;

    IdentityForm *m_identity = nullptr;
    QLabel *m_identityStatus = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;

    QLabel *m_blockState = nullptr;
    QLabel *m_noShows = nullptr;
    QLineEdit *m_blockReason = nullptr;
    QLabel *m_blockReasonError = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_unblock = nullptr;

    PatientHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_selectedNotes = nullptr;
};

} // namespace tbib
