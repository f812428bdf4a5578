#include "csvparser.h"

#include "bytesource.h"

CsvParser::CsvParser(ByteSource &source, char delimiter)
    : m_source(source)
    , m_delimiter(delimiter)
{
    m_special[uchar(delimiter)] = true;
    m_special[uchar('"')] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
    m_record.reserve(4096);
}

// Drops what was consumed, then appends a chunk; false at the end of the file.
bool CsvParser::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (!m_source.readChunk(m_buffer)) {
        m_eof = true;
        return false;
    }
    return true;
}

CsvParser::Status CsvParser::fail(int line, const QString &message)
{
    m_problem = {m_source.path(), line, {}, message};
    return Status::Error;
}

CsvParser::Status CsvParser::next()
{
    m_record.clear();
    m_spans.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return Status::End;

    m_recordLine = m_line;
    qsizetype fieldBegin = 0;
    bool quoted = false;     // inside a quoted section
    bool afterQuote = false; // a quote seen inside a quoted section: end or doubled?
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_record.size() > kMaxRecordBytes) {
                return fail(m_recordLine,
                            quoted ? tr("a quoted field opened here runs on for more than 1 MiB without closing")
                                   : tr("a line longer than 1 MiB; this does not look like a contacts file"));
            }
            if (!fill())
                break;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (quoted && !afterQuote) {
            // Runs of plain text inside quotes are copied at once.
            qsizetype end = m_pos;
            while (end < size && data[end] != '"') {
                if (data[end] == '\n')
                    ++m_line;
                ++end;
            }
            m_record.append(data + m_pos, end - m_pos);
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
                m_record.append('"');
                ++m_pos;
                continue;
            }
            quoted = false; // the closing quote; text after it is kept as it is
        }
        qsizetype end = m_pos;
        while (end < size && !m_special[uchar(data[end])])
            ++end;
        m_record.append(data + m_pos, end - m_pos);
        m_pos = end;
        if (end >= size)
            continue;
        const char c = data[m_pos++];
        if (c == '"') {
            if (m_record.size() == fieldBegin)
                quoted = true;
            else
                m_record.append('"'); // a stray quote inside unquoted text
        } else if (c == m_delimiter) {
            m_spans.push_back({fieldBegin, m_record.size() - fieldBegin});
            fieldBegin = m_record.size();
        } else { // a line end closes the record
            ++m_line;
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            m_spans.push_back({fieldBegin, m_record.size() - fieldBegin});
            return Status::Record;
        }
    }
    if (quoted && !afterQuote)
        return fail(m_recordLine, tr("a quoted field opened here is never closed"));
    m_spans.push_back({fieldBegin, m_record.size() - fieldBegin});
    return Status::Record;
}
