// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <algorithm>

namespace tbib {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *latin1Key)
{
    separate();
    m_out += '"';
    m_out += latin1Key;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    static const char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out += '"';
    const bool plain = std::all_of(utf8.cbegin(), utf8.cend(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c != '"' && c != '\\';
    });
    if (plain) {
        m_out += utf8;
        m_out += '"';
        return *this;
    }
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += Hex[c >> 4];
                m_out += Hex[c & 15];
            } else {
                m_out += ch;
            }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

} // namespace tbib
