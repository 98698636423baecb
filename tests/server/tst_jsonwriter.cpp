// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace tbib;

// The hand-written JSON must read back as exactly what was written.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void nesting();
    void numbers_data();
    void numbers();
};

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Karim Connu";
    QTest::newRow("accents") << "Première consultation, Aït-Ben-Haddou";
    QTest::newRow("arabic") << QString::fromUtf8("كريم");
    QTest::newRow("quotes") << R"(Robert "Bobby" O'Neil)";
    QTest::newRow("backslash") << R"(C:\dossiers\patient)";
    QTest::newRow("controls") << QString::fromUtf8("ligne 1\nligne 2\ttab\r\x01\x1f");
    QTest::newRow("sqlAndHtml") << "'); DROP TABLE patients;-- <script>alert(1)</script>";
    QTest::newRow("empty") << "";
    QTest::newRow("escapeAfterAccent") << QString::fromUtf8("é\"x\"é\\");
    QTest::newRow("emoji") << QString::fromUtf8("Rendez-vous 🩺 confirmé ✅");
    QTest::newRow("controlBetweenAccents") << QString::fromUtf8("à\x02ç");
    QTest::newRow("long") << QString(5000, u'a') + QString::fromUtf8("ü") + QString(5000, u'z');
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    JsonWriter w;
    w.beginObject().key("s").value(text).endObject();
    const QByteArray bytes = w.take();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value("s").toString(), text);
}

void TestJsonWriter::nesting()
{
    JsonWriter w;
    w.beginArray();
    w.beginObject().key("id").value(qint64(1)).key("ok").value(true).key("none").null();
    w.key("list").beginArray().value(1).value(2).beginObject().endObject().endArray().endObject();
    w.beginArray().endArray();
    w.endArray();
    const QByteArray bytes = w.take();
    QCOMPARE(bytes, QByteArray(R"([{"id":1,"ok":true,"none":null,"list":[1,2,{}]},[]])"));
    QVERIFY(QJsonDocument::fromJson(bytes).isArray());
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<qint64>("number");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("negative") << qint64(-42);
    QTest::newRow("large") << qint64(1796083200);
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min();
    QTest::newRow("largest") << std::numeric_limits<qint64>::max();
}

void TestJsonWriter::numbers()
{
    QFETCH(qint64, number);
    JsonWriter w;
    w.beginArray().value(number).plainValue("#FBC02D", 7).endArray();
    QCOMPARE(w.take(), "[" + QByteArray::number(number) + R"(,"#FBC02D"])");
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
