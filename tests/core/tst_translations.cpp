// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/appointmentstatus.h"
#include "domain/bookingerror.h"
#include "service/translations.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace tbib;

// French is the default language; every catalogue (French, Arabic, and the
// English plural forms) is complete: no unfinished, obsolete or empty entry.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyErrorHasAFrenchSentence();
    void statusLabelsAreTheGlossarys();
    void everyCatalogueIsComplete_data();
    void everyCatalogueIsComplete();
    void unknownLanguageRefused();
};

void TestTranslations::everyErrorHasAFrenchSentence()
{
    QStringList english;
    QVERIFY(installTranslations(QStringLiteral("en")));
    for (int c = 0; c <= int(ErrorCode::StorageFailure); ++c)
        english << errorMessage(ErrorCode(c));
    QVERIFY(installTranslations()); // the default: French
    QCOMPARE(errorMessage(ErrorCode::SlotTaken),
             QStringLiteral("Ce créneau n'est plus disponible. Veuillez en choisir un autre."));
    QSet<QString> seen;
    for (int c = 0; c <= int(ErrorCode::StorageFailure); ++c) {
        const QString fr = errorMessage(ErrorCode(c));
        QVERIFY2(!fr.isEmpty() && fr != english[c], qPrintable(errorCodeName(ErrorCode(c))));
        QVERIFY2(!seen.contains(fr), qPrintable(u"two codes share the sentence " + fr));
        seen.insert(fr);
    }
}

void TestTranslations::statusLabelsAreTheGlossarys()
{
    QVERIFY(installTranslations(QStringLiteral("fr")));
    QCOMPARE(statusLabel(AppointmentStatus::Booked), QStringLiteral("Confirmé"));
    QCOMPARE(statusLabel(AppointmentStatus::Arrived), QStringLiteral("Arrivé"));
    QCOMPARE(statusLabel(AppointmentStatus::InProgress), QStringLiteral("En cours"));
    QCOMPARE(statusLabel(AppointmentStatus::Done), QStringLiteral("Terminé"));
    QCOMPARE(statusLabel(AppointmentStatus::NoShow), QStringLiteral("Absent"));
    QCOMPARE(statusLabel(AppointmentStatus::Cancelled), QStringLiteral("Annulé"));
}

void TestTranslations::everyCatalogueIsComplete_data()
{
    // Plural forms per language: Qt's rules (French and English 2, Arabic 6).
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("french") << "fr" << 2 << 400;
    QTest::newRow("arabic") << "ar" << 6 << 400;
    QTest::newRow("english") << "en" << 2 << 10; // the source language: plural forms only
}

void TestTranslations::everyCatalogueIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QFETCH(int, atLeast);
    QFile ts(QStringLiteral(TBIB_SOURCE_DIR "/translations/tbib_") + language + u".ts");
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            QCOMPARE(xml.attributes().value(QStringLiteral("language")).toString(), language);
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"unfinished" || type == u"obsolete" || type == u"vanished") {
                unfinished << source;
                continue;
            }
            if (!numerus) {
                if (xml.readElementText().trimmed().isEmpty())
                    unfinished << source;
                continue;
            }
            int forms = 0;
            bool empty = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform") {
                    ++forms;
                    empty = empty || xml.readElementText().trimmed().isEmpty();
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (empty || forms != pluralForms)
                unfinished << source + u" (plural forms)";
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages >= atLeast, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u"\n")));
}

void TestTranslations::unknownLanguageRefused()
{
    QVERIFY(!installTranslations(QStringLiteral("xx")));
    QVERIFY(installTranslations());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
