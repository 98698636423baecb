// SPDX-License-Identifier: GPL-3.0-or-later
// The Patients page driven the way staff drive it: the list (search, sort,
// live columns), the medical record (identity, photo, block / unblock,
// history), and the desk's "Dossier médical" link, on a real clinic database
// with a manual clock (offscreen platform).
#include "windowtest.h"

#include "desk/deskpanel.h"
#include "mainwindow.h"
#include "patients/identityform.h"
#include "patients/newpatientdialog.h"
#include "patients/patientfilterproxymodel.h"
#include "patients/patienthistorymodel.h"
#include "patients/patientlistmodel.h"
#include "patients/patientrecord.h"
#include "patients/patientspage.h"
#include "sidebar.h"

#include "io/democlinic.h"
#include "service/translations.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace tbib;
using namespace tbib::test;

namespace {

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

template <typename T>
T *byName(QWidget *root, const char *objectName)
{
    return root->findChild<T *>(QString::fromLatin1(objectName));
}

} // namespace

class TestPatientsPage : public tbib::test::WindowTest
{
    Q_OBJECT
public:
    TestPatientsPage() : WindowTest(QStringLiteral("tst_patientspage")) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheTester();
    void searchFiltersTheList();
    void columnsSort();
    void unblockFollowsInListAndRecord();
    void blockingNeedsAReason();
    void badIdentityIsRefused_data();
    void badIdentityIsRefused();
    void identityIsSavedAndListFollows();
    void unsavedIdentityAsksBeforeLeaving();
    void newPatientFromTheList();
    void photoFromAFile();
    void recordShowsEveryAppointmentAndNotes();
    void deskOpensTheRightRecord();
    void noShowAtTheDeskReachesTheList();
    void tenThousandPatients();
    void screenshots();

private:
    void openWindow();
    void openPatientsPage();
    void openRecordFromList(const QString &search);
    [[nodiscard]] Patient stored(PatientId id) const { return *ClinicStore(*m_clinic->db).patient(id).value(); }
    [[nodiscard]] QModelIndex listIndex(PatientId id, int column) const;

};

void TestPatientsPage::initTestCase()
{
    QVERIFY(isolateSettings());
}

void TestPatientsPage::init()
{
    QVERIFY(startClinic());
}

void TestPatientsPage::cleanup()
{
    endClinic();
}

void TestPatientsPage::openWindow()
{
    m_testers.clear();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_service, *m_clinic->db);
    m_window->desk()->setSaveDelay(60 * 60 * 1000);
    PatientsPage *page = m_window->patients();
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(page->model()),
                                      static_cast<QAbstractItemModel *>(page->proxy()),
                                      static_cast<QAbstractItemModel *>(page->record()->history())})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPatientsPage::openPatientsPage()
{
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Patients")), Qt::LeftButton);
    QTRY_VERIFY(m_window->patients()->isVisible());
}

// Type in the search field, Enter opens the first match.
void TestPatientsPage::openRecordFromList(const QString &search)
{
    auto *field = byAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Rechercher dans la liste des patients"));
    QVERIFY(field);
    field->clear();
    QTest::keyClicks(field, search);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(m_window->patients()->isRecordShown());
}

QModelIndex TestPatientsPage::listIndex(PatientId id, int column) const
{
    const PatientListModel *model = m_window->patients()->model();
    return model->index(model->rowOf(id), column);
}

