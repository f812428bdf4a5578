#include "core/import/vcardparser.h"

#include "core/import/bytesource.h"

#include <QStringDecoder>

namespace {

bool startsWithName(const QByteArray &line, const char *name)
{
    // Group prefixes ("item1.") do not change what a property is.
    qsizetype start = 0;
    const qsizetype colon = line.indexOf(':');
    const qsizetype dot = line.indexOf('.');
    if (dot >= 0 && (colon < 0 || dot < colon) && (line.indexOf(';') < 0 || dot < line.indexOf(';')))
        start = dot + 1;
    const QByteArrayView rest = QByteArrayView(line).sliced(start);
    const qsizetype n = qstrlen(name);
    return rest.size() >= n && qstrnicmp(rest.data(), n, name, n) == 0
        && (rest.size() == n || rest[n] == ':' || rest[n] == ';');
}

bool isBinaryProperty(const QByteArray &line)
{
    return startsWithName(line, "PHOTO") || startsWithName(line, "LOGO") || startsWithName(line, "SOUND")
        || startsWithName(line, "KEY");
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(v));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// Splits on unescaped `sep` and resolves \, \; \\ \n.
QStringList components(const QString &value, QChar sep)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar e = value.at(++i);
            current.append(e == QLatin1Char('n') || e == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : e);
        } else if (c == sep) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unescaped(const QString &value)
{
    return components(value, QChar()).join(QString()).trimmed();
}

}

VCardParser::VCardParser(ByteSource &source, FieldDecoder &decoder)
    : m_source(source)
    , m_decoder(decoder)
{
}

VCardParser::Status VCardParser::fail(int line, const QString &message)
{
    m_problem = {m_source.path(), line, {}, message};
    return Status::Error;
}

bool VCardParser::readPhysical(QByteArray *line, int *lineNumber)
{
    if (m_havePeek) {
        m_havePeek = false;
        *line = std::move(m_peek);
        *lineNumber = m_peekLine;
        return true;
    }
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

bool VCardParser::peekPhysical()
{
    if (!m_havePeek)
        m_havePeek = readPhysical(&m_peek, &m_peekLine);
    return m_havePeek;
}

bool VCardParser::readLogical(QByteArray *line, int *lineNumber)
{
    if (!readPhysical(line, lineNumber))
        return false;
    const bool discard = isBinaryProperty(*line);
    while (peekPhysical() && !m_peek.isEmpty() && (m_peek.at(0) == ' ' || m_peek.at(0) == '\t')) {
        if (!discard) {
            if (line->size() + m_peek.size() > kMaxLineBytes) {
                m_tooLong = true;
                return false;
            }
            line->append(m_peek.constData() + 1, m_peek.size() - 1);
        }
        m_havePeek = false;
    }
    // Quoted-printable soft line breaks (vCard 2.1) continue on the next line.
    const qsizetype colon = line->indexOf(':');
    if (colon > 0 && line->left(colon).toUpper().contains("QUOTED-PRINTABLE")) {
        while (line->endsWith('=') && peekPhysical()) {
            line->chop(1);
            line->append(m_peek);
            m_havePeek = false;
        }
    }
    return true;
}

QString VCardParser::text(const QByteArray &value, const QByteArray &charset, bool quotedPrintable)
{
    const QByteArray bytes = quotedPrintable ? decodeQuotedPrintable(value) : value;
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return m_decoder.decode(bytes);
}

VCardParser::Status VCardParser::next(ImportedContact *contact)
{
    QByteArray line;
    int lineNumber = 0;
    bool inCard = false;
    int cardLine = 0;
    QString fn;
    QStringList nameParts;
    *contact = {};
    while (readLogical(&line, &lineNumber)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // Before the first card: a writer's stray line or comment, skipped.
        const bool beforeFirst = !inCard && m_cards == 0 && !line.trimmed().toUpper().startsWith("BEGIN:");
        if (beforeFirst)
            continue;
        if (colon < 0) {
            if (inCard)
                continue; // a stray line inside a card carries nothing we use
            return fail(lineNumber, tr("expected BEGIN:VCARD, found text that is not a vCard property"));
        }
        QList<QByteArray> head = line.left(colon).split(';');
        QByteArray name = head.takeFirst().trimmed().toUpper();
        if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
            name = name.mid(dot + 1);
        const QByteArray value = line.mid(colon + 1);
        if (name == "BEGIN" && value.trimmed().toUpper() == "VCARD") {
            if (inCard)
                return fail(cardLine, tr("the vCard begun here has no END:VCARD before the next one"));
            inCard = true;
            cardLine = lineNumber;
            contact->line = lineNumber;
            continue;
        }
        if (!inCard)
            return fail(lineNumber, tr("a vCard property outside BEGIN:VCARD … END:VCARD"));
        if (name == "END") {
            ++m_cards;
            contact->name = fn.isEmpty() ? nameParts.join(QLatin1Char(' ')).simplified() : fn;
            return Status::Card;
        }
        bool qp = false;
        QByteArray charset;
        for (const QByteArray &param : head) {
            const QByteArray p = param.trimmed().toUpper();
            if (p == "QUOTED-PRINTABLE" || p == "ENCODING=QUOTED-PRINTABLE")
                qp = true;
            else if (p.startsWith("CHARSET="))
                charset = param.trimmed().mid(8);
        }
        if (name == "FN") {
            fn = unescaped(text(value, charset, qp));
        } else if (name == "N") {
            // Family; Given; Additional; Prefix; Suffix, read as a person says it.
            const QStringList n = components(text(value, charset, qp), QLatin1Char(';'));
            nameParts.clear();
            for (int i : {3, 1, 2, 0, 4}) {
                if (i < n.size() && !n.at(i).trimmed().isEmpty())
                    nameParts.append(n.at(i).trimmed());
            }
        } else if (name == "EMAIL") {
            QString address = unescaped(text(value, charset, qp));
            if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                address = address.mid(7);
            if (!address.isEmpty())
                contact->emails.append(address);
        } else if (name == "TEL") {
            if (contact->phone.isEmpty())
                contact->phone = unescaped(text(value, charset, qp));
        } else if (name == "ORG") {
            contact->company = components(text(value, charset, qp), QLatin1Char(';')).value(0).trimmed();
        }
    }
    if (m_tooLong)
        return fail(m_line + 1, tr("a line longer than 1 MiB; this does not look like a vCard file"));
    if (inCard)
        return fail(cardLine, tr("the vCard begun here has no END:VCARD"));
    return Status::End;
}
