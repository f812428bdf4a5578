#pragma once

#include "addressbook/importtypes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class ByteSource;

// RFC 4180 records from a ByteSource, one at a time: quoted fields with
// delimiters, doubled quotes and line breaks; CRLF, LF or CR line ends.
// Lenient where real exports are sloppy (a stray quote inside an unquoted
// field is kept as text); strict where reading on would lose data.
class CsvParser final
{
    Q_DECLARE_TR_FUNCTIONS(CsvParser)
    Q_DISABLE_COPY_MOVE(CsvParser)
public:
    // A record this long is no address-book line (a binary file or a quote
    // that never closes); stopping keeps memory bounded.
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    enum class Status { Record, End, Error };

    CsvParser(ByteSource &source, char delimiter);

    Status next();
    int fieldCount() const { return m_fields; }
    // Valid until the next call of next().
    QByteArrayView field(int i) const
    {
        const Span s = m_spans[size_t(i)];
        return QByteArrayView(m_buffer.constData() + m_recordStart + s.begin, s.size);
    }
    bool isBlank() const { return m_fields == 1 && m_spans[0].size == 0; }
    int recordLine() const { return m_recordLine; }
    // After Error: the problem, naming the line the record started on.
    const ImportProblem &problem() const { return m_problem; }

private:
    struct Span
    {
        qsizetype begin;
        qsizetype size;
    };
    // Appends a chunk, first dropping what lies before the current record;
    // returns how far the kept bytes moved, or -1 at the end of the file.
    qsizetype fill();
    Status fail(int line, const QString &message);
    Status failTooLong(bool quoted);
    void endField(qsizetype fieldBegin, qsizetype write, const char *data, qsizetype size);
    qsizetype endLine(char c);
    qsizetype quotedRunEnd(const char *data, qsizetype size);
    // Member by member: a whole Span built on the stack and copied costs a
    // store-forwarding stall per field.
    void addField(qsizetype begin, qsizetype size)
    {
        if (size_t(m_fields) == m_spans.size())
            m_spans.resize(m_spans.size() * 2 + 16);
        Span &s = m_spans[size_t(m_fields++)];
        s.begin = begin;
        s.size = size;
    }

    ByteSource &m_source;
    const char m_delimiter;
    bool m_special[256] = {};
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 1;
    int m_recordLine = 0;
    // Fields are unquoted in place: the record's bytes are rewritten from
    // m_recordStart on, never longer than they were.
    qsizetype m_recordStart = 0;
    std::vector<Span> m_spans; // the first m_fields are this record's
    int m_fields = 0;
    ImportProblem m_problem;
};