void TestPatientsPage::modelsPassTheTester()
{
    PatientListModel list(*m_service);
    PatientFilterProxyModel proxy;
    proxy.setSourceModel(&list);
    proxy.sort(PatientListModel::LastVisitColumn, Qt::DescendingOrder);
    PatientHistoryModel history(*m_service, *m_clinic->db);
    history.setPatient(m_clinic->karim);
    QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.columnCount(), int(PatientListModel::ColumnCount));
    QCOMPARE(list.headerData(PatientListModel::NoShowsColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Non honorés"));

    // Rows follow every kind of change, each under the tester.
    auto nadia = m_service->addPatient({QStringLiteral("Nadia"), QStringLiteral("El Idrissi"), QDate(1990, 2, 3),
                                        QStringLiteral("06 61 23 45 67")});
    QVERIFY(nadia);
    QCOMPARE(list.rowCount(), 3);
    proxy.setSearch(QStringLiteral("idrissi"));
    QCOMPARE(proxy.rowCount(), 1);
    auto a = m_service->bookDesk({m_clinic->doctor, m_clinic->karim, m_clinic->t15,
                                  m_clinic->local(QStringLiteral("2026-11-23 09:00")), {}, {}});
    QVERIFY(a);
    QCOMPARE(history.rowCount(), 1);
    QVERIFY(m_service->setStatus(a->id, AppointmentStatus::NoShow));
    QCOMPARE(list.index(list.rowOf(m_clinic->karim), PatientListModel::NoShowsColumn).data().toString(),
             QStringLiteral("1"));
    QVERIFY(m_service->setPatientBlocked(nadia->id, true, QStringLiteral("Impayés")));
    QVERIFY(list.index(list.rowOf(nadia->id), 0).data(PatientListModel::BlockedRole).toBool());
    proxy.setSearch({});
    QVERIFY(m_service->remove(a->id));
    QCOMPARE(history.rowCount(), 0);
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.index(list.rowOf(m_clinic->karim), PatientListModel::NoShowsColumn).data().toString(),
             QStringLiteral("0"));
}

void TestPatientsPage::searchFiltersTheList()
{
    const PatientId helene = m_clinic->addPatient(QStringLiteral("Hélène"), QStringLiteral("Benali"),
                                                  QStringLiteral("+212 6 61 00 11 22"), QDate(1975, 4, 9));
    QVERIFY(helene.isValid());
    openWindow();
    openPatientsPage();
    auto *table = byAccessibleName<QTableView>(m_window.get(), QStringLiteral("Liste des patients"));
    auto *search = byAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Rechercher dans la liste des patients"));
    QVERIFY(table && search);
    auto *count = byName<QLabel>(m_window->patients(), "pageSubtitle");
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(count->text(), QStringLiteral("3 patients"));

    const auto shown = [&] {
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names << table->model()->index(r, PatientListModel::NameColumn).data().toString();
        return names;
    };
    QTest::keyClicks(search, QStringLiteral("lucie"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Martin Lucie")});
    QCOMPARE(count->text(), QStringLiteral("1 sur 3 patients"));
    // Without accents or case, words in any order.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("BENALI helene"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Benali Hélène")});
    // By phone, as written or in its other form.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("06 12 34"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Connu Karim")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0661001122"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Benali Hélène")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("connu 06 12 34 56 78"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Connu Karim")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nobody"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("0 sur 3 patients"));
    // A patient added meanwhile that matches appears in the filtered list.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("idrissi"));
    QVERIFY(m_service->addPatient({QStringLiteral("Nadia"), QStringLiteral("El Idrissi"), QDate(1990, 2, 3),
                                   QStringLiteral("06 61 23 45 67")}));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("El Idrissi Nadia")});
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 4);
}

void TestPatientsPage::columnsSort()
{
    QVERIFY(m_clinic->addAppointment(m_clinic->lucie, m_clinic->t15, QStringLiteral("2026-11-20 09:00"), 15,
                                     AppointmentStatus::Done).isValid());
    Patient k = stored(m_clinic->karim);
    k.noShowCount = 2;
    QVERIFY(ClinicStore(*m_clinic->db).updatePatient(k));
    openWindow();
    openPatientsPage();
    auto *table = byName<QTableView>(m_window.get(), "patientsTableView");
    const auto first = [&] { return table->model()->index(0, PatientListModel::NameColumn).data().toString(); };
    QCOMPARE(first(), QStringLiteral("Connu Karim")); // by last name
    table->sortByColumn(PatientListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(first(), QStringLiteral("Martin Lucie"));
    table->sortByColumn(PatientListModel::NoShowsColumn, Qt::DescendingOrder);
    QCOMPARE(first(), QStringLiteral("Connu Karim"));
    table->sortByColumn(PatientListModel::LastVisitColumn, Qt::DescendingOrder);
    QCOMPARE(first(), QStringLiteral("Martin Lucie"));
    QCOMPARE(table->model()->index(0, PatientListModel::LastVisitColumn).data().toString(),
             QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat));
    table->sortByColumn(PatientListModel::AgeColumn, Qt::DescendingOrder); // oldest first
    QCOMPARE(first(), QStringLiteral("Connu Karim"));
    QCOMPARE(table->model()->index(0, PatientListModel::AgeColumn).data().toString(), QStringLiteral("46 ans"));
}

