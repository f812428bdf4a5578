#include "contactwriters.h"

#include <QRandomGenerator>
#include <QStringEncoder>

namespace {

QByteArray encoded(const QString &text, const QByteArray &charset)
{
    if (charset.isEmpty())
        return text.toUtf8();
    QStringEncoder encoder(charset.constData());
    return encoder.encode(text);
}

bool isAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// vCard 3.0/4.0 text escaping; 2.1 escapes only the ";" of structured values.
QString escaped(QString text, bool v21, bool structured)
{
    if (v21)
        return structured ? text.replace(QLatin1Char(';'), QLatin1String("\\;")) : text;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char(','), QLatin1String("\\,"));
    text.replace(QLatin1Char(';'), QLatin1String("\\;"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u >= 0x80 || c == '=' || u < 0x20)
            out += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

// Soft line breaks at random places between the =XX triples.
QByteArray softBroken(const QByteArray &qp, const QByteArray &lineEnd, QRandomGenerator *rng)
{
    QByteArray out;
    int sinceBreak = 0;
    for (qsizetype i = 0; i < qp.size();) {
        const qsizetype n = qp.at(i) == '=' ? 3 : 1;
        if (sinceBreak > 0 && rng->bounded(6) == 0) {
            out += '=' + lineEnd;
            sinceBreak = 0;
        }
        out += qp.mid(i, n);
        sinceBreak += int(n);
        i += n;
    }
    return out;
}

}

namespace ContactWriters {

QByteArray fold(const QByteArray &line, int foldAt, const QByteArray &lineEnd, QRandomGenerator *rng)
{
    if (foldAt <= 0 || line.size() <= 1)
        return line + lineEnd;
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        qsizetype piece = qMin<qsizetype>(rng ? 1 + rng->bounded(foldAt) : foldAt, line.size() - pos);
        // Back off continuation bytes (10xxxxxx) so the piece ends on a character.
        while (!rng && piece > 1 && pos + piece < line.size() && (uchar(line.at(pos + piece)) & 0xC0) == 0x80)
            --piece;
        if (!first)
            out += lineEnd + ' ';
        out += line.mid(pos, piece);
        pos += piece;
        first = false;
    }
    return out + lineEnd;
}

QByteArray vCard(const ImportedContact &c, const VCardStyle &style, QRandomGenerator *rng)
{
    const bool v21 = style.version == "2.1";
    QRandomGenerator *const folding = style.foldOnCharacters ? nullptr : rng;
    QByteArray out = "BEGIN:VCARD" + style.lineEnd + "VERSION:" + style.version + style.lineEnd;
    const auto text = [&](const char *name, const QString &value, bool structured) {
        const QByteArray bytes = encoded(escaped(value, v21, structured), style.charset);
        QByteArray params;
        if (style.writeCharset)
            params += ";CHARSET=" + (style.charset.isEmpty() ? QByteArray("UTF-8") : style.charset);
        if (v21 && style.quotedPrintable && !isAscii(bytes)) {
            // Soft breaks are the folding of quoted-printable; no other folding.
            out += QByteArray(name) + params + ";ENCODING=QUOTED-PRINTABLE:"
                + softBroken(quotedPrintable(bytes), style.lineEnd, rng) + style.lineEnd;
            return;
        }
        out += fold(QByteArray(name) + params + ':' + bytes, style.foldAt, style.lineEnd, folding);
    };
    text("FN", c.name, false);
    out += "N:;;;;" + style.lineEnd;
    for (const QString &email : c.emails)
        out += fold((v21 ? "EMAIL;INTERNET:" : "EMAIL;TYPE=INTERNET:") + email.toUtf8(), style.foldAt, style.lineEnd,
                    folding);
    if (!c.phone.isEmpty())
        out += fold("TEL;TYPE=CELL:" + c.phone.toUtf8(), style.foldAt, style.lineEnd, folding);
    if (!c.company.isEmpty())
        text("ORG", c.company, true);
    if (!style.photo.isEmpty()) {
        const QByteArray photo = (v21 ? "PHOTO;ENCODING=BASE64;TYPE=JPEG:" : "PHOTO;ENCODING=b;TYPE=JPEG:")
            + style.photo.toBase64();
        out += fold(photo, 75, style.lineEnd, nullptr);
    }
    out += "END:VCARD" + style.lineEnd;
    return out;
}

QByteArray ldif(const ImportedContact &c, const LdifStyle &style, QRandomGenerator *rng)
{
    const auto line = [&](const char *name, const QString &value) {
        const QByteArray bytes = value.toUtf8();
        // RFC 2849: a SAFE-STRING is ASCII and does not start with a space, ":" or "<".
        const bool safe = isAscii(bytes) && !bytes.startsWith(' ') && !bytes.startsWith(':') && !bytes.startsWith('<')
            && !bytes.endsWith(' ') && !bytes.contains('\n') && !bytes.contains('\r');
        const QByteArray l = safe ? QByteArray(name) + ": " + bytes : QByteArray(name) + ":: " + bytes.toBase64();
        return fold(l, style.foldAt, style.lineEnd, rng);
    };
    QString dn = QStringLiteral("cn=") + c.name;
    if (!c.emails.isEmpty())
        dn += QStringLiteral(",mail=") + c.emails.first();
    QByteArray out = line("dn", dn);
    out += "objectclass: top" + style.lineEnd + "objectclass: person" + style.lineEnd + "objectclass: inetOrgPerson"
        + style.lineEnd + "objectclass: mozillaAbPersonAlpha" + style.lineEnd;
    out += line("cn", c.name);
    if (!c.emails.isEmpty())
        out += line("mail", c.emails.at(0));
    if (c.emails.size() > 1)
        out += line("mozillaSecondEmail", c.emails.at(1));
    if (!c.phone.isEmpty())
        out += line("telephoneNumber", c.phone);
    if (!c.company.isEmpty())
        out += line("o", c.company);
    return out + style.lineEnd;
}

}
