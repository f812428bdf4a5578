#include "core/import/linereader.h"

#include "core/import/bytesource.h"

LineReader::LineReader(ByteSource &source)
    : m_source(source)
{
}

bool LineReader::read(QByteArray *line, int *lineNumber)
{
    if (m_havePeek) {
        m_havePeek = false;
        *line = std::move(m_peek);
        *lineNumber = m_peekLine;
        return true;
    }
    return readPhysical(line, lineNumber);
}

const QByteArray *LineReader::peek()
{
    if (!m_havePeek)
        m_havePeek = readPhysical(&m_peek, &m_peekLine);
    return m_havePeek ? &m_peek : nullptr;
}

bool LineReader::readPhysical(QByteArray *line, int *lineNumber)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl >= 0 || m_eof) {
            if (m_pos >= m_buffer.size() && m_eof)
                return false;
            const qsizetype end = nl >= 0 ? nl : m_buffer.size();
            qsizetype len = end - m_pos;
            if (len > 0 && m_buffer.at(m_pos + len - 1) == '\r')
                --len;
            *line = m_buffer.mid(m_pos, len);
            m_pos = end + 1;
            *lineNumber = ++m_line;
            return true;
        }
        if (m_buffer.size() - m_pos > kMaxLineBytes) {
            m_tooLong = true;
            return false;
        }
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        if (!m_source.readChunk(m_buffer))
            m_eof = true;
    }
}
