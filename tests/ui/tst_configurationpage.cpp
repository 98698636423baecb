// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration page driven as staff drive it (offscreen platform, a real
// clinic database, a manual clock): its models under QAbstractItemModelTester,
// its forms refusing bad input next to the field, and its changes reaching the
// agenda grid and the new-appointment dialog at once.
#include "windowtest.h"

#include "agenda/agendascene.h"
#include "agenda/agendaview.h"
#include "agendapage.h"
#include "config/absencesmodel.h"
#include "config/absencespage.h"
#include "config/clinicpage.h"
#include "config/configurationpage.h"
#include "config/hourspage.h"
#include "config/onlinebookingpage.h"
#include "config/typesmodel.h"
#include "config/typespage.h"
#include "mainwindow.h"
#include "newappointmentdialog.h"
#include "sidebar.h"

#include "io/democlinic.h"
#include "service/accesstoken.h"
#include "service/configurationservice.h"
#include "service/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorDialog>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

using namespace tbib;
using namespace tbib::test;

namespace {

template <typename T>
T *byName(QWidget *root, const QString &objectName)
{
    return root->findChild<T *>(objectName);
}

template <typename T>
T *byAccessibleName(QWidget *root, const QString &name)
{
    const auto all = root->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

constexpr qint64 MsecsPerHour = 3600 * 1000;

} // namespace

class TestConfigurationPage : public tbib::test::WindowTest
{
    Q_OBJECT
public:
    TestConfigurationPage() : WindowTest(QStringLiteral("tst_configurationpage")) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sidebarOpensTheConfiguration();
    void modelsFollowChanges();
    void typeFormRefuses_data();
    void typeFormRefuses();
    void addedTypeIsInTheNewAppointmentDialog();
    void colourPickerAndRules();
    void usedTypeIsDeactivated();
    void absenceOverAnAppointmentListsTheCollision();
    void absenceEditedAndDeleted();
    void absenceFormRefuses_data();
    void absenceFormRefuses();
    void workingHoursMoveTheGrid();
    void hoursFormRefuses_data();
    void hoursFormRefuses();
    void onlineBookingTokenAndAddress();
    void onlineFormRefusesPortZero();
    void clinicRenamesTheWindow();
    void everyControlIsNamed();
    void screenshots();

private:
    void openWindow();
    [[nodiscard]] ConfigurationPage *page() const { return m_window->configurationPage(); }
    void click(QWidget *root, const QString &objectName)
    {
        auto *button = byName<QPushButton>(root, objectName);
        QVERIFY2(button, qPrintable(objectName));
        QTest::mouseClick(button, Qt::LeftButton);
    }

};

void TestConfigurationPage::initTestCase()
{
    QVERIFY(isolateSettings());
}

void TestConfigurationPage::init()
{
    QVERIFY(startClinic());
}

void TestConfigurationPage::cleanup()
{
    endClinic();
}

void TestConfigurationPage::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_service, *m_clinic->db);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page()->types()->model()),
                                      static_cast<QAbstractItemModel *>(page()->absences()->model())})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Configuration")),
                      Qt::LeftButton);
    QTRY_VERIFY(page()->isVisible());
}

void TestConfigurationPage::sidebarOpensTheConfiguration()
{
    openWindow();
    QCOMPARE(page()->objectName(), QStringLiteral("settingsPage"));
    auto *tabs = byName<QTabWidget>(page(), QStringLiteral("configTabWidget"));
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles, (QStringList{QStringLiteral("Types de consultation"), QStringLiteral("Absences"),
                                  QStringLiteral("Horaires"), QStringLiteral("Réservation en ligne"),
                                  QStringLiteral("Cabinet")}));
    QCOMPARE(page()->doctor(), m_clinic->doctor);
    // The doctor's five types, the inactive one included.
    QCOMPARE(page()->types()->model()->rowCount(), 5);
}