void TestPatientsPage::unblockFollowsInListAndRecord()
{
    QVERIFY(m_service->setPatientBlocked(m_clinic->karim, true, QStringLiteral("Trois absences sans prévenir")));
    openWindow();
    openPatientsPage();
    QCOMPARE(listIndex(m_clinic->karim, PatientListModel::BlockedColumn).data().toString(), QStringLiteral("🔒 Bloqué"));
    openRecordFromList(QStringLiteral("karim"));
    PatientRecord *record = m_window->patients()->record();
    QCOMPARE(record->patient(), m_clinic->karim);
    auto *state = byName<QLabel>(record, "blockStateLabel");
    QVERIFY(state->text().contains(QStringLiteral("Trois absences sans prévenir")));
    auto *unblock = byAccessibleName<QPushButton>(record, QStringLiteral("Débloquer"));
    QVERIFY(unblock && unblock->isVisible());
    QVERIFY(!byAccessibleName<QPushButton>(record, QStringLiteral("Bloquer la réservation en ligne"))->isVisible());

    QTest::mouseClick(unblock, Qt::LeftButton);
    QVERIFY(!stored(m_clinic->karim).blocked);
    QTRY_COMPARE(state->text(), QStringLiteral("Réservation en ligne autorisée."));
    QVERIFY(!unblock->isVisible());
    QCOMPARE(listIndex(m_clinic->karim, PatientListModel::BlockedColumn).data().toString(), QString());
    QCOMPARE(listIndex(m_clinic->karim, PatientListModel::BlockedColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Autorisée"));

    // Blocked by the count alone (the doctor's limit of 3): unblocking resets it.
    Patient k = stored(m_clinic->karim);
    k.noShowCount = 3;
    QVERIFY(ClinicStore(*m_clinic->db).updatePatient(k));
    m_window->patients()->model()->refresh(m_clinic->karim);
    m_window->patients()->openRecord(m_clinic->karim);
    QVERIFY(state->text().contains(QStringLiteral("3 rendez-vous non honorés")));
    QVERIFY(listIndex(m_clinic->karim, 0).data(PatientListModel::BlockedRole).toBool());
    QTest::mouseClick(unblock, Qt::LeftButton);
    QCOMPARE(stored(m_clinic->karim).noShowCount, 0);
    QTRY_COMPARE(listIndex(m_clinic->karim, PatientListModel::NoShowsColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(!listIndex(m_clinic->karim, 0).data(PatientListModel::BlockedRole).toBool());
    QCOMPARE(byName<QLabel>(record, "noShowCountLabel")->text(), QStringLiteral("Rendez-vous non honorés : 0"));

    // A doctor's limit lowered in Configuration: the list sees it when shown again.
    Patient l = stored(m_clinic->lucie);
    l.noShowCount = 1;
    QVERIFY(ClinicStore(*m_clinic->db).updatePatient(l));
    m_window->patients()->model()->refresh(m_clinic->lucie);
    QVERIFY(!listIndex(m_clinic->lucie, 0).data(PatientListModel::BlockedRole).toBool());
    Doctor d = *ClinicStore(*m_clinic->db).doctor(m_clinic->doctor).value();
    d.noShowLimit = 1;
    QVERIFY(ClinicStore(*m_clinic->db).updateDoctor(d));
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->sidebar(), QStringLiteral("Agenda")), Qt::LeftButton);
    openPatientsPage();
    QTRY_VERIFY(listIndex(m_clinic->lucie, 0).data(PatientListModel::BlockedRole).toBool());
}

void TestPatientsPage::blockingNeedsAReason()
{
    openWindow();
    openPatientsPage();
    openRecordFromList(QStringLiteral("lucie"));
    PatientRecord *record = m_window->patients()->record();
    auto *block = byAccessibleName<QPushButton>(record, QStringLiteral("Bloquer la réservation en ligne"));
    auto *reason = byAccessibleName<QLineEdit>(record, QStringLiteral("Raison du blocage"));
    auto *error = byName<QLabel>(record, "blockReasonError");
    QVERIFY(block && reason && error);
    QTest::mouseClick(block, Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Indiquez pourquoi la réservation en ligne est bloquée, pour vos collègues."));
    QVERIFY(!stored(m_clinic->lucie).blocked);

    QTest::keyClicks(reason, QStringLiteral("Agressive au telephone"));
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(stored(m_clinic->lucie).blocked);
    QCOMPARE(stored(m_clinic->lucie).blockReason, QStringLiteral("Agressive au telephone"));
    QTRY_VERIFY(!error->isVisible());
    QVERIFY(byName<QLabel>(record, "blockStateLabel")->text().contains(QStringLiteral("Agressive au telephone")));
    QTRY_VERIFY(listIndex(m_clinic->lucie, 0).data(PatientListModel::BlockedRole).toBool());
}

// Each bad input: its sentence next to its field, nothing written, the list unchanged.
void TestPatientsPage::badIdentityIsRefused_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("sentence");
    const QDate born(1980, 5, 17);
    QTest::newRow("emptyFirstName") << QString() << QStringLiteral("06 12 34 56 78") << born
                                    << QStringLiteral("firstNameError") << QStringLiteral("Indiquez le prénom.");
    QTest::newRow("phoneTooShort") << QStringLiteral("Karim") << QStringLiteral("06 12") << born
                                   << QStringLiteral("phoneError")
                                   << QStringLiteral("Indiquez un numéro de téléphone d'au moins 6 chiffres.");
    QTest::newRow("bornInTheFuture") << QStringLiteral("Karim") << QStringLiteral("06 12 34 56 78")
                                     << QDate(2027, 1, 1) << QStringLiteral("birthDateError")
                                     << QStringLiteral("La date de naissance ne peut pas être dans le futur.");
    QTest::newRow("bornBefore1900") << QStringLiteral("Karim") << QStringLiteral("06 12 34 56 78")
                                    << QDate(1890, 1, 1) << QStringLiteral("birthDateError")
                                    << QStringLiteral("Indiquez une vraie date de naissance, à partir de 1900.");
}

void TestPatientsPage::badIdentityIsRefused()
{
    QFETCH(QString, firstName);
    QFETCH(QString, phone);
    QFETCH(QDate, birthDate);
    QFETCH(QString, errorLabel);
    QFETCH(QString, sentence);
    openWindow();
    openPatientsPage();
    openRecordFromList(QStringLiteral("karim"));
    PatientRecord *record = m_window->patients()->record();
    const Patient before = stored(m_clinic->karim);
    const QString listed = listIndex(m_clinic->karim, PatientListModel::NameColumn).data().toString();

    auto *first = byAccessibleName<QLineEdit>(record, QStringLiteral("Prénom"));
    auto *last = byAccessibleName<QLineEdit>(record, QStringLiteral("Nom"));
    auto *phoneEdit = byAccessibleName<QLineEdit>(record, QStringLiteral("Téléphone"));
    auto *birth = byAccessibleName<QDateEdit>(record, QStringLiteral("Date de naissance"));
    QVERIFY(first && last && phoneEdit && birth);
    // Also change the last name: a refusal must not save it alone.
    last->selectAll();
    QTest::keyClicks(last, QStringLiteral("Alami"));
    first->selectAll();
    if (firstName.isEmpty())
        QTest::keyClick(first, Qt::Key_Delete);
    else
        QTest::keyClicks(first, firstName);
    phoneEdit->selectAll();
    QTest::keyClicks(phoneEdit, phone);
    birth->setDate(birthDate);
    QTest::mouseClick(byAccessibleName<QPushButton>(record, QStringLiteral("Enregistrer l'identité")), Qt::LeftButton);

    auto *error = record->findChild<QLabel *>(errorLabel);
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), sentence);
    for (const char *other : {"firstNameError", "lastNameError", "birthDateError", "phoneError"}) {
        if (errorLabel != QLatin1StringView(other))
            QVERIFY2(!byName<QLabel>(record, other)->isVisible(), other);
    }
    QVERIFY(byName<QLabel>(record, "identityStatusLabel")->text().contains(QStringLiteral("Non enregistré")));
    QCOMPARE(stored(m_clinic->karim), before);
    QCOMPARE(listIndex(m_clinic->karim, PatientListModel::NameColumn).data().toString(), listed);
    QCOMPARE(last->text(), QStringLiteral("Alami")); // what was typed stays, to be corrected
}

