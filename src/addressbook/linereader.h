#pragma once

#include <QByteArray>

class ByteSource;

// Physical lines from a ByteSource (LF or CRLF), with one line of look-
// ahead for the formats that fold a long line onto the next ones.
class LineReader final
{
    Q_DISABLE_COPY_MOVE(LineReader)
public:
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

    explicit LineReader(ByteSource &source);

    // The next line without its line end; false at the end of the file or
    // when a line grows past kMaxLineBytes (then tooLong() is true).
    bool read(QByteArray *line, int *lineNumber);
    // The line read() would give next, or nullptr at the end.
    const QByteArray *peek();
    // Drops the peeked line after the caller has used it.
    void skipPeeked() { m_havePeek = false; }
    // Skips the lines that continue a folded one (they start with a space
    // or a tab) without copying them: a photo's hundreds of lines.
    void skipContinuations();
    bool tooLong() const { return m_tooLong; }
    void setTooLong() { m_tooLong = true; }
    int lineNumber() const { return m_line; }

private:
    bool readPhysical(QByteArray *line, int *lineNumber);

    ByteSource &m_source;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 0;
    bool m_havePeek = false;
    QByteArray m_peek;
    int m_peekLine = 0;
    bool m_tooLong = false;
};
