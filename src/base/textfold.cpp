#include "base/textfold.h"

namespace TextFold {

namespace {

// Letters that carry no combining mark to drop, written out.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    default:
        return QString(c);
    }
}

}

QString fold(const QString &text)
{
    // NFKD splits "ü" into "u" and a combining diaeresis.
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += spelledOut(c);
    }
    return out;
}

QString searchKey(const QString &name, const QString &headline, const QString &company)
{
    return fold(name) + QLatin1Char('\n') + fold(headline) + QLatin1Char('\n') + fold(company);
}

}
