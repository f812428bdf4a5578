#include "base/clock.h"

#include <QDateTime>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 nowMs, QObject *parent)
    : Clock(parent)
    , m_now(nowMs)
{
}

void ManualClock::setNow(qint64 ms)
{
    if (ms == m_now)
        return;
    m_now = ms;
    emit changed();
}

qint64 SimulatedClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset;
}

void SimulatedClock::advance(qint64 ms)
{
    m_offset += ms;
    emit changed();
}

void SimulatedClock::advanceMonths(int months)
{
    const qint64 now = nowMs();
    const qint64 target = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).addMonths(months).toMSecsSinceEpoch();
    advance(target - now);
}

void SimulatedClock::setNow(qint64 ms)
{
    m_offset = ms - QDateTime::currentMSecsSinceEpoch();
    emit changed();
}

void SimulatedClock::resetToRealTime()
{
    if (m_offset == 0)
        return;
    m_offset = 0;
    emit changed();
}