void TestPatientsPage::identityIsSavedAndListFollows()
{
    auto a = m_service->bookDesk({m_clinic->doctor, m_clinic->lucie, m_clinic->t15,
                                  m_clinic->local(QStringLiteral("2026-11-23 09:00")), {}, {}});
    QVERIFY(a);
    openWindow();
    m_window->selectAppointment(a->id);
    QTRY_COMPARE(m_window->desk()->appointment(), a->id);
    openPatientsPage();
    openRecordFromList(QStringLiteral("lucie"));
    PatientRecord *record = m_window->patients()->record();
    auto *phone = byAccessibleName<QLineEdit>(record, QStringLiteral("Téléphone"));
    auto *save = byAccessibleName<QPushButton>(record, QStringLiteral("Enregistrer l'identité"));
    QVERIFY(!save->isEnabled()); // nothing to save yet
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("07 99 88 77 66"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(stored(m_clinic->lucie).phone, QStringLiteral("07 99 88 77 66"));
    QTRY_COMPARE(listIndex(m_clinic->lucie, PatientListModel::PhoneColumn).data().toString(),
                 QStringLiteral("07 99 88 77 66"));
    QVERIFY(byName<QLabel>(record, "recordDetailsLabel")->text().contains(QStringLiteral("07 99 88 77 66")));
    QCOMPARE(byName<QLabel>(record, "identityStatusLabel")->text(), QStringLiteral("● Enregistré"));
    QVERIFY(!save->isEnabled());
    // The desk showing her appointment follows the new identity too.
    QVERIFY(byName<QLabel>(m_window->desk(), "patientDetailsLabel")->text().contains(QStringLiteral("07 99 88 77 66")));
    // Back to the list (Escape, as the keyboard does): the edited patient is the current row.
    QTest::keyClick(phone, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->patients()->isRecordShown());
    auto *table = byName<QTableView>(m_window.get(), "patientsTableView");
    QCOMPARE(table->currentIndex().data(PatientListModel::IdRole).toLongLong(), m_clinic->lucie.value);
}

// Clicks the button named `button` of the question box once it is open.
static void answerQuestion(const QString &button)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        timer->stop();
        if (auto *b = byAccessibleName<QPushButton>(box, button))
            b->click();
        else
            box->reject();
    });
    timer->start(10);
}

