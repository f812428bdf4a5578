#include "email.h"

#include <QRegularExpression>

namespace Email {

QString normalized(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

bool isValid(const QString &address)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
        R"(@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    const QString a = address.trimmed();
    return a.size() <= 254 && re.match(a).hasMatch();
}

}
