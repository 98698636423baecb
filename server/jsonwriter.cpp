// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <algorithm>

#include <cstring>

namespace tbib {

namespace {

bool plainAscii(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
}

} // namespace

QByteArray JsonWriter::take()
{
    QByteArray bytes(m_out.data(), qsizetype(m_out.size()));
    m_out.clear();
    return bytes;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            append(',');
        m_empty.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    append('{');
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    append('}');
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    append('[');
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    append(']');
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const char *latin1Key)
{
    separate();
    append('"');
    append(latin1Key, qsizetype(std::strlen(latin1Key)));
    append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::plainValue(const char *text, qsizetype size)
{
    separate();
    append('"');
    append(text, size);
    append('"');
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    append('"');
    // Names, motifs and phones are mostly plain ASCII: copied a character at a
    // time into the buffer, without a UTF-8 copy of the whole string first.
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && plainAscii(text[i].unicode()))
        ++i;
    const qsizetype at = qsizetype(m_out.size());
    m_out.resize(size_t(at + i));
    for (qsizetype k = 0; k < i; ++k)
        m_out[size_t(at + k)] = char(text[k].unicode());
    if (i < n)
        escape(text.mid(i));
    append('"');
    return *this;
}

// The rest of a string from its first character that is not plain ASCII:
// escapes what JSON requires, and UTF-8 for the others.
void JsonWriter::escape(QStringView text)
{
    static const char Hex[] = "0123456789abcdef";
    qsizetype run = 0; // characters not yet written, from `text.size() - run`
    auto flush = [&](qsizetype end) {
        if (run == 0)
            return;
        const QByteArray utf8 = text.sliced(end - run, run).toUtf8();
        append(utf8.constData(), utf8.size());
        run = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const char *escaped = nullptr;
        switch (c) {
        case u'"':
            escaped = "\\\"";
            break;
        case u'\\':
            escaped = "\\\\";
            break;
        case u'\n':
            escaped = "\\n";
            break;
        case u'\r':
            escaped = "\\r";
            break;
        case u'\t':
            escaped = "\\t";
            break;
        default:
            if (c < 0x20) {
                flush(i);
                const char hex[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 15]};
                append(hex, 6);
                continue;
            }
            ++run;
            continue;
        }
        flush(i);
        append(escaped, 2);
    }
    flush(text.size());
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    // Magnitude as unsigned, so that the smallest qint64 has one too.
    quint64 v = number < 0 ? quint64(0) - quint64(number) : quint64(number);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (number < 0)
        *--p = '-';
    append(p, end - p);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        append("true", 4);
    else
        append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    append("null", 4);
    return *this;
}

} // namespace tbib