void TestConfigurationPage::modelsFollowChanges()
{
    openWindow();
    TypesModel *types = page()->types()->model();
    ConfigurationService &config = *m_window->configuration();
    ConsultationType t;
    t.doctorId = m_clinic->doctor;
    t.name = QStringLiteral("Bilan");
    t.duration = Duration{45};
    QVERIFY(config.saveType(t));
    QCOMPARE(types->rowCount(), 6);
    const int row = types->rowOf(types->typeAt(5)->id);
    QCOMPARE(types->index(row, TypesModel::Name).data().toString(), QStringLiteral("Bilan"));
    QCOMPARE(types->index(row, TypesModel::Duration).data().toString(), QStringLiteral("45 min"));
    QCOMPARE(types->index(row, TypesModel::Color).data(Qt::DecorationRole).value<QColor>(), QColor(0x1E, 0x88, 0xE5));
    QCOMPARE(types->headerData(TypesModel::ExistingOnly, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Déjà suivis"));
    // The other doctor's list is separate.
    page()->setDoctor(m_clinic->otherDoctor);
    QCOMPARE(types->rowCount(), 0);

    AbsencesModel *absences = page()->absences()->model();
    QCOMPARE(absences->rowCount(), 0);
    QVERIFY(config.saveAbsence({{}, m_clinic->otherDoctor,
                                range(m_clinic->zone, "2026-11-24 09:00", "2026-11-24 12:00"), QStringLiteral("Congrès")},
                               {}));
    QCOMPARE(absences->rowCount(), 1);
    QCOMPARE(absences->index(0, AbsencesModel::Reason).data().toString(), QStringLiteral("Congrès"));
    QVERIFY(absences->index(0, AbsencesModel::Start).data().toString().contains(QStringLiteral("09:00")));
    // Another doctor's absence does not touch this list.
    QVERIFY(config.saveAbsence({{}, m_clinic->doctor, range(m_clinic->zone, "2026-11-25 09:00", "2026-11-25 12:00"), {}},
                               {}));
    QCOMPARE(absences->rowCount(), 1);
    QVERIFY(m_service->removeAbsence(absences->absenceAt(0)->id));
    QCOMPARE(absences->rowCount(), 0);
}

void TestConfigurationPage::typeFormRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("emptyName") << "" << "#8E24AA" << "nameErrorLabel" << "Donnez un nom au type de consultation.";
    QTest::newRow("duplicateName") << "première consultation" << "#8E24AA" << "nameErrorLabel"
                                   << "Ce praticien a déjà un type de consultation nommé « Première consultation »."
                                   ;
    QTest::newRow("colourNotHex") << "Bilan" << "violet" << "colorErrorLabel"
                                  << "Choisissez une couleur (au format #RRVVBB, par exemple #1E88E5).";
}

void TestConfigurationPage::typeFormRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(QString, errorLabel);
    QFETCH(QString, sentence);
    openWindow();
    TypesPage *types = page()->types();
    click(types, QStringLiteral("newTypeButton"));
    byName<QLineEdit>(types, QStringLiteral("typeNameLineEdit"))->setText(name);
    auto *colorEdit = byName<QLineEdit>(types, QStringLiteral("colorLineEdit"));
    colorEdit->clear();
    QTest::keyClicks(colorEdit, color);
    const qsizetype before = ClinicStore(*m_clinic->db).types().value().size();
    click(types, QStringLiteral("saveTypeButton"));
    auto *label = byName<QLabel>(types, errorLabel);
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), sentence);
    QCOMPARE(ClinicStore(*m_clinic->db).types().value().size(), before);
    // Corrected, it saves and the message goes.
    byName<QLineEdit>(types, QStringLiteral("typeNameLineEdit"))->setText(QStringLiteral("Bilan"));
    colorEdit->setText(QStringLiteral("#8E24AA"));
    click(types, QStringLiteral("saveTypeButton"));
    QTRY_VERIFY(!label->isVisible());
    QCOMPARE(ClinicStore(*m_clinic->db).types().value().size(), before + 1);
}

