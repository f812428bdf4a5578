#include "addressbook/columnguess.h"

#include "addressbook/headerformats.h"
#include "base/email.h"

#include <QRegularExpression>

namespace ColumnGuess {

namespace {

// Most of a column's sample values pass `test` (and at least one does).
double share(const QList<QStringList> &samples, qsizetype column, bool (*test)(const QString &))
{
    int values = 0, passing = 0;
    for (const QStringList &row : samples) {
        const QString v = row.value(column).trimmed();
        if (v.isEmpty())
            continue;
        ++values;
        passing += test(v) ? 1 : 0;
    }
    return values ? double(passing) / values : 0.0;
}

bool isAddress(const QString &value)
{
    // Google joins several addresses with " ::: ".
    return Email::isValid(value.section(QLatin1String(":::"), 0, 0).trimmed());
}

bool isParticle(const QString &word)
{
    static const QStringList particles{QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"),
                                       QStringLiteral("den"), QStringLiteral("de"),  QStringLiteral("da"),
                                       QStringLiteral("di"),  QStringLiteral("du"),  QStringLiteral("le"),
                                       QStringLiteral("la"),  QStringLiteral("zu"),  QStringLiteral("ten"),
                                       QStringLiteral("ter"), QStringLiteral("bin"), QStringLiteral("al"),
                                       QStringLiteral("dos"), QStringLiteral("y")};
    return particles.contains(word);
}

// A company's legal form makes a capitalised run of words no person.
bool isLegalForm(const QString &word)
{
    static const QRegularExpression form(QStringLiteral("^(GmbH|AG|KG|OHG|SE|e\\.V\\.|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|"
                                                        "Co\\.?|S\\.A\\.|SARL|BV|NV|plc)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return form.match(word).hasMatch();
}

bool isNameWord(const QString &word)
{
    if (isParticle(word))
        return true;
    if (word.isEmpty() || !word.front().isUpper() || isLegalForm(word))
        return false;
    for (const QChar c : word) {
        if (!c.isLetter() && c != u'-' && c != u'\'' && c != u'’' && c != u'.')
            return false;
    }
    return true;
}

}

bool looksLikePersonName(const QString &value)
{
    if (value.size() > 80 || value.contains(u'@'))
        return false;
    // "Meier, Hans" is a name written last name first.
    QString text = value;
    text.replace(QLatin1Char(','), QLatin1Char(' '));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    int capitalised = 0;
    for (const QString &w : words) {
        if (!isNameWord(w))
            return false;
        capitalised += isParticle(w) ? 0 : 1;
    }
    return capitalised >= 2;
}

bool isDataRow(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (isAddress(cell.trimmed()))
            return true;
    }
    return false;
}

bool fromValues(const QList<QStringList> &samples, QList<ContactField> *mapping)
{
    const bool hasName = HeaderFormats::hasName(*mapping);
    qsizetype nameColumn = -1;
    double best = 0.0;
    for (qsizetype column = 0; column < mapping->size(); ++column) {
        if (mapping->at(column) != ContactField::Ignore)
            continue;
        if (share(samples, column, isAddress) >= 0.6) {
            (*mapping)[column] = ContactField::Email;
            continue;
        }
        const double names = share(samples, column, looksLikePersonName);
        if (!hasName && names >= 0.6 && names > best) {
            best = names;
            nameColumn = column;
        }
    }
    if (nameColumn < 0)
        return false;
    (*mapping)[nameColumn] = ContactField::Name;
    return true;
}

}
