#include "addressbook/vcardparser.h"

#include "addressbook/bytesource.h"

#include <QStringDecoder>

#include <algorithm>

struct VCardParser::Property
{
    QByteArray name; // upper case, without its group ("item1.")
    QList<QByteArray> types; // TYPE values and 2.1's bare parameters, upper case
    int pref = 0; // 4.0's PREF=1..100; 0 when not given
    QByteArray charset;
    bool quotedPrintable = false;
    bool base64 = false;
    QByteArray value;
};

struct VCardParser::Card
{
    int line = 0;
    bool v21 = false;
    bool agentOpen = false; // an empty AGENT: the next BEGIN:VCARD is nested in it
    std::vector<Property> properties;
};

namespace {

// The colon that ends the name and parameters; one inside a quoted
// parameter value does not count.
qsizetype valueColon(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

// The name without its group, as it stands in the line: no copy.
QByteArrayView nameView(QByteArrayView line, qsizetype colon)
{
    QByteArrayView name = line.first(colon);
    if (const qsizetype semi = name.indexOf(';'); semi >= 0)
        name.truncate(semi);
    name = name.trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.sliced(dot + 1);
    return name;
}

QByteArray propertyName(const QByteArray &line, qsizetype colon)
{
    return nameView(line, colon).toByteArray().toUpper();
}

bool equalsNoCase(QByteArrayView a, const char *b)
{
    const qsizetype n = qsizetype(qstrlen(b));
    return a.size() == n && qstrnicmp(a.data(), n, b, n) == 0;
}

bool isBinaryName(QByteArrayView name)
{
    return equalsNoCase(name, "PHOTO") || equalsNoCase(name, "LOGO") || equalsNoCase(name, "SOUND")
        || equalsNoCase(name, "KEY");
}

bool isQuotedPrintableLine(const QByteArray &line)
{
    const qsizetype colon = valueColon(line);
    if (colon <= 0)
        return false;
    // Case-blind search in the parameters, without an upper-case copy.
    const QByteArrayView head(line.constData(), colon);
    constexpr QByteArrayView needle("QUOTED-PRINTABLE");
    for (qsizetype i = 0; i + needle.size() <= head.size(); ++i) {
        if ((head[i] == 'Q' || head[i] == 'q')
            && qstrnicmp(head.data() + i, needle.size(), needle.data(), needle.size()) == 0)
            return true;
    }
    return false;
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

// Splits on unescaped `sep`. vCard 3.0 and 4.0 resolve \, \; \\ \n; in
// 2.1 a backslash escapes only the ";" of a structured value.
QStringList components(const QString &value, QChar sep, bool v21)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar e = value.at(i + 1);
            if (!v21) {
                ++i;
                current.append(e == QLatin1Char('n') || e == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : e);
            } else if (e == QLatin1Char(';') && sep == QLatin1Char(';')) {
                ++i;
                current.append(e);
            } else {
                current.append(c);
            }
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

QString unescaped(const QString &value, bool v21)
{
    if (v21 || !value.contains(QLatin1Char('\\')))
        return value.trimmed();
    return components(value, QChar(), false).join(QString()).trimmed();
}

QByteArray unquoted(QByteArray v)
{
    v = v.trimmed();
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    return v;
}

// ADR's parts (post box; extended; street; locality; region; code;
// country) as a profile names a place: "Berlin, Germany".
QString place(const QStringList &adr)
{
    QStringList parts;
    const QString locality = adr.value(3).trimmed();
    parts.append(locality.isEmpty() ? adr.value(4).trimmed() : locality);
    parts.append(adr.value(6).trimmed());
    parts.removeAll(QString());
    return parts.join(QLatin1String(", "));
}

// 2.1 and 3.0 carry the picture as base64, 4.0 as a data: URI; any other
// value names a picture elsewhere, which is not fetched.
void takePhoto(bool base64, const QByteArray &value, ContactDetails *d)
{
    const QByteArray v = value.trimmed();
    if (base64) {
        d->photo = QByteArray::fromBase64(v);
    } else if (v.size() > 5 && qstrnicmp(v.constData(), 5, "data:", 5) == 0) {
        const qsizetype comma = v.indexOf(',');
        const QByteArray head = v.left(comma).toLower();
        const QByteArray payload = comma < 0 ? QByteArray() : v.mid(comma + 1);
        d->photo = head.endsWith(";base64") ? QByteArray::fromBase64(payload)
                                            : QByteArray::fromPercentEncoding(payload);
    } else {
        d->photoIsLink = !v.isEmpty();
    }
}

// `"Omega" <omega@example.com>`: the address, and the name before it.
QString splitDisplayName(QString *address)
{
    const qsizetype open = address->lastIndexOf(QLatin1Char('<'));
    if (open < 0 || !address->endsWith(QLatin1Char('>')))
        return {};
    QString name = address->left(open).trimmed();
    *address = address->mid(open + 1, address->size() - open - 2).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

}

VCardParser::VCardParser(ByteSource &source, FieldDecoder &decoder)
    : m_source(source)
    , m_decoder(decoder)
    , m_lines(source)
{
}

VCardParser::~VCardParser() = default;

VCardParser::Status VCardParser::fail(int line, const QString &message)
{
    m_problem = {m_source.path(), line, {}, message};
    return Status::Error;
}

// Unfolds the bytes before anything is decoded: writers fold at a byte
// count, through the middle of a multi-byte character.
bool VCardParser::readLogical(QByteArray *line, int *lineNumber)
{
    if (!m_lines.read(line, lineNumber))
        return false;
    if (const qsizetype colon = valueColon(*line); colon > 0 && skipped(nameView(*line, colon))) {
        m_lines.skipContinuations();
        return true;
    }
    const bool quotedPrintable = isQuotedPrintableLine(*line);
    for (const QByteArray *next = m_lines.peek(); next; next = m_lines.peek()) {
        // A quoted-printable soft line break (vCard 2.1) takes the next line
        // as it is, even when it starts with a space.
        const bool softBreak = quotedPrintable && line->endsWith('=');
        const bool folded = !next->isEmpty() && (next->at(0) == ' ' || next->at(0) == '\t');
        if (!softBreak && !folded)
            break;
        if (line->size() + next->size() > kMaxLineBytes) {
            m_lines.setTooLong();
            return false;
        }
        if (softBreak) {
            line->chop(1);
            line->append(*next);
        } else {
            line->append(next->constData() + 1, next->size() - 1);
        }
        m_lines.skipPeeked();
    }
    return true;
}

bool VCardParser::parse(const QByteArray &line, Property *p)
{
    const qsizetype colon = valueColon(line);
    if (colon < 0)
        return false;
    p->name = propertyName(line, colon);
    p->value = line.mid(colon + 1);
    QList<QByteArray> head = line.left(colon).split(';');
    head.removeFirst();
    for (const QByteArray &param : std::as_const(head)) {
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? param : param.left(eq)).trimmed().toUpper();
        const QByteArray value = eq < 0 ? QByteArray() : unquoted(param.mid(eq + 1));
        if (eq < 0) {
            // 2.1 writes bare parameters: "EMAIL;INTERNET;PREF", "QUOTED-PRINTABLE".
            if (key == "QUOTED-PRINTABLE")
                p->quotedPrintable = true;
            else if (key == "BASE64" || key == "B")
                p->base64 = true;
            else
                p->types.append(key);
        } else if (key == "ENCODING") {
            const QByteArray e = value.toUpper();
            p->quotedPrintable = p->quotedPrintable || e == "QUOTED-PRINTABLE";
            p->base64 = p->base64 || e == "B" || e == "BASE64";
        } else if (key == "CHARSET") {
            p->charset = value;
        } else if (key == "TYPE") {
            for (const QByteArray &t : value.split(','))
                p->types.append(unquoted(t).toUpper());
        } else if (key == "PREF") {
            p->pref = value.toInt();
        }
    }
    return true;
}

int VCardParser::rank(const Property &p)
{
    if (p.pref > 0)
        return p.pref;
    return p.types.contains("PREF") ? 1 : 101;
}

QString VCardParser::text(const Property &p) const
{
    const QByteArray bytes = p.quotedPrintable ? decodeQuotedPrintable(p.value)
        : p.base64                             ? QByteArray::fromBase64(p.value)
                                               : p.value;
    if (!p.charset.isEmpty()) {
        QStringDecoder decoder(p.charset.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return m_decoder.decode(bytes);
}

// 2.1 nests the agent's card on the lines that follow (or starts it on
// this one); 3.0 writes it as one escaped text value.
bool VCardParser::takeAgent(const Property &p, const QByteArray &value, int lineNumber)
{
    if (value.isEmpty()) {
        m_open.back().agentOpen = true;
        return true;
    }
    if (!value.startsWith("BEGIN:VCARD"))
        return true;
    const QString inner = components(text(p), QChar(), false).join(QString());
    if (!inner.contains(QLatin1Char('\n'))) {
        m_open.push_back({lineNumber, false, false, {}});
        return true;
    }
    const size_t depth = m_open.size();
    m_open.back().agentOpen = true;
    for (const QString &innerLine : inner.split(QLatin1Char('\n'))) {
        if (!take(innerLine.toUtf8(), lineNumber))
            return false;
    }
    // An agent's text without its END:VCARD ends with the value.
    while (m_open.size() > depth) {
        Card card = std::move(m_open.back());
        m_open.pop_back();
        finish(card);
    }
    return true;
}

bool VCardParser::take(const QByteArray &line, int lineNumber)
{
    if (line.trimmed().isEmpty())
        return true;
    // Before the first card: a writer's stray line or comment, skipped.
    if (m_open.empty() && m_cards == 0 && m_ready.empty() && !line.trimmed().toUpper().startsWith("BEGIN:"))
        return true;
    Property p;
    if (!parse(line, &p)) {
        if (!m_open.empty())
            return true; // a stray line inside a card carries nothing we use
        fail(lineNumber, tr("expected BEGIN:VCARD, found text that is not a vCard property"));
        return false;
    }
    // Only the few properties that steer the parser look at their value.
    const bool steering = p.name == "BEGIN" || p.name == "END" || p.name == "VERSION" || p.name == "AGENT";
    const QByteArray value = steering ? p.value.trimmed().toUpper() : QByteArray();
    if (p.name == "BEGIN" && value == "VCARD") {
        // 2.1 cards may hold whole cards without an AGENT, as Android's
        // importer reads them: each is a contact of its own. In 3.0 and
        // 4.0 this is a card whose END was lost.
        if (!m_open.empty() && !m_open.back().agentOpen && !m_open.back().v21) {
            fail(m_open.back().line, tr("the vCard begun here has no END:VCARD before the next one"));
            return false;
        }
        if (!m_open.empty())
            m_open.back().agentOpen = false;
        m_open.push_back({lineNumber, false, false, {}});
        return true;
    }
    if (m_open.empty()) {
        fail(lineNumber, tr("a vCard property outside BEGIN:VCARD … END:VCARD"));
        return false;
    }
    m_open.back().agentOpen = false;
    if (p.name == "END") {
        Card card = std::move(m_open.back());
        m_open.pop_back();
        finish(card);
        return true;
    }
    if (p.name == "VERSION") {
        m_open.back().v21 = value == "2.1";
        return true;
    }
    if (p.name == "AGENT")
        return takeAgent(p, value, lineNumber);
    if (!skipped(p.name))
        m_open.back().properties.push_back(std::move(p));
    return true;
}

void VCardParser::finish(Card &card)
{
    ImportedContact c;
    c.line = card.line;
    QString fn, org, displayName;
    QStringList nameParts;
    bool showAsCompany = false;
    struct Mail
    {
        QString address;
        int rank;
    };
    std::vector<Mail> mails;
    int phoneRank = 1000;
    for (const Property &p : card.properties) {
        if (p.name == "FN") {
            fn = unescaped(text(p), card.v21);
        } else if (p.name == "N") {
            // Family; Given; Additional; Prefix; Suffix, read as a person says it.
            const QStringList n = components(text(p), QLatin1Char(';'), card.v21);
            nameParts.clear();
            for (int i : {3, 1, 2, 0, 4}) {
                if (i < n.size() && !n.at(i).trimmed().isEmpty())
                    nameParts.append(n.at(i).trimmed());
            }
        } else if (p.name == "EMAIL") {
            QString address = unescaped(text(p), card.v21);
            if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                address = address.mid(7).trimmed();
            if (const QString name = splitDisplayName(&address); displayName.isEmpty())
                displayName = name;
            if (!address.isEmpty())
                mails.push_back({address, rank(p)});
        } else if (p.name == "TEL") {
            if (const int r = rank(p); r < phoneRank) {
                phoneRank = r;
                c.phone = unescaped(text(p), card.v21);
            }
        } else if (p.name == "ORG") {
            org = components(text(p), QLatin1Char(';'), card.v21).value(0).trimmed();
        } else if (p.name == "X-ABSHOWAS") {
            showAsCompany = p.value.trimmed().toUpper() == "COMPANY";
        }
    }
    std::stable_sort(mails.begin(), mails.end(), [](const Mail &a, const Mail &b) { return a.rank < b.rank; });
    for (Mail &m : mails)
        c.emails.append(std::move(m.address));
    c.company = org;
    c.name = fn.isEmpty() ? nameParts.join(QLatin1Char(' ')).simplified() : fn;
    // A shop or a company has only ORG; Apple marks such cards X-ABShowAs.
    if ((c.name.isEmpty() || showAsCompany) && !org.isEmpty())
        c.name = org;
    if (c.name.isEmpty())
        c.name = displayName;
    if (m_details)
        finishDetails(card, c);
    ++m_cards;
    m_ready.push_back(std::move(c));
}

bool VCardParser::skipped(QByteArrayView name) const
{
    return isBinaryName(name) && !(m_details && equalsNoCase(name, "PHOTO"));
}

// The profile part of a card: asked for by the member import only.
void VCardParser::finishDetails(const Card &card, ImportedContact &c) const
{
    ContactDetails d;
    QString role;
    int placeRank = 1000;
    for (const Property &p : card.properties) {
        if (p.name == "TITLE" && d.headline.isEmpty()) {
            d.headline = unescaped(text(p), card.v21);
        } else if (p.name == "ROLE" && role.isEmpty()) {
            role = unescaped(text(p), card.v21);
        } else if (p.name == "ADR" && rank(p) < placeRank) {
            placeRank = rank(p);
            d.location = place(components(text(p), QLatin1Char(';'), card.v21));
        } else if (p.name == "PHOTO" && d.photo.isEmpty() && !d.photoIsLink) {
            takePhoto(p.base64, p.value, &d);
        }
    }
    if (d.headline.isEmpty())
        d.headline = role;
    if (!d.headline.isEmpty() || !d.location.isEmpty() || !d.photo.isEmpty() || d.photoIsLink)
        c.details = new ContactDetails(d);
}

VCardParser::Status VCardParser::next(ImportedContact *contact)
{
    *contact = {};
    while (m_ready.empty()) {
        QByteArray line;
        int lineNumber = 0;
        if (!readLogical(&line, &lineNumber)) {
            if (m_lines.tooLong())
                return fail(m_lines.lineNumber() + 1,
                            tr("a line longer than 1 MiB; this does not look like a vCard file"));
            if (!m_open.empty())
                return fail(m_open.front().line, tr("the vCard begun here has no END:VCARD"));
            return Status::End;
        }
        if (!take(line, lineNumber))
            return Status::Error;
    }
    *contact = std::move(m_ready.front());
    m_ready.pop_front();
    return Status::Card;
}

QByteArray VCardParser::undeclaredText(const QByteArray &start)
{
    QList<QByteArray> lines = start.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Joined as readLogical() joins them: soft breaks, then folds.
        QByteArray line = lines.at(i);
        const bool quotedPrintable = isQuotedPrintableLine(line);
        while (i + 1 < lines.size()) {
            const QByteArray &next = lines.at(i + 1);
            if (quotedPrintable && line.endsWith('=')) {
                line.chop(1);
                line += next;
            } else if (next.startsWith(' ') || next.startsWith('\t')) {
                line += next.mid(1);
            } else {
                break;
            }
            ++i;
        }
        // The sample's last line may go on past its end, cut in a character.
        if (i + 1 >= lines.size())
            break;
        Property p;
        if (!parse(line, &p) || isBinaryName(p.name) || !p.charset.isEmpty())
            continue;
        out += p.quotedPrintable ? decodeQuotedPrintable(p.value)
            : p.base64           ? QByteArray::fromBase64(p.value)
                                 : p.value;
        out += '\n';
    }
    return out;
}
