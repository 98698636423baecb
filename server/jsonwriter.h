// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace tbib {

// Compact JSON written straight into bytes, for the answers that are asked
// for thousands of times a second (slots, the calendar feed). QJsonObject
// builds a CBOR tree first and cost several times the database work there.
// The caller keeps keys and values in order; commas are the writer's job.
class JsonWriter final
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *latin1Key);
    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    // Text known to need no escaping (ASCII letters, digits, punctuation
    // other than '"' and '\\'): dates, colours, status names.
    JsonWriter &plainValue(const char *text, qsizetype size);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();

    [[nodiscard]] QByteArray take();

private:
    void separate();
    // std::string rather than QByteArray: its small appends are inlined, where
    // QByteArray's cost a library call each (a third of the feed's time).
    void append(const char *bytes, qsizetype size) { m_out.append(bytes, size_t(size)); }
    void append(char byte) { m_out.push_back(byte); }
    void escape(QStringView text);

    std::string m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace tbib
