// SPDX-License-Identifier: GPL-3.0-or-later
#include "weblanguage.h"

#include "service/translations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tbib;

// The wizard's words come from the same catalogues as the desk's: every text
// of index.html and app.js is listed for lupdate (and nothing else is), each
// has its French and Arabic sentence, and the page is written per language.
class TestWebLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsListMatchesTheFiles();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void pageInEachLanguage_data();
    void pageInEachLanguage();
    void textsCannotCloseTheirElement();

private:
    static QByteArray source(const char *name);
};

QByteArray TestWebLanguage::source(const char *name)
{
    QFile f(QStringLiteral(TBIB_SOURCE_DIR "/resources/web/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

void TestWebLanguage::textsListMatchesTheFiles()
{
    QSet<QString> inFiles;
    static const QRegularExpression marker(QStringLiteral("\\{\\{([^{}]+)\\}\\}"));
    for (auto it = marker.globalMatch(QString::fromUtf8(source("index.html"))); it.hasNext();) {
        const QString text = it.next().captured(1);
        if (text != u"lang" && text != u"dir" && text != u"texts")
            inFiles.insert(text);
    }
    static const QRegularExpression call(QStringLiteral("\\btr\\('([^']*)'"));
    for (auto it = call.globalMatch(QString::fromUtf8(source("app.js"))); it.hasNext();)
        inFiles.insert(it.next().captured(1));

    QSet<QString> listed;
    for (const char *text : wizardTexts()) {
        const QString t = QString::fromUtf8(text);
        QVERIFY2(!listed.contains(t), qPrintable(u"listed twice: " + t));
        QVERIFY2(!t.contains(u'"') && !t.contains(u'\\'), qPrintable(u"a JSON key must not need escaping: " + t));
        listed.insert(t);
    }
    QVERIFY(listed.size() > 50);
    for (const auto &t : std::as_const(inFiles))
        QVERIFY2(listed.contains(t), qPrintable(u"not in server/wizardtexts.cpp: " + t));
    for (const auto &t : std::as_const(listed))
        QVERIFY2(inFiles.contains(t), qPrintable(u"listed but used nowhere: " + t));
}

void TestWebLanguage::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("french") << "fr";
    QTest::newRow("arabic") << "ar";
}

void TestWebLanguage::everyTextIsTranslated()
{
    // translate() falls back to the source (or, for Arabic, to French): a
    // sentence equal to a fallback is a missing translation. A few words are
    // the same in French and English ("Confirmation", "Date", "Patient").
    QFETCH(QString, language);
    const QSet<QString> sameInFrench{QStringLiteral("Confirmation"), QStringLiteral("Date"),
                                     QStringLiteral("Patient"), QStringLiteral("%1 min")};
    for (const char *text : wizardTexts()) {
        const QString t = translate(language, "Wizard", text);
        QVERIFY2(!t.isEmpty(), text);
        if (language == u"fr") {
            QVERIFY2(t != QString::fromUtf8(text) || sameInFrench.contains(t), text);
        } else {
            QVERIFY2(t != QString::fromUtf8(text), text);
            QVERIFY2(t != translate(QStringLiteral("fr"), "Wizard", text), text);
        }
    }
    for (int c = 0; c <= int(ErrorCode::StorageFailure); ++c) {
        const QString t = errorMessage(ErrorCode(c), language);
        QVERIFY2(t != QString::fromUtf8(errorSentence(ErrorCode(c))), errorSentence(ErrorCode(c)));
        if (language == u"ar")
            QVERIFY2(t != errorMessage(ErrorCode(c), QStringLiteral("fr")), errorSentence(ErrorCode(c)));
    }
}

void TestWebLanguage::pageInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("dir");
    QTest::newRow("french") << "fr" << QStringLiteral("Choisissez un praticien") << "ltr";
    QTest::newRow("english") << "en" << QStringLiteral("Choose a doctor") << "ltr";
    QTest::newRow("arabic") << "ar" << QStringLiteral("اختاروا طبيبًا") << "rtl";
}

void TestWebLanguage::pageInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, dir);
    const QString page = QString::fromUtf8(wizardPage(source("index.html"), language));
    QVERIFY(page.contains(u"<html lang=\"" + language + u"\" dir=\"" + dir + u"\">"));
    QVERIFY(page.contains(u">" + heading + u"</h1>"));
    QVERIFY(!page.contains(u"{{"));
    // app.js's sentences as a JSON object keyed by the English text.
    static const QRegularExpression block(
        QStringLiteral("<script type=\"application/json\" id=\"texts\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(page);
    QVERIFY(m.hasMatch());
    QString json = m.captured(1);
    json.replace(QStringLiteral("<\\/"), QStringLiteral("</"));
    QJsonParseError error;
    const QJsonObject texts = QJsonDocument::fromJson(json.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(texts.size(), wizardTexts().size());
    QCOMPARE(texts.value(QStringLiteral("Available")).toString(), translate(language, "Wizard", "Available"));
    if (language == u"fr")
        QCOMPARE(texts.value(QStringLiteral("Available")).toString(), QStringLiteral("Disponible"));
}

void TestWebLanguage::textsCannotCloseTheirElement()
{
    const QByteArray page = wizardPage("<script type=\"application/json\" id=\"texts\">{{texts}}</script>",
                                       QStringLiteral("fr"));
    QCOMPARE(page.count("</script>"), 1);
    QVERIFY(page.endsWith("}</script>"));
}

QTEST_GUILESS_MAIN(TestWebLanguage)
#include "tst_weblanguage.moc"
