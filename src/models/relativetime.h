#pragma once

#include <QCoreApplication>
#include <QString>

// "3 weeks ago", "expires in 5 months", in the current language.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString ago(qint64 thenMs, qint64 nowMs);
    // What ago() words as "just now".
    static bool isJustNow(qint64 thenMs, qint64 nowMs);
    static QString expiresIn(qint64 expiresMs, qint64 nowMs);
    static QString mutual(int count);
    static QString initials(const QString &name);
    // "Anna Koch, Ben Wolf and 5 other mutual connections" (`names` the
    // first few of `count`).
    static QString mutualNamed(const QStringList &names, int count);
    // The same on a narrow card: "Anna Koch and 5 others".
    static QString mutualShort(const QString &name, int count);
    // A personal note in the language's quotation marks ("…" / „…“).
    static QString quoted(const QString &note);
};
