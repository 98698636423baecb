// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/appointmentstatus.h"
#include "domain/bookingerror.h"
#include "service/translations.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace tbib;

// French is the default language and complete: every sentence of the rules is
// translated, and the catalogue has no unfinished entry.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyErrorHasAFrenchSentence();
    void statusLabelsAreTheGlossarys();
    void frenchCatalogueIsComplete();
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

void TestTranslations::frenchCatalogueIsComplete()
{
    QFile ts(QStringLiteral(TBIB_SOURCE_DIR "/translations/tbib_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || type == u"obsolete" || type == u"vanished" || text.trimmed().isEmpty())
                unfinished << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u"\n")));
}

void TestTranslations::unknownLanguageRefused()
{
    QVERIFY(!installTranslations(QStringLiteral("xx")));
    QVERIFY(installTranslations());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
