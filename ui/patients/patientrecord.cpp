// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientrecord.h"

#include "identityform.h"
#include "patienthistorymodel.h"
#include "patientlistmodel.h"
#include "theme.h"

#include "service/bookingservice.h"
#include "storage/clinicstore.h"

#include <QAction>
#include <QBuffer>
#include <QGuiApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace tbib {

namespace {

constexpr int PhotoPixels = 256; // stored size: sharp on a 2× screen at 96 px, a few tens of KiB
constexpr int AvatarPixels = 96;

// A picture as the stored photo: the centred square, scaled, as JPEG.
QByteArray photoBytes(const QImage &image)
{
    const int side = std::min(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side)
                              .scaled(PhotoPixels, PhotoPixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    square.save(&buffer, "JPG", 85);
    return bytes;
}

} // namespace

PatientRecord::PatientRecord(BookingService &service, const Database &db, QWidget *parent)
    : QWidget(parent), m_service(service), m_db(db), m_history(new PatientHistoryModel(service, db, this))
{
    setObjectName(QStringLiteral("patientRecord"));
    setAccessibleName(tr("Medical record"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("recordContent"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    // The arrow points back along the reading direction (Arabic mirrors it).
    const QString arrow = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("→ ")
                                                                                : QStringLiteral("← ");
    auto *back = new QPushButton(arrow + tr("Patients"), content);
    back->setObjectName(QStringLiteral("backToListButton"));
    back->setAccessibleName(tr("Back to the patient list"));
    back->setCursor(Qt::PointingHandCursor);
    connect(back, &QPushButton::clicked, this, &PatientRecord::backRequested);
    // Escape goes back to the list too, for keyboard-only staff.
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &PatientRecord::backRequested);
    addAction(escape);
    layout->addWidget(back, 0, Qt::AlignLeading);

    // Card: photo, name, "34 ans · 06 12 34 56 78", photo buttons.
    auto *card = new QHBoxLayout;
    card->setSpacing(18);
    m_avatar = new QLabel(content);
    m_avatar->setObjectName(QStringLiteral("recordAvatarLabel"));
    m_avatar->setFixedSize(AvatarPixels, AvatarPixels);
    card->addWidget(m_avatar, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    m_name = new QLabel(content);
    m_name->setObjectName(QStringLiteral("recordNameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("recordDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *photoButtons = new QHBoxLayout;
    auto *changePhoto = new QPushButton(tr("Change photo…"), content);
    changePhoto->setObjectName(QStringLiteral("changePhotoButton"));
    changePhoto->setAccessibleName(tr("Change photo"));
    connect(changePhoto, &QPushButton::clicked, this, &PatientRecord::choosePhoto);
    m_removePhoto = new QPushButton(tr("Remove photo"), content);
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    m_removePhoto->setAccessibleName(tr("Remove photo"));
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        if (!m_patient)
            return;
        auto r = m_service.setPatientPhoto(m_patient->id, {});
        m_photoError->setVisible(!r);
        if (!r)
            m_photoError->setText(r.error().message());
    });
    photoButtons->addWidget(changePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);
    m_photoError = fieldError("photoError");
    who->addWidget(m_name);
    who->addWidget(m_details);
    who->addLayout(photoButtons);
    who->addWidget(m_photoError);
    card->addLayout(who, 1);
    layout->addLayout(card);

    // Identity: each field has its sentence right under it when refused.
    layout->addWidget(section(tr("Identity")));
    m_identity = new IdentityForm(content);
    // The form keeps a reading width; a name is not 1,000 pixels long.
    m_identity->setMaximumWidth(620);
    layout->addWidget(m_identity);
    auto *identityButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), content);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setAccessibleName(tr("Save the identity"));
    connect(m_save, &QPushButton::clicked, this, &PatientRecord::saveIdentity);
    m_revert = new QPushButton(tr("Undo changes"), content);
    m_revert->setObjectName(QStringLiteral("revertIdentityButton"));
    m_revert->setAccessibleName(tr("Undo the identity changes"));
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setIdentityDirty(false);
        fillIdentity();
    });
    m_identityStatus = new QLabel(content);
    m_identityStatus->setObjectName(QStringLiteral("identityStatusLabel"));
    m_identityStatus->setWordWrap(true);
    identityButtons->addWidget(m_save);
    identityButtons->addWidget(m_revert);
    identityButtons->addWidget(m_identityStatus, 1);
    layout->addLayout(identityButtons);
    connect(m_identity, &IdentityForm::edited, this, [this] { setIdentityDirty(true); });
    connect(m_identity, &IdentityForm::returnPressed, this, &PatientRecord::saveIdentity);

