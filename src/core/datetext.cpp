#include "core/datetext.h"

#include <QDateTime>
#include <QLocale>

namespace DateText {

QString longDate(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::LongFormat);
}

QString shortDate(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), QLocale::ShortFormat);
}

}
