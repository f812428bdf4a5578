#include "core/email.h"

namespace Email {

QString normalized(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

namespace {

bool isAtomChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!': case u'#': case u'$': case u'%': case u'&': case u'\'': case u'*': case u'+': case u'/':
    case u'=': case u'?': case u'^': case u'_': case u'`': case u'{': case u'|': case u'}': case u'~': case u'-':
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
    const QStringView a = QStringView(address).trimmed();
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