void TestConfigurationPage::addedTypeIsInTheNewAppointmentDialog()
{
    openWindow();
    // A dialog already open follows too.
    m_window->agenda()->newAppointment(m_clinic->local("2026-11-24 09:00"));
    NewAppointmentDialog *open = nullptr;
    QTRY_VERIFY((open = m_window->findChild<NewAppointmentDialog *>()) != nullptr);
    auto *openTypes = byName<QComboBox>(open, QStringLiteral("typeComboBox"));
    QCOMPARE(openTypes->findText(QStringLiteral("Bilan annuel (45 min)")), -1);

    TypesPage *types = page()->types();
    click(types, QStringLiteral("newTypeButton"));
    QTest::keyClicks(byName<QLineEdit>(types, QStringLiteral("typeNameLineEdit")), QStringLiteral("Bilan annuel"));
    byName<QSpinBox>(types, QStringLiteral("durationSpinBox"))->setValue(45);
    QTest::keyClicks(byName<QLineEdit>(types, QStringLiteral("priceLineEdit")), QStringLiteral("400 MAD"));
    byName<QLineEdit>(types, QStringLiteral("colorLineEdit"))->setText(QStringLiteral("#8E24AA"));
    click(types, QStringLiteral("saveTypeButton"));
    QTRY_COMPARE(types->model()->rowCount(), 6);
    QVERIFY(byName<QLabel>(types, QStringLiteral("typeStatusLabel"))->text().contains(QStringLiteral("Bilan annuel")));
    QTRY_VERIFY(openTypes->findText(QStringLiteral("Bilan annuel (45 min)")) >= 0);
    open->close();

    // A new dialog offers it, and books it.
    m_window->agenda()->grid()->setDoctor(m_clinic->doctor);
    m_window->agenda()->newAppointment(m_clinic->local("2026-11-24 09:00"));
    NewAppointmentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewAppointmentDialog *>()) != nullptr && dialog->isVisible());
    auto *combo = byName<QComboBox>(dialog, QStringLiteral("typeComboBox"));
    const int index = combo->findText(QStringLiteral("Bilan annuel (45 min)"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QVERIFY(dialog->selectPatient(m_clinic->karim));
    dialog->accept();
    QVERIFY(dialog->booked().isValid());
    const Appointment a = *ClinicStore(*m_clinic->db).appointment(dialog->booked()).value();
    QCOMPARE(a.range.seconds(), 45 * 60);
    // And the grid's legend shows it.
    // (The legend is rich text whose entries hold together with no-break spaces.)
    QTRY_VERIFY(QTextDocumentFragment::fromHtml(
                    byName<QLabel>(m_window->agenda()->grid(), QStringLiteral("agendaLegendLabel"))->text())
                    .toPlainText()
                    .contains(QStringLiteral("Bilan annuel")));
}

// The swatch opens a colour picker (not blocking the window); its choice fills
// the field, and the rule boxes are saved with the type.
void TestConfigurationPage::colourPickerAndRules()
{
    openWindow();
    TypesPage *types = page()->types();
    click(types, QStringLiteral("newTypeButton"));
    byName<QLineEdit>(types, QStringLiteral("typeNameLineEdit"))->setText(QStringLiteral("Urgence du soir"));
    QTest::mouseClick(byName<QToolButton>(types, QStringLiteral("colorButton")), Qt::LeftButton);
    QColorDialog *picker = nullptr;
    QTRY_VERIFY((picker = types->findChild<QColorDialog *>(QStringLiteral("typeColorDialog"))) != nullptr);
    QTRY_VERIFY(picker->isVisible());
    picker->setCurrentColor(QColor(0x00, 0x89, 0x7B));
    picker->accept();
    QTRY_COMPARE(byName<QLineEdit>(types, QStringLiteral("colorLineEdit"))->text(), QStringLiteral("#00897B"));
    byName<QCheckBox>(types, QStringLiteral("emergencyCheckBox"))->setChecked(true);
    byName<QCheckBox>(types, QStringLiteral("existingCheckBox"))->setChecked(true);
    click(types, QStringLiteral("saveTypeButton"));
    QTRY_COMPARE(types->model()->rowCount(), 6);
    const ConsultationType *saved = types->model()->typeAt(5);
    QCOMPARE(saved->name, QStringLiteral("Urgence du soir"));
    QCOMPARE(saved->color, QStringLiteral("#00897B"));
    QVERIFY(saved->emergencyOnly);
    QVERIFY(saved->requireExistingPatient);
    QVERIFY(saved->active);
}

void TestConfigurationPage::usedTypeIsDeactivated()
{
    QVERIFY(m_clinic->addAppointment(m_clinic->karim, m_clinic->t15, "2026-11-20 09:00", 15).isValid());
    openWindow();
    TypesPage *types = page()->types();
    auto *table = byName<QTableView>(types, QStringLiteral("typesTableView"));
    table->selectRow(types->model()->rowOf(m_clinic->t15));
    QTRY_COMPARE(byName<QLineEdit>(types, QStringLiteral("typeNameLineEdit"))->text(), QStringLiteral("Consultation"));
    click(types, QStringLiteral("removeTypeButton"));
    QTRY_VERIFY(byName<QLabel>(types, QStringLiteral("typeStatusLabel"))->text().contains(QStringLiteral("désactivé")));
    QVERIFY(!ClinicStore(*m_clinic->db).type(m_clinic->t15).value()->active);
    QVERIFY(!byName<QCheckBox>(types, QStringLiteral("activeCheckBox"))->isChecked());
    QCOMPARE(types->model()->index(types->model()->rowOf(m_clinic->t15), TypesModel::Active).data().toString(),
             QStringLiteral("Non"));
    // Typing in the form, then saving the hours elsewhere, keeps what was typed.
    byName<QLineEdit>(types, QStringLiteral("priceLineEdit"))->setText(QStringLiteral("999 MAD"));
    QVERIFY(page()->hours()->save());
    QCOMPARE(byName<QLineEdit>(types, QStringLiteral("priceLineEdit"))->text(), QStringLiteral("999 MAD"));
    QCOMPARE(table->currentIndex().row(), types->model()->rowOf(m_clinic->t15));
}

void TestConfigurationPage::absenceOverAnAppointmentListsTheCollision()
{
    QVERIFY(m_service->bookDesk({m_clinic->doctor, m_clinic->karim, m_clinic->t30, m_clinic->local("2026-11-24 10:00"),
                                 {}, {}}));
    const AppointmentId lucie =
        m_service->bookDesk({m_clinic->doctor, m_clinic->lucie, m_clinic->t15, m_clinic->local("2026-11-24 11:00"), {}, {}})
            ->id;
    openWindow();
    m_window->agenda()->grid()->setDate(QDate(2026, 11, 24));
    page()->showSection(ConfigurationPage::Absences);
    AbsencesPage *absences = page()->absences();
    QTRY_VERIFY(absences->isVisible());
    click(absences, QStringLiteral("newAbsenceButton"));
    absences->setRange(range(m_clinic->zone, "2026-11-24 08:00", "2026-11-24 12:30"));
    byName<QLineEdit>(absences, QStringLiteral("absenceReasonLineEdit"))->setText(QStringLiteral("Congrès"));
    click(absences, QStringLiteral("saveAbsenceButton"));

    // Listed before anything is saved.
    auto *panel = byName<QWidget>(absences, QStringLiteral("collisionPanel"));
    QTRY_VERIFY(panel->isVisible());
    auto *table = byName<QTableWidget>(absences, QStringLiteral("collisionTableWidget"));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY2(table->item(0, 0)->text().contains(QStringLiteral("Karim Connu")), qPrintable(table->item(0, 0)->text()));
    QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("Première consultation")));
    QVERIFY(table->item(1, 0)->text().contains(QStringLiteral("Lucie Martin")));
    QVERIFY(byName<QLabel>(absences, QStringLiteral("collisionTitleLabel"))->text().contains(QStringLiteral("2 rendez-vous")));
    QCOMPARE(absences->model()->rowCount(), 0);
    QVERIFY(m_clinic->count("appointments") == 2);

    // Lucie's is to move to the afternoon; meanwhile a web booking lands in the morning.
    absences->setChoice(1, CollisionChoice::Action::Move, m_clinic->local("2026-11-24 15:00"));
    const PatientId newcomer = m_clinic->addPatient("Nadia", "Web", "06 99 88 77 66", QDate(1990, 2, 2));
    const AppointmentId late =
        m_service->bookDesk({m_clinic->doctor, newcomer, m_clinic->t15, m_clinic->local("2026-11-24 12:00"), {}, {}})->id;
    click(absences, QStringLiteral("saveAbsenceButton"));
    QTRY_COMPARE(table->rowCount(), 3); // listed, not silently kept; the choices made stay
    QCOMPARE(absences->model()->rowCount(), 0);
    QVERIFY(table->item(2, 0)->text().contains(QStringLiteral("Nadia Web")));
    absences->setChoice(2, CollisionChoice::Action::Cancel);
    // Keep Karim's, confirm.
    QCOMPARE(byName<QPushButton>(absences, QStringLiteral("saveAbsenceButton"))->text(),
             QStringLiteral("Confirmer l'absence"));
    click(absences, QStringLiteral("saveAbsenceButton"));
    QTRY_COMPARE(absences->model()->rowCount(), 1);
    QVERIFY(!panel->isVisible());
    QCOMPARE(ClinicStore(*m_clinic->db).appointment(lucie).value()->range.start, m_clinic->local("2026-11-24 15:00"));
    QCOMPARE(ClinicStore(*m_clinic->db).appointment(late).value()->status, AppointmentStatus::Cancelled);
    // The grid shades the absence at once.
    QTRY_COMPARE(m_window->agenda()->grid()->scene()->content().absences.size(), 1);
}