void TestPatientsPage::unsavedIdentityAsksBeforeLeaving()
{
    openWindow();
    openPatientsPage();
    openRecordFromList(QStringLiteral("karim"));
    PatientRecord *record = m_window->patients()->record();
    auto *first = byAccessibleName<QLineEdit>(record, QStringLiteral("Prénom"));
    auto *back = byAccessibleName<QPushButton>(record, QStringLiteral("Retour à la liste des patients"));
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("Karima"));
    QVERIFY(record->hasUnsavedIdentity());

    // Keep editing: still on the record, the text kept.
    answerQuestion(QStringLiteral("Continuer la modification"));
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(m_window->patients()->isRecordShown());
    QCOMPARE(first->text(), QStringLiteral("Karima"));
    // Another patient's record from the desk: save first.
    answerQuestion(QStringLiteral("Enregistrer"));
    m_window->showRecord(m_clinic->lucie);
    QCOMPARE(stored(m_clinic->karim).firstName, QStringLiteral("Karima"));
    QCOMPARE(record->patient(), m_clinic->lucie);
    // Discard: nothing written, the list shown.
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("Luce"));
    answerQuestion(QStringLiteral("Ignorer les modifications"));
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(!m_window->patients()->isRecordShown());
    QCOMPARE(stored(m_clinic->lucie).firstName, QStringLiteral("Lucie"));
    QVERIFY(!record->hasUnsavedIdentity());
}

