#pragma once

#include "core/import/importtypes.h"

#include <QByteArray>

class ByteSource;
class FieldDecoder;

// vCard 2.1, 3.0 and 4.0, one card at a time: folded lines, grouped
// properties (item1.EMAIL), several EMAIL and TEL entries, escaped text,
// quoted-printable with soft line breaks and CHARSET in 2.1. Photos and
// other binary properties are skipped while they stream past.
class VCardParser final
{
    Q_DECLARE_TR_FUNCTIONS(VCardParser)
    Q_DISABLE_COPY_MOVE(VCardParser)
public:
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

    enum class Status { Card, End, Error };

    VCardParser(ByteSource &source, FieldDecoder &decoder);

    Status next(ImportedContact *contact);
    const ImportProblem &problem() const { return m_problem; }
    int cardCount() const { return m_cards; }

private:
    bool readPhysical(QByteArray *line, int *lineNumber);
    bool peekPhysical();
    bool readLogical(QByteArray *line, int *lineNumber);
    Status fail(int line, const QString &message);
    QString text(const QByteArray &value, const QByteArray &charset, bool quotedPrintable);

    ByteSource &m_source;
    FieldDecoder &m_decoder;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 0;
    bool m_havePeek = false;
    QByteArray m_peek;
    int m_peekLine = 0;
    bool m_tooLong = false;
    int m_cards = 0;
    ImportProblem m_problem;
};