void TestConfigurationPage::absenceEditedAndDeleted()
{
    QVERIFY(m_window == nullptr);
    QVERIFY(m_service->saveAbsence({{}, m_clinic->doctor, range(m_clinic->zone, "2026-12-01 09:00", "2026-12-01 12:00"),
                                    QStringLiteral("Formation")}));
    openWindow();
    page()->showSection(ConfigurationPage::Absences);
    AbsencesPage *absences = page()->absences();
    QCOMPARE(absences->model()->rowCount(), 1);
    byName<QTableView>(absences, QStringLiteral("absencesTableView"))->selectRow(0);
    auto *reason = byName<QLineEdit>(absences, QStringLiteral("absenceReasonLineEdit"));
    QTRY_COMPARE(reason->text(), QStringLiteral("Formation"));
    QVERIFY(byName<QPushButton>(absences, QStringLiteral("deleteAbsenceButton"))->isEnabled());
    reason->setText(QStringLiteral("Formation continue"));
    absences->setRange(range(m_clinic->zone, "2026-12-01 09:00", "2026-12-01 18:00"));
    click(absences, QStringLiteral("saveAbsenceButton"));
    QTRY_COMPARE(absences->model()->index(0, AbsencesModel::Reason).data().toString(), QStringLiteral("Formation continue"));
    QCOMPARE(absences->model()->rowCount(), 1); // edited, not added
    QVERIFY(absences->model()->index(0, AbsencesModel::End).data().toString().contains(QStringLiteral("18:00")));
    click(absences, QStringLiteral("deleteAbsenceButton"));
    QTRY_COMPARE(absences->model()->rowCount(), 0);
    QVERIFY(m_window->configuration()->absences(m_clinic->doctor).value().isEmpty());
    QCOMPARE(byName<QLabel>(absences, QStringLiteral("absenceStatusLabel"))->text(), QStringLiteral("Absence supprimée."));
}

