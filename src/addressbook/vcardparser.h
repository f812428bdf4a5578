#pragma once

#include "addressbook/importtypes.h"
#include "addressbook/linereader.h"

#include <QByteArray>

#include <deque>
#include <vector>

class ByteSource;
class FieldDecoder;

// vCard 2.1, 3.0 and 4.0, one card at a time: folded lines, grouped
// properties (item1.EMAIL), several EMAIL and TEL entries with the
// preferred one first, escaped text (2.1 escapes only ";"), quoted-
// printable with soft line breaks, CHARSET, and cards nested in AGENT (or,
// in 2.1, directly in another card).
// Photos and other binary properties are skipped while they stream past,
// unless the profile is asked for (setDetails): then TITLE (or ROLE) is the
// headline, ADR's locality and country the location, and PHOTO is kept.
class VCardParser final
{
    Q_DECLARE_TR_FUNCTIONS(VCardParser)
    Q_DISABLE_COPY_MOVE(VCardParser)
public:
    static constexpr qsizetype kMaxLineBytes = LineReader::kMaxLineBytes;

    enum class Status { Card, End, Error };

    VCardParser(ByteSource &source, FieldDecoder &decoder);
    ~VCardParser();

    void setDetails(bool details) { m_details = details; }
    Status next(ImportedContact *contact);
    const ImportProblem &problem() const { return m_problem; }
    int cardCount() const { return m_cards; }

    // The value bytes of the start of a file that declare no CHARSET,
    // unfolded and quoted-printable decoded: what the encoding is told by.
    static QByteArray undeclaredText(const QByteArray &start);

private:
    struct Property;
    struct Card;

    bool readLogical(QByteArray *line, int *lineNumber);
    Status fail(int line, const QString &message);
    static bool parse(const QByteArray &line, Property *p);
    static int rank(const Property &p);
    QString text(const Property &p) const;
    // Adds one logical line to the open cards; false with m_problem set.
    bool take(const QByteArray &line, int lineNumber);
    bool takeAgent(const Property &p, const QByteArray &value, int lineNumber);
    bool skipped(QByteArrayView name) const;
    void finish(Card &card);
    void finishDetails(const Card &card, ImportedContact &c) const;

    ByteSource &m_source;
    FieldDecoder &m_decoder;
    LineReader m_lines;
    int m_cards = 0;
    bool m_details = false;
    std::vector<Card> m_open; // a card and the ones nested in it
    std::deque<ImportedContact> m_ready; // finished, not handed out yet
    ImportProblem m_problem;
};