    // Online booking: the state, and block (with a reason) or unblock.
    layout->addWidget(section(tr("Online booking")));
    m_blockState = new QLabel(content);
    m_blockState->setObjectName(QStringLiteral("blockStateLabel"));
    m_blockState->setWordWrap(true);
    m_noShows = new QLabel(content);
    m_noShows->setObjectName(QStringLiteral("noShowCountLabel"));
    layout->addWidget(m_blockState);
    layout->addWidget(m_noShows);
    auto *blockRow = new QHBoxLayout;
    auto *reasonBox = new QVBoxLayout;
    reasonBox->setSpacing(2);
    m_blockReason = new QLineEdit(content);
    m_blockReason->setObjectName(QStringLiteral("blockReasonEdit"));
    m_blockReason->setAccessibleName(tr("Reason for blocking"));
    m_blockReason->setPlaceholderText(tr("Reason (e.g. repeated missed appointments)"));
    m_blockReasonError = fieldError("blockReasonError");
    reasonBox->addWidget(m_blockReason);
    reasonBox->addWidget(m_blockReasonError);
    m_block = new QPushButton(u"🔒 " + tr("Block online booking"), content);
    m_block->setObjectName(QStringLiteral("blockButton"));
    m_block->setAccessibleName(tr("Block online booking"));
    connect(m_block, &QPushButton::clicked, this, &PatientRecord::block);
    connect(m_blockReason, &QLineEdit::returnPressed, this, &PatientRecord::block);
    m_unblock = new QPushButton(u"🔓 " + tr("Unblock"), content);
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    m_unblock->setAccessibleName(tr("Unblock"));
    connect(m_unblock, &QPushButton::clicked, this, &PatientRecord::unblock);
    // Only one of the two is shown: "Débloquer" alone sits at the start.
    blockRow->addWidget(m_unblock, 0, Qt::AlignTop);
    blockRow->addLayout(reasonBox, 1);
    blockRow->addWidget(m_block, 0, Qt::AlignTop);
    layout->addLayout(blockRow);

    // Every appointment, newest first; the selected one's notes in full below.
    layout->addWidget(section(tr("Appointments")));
    m_historyView = new QTableView(content);
    m_historyView->setObjectName(QStringLiteral("historyTableView"));
    m_historyView->setAccessibleName(tr("Appointments of the patient"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    // Date, doctor and status are short; type and motif share what is left
    // with the notes, elided (the selected row's notes are shown in full).
    QHeaderView *columns = m_historyView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(PatientHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PatientHistoryModel::DoctorColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PatientHistoryModel::StatusColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(PatientHistoryModel::NotesColumn, QHeaderView::Stretch);
    columns->resizeSection(PatientHistoryModel::TypeColumn, 170);
    columns->resizeSection(PatientHistoryModel::MotifColumn, 150);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyView->setTextElideMode(Qt::ElideRight);
    m_historyView->setMinimumHeight(220);
    layout->addWidget(m_historyView, 1);
    m_selectedNotes = new QLabel(content);
    m_selectedNotes->setObjectName(QStringLiteral("selectedNotesLabel"));
    m_selectedNotes->setAccessibleName(tr("Private notes of the selected appointment"));
    m_selectedNotes->setWordWrap(true);
    m_selectedNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_selectedNotes);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientRecord::showSelectedNotes);
    connect(m_history, &QAbstractItemModel::modelReset, this, &PatientRecord::showSelectedNotes);
    connect(m_historyView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Appointment *a = m_history->appointmentAt(index.row()))
            Q_EMIT appointmentActivated(a->id);
    });

    connect(&m_service, &BookingService::patientChanged, this, [this](PatientId id) {
        if (m_patient && id == m_patient->id)
            reload();
    });
    // The identity being edited (m_dirty) is kept; the rest is read again.
    connect(&m_service, &BookingService::reloadNeeded, this, &PatientRecord::reload);
    clearFieldErrors();
}

