#include "addressbook/ldifparser.h"

#include "addressbook/bytesource.h"

namespace {

struct AttrValue
{
    QByteArray name; // lower case, options (";lang-de") dropped
    QByteArray value;
    bool url = false; // "attr:< file:///…": nothing to read here
};

// "attr: value", "attr:: base64" or "attr:< url"; false without a colon.
bool split(const QByteArray &line, AttrValue *av)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    av->name = line.left(colon).trimmed().toLower();
    if (const qsizetype semi = av->name.indexOf(';'); semi >= 0)
        av->name.truncate(semi);
    qsizetype start = colon + 1;
    const char kind = start < line.size() ? line.at(start) : ' ';
    if (kind == ':' || kind == '<')
        ++start;
    av->value = line.mid(start).trimmed();
    if (kind == ':')
        av->value = QByteArray::fromBase64(av->value);
    av->url = kind == '<';
    return true;
}

// Thunderbird's dn is "cn=Anna Schmidt,mail=anna@example.com".
QByteArray cnOfDn(const QByteArray &dn)
{
    for (const QByteArray &part : dn.split(',')) {
        const QByteArray p = part.trimmed();
        if (p.size() > 3 && qstrnicmp(p.constData(), 3, "cn=", 3) == 0)
            return p.mid(3);
    }
    return {};
}

bool isComment(const QByteArray &line)
{
    return line.startsWith('#');
}

}

LdifParser::LdifParser(ByteSource &source, FieldDecoder &decoder)
    : m_source(source)
    , m_decoder(decoder)
    , m_lines(source)
{
}

LdifParser::Status LdifParser::fail(int line, const QString &message)
{
    m_problem = {m_source.path(), line, {}, message};
    return Status::Error;
}

bool LdifParser::readLogical(QByteArray *line, int *lineNumber)
{
    for (;;) {
        if (!m_lines.read(line, lineNumber))
            return false;
        // A continuation starts with one space, also under a comment.
        for (const QByteArray *next = m_lines.peek(); next && next->startsWith(' '); next = m_lines.peek()) {
            if (line->size() + next->size() > LineReader::kMaxLineBytes) {
                m_lines.setTooLong();
                return false;
            }
            line->append(next->constData() + 1, next->size() - 1);
            m_lines.skipPeeked();
        }
        if (!isComment(*line))
            return true;
    }
}

LdifParser::Status LdifParser::next(ImportedContact *contact)
{
    for (;;) {
        *contact = {};
        QByteArray line;
        int lineNumber = 0;
        // Blank lines part records; "version: 1" may open the file.
        bool found = false;
        while (readLogical(&line, &lineNumber)) {
            if (line.trimmed().isEmpty())
                continue;
            if (m_records == 0 && line.trimmed().toLower().startsWith("version:"))
                continue;
            found = true;
            break;
        }
        if (!found) {
            if (m_lines.tooLong())
                return fail(m_lines.lineNumber() + 1,
                            tr("a line longer than 1 MiB; this does not look like an LDIF file"));
            return Status::End;
        }
        AttrValue av;
        if (!split(line, &av) || av.name != "dn")
            return fail(lineNumber, tr("an LDIF record must begin with \"dn:\""));
        const int recordLine = lineNumber;
        const QByteArray dn = av.value;
        QString cn, displayName, given, surname;
        bool skip = false;
        QStringList seconds;
        while (readLogical(&line, &lineNumber) && !line.trimmed().isEmpty()) {
            if (line == "-")
                continue; // ends a change's part; the record is skipped anyway
            if (!split(line, &av))
                return fail(lineNumber, tr("expected \"attribute: value\", found a line without a colon"));
            if (av.url)
                continue;
            const QByteArray &n = av.name;
            if (n == "changetype") {
                skip = skip || av.value.toLower() != "add";
                continue;
            }
            if (n == "objectclass") {
                skip = skip || av.value.toLower() == "groupofnames" || av.value.toLower() == "groupofuniquenames";
                continue;
            }
            const auto text = [this, &av] {
                return m_decoder.decode(av.value).trimmed();
            };
            if (n == "cn" || n == "commonname") {
                if (cn.isEmpty())
                    cn = text();
            } else if (n == "displayname") {
                displayName = text();
            } else if (n == "givenname") {
                given = text();
            } else if (n == "sn" || n == "surname") {
                surname = text();
            } else if (n == "mail") {
                if (const QString a = text(); !a.isEmpty())
                    contact->emails.append(a);
            } else if (n == "mozillasecondemail" || n == "mozillaseconde-mail") {
                if (const QString a = text(); !a.isEmpty())
                    seconds.append(a);
            } else if (n == "telephonenumber" || n == "mobile" || n == "homephone") {
                if (contact->phone.isEmpty())
                    contact->phone = text();
            } else if (n == "o" || n == "organizationname") {
                if (contact->company.isEmpty())
                    contact->company = text();
            }
        }
        if (m_lines.tooLong())
            return fail(m_lines.lineNumber() + 1, tr("a line longer than 1 MiB; this does not look like an LDIF file"));
        ++m_records;
        if (skip)
            continue;
        contact->emails += seconds;
        contact->line = recordLine;
        contact->name = !cn.isEmpty()      ? cn
            : !displayName.isEmpty()       ? displayName
            : !(given + surname).isEmpty() ? QStringList{given, surname}.join(QLatin1Char(' ')).trimmed()
            : !cnOfDn(dn).isEmpty()        ? m_decoder.decode(cnOfDn(dn)).trimmed()
                                           : contact->company;
        if (contact->name.isEmpty() && contact->emails.isEmpty())
            continue; // the base entry of a directory, not a person
        return Status::Record;
    }
}

bool LdifParser::looksLikeLdif(const QByteArray &start)
{
    const QList<QByteArray> lines = start.left(4096).split('\n');
    bool inComment = false;
    for (const QByteArray &raw : lines) {
        if (raw.startsWith(' ') && inComment)
            continue;
        const QByteArray line = raw.trimmed();
        inComment = isComment(line);
        if (line.isEmpty() || inComment || line.toLower().startsWith("version:"))
            continue;
        return line.size() > 3 && qstrnicmp(line.constData(), 3, "dn:", 3) == 0;
    }
    return false;
}

QByteArray LdifParser::valueBytes(const QByteArray &start)
{
    QByteArray unfolded = start;
    unfolded.replace("\r\n ", "").replace("\n ", "");
    QByteArray out;
    QList<QByteArray> lines = unfolded.split('\n');
    lines.removeLast(); // it may go on past the sample's end, cut in a character
    for (QByteArray line : std::as_const(lines)) {
        if (line.endsWith('\r'))
            line.chop(1);
        AttrValue av;
        if (isComment(line) || !split(line, &av) || av.url)
            continue;
        out += av.value;
        out += '\n';
    }
    return out;
}