void TestConfigurationPage::absenceFormRefuses_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("reasonLength");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("endBeforeStart") << "2026-11-24 12:00" << "2026-11-24 09:00" << 5 << "endErrorLabel"
                                    << "La fin doit venir après le début.";
    QTest::newRow("sameStartAndEnd") << "2026-11-24 12:00" << "2026-11-24 12:00" << 5 << "endErrorLabel"
                                     << "La fin doit venir après le début.";
    QTest::newRow("overAYear") << "2026-11-24 12:00" << "2027-12-24 12:00" << 5 << "endErrorLabel"
                               << "Une absence dure au plus 366 jours ; découpez une absence plus longue.";
    QTest::newRow("reasonTooLong") << "2026-11-24 09:00" << "2026-11-24 12:00" << 201 << "reasonErrorLabel"
                                   << "La raison est trop longue (200 caractères au plus).";
}

void TestConfigurationPage::absenceFormRefuses()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, reasonLength);
    QFETCH(QString, errorLabel);
    QFETCH(QString, sentence);
    openWindow();
    page()->showSection(ConfigurationPage::Absences);
    AbsencesPage *absences = page()->absences();
    click(absences, QStringLiteral("newAbsenceButton"));
    absences->setRange({m_clinic->local(from), m_clinic->local(to)});
    byName<QLineEdit>(absences, QStringLiteral("absenceReasonLineEdit"))->setText(QString(reasonLength, u'r'));
    click(absences, QStringLiteral("saveAbsenceButton"));
    auto *label = byName<QLabel>(absences, errorLabel);
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), sentence);
    QCOMPARE(absences->model()->rowCount(), 0);
    QVERIFY(m_window->configuration()->absences(m_clinic->doctor).value().isEmpty());
}