PatientRecord::~PatientRecord() = default;

QLabel *PatientRecord::fieldError(const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setProperty("fieldError", true);
    label->setWordWrap(true);
    label->setAccessibleName(tr("Error"));
    label->hide();
    return label;
}

QLabel *PatientRecord::section(const QString &title)
{
    auto *label = new QLabel(title.toUpper(), this);
    label->setObjectName(QStringLiteral("sectionLabel"));
    label->setContentsMargins(0, 10, 0, 0);
    return label;
}

void PatientRecord::setPatient(PatientId id)
{
    // The page asked about unsaved edits before (confirmLeaving()).
    setIdentityDirty(false);
    clearFieldErrors();
    m_identityStatus->clear();
    m_blockReason->clear();
    m_photoError->hide();
    m_patient.reset();
    if (id.isValid()) {
        auto p = ClinicStore(m_db).patient(id);
        if (p && *p)
            m_patient = **p;
    }
    m_history->setPatient(m_patient ? m_patient->id : PatientId());
    fillIdentity();
    fillState();
}

void PatientRecord::reload()
{
    if (!m_patient)
        return;
    auto p = ClinicStore(m_db).patient(m_patient->id);
    if (p && *p)
        m_patient = **p;
    if (!m_dirty)
        fillIdentity();
    fillState();
}

void PatientRecord::fillIdentity()
{
    if (m_patient)
        m_identity->setIdentity({m_patient->firstName, m_patient->lastName, m_patient->birthDate, m_patient->phone});
    else
        m_identity->setIdentity({});
}

void PatientRecord::fillState()
{
    if (!m_patient)
        return;
    const Patient &p = *m_patient;
    auto catalogue = m_service.catalogue();
    const QList<Doctor> doctors = catalogue ? (*catalogue)->doctors : QList<Doctor>();
    m_avatar->setPixmap(theme::avatar(p.fullName(), p.photo, AvatarPixels, devicePixelRatioF()));
    m_avatar->setAccessibleName(p.photo.isEmpty() ? theme::initials(p.fullName()) : tr("Photo of %1").arg(p.fullName()));
    m_removePhoto->setEnabled(!p.photo.isEmpty());
    m_name->setText(p.fullName());
    QStringList details;
    if (const QString age = PatientListModel::ageText(p.birthDate, m_service.today()); !age.isEmpty())
        details << age;
    if (p.birthDate.isValid())
        details << tr("born on %1").arg(QLocale().toString(p.birthDate, QStringLiteral("d MMMM yyyy")));
    if (!p.phone.isEmpty())
        details << p.phone;
    m_details->setText(details.join(u" · "));

    m_noShows->setText(tr("Missed appointments: %1").arg(QLocale().toString(p.noShowCount)));
    const bool blocked = isBlockedForAny(p, doctors);
    if (p.blocked) {
        m_blockState->setText(u"🔒 " + (p.blockReason.isEmpty()
                                            ? tr("Online booking blocked by the clinic.")
                                            : tr("Online booking blocked by the clinic: %1").arg(p.blockReason)));
    } else if (blocked) {
        m_blockState->setText(u"🔒 " + tr("Online booking blocked: %n missed appointment(s) reached the doctor's limit.",
                                          nullptr, p.noShowCount));
    } else {
        m_blockState->setText(tr("Online booking allowed."));
    }
    m_blockState->setProperty("blocked", blocked);
    m_blockState->style()->unpolish(m_blockState);
    m_blockState->style()->polish(m_blockState);
    m_blockReason->setVisible(!blocked);
    m_block->setVisible(!blocked);
    m_unblock->setVisible(blocked);
    if (blocked)
        m_blockReasonError->hide();
}

