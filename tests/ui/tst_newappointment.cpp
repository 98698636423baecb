// SPDX-License-Identifier: GPL-3.0-or-later
// "Nouveau rendez-vous" at the desk: an existing or new patient, a refused rule
// shown with its sentence, and the explicit confirmation that overrides it.
#include "../core/clinicfixture.h"
#include "newappointmentdialog.h"
#include "service/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace tbib;
using namespace tbib::test;

class TestNewAppointment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void existingPatient();
    void newPatientIsCreated();
    void refusalNeedsExplicitConfirmation();

private:
    std::unique_ptr<NewAppointmentDialog> open(const QString &start);
    void chooseType(NewAppointmentDialog &dialog, TypeId type);

    std::unique_ptr<ClinicFixture> m_clinic;
    std::unique_ptr<BookingService> m_service;
};

void TestNewAppointment::initTestCase()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
}

void TestNewAppointment::init()
{
    m_clinic = std::make_unique<ClinicFixture>();
    QVERIFY(m_clinic->setUp());
    m_service = std::make_unique<BookingService>(*m_clinic->db, m_clinic->clock);
}

void TestNewAppointment::cleanup()
{
    m_service.reset();
    m_clinic.reset();
}

std::unique_ptr<NewAppointmentDialog> TestNewAppointment::open(const QString &start)
{
    return std::make_unique<NewAppointmentDialog>(*m_service, *m_clinic->db, m_clinic->doctor,
                                                  m_clinic->local(start));
}

void TestNewAppointment::chooseType(NewAppointmentDialog &dialog, TypeId type)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("typeComboBox"));
    QVERIFY(combo);
    const int index = combo->findData(type.value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestNewAppointment::existingPatient()
{
    auto dialog = open("2026-11-24 09:00");
    QVERIFY(dialog->selectPatient(m_clinic->karim));
    chooseType(*dialog, m_clinic->t30);
    // QTest types ASCII only: accented text is set directly.
    dialog->findChild<QLineEdit *>(QStringLiteral("motifLineEdit"))->setText("Contrôle tension");
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Appointment a = *ClinicStore(*m_clinic->db).appointment(dialog->booked()).value();
    QCOMPARE(a.patientId, m_clinic->karim);
    QCOMPARE(a.typeId, m_clinic->t30);
    QCOMPARE(a.range, range(m_clinic->zone, "2026-11-24 09:00", "2026-11-24 09:30"));
    QCOMPARE(a.motif, QStringLiteral("Contrôle tension"));
    QCOMPARE(a.source, BookingSource::Desk);
}

void TestNewAppointment::newPatientIsCreated()
{
    const auto before = m_clinic->count("patients");
    auto dialog = open("2026-11-24 10:15");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstNameLineEdit")), "Hind");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastNameLineEdit")), "Berrada");
    dialog->findChild<QDateEdit *>(QStringLiteral("birthDateEdit"))->setDate(QDate(1995, 4, 2));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneLineEdit")), "0661020304");
    chooseType(*dialog, m_clinic->t15);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_clinic->count("patients"), before + 1);
    const Appointment a = *ClinicStore(*m_clinic->db).appointment(dialog->booked()).value();
    QCOMPARE(ClinicStore(*m_clinic->db).patient(a.patientId).value()->fullName(), QStringLiteral("Hind Berrada"));
}

void TestNewAppointment::refusalNeedsExplicitConfirmation()
{
    QVERIFY(m_clinic->addAppointment(m_clinic->lucie, m_clinic->t15, "2026-11-24 09:00", 15).isValid());
    const auto before = m_clinic->count("appointments");
    auto dialog = open("2026-11-24 09:00");
    QVERIFY(dialog->selectPatient(m_clinic->karim));
    chooseType(*dialog, m_clinic->t15);
    dialog->accept();
    QVERIFY(dialog->result() != int(QDialog::Accepted));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QCOMPARE(error->text(), QStringLiteral("Ce créneau n'est plus disponible. Veuillez en choisir un autre."));
    QCOMPARE(m_clinic->count("appointments"), before);
    auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("overrideCheckBox"));
    QVERIFY(!confirm->isHidden());
    QVERIFY(!confirm->isChecked());
    dialog->accept(); // not confirmed: still refused
    QCOMPARE(m_clinic->count("appointments"), before);
    confirm->setChecked(true);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_clinic->count("appointments"), before + 1);
}

QTEST_MAIN(TestNewAppointment)
#include "tst_newappointment.moc"