void TestConfigurationPage::workingHoursMoveTheGrid()
{
    openWindow();
    agenda::AgendaView *grid = m_window->agenda()->grid();
    grid->setDoctor(m_clinic->doctor);
    QCOMPARE(grid->scene()->axis().slotMinTime, 9 * MsecsPerHour);
    QCOMPARE(grid->scene()->axis().slotMaxTime, 19 * MsecsPerHour);

    page()->showSection(ConfigurationPage::Hours);
    HoursPage *hours = page()->hours();
    QCOMPARE(byAccessibleName<QLineEdit>(hours, QStringLiteral("Horaires du lundi")), hours->dayEdit(1));
    QCOMPARE(hours->dayEdit(1)->text(), QStringLiteral("09:00-12:30, 14:00-18:30"));
    QCOMPARE(hours->dayEdit(6)->text(), QString());
    for (int day = 1; day <= 5; ++day) {
        hours->dayEdit(day)->clear();
        QTest::keyClicks(hours->dayEdit(day), QStringLiteral("07:30-12:00, 13:00-20:00"));
    }
    click(hours, QStringLiteral("saveHoursButton"));
    QTRY_COMPARE(grid->scene()->axis().slotMinTime, 7 * MsecsPerHour);
    QCOMPARE(grid->scene()->axis().slotMaxTime, 20 * MsecsPerHour);
    QCOMPARE(m_service->catalogue().value()->doctor(m_clinic->doctor)->hours.intervals(3).size(), 2);
    QVERIFY(byName<QLabel>(hours, QStringLiteral("hoursStatusLabel"))->isVisible());
}

void TestConfigurationPage::hoursFormRefuses_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("reversed") << 2 << "12:00-09:00" << "Mardi : l'intervalle 12:00-09:00 se termine avant de commencer.";
    QTest::newRow("overlapping") << 4 << "09:00-12:00, 11:00-14:00"
                                 << "Jeudi : les intervalles 09:00-12:00 et 11:00-14:00 se chevauchent.";
    QTest::newRow("malformed") << 6 << "9h-12h"
                               << "Samedi : écrivez chaque intervalle sous la forme HH:MM-HH:MM, séparés par des "
                                  "virgules (« 9h-12h » n'en est pas un).";
}

void TestConfigurationPage::hoursFormRefuses()
{
    QFETCH(int, day);
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    openWindow();
    page()->showSection(ConfigurationPage::Hours);
    HoursPage *hours = page()->hours();
    // Monday changes too: nothing of the week is saved while one day is wrong.
    hours->dayEdit(1)->setText(QStringLiteral("10:00-11:00"));
    hours->dayEdit(day)->setText(text);
    click(hours, QStringLiteral("saveHoursButton"));
    auto *label = byName<QLabel>(hours, QStringLiteral("hours_%1ErrorLabel").arg(day));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), sentence);
    QCOMPARE(m_service->catalogue().value()->doctor(m_clinic->doctor)->hours.intervals(1).size(), 2);
}

