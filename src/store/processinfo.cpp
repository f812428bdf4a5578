#include "store/processinfo.h"

#include <QDateTime>

#include <cstdio>

#include <QFile>
#include <QTextStream>

namespace ProcessInfo {

namespace {

qint64 statusKb(QLatin1StringView field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QTextStream in(&f);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine()) {
        if (line.startsWith(field))
            return line.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty)
                .section(QLatin1Char(' '), 0, 0)
                .toLongLong();
    }
    return -1;
}

}

qint64 peakRssKb()
{
    return statusKb(QLatin1StringView("VmHWM:"));
}

qint64 currentRssKb()
{
    return statusKb(QLatin1StringView("VmRSS:"));
}

void traceStartup(const char *what)
{
    static const bool on = qEnvironmentVariableIsSet("MYNETWORK_STARTUP_TRACE");
    if (!on)
        return;
    static const qint64 start = qEnvironmentVariableIsSet("MYNETWORK_LAUNCH_MS")
        ? qEnvironmentVariable("MYNETWORK_LAUNCH_MS").toLongLong()
        : QDateTime::currentMSecsSinceEpoch();
    // With the memory so far: what is resident before the first paint.
    std::fprintf(stderr, "trace %-28s %5lld ms  rss %6.1f MB  peak %6.1f MB\n", what,
                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - start), currentRssKb() / 1024.0,
                 peakRssKb() / 1024.0);
}

}
