#include "base/email.h"

#include <QUrl>

namespace Email {

namespace {

// White space (also no-break and ideographic spaces) and the invisible
// characters a copied address may carry: no address holds them.
bool isIgnorable(char16_t c)
{
    switch (c) {
    case 0x180E:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return true;
    default:
        return QChar::isSpace(c);
    }
}

}

QString normalized(const QString &address)
{
    QString out;
    out.reserve(address.size());
    bool ascii = true;
    for (const QChar c : address) {
        if (isIgnorable(c.unicode()))
            continue;
        ascii = ascii && c.unicode() < 0x80;
        out.append(c);
    }
    if (ascii)
        return out.toLower();
    out = out.toCaseFolded();
    // An internationalised domain in its ASCII (IDNA) form, as mail
    // servers and the team store compare it.
    const qsizetype at = out.lastIndexOf(u'@');
    const QString domain = at >= 0 ? out.sliced(at + 1) : QString();
    const QByteArray ace = domain.isEmpty() ? QByteArray() : QUrl::toAce(domain);
    if (!ace.isEmpty())
        out = out.left(at + 1) + QString::fromLatin1(ace).toLower();
    return out;
}

QString shown(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || !address.contains(QLatin1String("xn--"), Qt::CaseInsensitive))
        return address;
    const QString domain = QUrl::fromAce(address.sliced(at + 1).toLatin1());
    return domain.isEmpty() ? address : address.left(at + 1) + domain;
}

namespace {

bool isAtomChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
        return true;
    default:
        return false;
    }
}

bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isLabelChar(char16_t c)
{
    return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'-';
}

}

// local@domain.tld: dot-separated atoms before the @; after it, labels of
// letters, digits and inner hyphens (at most 63 each), ending in a
// top-level domain of 2 to 63 letters. Hand-written rather than a regular
// expression: an import checks hundreds of thousands of addresses.
bool isValid(const QString &address)
{
    const QString normal = normalized(address);
    const QStringView a(normal);
    if (a.isEmpty() || a.size() > 254)
        return false;
    const qsizetype at = a.indexOf(u'@');
    if (at <= 0)
        return false;
    bool atomStart = true;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = a[i].unicode();
        if (c == u'.') {
            if (atomStart)
                return false;
            atomStart = true;
        } else if (isAtomChar(c)) {
            atomStart = false;
        } else {
            return false;
        }
    }
    if (atomStart)
        return false; // empty or ends with a dot
    const QStringView domain = a.sliced(at + 1);
    qsizetype labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.sliced(start, end - start);
        if (label.isEmpty() || label.size() > 63)
            return false;
        ++labels;
        if (end == domain.size()) { // the top-level domain
            if (labels < 2)
                return false;
            for (QChar c : label) {
                if (!isLetter(c.unicode()))
                    return false;
            }
            return label.size() >= 2;
        }
        if (label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!isLabelChar(c.unicode()))
                return false;
        }
        start = end + 1;
    }
    return false;
}

}
