#pragma once

#include "addressbook/importtypes.h"
#include "addressbook/linereader.h"

class ByteSource;
class FieldDecoder;

// LDIF content records (RFC 2849), as Thunderbird, Apple Contacts and
// Evolution export an address book: "dn:" records of attribute lines,
// folded lines, base64 values ("::"), comments. cn (or givenName and sn)
// is the name, mail and mozillaSecondEmail the addresses, o the company.
// Mailing lists and change records are skipped, not imported. Asked for the
// profile (setDetails), title is the headline, l (or Thunderbird's home
// locality) the location, and jpegPhoto the photo.
class LdifParser final
{
    Q_DECLARE_TR_FUNCTIONS(LdifParser)
    Q_DISABLE_COPY_MOVE(LdifParser)
public:
    enum class Status { Record, End, Error };

    LdifParser(ByteSource &source, FieldDecoder &decoder);

    void setDetails(bool details) { m_details = details; }
    Status next(ImportedContact *contact);
    const ImportProblem &problem() const { return m_problem; }
    int recordCount() const { return m_records; }

    // Whether the start of a file is LDIF: after comments and a
    // "version: 1" line, the first line is a "dn:".
    static bool looksLikeLdif(const QByteArray &start);
    // The values of the start of a file, base64 decoded: what the
    // encoding is told by.
    static QByteArray valueBytes(const QByteArray &start);

private:
    // One unfolded line; comments are dropped. False at the end.
    bool readLogical(QByteArray *line, int *lineNumber);
    bool nextNonBlank(QByteArray *line, int *lineNumber);
    Status fail(int line, const QString &message);

    ByteSource &m_source;
    FieldDecoder &m_decoder;
    LineReader m_lines;
    int m_records = 0;
    bool m_details = false;
    ImportProblem m_problem;
};
