#include "base/datetext.h"

#include <QDateTime>
#include <QLocale>

namespace DateText {

namespace {

bool german(const QLocale &l)
{
    return l.language() == QLocale::German;
}

bool american(const QLocale &l)
{
    return l.language() == QLocale::English && l.territory() == QLocale::UnitedStates;
}

QString longFormat(const QLocale &l)
{
    if (german(l))
        return QStringLiteral("d. MMMM yyyy");
    return american(l) ? QStringLiteral("MMMM d, yyyy") : QStringLiteral("d MMMM yyyy");
}

QString timeFormat(const QLocale &l)
{
    // The locale's short time ("15:15", "3:15 PM"): no seconds in it.
    return l.timeFormat(QLocale::ShortFormat);
}

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

}

QString mediumFormat()
{
    const QLocale l;
    if (german(l))
        return QStringLiteral("dd.MM.yyyy");
    if (l.language() == QLocale::English)
        return american(l) ? QStringLiteral("MMM d, yyyy") : QStringLiteral("d MMM yyyy");
    // Other languages: their short date with the year in full.
    QString format = l.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString mediumDate(qint64 ms)
{
    return QLocale().toString(local(ms).date(), mediumFormat());
}

QString longDate(qint64 ms)
{
    const QLocale l;
    return l.toString(local(ms).date(), longFormat(l));
}

QString dateTime(qint64 ms)
{
    const QLocale l;
    const QDateTime when = local(ms);
    return QStringLiteral("%1, %2").arg(l.toString(when.date(), mediumFormat()),
                                        l.toString(when.time(), timeFormat(l)));
}

}