void TestPatientsPage::newPatientFromTheList()
{
    openWindow();
    openPatientsPage();
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window.get(), QStringLiteral("Nouveau patient")), Qt::LeftButton);
    NewPatientDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewPatientDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto *create = byAccessibleName<QPushButton>(dialog, QStringLiteral("Créer le patient"));
    QVERIFY(create);

    // Nothing typed: every field says what it needs; nobody is created.
    QTest::mouseClick(create, Qt::LeftButton);
    for (const char *error : {"firstNameError", "lastNameError", "birthDateError", "phoneError"})
        QVERIFY2(byName<QLabel>(dialog, error)->isVisible(), error);
    QCOMPARE(byName<QLabel>(dialog, "birthDateError")->text(),
             QStringLiteral("Indiquez une vraie date de naissance, à partir de 1900."));
    QCOMPARE(m_clinic->count("patients"), 2);

    // Karim's phone and birth date: he is pointed out first.
    QTest::keyClicks(byAccessibleName<QLineEdit>(dialog, QStringLiteral("Prénom")), QStringLiteral("Karim"));
    QTest::keyClicks(byAccessibleName<QLineEdit>(dialog, QStringLiteral("Nom")), QStringLiteral("Konnu"));
    byAccessibleName<QDateEdit>(dialog, QStringLiteral("Date de naissance"))->setDate(QDate(1980, 5, 17));
    QTest::keyClicks(byAccessibleName<QLineEdit>(dialog, QStringLiteral("Téléphone")), QStringLiteral("0612345678"));
    QTest::mouseClick(create, Qt::LeftButton);
    auto *status = byName<QLabel>(dialog, "newPatientStatusLabel");
    QTRY_VERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Karim Connu a déjà ce numéro de téléphone et cette date de naissance."));
    for (const char *error : {"firstNameError", "lastNameError", "birthDateError", "phoneError"})
        QVERIFY2(!byName<QLabel>(dialog, error)->isVisible(), error);
    QCOMPARE(m_clinic->count("patients"), 2);
    auto *open = byAccessibleName<QPushButton>(dialog, QStringLiteral("Ouvrir son dossier"));
    QVERIFY(open && open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY(m_window->patients()->isRecordShown());
    QCOMPARE(m_window->patients()->record()->patient(), m_clinic->karim);
    QCOMPARE(m_clinic->count("patients"), 2);

    // A new one: created, in the list, its record open.
    m_window->patients()->showList();
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window.get(), QStringLiteral("Nouveau patient")), Qt::LeftButton);
    QTRY_VERIFY((dialog = m_window->findChild<NewPatientDialog *>()) != nullptr && dialog->isVisible());
    dialog->form()->setIdentity({QStringLiteral("Yasmine"), QStringLiteral("Haddad"), QDate(2025, 3, 1),
                                 QStringLiteral("06 51 87 32 28")});
    QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("Créer le patient")), Qt::LeftButton);
    QTRY_VERIFY(m_window->patients()->isRecordShown());
    const PatientId yasmine = m_window->patients()->record()->patient();
    QVERIFY(yasmine.isValid() && yasmine != m_clinic->karim);
    QCOMPARE(stored(yasmine).lastName, QStringLiteral("Haddad"));
    QCOMPARE(m_clinic->count("patients"), 3);
    QCOMPARE(listIndex(yasmine, PatientListModel::AgeColumn).data().toString(), QStringLiteral("20 mois"));
}

void TestPatientsPage::photoFromAFile()
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("photo.png"));
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x1B, 0x5E, 0x34));
    QVERIFY(image.save(picture));
    const QString notPicture = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notPicture);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
    }
    openWindow();
    m_window->showRecord(m_clinic->karim);
    PatientRecord *record = m_window->patients()->record();
    auto *avatar = byName<QLabel>(record, "recordAvatarLabel");
    QCOMPARE(avatar->accessibleName(), QStringLiteral("KC"));
    QVERIFY(!record->setPhotoFromFile(notPicture));
    QVERIFY(byName<QLabel>(record, "photoError")->isVisible());
    QVERIFY(stored(m_clinic->karim).photo.isEmpty());

    QVERIFY(record->setPhotoFromFile(picture));
    const QByteArray photo = stored(m_clinic->karim).photo;
    QVERIFY(!photo.isEmpty() && photo.size() <= MaxPhotoBytes);
    QCOMPARE(QImage::fromData(photo).size(), QSize(256, 256)); // the centred square
    QTRY_COMPARE(avatar->accessibleName(), QStringLiteral("Photo de Karim Connu"));
    QVERIFY(!byName<QLabel>(record, "photoError")->isVisible());
    QTest::mouseClick(byAccessibleName<QPushButton>(record, QStringLiteral("Retirer la photo")), Qt::LeftButton);
    QVERIFY(stored(m_clinic->karim).photo.isEmpty());
    QTRY_COMPARE(avatar->accessibleName(), QStringLiteral("KC"));
}