void TestConfigurationPage::onlineBookingTokenAndAddress()
{
    openWindow();
    page()->showSection(ConfigurationPage::OnlineBooking);
    OnlineBookingPage *online = page()->onlineBooking();
    auto *address = byName<QLineEdit>(online, QStringLiteral("listenAddressLineEdit"));
    QCOMPARE(address->text(), QStringLiteral("127.0.0.1"));
    auto *patient = byName<QLineEdit>(online, QStringLiteral("patientAddressLineEdit"));
    QCOMPARE(patient->text(), QStringLiteral("http://127.0.0.1:8080/"));
    byName<QSpinBox>(online, QStringLiteral("portSpinBox"))->setValue(8099);
    QCOMPARE(patient->text(), QStringLiteral("http://127.0.0.1:8099/"));

    // The stored token cannot be shown; a regenerated one can, once, masked until asked.
    auto *token = byName<QLineEdit>(online, QStringLiteral("tokenLineEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!byName<QPushButton>(online, QStringLiteral("copyTokenButton"))->isEnabled());
    QSignalSpy restart(m_window->configuration(), &ConfigurationService::onlineBookingChanged);
    click(online, QStringLiteral("regenerateTokenButton")); // asks first
    QCOMPARE(restart.size(), 0);
    QVERIFY(online->shownToken().isEmpty());
    QCOMPARE(byName<QPushButton>(online, QStringLiteral("regenerateTokenButton"))->text(),
             QStringLiteral("Confirmer : régénérer"));
    click(online, QStringLiteral("regenerateTokenButton"));
    QTRY_VERIFY(!online->shownToken().isEmpty());
    QCOMPARE(restart.size(), 1);
    QCOMPARE(token->text(), online->shownToken());
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    click(online, QStringLiteral("showTokenButton"));
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    click(online, QStringLiteral("copyTokenButton"));
    QCOMPARE(QApplication::clipboard()->text(), online->shownToken());
    QVERIFY(AccessToken::fromSettings(*m_clinic->db, nullptr)->accepts("Bearer " + online->shownToken().toLatin1()));

    // Turning it on with the rules: saved, announced for the server's restart.
    byName<QCheckBox>(online, QStringLiteral("onlineEnabledCheckBox"))->setChecked(true);
    byName<QSpinBox>(online, QStringLiteral("minNoticeSpinBox"))->setValue(120);
    click(online, QStringLiteral("saveOnlineButton"));
    QTRY_COMPARE(restart.size(), 2);
    QCOMPARE(m_service->clinicSettings().value().minNoticeMinutes, 120);
    QVERIFY(m_window->configuration()->onlineBooking().enabled);
    QVERIFY(byName<QLabel>(online, QStringLiteral("onlineStatusLabel"))->text().contains(QStringLiteral("http://127.0.0.1:8099/")));
}

void TestConfigurationPage::onlineFormRefusesPortZero()
{
    openWindow();
    OnlineBookingPage *online = page()->onlineBooking();
    page()->showSection(ConfigurationPage::OnlineBooking);
    byName<QSpinBox>(online, QStringLiteral("portSpinBox"))->setValue(0);
    byName<QSpinBox>(online, QStringLiteral("horizonSpinBox"))->setValue(10);
    click(online, QStringLiteral("saveOnlineButton"));
    auto *label = byName<QLabel>(online, QStringLiteral("portErrorLabel"));
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Le port doit être compris entre 1 et 65535."));
    QCOMPARE(m_service->clinicSettings().value().horizonDays, 60); // nothing half-saved
}

void TestConfigurationPage::clinicRenamesTheWindow()
{
    openWindow();
    page()->showSection(ConfigurationPage::Clinic);
    ClinicPage *clinic = page()->clinic();
    auto *name = byName<QLineEdit>(clinic, QStringLiteral("clinicNameLineEdit"));
    QCOMPARE(name->text(), QStringLiteral("Cabinet test"));
    name->setText(QString());
    click(clinic, QStringLiteral("saveClinicButton"));
    QTRY_VERIFY(byName<QLabel>(clinic, QStringLiteral("clinicNameErrorLabel"))->isVisible());
    name->setText(QStringLiteral("Cabinet Atlas"));
    byName<QSpinBox>(clinic, QStringLiteral("noShowLimit%1SpinBox").arg(m_clinic->doctor.value))->setValue(5);
    click(clinic, QStringLiteral("saveClinicButton"));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Cabinet Atlas — TBIB"));
    QCOMPARE(m_service->catalogue().value()->doctor(m_clinic->doctor)->noShowLimit, 5);
    QVERIFY(!byName<QLabel>(clinic, QStringLiteral("clinicNameErrorLabel"))->isVisible());
}

void TestConfigurationPage::everyControlIsNamed()
{
    openWindow();
    QStringList unnamed;
    for (QWidget *w : page()->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        // Qt's own parts (the tab bar's scroll buttons, a combo's line edit,
        // (headers and corner buttons of tables, a combo's popup list) are named by their owner.
        bool inner = w->objectName().startsWith(u"qt_") || qobject_cast<QTabBar *>(w)
            || qobject_cast<QHeaderView *>(w) || w->inherits("QComboBoxListView");
        for (QWidget *p = w->parentWidget(); p && p != page(); p = p->parentWidget()) {
            if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QTabBar *>(p)
                || (qobject_cast<QAbstractItemView *>(p) && p == w->parentWidget()))
                inner = true;
        }
        if (control && !inner && w->accessibleName().isEmpty())
            unnamed << (QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

// docs/screenshots/config-*.png on the demo clinic (TBIB_SCREENSHOTS=1 only).
void TestConfigurationPage::screenshots()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to write docs/screenshots/config-*.png");
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db);
    ManualClock clock(ClinicZone("Africa/Casablanca").fromLocal(QDate(2026, 11, 24), 10 * 60 + 50));
    QVERIFY(DemoClinic::install(**db, clock));
    auto service = std::make_unique<BookingService>(**db, clock);
    auto window = std::make_unique<MainWindow>(*service, **db);
    window->resize(1600, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::mouseClick(byAccessibleName<QPushButton>(window->sidebar(), QStringLiteral("Configuration")), Qt::LeftButton);
    ConfigurationPage *config = window->configurationPage();
    QTRY_VERIFY(config->isVisible());
    const auto shoot = [&](const char *name) {
        QTest::qWait(50); // let the style settle; this test only draws
        const QString path = QStringLiteral(TBIB_SOURCE_DIR "/docs/screenshots/config-%1.png").arg(QLatin1StringView(name));
        QVERIFY(window->grab().save(path));
    };
    auto *table = byName<QTableView>(config->types(), QStringLiteral("typesTableView"));
    table->selectRow(1);
    shoot("types");

    // An absence over tomorrow morning, its appointments listed for a choice.
    config->showSection(ConfigurationPage::Absences);
    AbsencesPage *absences = config->absences();
    const ClinicZone zone("Africa/Casablanca");
    QVERIFY(window->configuration()->saveAbsence(
        {{}, config->doctor(), {zone.fromLocal(QDate(2026, 12, 24), 0), zone.fromLocal(QDate(2026, 12, 27), 0)},
         QStringLiteral("Congés de fin d'année")},
        {}));
    QDate day(2026, 11, 25);
    QList<AppointmentView> covered;
    for (int i = 0; i < 7 && covered.isEmpty(); ++i, day = day.addDays(1)) {
        absences->setRange({zone.fromLocal(day, 8 * 60), zone.fromLocal(day, 13 * 60)});
        covered = window->configuration()->absenceCollisions(config->doctor(),
                                                             {zone.fromLocal(day, 8 * 60), zone.fromLocal(day, 13 * 60)})
                      .value_or(QList<AppointmentView>());
    }
    byName<QLineEdit>(absences, QStringLiteral("absenceReasonLineEdit"))->setText(QStringLiteral("Congrès de cardiologie"));
    (void)absences->save();
    if (!absences->collisions().isEmpty())
        absences->setChoice(0, CollisionChoice::Action::Move, zone.fromLocal(day.addDays(6), 15 * 60));
    shoot("absences");

    config->showSection(ConfigurationPage::Hours);
    config->hours()->dayEdit(3)->setText(QStringLiteral("09:00-12:30, 12:00-18:00"));
    (void)config->hours()->save(); // shows the overlap refused next to Wednesday
    shoot("hours");
    config->hours()->reset();

    config->showSection(ConfigurationPage::OnlineBooking);
    shoot("online");
    config->showSection(ConfigurationPage::Clinic);
    shoot("clinic");
    window.reset();
    service.reset();
}

QTEST_MAIN(TestConfigurationPage)
#include "tst_configurationpage.moc"
