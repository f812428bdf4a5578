#include "models/relativetime.h"

#include "base/datetext.h"

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
}

QString RelativeTime::ago(qint64 thenMs, qint64 nowMs)
{
    // Later than now: it happened in simulated time, and the clock is back
    // in real time. "Just now" would be untrue; the day it carries is not.
    if (thenMs - nowMs > kMinute)
        return tr("on %1").arg(DateText::longDate(thenMs));
    const qint64 d = qMax<qint64>(0, nowMs - thenMs);
    if (isJustNow(thenMs, nowMs))
        return tr("just now");
    if (d < kHour)
        return tr("%n minute(s) ago", "", int(d / kMinute));
    if (d < kDay)
        return tr("%n hour(s) ago", "", int(d / kHour));
    if (d < 7 * kDay)
        return tr("%n day(s) ago", "", int(d / kDay));
    if (d < 30 * kDay)
        return tr("%n week(s) ago", "", int(d / (7 * kDay)));
    if (d < 365 * kDay)
        return tr("%n month(s) ago", "", int(d / (30 * kDay)));
    return tr("%n year(s) ago", "", int(d / (365 * kDay)));
}

QString RelativeTime::quoted(const QString &note)
{
    return tr("“%1”", "a personal note, quoted").arg(note);
}

bool RelativeTime::isJustNow(qint64 thenMs, qint64 nowMs)
{
    return thenMs - nowMs <= kMinute && nowMs - thenMs < kMinute;
}

QString RelativeTime::expiresIn(qint64 expiresMs, qint64 nowMs)
{
    const qint64 d = expiresMs - nowMs;
    if (d <= 0)
        return tr("expired");
    if (d < kHour)
        return tr("expires in %n minute(s)", "", int(qMax<qint64>(1, d / kMinute)));
    if (d < kDay)
        return tr("expires in %n hour(s)", "", int(d / kHour));
    if (d < 14 * kDay)
        return tr("expires in %n day(s)", "", int(d / kDay));
    if (d < 60 * kDay)
        return tr("expires in %n week(s)", "", int(d / (7 * kDay)));
    return tr("expires in %n month(s)", "", int(d / (30 * kDay)));
}

QString RelativeTime::mutual(int count)
{
    if (count == 0)
        return tr("No mutual connections");
    return tr("%Ln mutual connection(s)", "", count);
}

QString RelativeTime::mutualNamed(const QStringList &names, int count)
{
    if (names.isEmpty() || count <= 0)
        return mutual(count);
    const int others = count - int(names.size());
    if (others > 0)
        return tr("%1 and %Ln other mutual connection(s)", "", others).arg(names.join(QStringLiteral(", ")));
    if (names.size() == 1)
        return tr("%1 is a mutual connection").arg(names.first());
    return tr("%1 and %2 are mutual connections")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString RelativeTime::mutualShort(const QString &name, int count)
{
    if (name.isEmpty() || count <= 0)
        return mutual(count);
    if (count == 1)
        return tr("%1 is a mutual connection").arg(name);
    return tr("%1 and %Ln other(s)", "mutual connections on a narrow card", count - 1).arg(name);
}

QString RelativeTime::initials(const QString &name)
{
    QString result;
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (result.size() == 2)
            break;
        if (part.at(0).isLetter())
            result += part.at(0).toUpper();
    }
    if (result.isEmpty() && !name.isEmpty())
        result = name.left(1).toUpper();
    return result;
}
