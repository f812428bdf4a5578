#include "addressbook/linereader.h"

#include "addressbook/bytesource.h"

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

void LineReader::skipContinuations()
{
    const auto continues = [](char c) {
        return c == ' ' || c == '\t';
    };
    if (m_havePeek) {
        if (m_peek.isEmpty() || !continues(m_peek.at(0)))
            return;
        m_havePeek = false;
    }
    bool inLine = false; // past the start of a continuation line
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            m_buffer.clear();
            m_pos = 0;
            if (m_eof || !m_source.readChunk(m_buffer)) {
                m_eof = true;
                return;
            }
        }
        if (!inLine && !continues(m_buffer.at(m_pos)))
            return;
        const qsizetype nl = m_buffer.indexOf('\n', m_pos);
        if (nl < 0) { // the line goes on in the next chunk
            m_pos = m_buffer.size();
            inLine = true;
            continue;
        }
        m_pos = nl + 1;
        ++m_line;
        inLine = false;
    }
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