void TestPatientsPage::recordShowsEveryAppointmentAndNotes()
{
    m_clinic->clock.set(m_clinic->local(QStringLiteral("2026-11-23 12:00")));
    const AppointmentId old = m_clinic->addAppointment(m_clinic->karim, m_clinic->t30, QStringLiteral("2026-10-05 09:00"),
                                                       30, AppointmentStatus::Done);
    const AppointmentId missed = m_clinic->addAppointment(m_clinic->karim, m_clinic->t15,
                                                          QStringLiteral("2026-11-02 10:00"), 15, AppointmentStatus::NoShow);
    QVERIFY(old.isValid() && missed.isValid());
    QVERIFY(m_service->setPrivateNotes(old, QStringLiteral("Allergique à la pénicilline.\nRevoir dans un mois.")));
    openWindow();
    m_window->showRecord(m_clinic->karim);
    PatientRecord *record = m_window->patients()->record();
    auto *table = byAccessibleName<QTableView>(record, QStringLiteral("Rendez-vous du patient"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, PatientHistoryModel::StatusColumn).data().toString(), QStringLiteral("Absent"));
    QCOMPARE(table->model()->index(1, PatientHistoryModel::StatusColumn).data().toString(), QStringLiteral("Terminé"));
    QCOMPARE(table->model()->index(1, PatientHistoryModel::DoctorColumn).data().toString(),
             QStringLiteral("Dr Amina Benali"));
    QVERIFY(table->model()->index(1, PatientHistoryModel::NotesColumn).data().toString().startsWith(
        QStringLiteral("Allergique à la pénicilline.")));
    // The selected appointment's notes in full.
    table->setCurrentIndex(table->model()->index(1, 0));
    auto *notes = byName<QLabel>(record, "selectedNotesLabel");
    QTRY_VERIFY(notes->text().contains(QStringLiteral("Revoir dans un mois.")));
    // Booked at the desk meanwhile: in the record at once, newest first.
    auto booked = m_service->bookDesk({m_clinic->doctor, m_clinic->karim, m_clinic->t15,
                                       m_clinic->local(QStringLiteral("2026-11-24 09:00")), QStringLiteral("Contrôle"), {}});
    QVERIFY(booked);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, PatientHistoryModel::MotifColumn).data().toString(), QStringLiteral("Contrôle"));
    // Activating a row shows it in the agenda and the desk.
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_window->desk()->appointment(), booked->id);
}

