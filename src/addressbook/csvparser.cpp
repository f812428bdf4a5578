#include "addressbook/csvparser.h"

#include "addressbook/bytesource.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The first of `delimiter`, '"', '\n' or '\r' in [p, end), or end. Sixteen
// bytes at a time where the CPU has SSE2: most of an export is plain text.
const char *findSpecial(const char *p, const char *end, char delimiter, const bool *special)
{
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i q = _mm_set1_epi8('"');
    const __m128i n = _mm_set1_epi8('\n');
    const __m128i r = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, q)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, n), _mm_cmpeq_epi8(v, r)));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#else
    Q_UNUSED(delimiter);
#endif
    while (p < end && !special[uchar(*p)])
        ++p;
    return p;
}

int countNewlines(const char *p, const char *end)
{
    int lines = 0;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        ++lines;
        ++p;
    }
    return lines;
}

}

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

namespace {

// Unquoting in place: `write` trails the read position only after a quote
// was dropped, and only until the field ends, so plain fields never move.
inline void moveDown(char *data, qsizetype *write, qsizetype from, qsizetype n)
{
    if (*write != from)
        std::memmove(data + *write, data + from, size_t(n));
    *write += n;
}

}

// Runs of plain text inside quotes are taken at once: where the run from
// m_pos ends (at a quote, or at the end of what is read), its lines counted.
qsizetype CsvParser::quotedRunEnd(const char *data, qsizetype size)
{
    const char *quote = static_cast<const char *>(std::memchr(data + m_pos, '"', size_t(size - m_pos)));
    const qsizetype end = quote ? quote - data : size;
    m_line += countNewlines(data + m_pos, data + end);
    return end;
}

CsvParser::Status CsvParser::failTooLong(bool quoted)
{
    return fail(m_recordLine,
                quoted ? tr("a quoted field opened here runs on for more than 1 MiB without closing")
                       : tr("a line longer than 1 MiB; this does not look like a contacts file"));
}

// The field before the delimiter at m_pos, and the empty fields right after
// it: runs of them (",,,,") are most of a wide export.
void CsvParser::endField(qsizetype fieldBegin, qsizetype write, const char *data, qsizetype size)
{
    addField(fieldBegin - m_recordStart, write - fieldBegin);
    ++m_pos;
    while (m_pos < size && data[m_pos] == m_delimiter) {
        addField(m_pos - m_recordStart, 0);
        ++m_pos;
    }
}

// Past the line end `c` at m_pos (CR LF as one, even across a chunk);
// returns how far the kept bytes moved when a chunk was read for the LF.
qsizetype CsvParser::endLine(char c)
{
    ++m_pos;
    ++m_line;
    qsizetype shift = 0;
    if (c == '\r') {
        if (m_pos >= m_buffer.size())
            shift = qMax<qsizetype>(fill(), 0);
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
            ++m_pos;
    }
    return shift;
}

// Each field is unquoted in place within its own bytes (moveDown).
CsvParser::Status CsvParser::next()
{
    m_fields = 0;
    m_recordStart = m_pos;
    if (m_pos >= m_buffer.size() && fill() < 0)
        return Status::End;

    m_recordLine = m_line;
    m_recordStart = m_pos;
    qsizetype write = m_pos;
    qsizetype fieldBegin = write;
    bool quoted = false; // inside a quoted section
    bool afterQuote = false; // a quote inside a quoted section: its end, or doubled?
    bool fieldStarted = false; // text (or a quote) seen in the current field
    char *data = m_buffer.data();
    const auto put = [&](qsizetype from, qsizetype n) {
        moveDown(data, &write, from, n);
    };
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_pos - m_recordStart > kMaxRecordBytes)
                return failTooLong(quoted);
            const qsizetype shift = fill();
            if (shift < 0)
                break;
            write -= shift;
            fieldBegin -= shift;
            data = m_buffer.data();
        }
        const qsizetype size = m_buffer.size();
        if (quoted && !afterQuote) {
            const qsizetype end = quotedRunEnd(data, size);
            put(m_pos, end - m_pos);
            afterQuote = end < size; // the quote itself is skipped
            m_pos = afterQuote ? end + 1 : end;
            continue;
        }
        if (afterQuote) {
            afterQuote = false;
            if (data[m_pos] == '"') { // a doubled quote is one quote
                put(m_pos, 1);
                ++m_pos;
                continue;
            }
            quoted = false; // the closing quote; text after it is kept as it is
        }
        const qsizetype end = findSpecial(data + m_pos, data + size, m_delimiter, m_special) - data;
        if (end > m_pos) {
            put(m_pos, end - m_pos);
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
                fieldBegin = write = m_pos + 1; // the field's text starts after its quote
            } else {
                put(m_pos, 1); // a stray quote inside unquoted text
            }
            ++m_pos;
        } else if (c == m_delimiter) {
            endField(fieldBegin, write, data, size);
            fieldBegin = write = m_pos;
            fieldStarted = false;
        } else { // a line end closes the record
            const qsizetype shift = endLine(c);
            addField(fieldBegin - shift - m_recordStart, write - fieldBegin);
            return Status::Record;
        }
    }
    if (quoted && !afterQuote)
        return fail(m_recordLine, tr("a quoted field opened here is never closed"));
    addField(fieldBegin - m_recordStart, write - fieldBegin);
    return Status::Record;
}