void PatientRecord::showSelectedNotes()
{
    const QModelIndex current = m_historyView->selectionModel()->currentIndex();
    const Appointment *a = current.isValid() ? m_history->appointmentAt(current.row()) : nullptr;
    if (!a) {
        m_selectedNotes->setText(m_history->rowCount() == 0 ? tr("No appointment yet.")
                                                             : tr("Select an appointment to read its private notes."));
        return;
    }
    m_selectedNotes->setText(a->privateNotes.isEmpty() ? tr("No private notes for this appointment.")
                                                       : tr("Private notes: %1").arg(a->privateNotes));
}

void PatientRecord::clearFieldErrors()
{
    m_identity->clearProblems();
}

void PatientRecord::setIdentityDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty)
        m_identityStatus->clear();
}

bool PatientRecord::saveIdentity()
{
    if (!m_patient)
        return false;
    const PatientIdentity identity = m_identity->identity();
    clearFieldErrors();
    auto r = m_service.updatePatient(m_patient->id, identity);
    if (!r) {
        // The same rules the service applied, to put each sentence by its field.
        const QList<FieldProblem> problems = identity.problems(m_service.today());
        m_identity->showProblems(problems);
        m_identityStatus->setText(problems.isEmpty() ? r.error().message() : tr("Not saved: correct the fields shown."));
        m_identityStatus->setProperty("refused", true);
        return false;
    }
    m_identityStatus->setProperty("refused", false);
    setIdentityDirty(false);
    m_patient = *r;
    fillIdentity();
    fillState();
    m_identityStatus->setText(u"● " + tr("Saved"));
    return true;
}

bool PatientRecord::confirmLeaving()
{
    if (!m_dirty || !m_patient)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The identity of %1 was changed and not saved.").arg(m_patient->fullName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedIdentityBox"));
    box.setAccessibleName(tr("Unsaved changes"));
    QPushButton *save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    save->setAccessibleName(tr("Save"));
    QPushButton *discard = box.addButton(tr("Discard the changes"), QMessageBox::DestructiveRole);
    discard->setAccessibleName(tr("Discard the changes"));
    QPushButton *stay = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    stay->setAccessibleName(tr("Keep editing"));
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == save)
        return saveIdentity(); // refused: the sentences are shown and staff stay
    if (box.clickedButton() == discard) {
        setIdentityDirty(false);
        fillIdentity();
        clearFieldErrors();
        return true;
    }
    return false;
}

void PatientRecord::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"), {},
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"));
    if (!path.isEmpty())
        setPhotoFromFile(path);
}

bool PatientRecord::setPhotoFromFile(const QString &path)
{
    if (!m_patient)
        return false;
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone pictures carry their rotation in EXIF
    const QImage image = reader.read();
    QString refusal;
    if (image.isNull()) {
        refusal = tr("This file is not a picture that can be read.");
    } else if (auto r = m_service.setPatientPhoto(m_patient->id, photoBytes(image)); !r) {
        refusal = r.error().message();
    }
    m_photoError->setText(refusal);
    m_photoError->setVisible(!refusal.isEmpty());
    return refusal.isEmpty();
}

void PatientRecord::block()
{
    if (!m_patient)
        return;
    const QString reason = m_blockReason->text();
    auto r = m_service.setPatientBlocked(m_patient->id, true, reason);
    if (!r) {
        const auto problem = blockReasonProblem(true, reason);
        m_blockReasonError->setText(problem ? problem->message : r.error().message());
        m_blockReasonError->show();
        return;
    }
    m_blockReasonError->hide();
    m_blockReason->clear();
}

void PatientRecord::unblock()
{
    if (!m_patient)
        return;
    auto r = m_service.setPatientBlocked(m_patient->id, false);
    if (!r) {
        m_blockState->setText(r.error().message());
        return;
    }
}

} // namespace tbib
