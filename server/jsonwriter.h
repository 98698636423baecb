// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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
    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace tbib