void TestPatientsPage::deskOpensTheRightRecord()
{
    auto a = m_service->bookDesk({m_clinic->doctor, m_clinic->lucie, m_clinic->t15,
                                  m_clinic->local(QStringLiteral("2026-11-23 09:00")), {}, {}});
    QVERIFY(a);
    openWindow();
    m_window->showRecord(m_clinic->karim); // another record open before
    m_window->selectAppointment(a->id);
    QTRY_COMPARE(m_window->desk()->appointment(), a->id);
    QVERIFY(!m_window->patients()->isVisible());
    QTest::mouseClick(byAccessibleName<QPushButton>(m_window->desk(), QStringLiteral("Dossier médical")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->patients()->isVisible());
    QVERIFY(m_window->patients()->isRecordShown());
    QCOMPARE(m_window->patients()->record()->patient(), m_clinic->lucie);
    QCOMPARE(byName<QLabel>(m_window->patients()->record(), "recordNameLabel")->text(), QStringLiteral("Lucie Martin"));
    QCOMPARE(m_window->sidebar()->currentPage(), Sidebar::Page::Patients);
}

void TestPatientsPage::noShowAtTheDeskReachesTheList()
{
    auto a = m_service->bookDesk({m_clinic->doctor, m_clinic->karim, m_clinic->t15,
                                  m_clinic->local(QStringLiteral("2026-11-23 09:00")), {}, {}});
    QVERIFY(a);
    openWindow();
    QCOMPARE(listIndex(m_clinic->karim, PatientListModel::NoShowsColumn).data().toString(), QStringLiteral("0"));
    m_window->selectAppointment(a->id);
    QTRY_COMPARE(m_window->desk()->appointment(), a->id);
    QTest::mouseClick(byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Absent")), Qt::LeftButton);
    QTRY_COMPARE(listIndex(m_clinic->karim, PatientListModel::NoShowsColumn).data().toString(), QStringLiteral("1"));
    // Undone at the desk: the list follows back.
    QTest::mouseClick(byAccessibleName<QToolButton>(m_window->desk(), QStringLiteral("Arrivé")), Qt::LeftButton);
    QTRY_COMPARE(listIndex(m_clinic->karim, PatientListModel::NoShowsColumn).data().toString(), QStringLiteral("0"));
}

// A large clinic: the list is read in one query and filters and sorts at once.
// (Speed is measured by benchmarks, not here; this checks it works at scale.)
void TestPatientsPage::tenThousandPatients()
{
    {
        WriteTransaction tx(*m_clinic->db);
        QVERIFY(tx.begin());
        const ClinicStore store(*m_clinic->db);
        for (int i = 0; i < 10000; ++i) {
            Patient p;
            p.firstName = QStringLiteral("Prénom%1").arg(i);
            p.lastName = QStringLiteral("Nom%1").arg(i);
            p.birthDate = QDate(1940 + i % 80, 1 + i % 12, 1 + i % 28);
            p.phone = QStringLiteral("06 %1").arg(10000000 + i);
            QVERIFY(store.insertPatient(p));
        }
        QVERIFY(tx.commit());
    }
    openWindow();
    openPatientsPage();
    auto *table = byName<QTableView>(m_window.get(), "patientsTableView");
    QCOMPARE(table->model()->rowCount(), 10002);
    auto *search = byAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Rechercher dans la liste des patients"));
    QTest::keyClicks(search, QStringLiteral("nom9999"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Nom9999 Prénom9999"));
    search->clear();
    table->sortByColumn(PatientListModel::AgeColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->rowCount(), 10002);
}

// docs/screenshots/patients-list.png and patients-record.png, on the demo
// clinic (TBIB_SCREENSHOTS=1 only).
void TestPatientsPage::screenshots()
{
    if (qEnvironmentVariable("TBIB_SCREENSHOTS") != u"1")
        QSKIP("set TBIB_SCREENSHOTS=1 to write docs/screenshots/patients-*.png");
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
    QTest::mouseClick(byAccessibleName<QPushButton>(window->sidebar(), QStringLiteral("Patients")), Qt::LeftButton);
    QTRY_VERIFY(window->patients()->isVisible());
    auto *table = byName<QTableView>(window.get(), "patientsTableView");
    table->selectRow(2);
    QTest::qWait(50); // let the style settle; this test only draws
    QVERIFY(window->grab().save(QStringLiteral(TBIB_SOURCE_DIR "/docs/screenshots/patients-list.png")));

    // The record of the blocked patient with the most appointments: the block,
    // struck-through no-shows and notes all show.
    PatientId busiest;
    qsizetype most = -1;
    const ClinicStore store(**db);
    const QList<Patient> patients = store.patients().value();
    const QList<Doctor> doctors = store.doctors().value();
    for (const Patient &p : patients) {
        if (!isBlockedForAny(p, doctors))
            continue;
        const qsizetype n = store.appointmentsOfPatient(p.id).value().size();
        if (n > most) {
            most = n;
            busiest = p.id;
        }
    }
    window->showRecord(busiest);
    auto *history = byName<QTableView>(window.get(), "historyTableView");
    // The most recent appointment with notes, so that the notes pane has some.
    for (int r = 0; r < history->model()->rowCount(); ++r) {
        if (!history->model()->index(r, PatientHistoryModel::NotesColumn).data().toString().isEmpty()) {
            history->setCurrentIndex(history->model()->index(r, 0));
            break;
        }
    }
    QTest::qWait(50);
    QVERIFY(window->grab().save(QStringLiteral(TBIB_SOURCE_DIR "/docs/screenshots/patients-record.png")));
    window.reset();
    service.reset();
}

QTEST_MAIN(TestPatientsPage)
#include "tst_patientspage.moc"
