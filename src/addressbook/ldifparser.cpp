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

namespace {

// What a record's attributes say about the person, before it is known
// whether the record is one (a group, a change, the directory's base).
struct LdifRecord
{
    QString cn, displayName, given, surname;
    QStringList seconds; // Thunderbird's second addresses, after the first
    bool skip = false;
};

// The profile's attributes, asked for by the member import only.
void takeDetails(const AttrValue &av, FieldDecoder &decoder, ImportedContact *contact)
{
    const QByteArray &n = av.name;
    const bool photo = n == "jpegphoto" || n == "photo";
    if (photo && (!contact->details || contact->details->photo.isEmpty())) {
        contact->editDetails().photo = av.url ? QByteArray() : av.value;
        contact->editDetails().photoIsLink = av.url;
    } else if (av.url) {
        return;
    } else if (n == "title" && (!contact->details || contact->details->headline.isEmpty())) {
        contact->editDetails().headline = decoder.decode(av.value).trimmed();
    } else if ((n == "l" || n == "locality" || n == "mozillahomelocalityname")
               && (!contact->details || contact->details->location.isEmpty())) {
        contact->editDetails().location = decoder.decode(av.value).trimmed();
    }
}

void take(const AttrValue &av, FieldDecoder &decoder, LdifRecord *r, ImportedContact *contact)
{
    const QByteArray &n = av.name;
    if (n == "changetype") {
        r->skip = r->skip || av.value.toLower() != "add";
        return;
    }
    if (n == "objectclass") {
        r->skip = r->skip || av.value.toLower() == "groupofnames" || av.value.toLower() == "groupofuniquenames";
        return;
    }
    // Decoded only when kept: a photo or a certificate is not text.
    const auto text = [&decoder, &av] {
        return decoder.decode(av.value).trimmed();
    };
    if (n == "cn" || n == "commonname") {
        if (r->cn.isEmpty())
            r->cn = text();
    } else if (n == "displayname") {
        r->displayName = text();
    } else if (n == "givenname") {
        r->given = text();
    } else if (n == "sn" || n == "surname") {
        r->surname = text();
    } else if (n == "mail") {
        if (const QString a = text(); !a.isEmpty())
            contact->emails.append(a);
    } else if (n == "mozillasecondemail" || n == "mozillaseconde-mail") {
        if (const QString a = text(); !a.isEmpty())
            r->seconds.append(a);
    } else if (n == "telephonenumber" || n == "mobile" || n == "homephone") {
        if (contact->phone.isEmpty())
            contact->phone = text();
    } else if ((n == "o" || n == "organizationname") && contact->company.isEmpty()) {
        contact->company = text();
    }
}

QString nameOf(const LdifRecord &r, const QByteArray &dn, FieldDecoder &decoder, const ImportedContact &contact)
{
    if (!r.cn.isEmpty())
        return r.cn;
    if (!r.displayName.isEmpty())
        return r.displayName;
    if (!(r.given + r.surname).isEmpty())
        return QStringList{r.given, r.surname}.join(QLatin1Char(' ')).trimmed();
    if (!cnOfDn(dn).isEmpty())
        return decoder.decode(cnOfDn(dn)).trimmed();
    return contact.company;
}

}

LdifParser::Status LdifParser::next(ImportedContact *contact)
{
    for (;;) {
        *contact = {};
        QByteArray line;
        int lineNumber = 0;
        if (!nextNonBlank(&line, &lineNumber)) {
            if (m_lines.tooLong())
                return fail(m_lines.lineNumber() + 1,
                            tr("a line longer than 1 MiB; this does not look like an LDIF file"));
            return Status::End;
        }
        AttrValue av;
        if (!split(line, &av) || av.name != "dn")
            return fail(lineNumber, tr("an LDIF record must begin with “dn:”"));
        const int recordLine = lineNumber;
        const QByteArray dn = av.value;
        LdifRecord record;
        while (readLogical(&line, &lineNumber) && !line.trimmed().isEmpty()) {
            if (line == "-")
                continue; // ends a change's part; the record is skipped anyway
            if (!split(line, &av))
                return fail(lineNumber, tr("expected “attribute: value”, found a line without a colon"));
            if (!av.url)
                take(av, m_decoder, &record, contact);
            if (m_details)
                takeDetails(av, m_decoder, contact);
        }
        if (m_lines.tooLong())
            return fail(m_lines.lineNumber() + 1, tr("a line longer than 1 MiB; this does not look like an LDIF file"));
        ++m_records;
        if (record.skip)
            continue;
        contact->emails += record.seconds;
        contact->line = recordLine;
        contact->name = nameOf(record, dn, m_decoder, *contact);
        if (contact->name.isEmpty() && contact->emails.isEmpty())
            continue; // the base entry of a directory, not a person
        return Status::Record;
    }
}

// Blank lines part records; "version: 1" may open the file.
bool LdifParser::nextNonBlank(QByteArray *line, int *lineNumber)
{
    while (readLogical(line, lineNumber)) {
        if (line->trimmed().isEmpty())
            continue;
        if (m_records == 0 && line->trimmed().toLower().startsWith("version:"))
            continue;
        return true;
    }
    return false;
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
