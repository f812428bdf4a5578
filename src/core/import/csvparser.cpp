#include "core/import/csvparser.h"

#include "core/import/bytesource.h"

#include <cstring>

CsvParser::CsvParser(ByteSource &source, char delimiter)
    : m_source(source)
    , m_delimiter(delimiter)
{
    m_special[uchar(delimiter)] = true;
    m_special[uchar('"')] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
}

qsizetype CsvParser::fill()
{
    if (m_eof || m_source.atEnd()) {
        m_eof = true;
        return -1;
    }
    const qsizetype shift = m_recordStart;
    if (shift > 0) {
        m_buffer.remove(0, shift);
        m_pos -= shift;
        m_recordStart = 0;
    }
    if (!m_source.readChunk(m_buffer))
        m_eof = true; // a read error: what is kept is still in place
    return shift;
}

CsvParser::Status CsvParser::fail(int line, const QString &message)
{
    m_problem = {m_source.path(), line, {}, message};
    return Status::Error;
}

CsvParser::Status CsvParser::next()
{
    m_spans.clear();
    m_recordStart = m_pos;
    if (m_pos >= m_buffer.size() && fill() < 0)
        return Status::End;

    m_recordLine = m_line;
    m_recordStart = m_pos;
    qsizetype write = m_pos;      // where the next byte of field text goes
    qsizetype fieldBegin = write;
    bool quoted = false;          // inside a quoted section
    bool afterQuote = false;      // a quote inside a quoted section: its end, or doubled?
    bool fieldStarted = false;    // text (or a quote) seen in the current field
    auto put = [&](const char *from, qsizetype n) {
        char *data = m_buffer.data();
        if (data + write != from)
            std::memmove(data + write, from, size_t(n));
        write += n;
    };
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_pos - m_recordStart > kMaxRecordBytes) {
                return fail(m_recordLine,
                            quoted ? tr("a quoted field opened here runs on for more than 1 MiB without closing")
                                   : tr("a line longer than 1 MiB; this does not look like a contacts file"));
            }
            const qsizetype shift = fill();
            if (shift < 0)
                break;
            write -= shift;
            fieldBegin -= shift;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (quoted && !afterQuote) {
            // Runs of plain text inside quotes are moved at once.
            qsizetype end = m_pos;
            while (end < size && data[end] != '"') {
                if (data[end] == '\n')
                    ++m_line;
                ++end;
            }
            put(data + m_pos, end - m_pos);
            m_pos = end;
            if (end < size) {
                afterQuote = true;
                ++m_pos;
            }
            continue;
        }
        if (afterQuote) {
            afterQuote = false;
            if (data[m_pos] == '"') { // a doubled quote is one quote
                put(data + m_pos, 1);
                ++m_pos;
                continue;
            }
            quoted = false; // the closing quote; text after it is kept as it is
        }
        qsizetype end = m_pos;
        while (end < size && !m_special[uchar(data[end])])
            ++end;
        if (end > m_pos) {
            put(data + m_pos, end - m_pos);
            fieldStarted = true;
        }
        m_pos = end;
        if (end >= size)
            continue;
        const char c = data[m_pos];
        if (c == '"') {
            if (!fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else {
                put(data + m_pos, 1); // a stray quote inside unquoted text
            }
            ++m_pos;
        } else if (c == m_delimiter) {
            ++m_pos;
            m_spans.push_back({fieldBegin - m_recordStart, write - fieldBegin});
            fieldBegin = write;
            fieldStarted = false;
        } else { // a line end closes the record
            ++m_pos;
            ++m_line;
            if (c == '\r') {
                if (m_pos >= m_buffer.size()) {
                    const qsizetype shift = fill();
                    if (shift > 0) {
                        write -= shift;
                        fieldBegin -= shift;
                    }
                }
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            m_spans.push_back({fieldBegin - m_recordStart, write - fieldBegin});
            return Status::Record;
        }
    }
    if (quoted && !afterQuote)
        return fail(m_recordLine, tr("a quoted field opened here is never closed"));
    m_spans.push_back({fieldBegin - m_recordStart, write - fieldBegin});
    return Status::Record;
}
