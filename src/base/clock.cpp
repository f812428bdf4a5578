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
    if (ms == nowMs())
        return;
    m_now.store(ms, std::memory_order_relaxed);
    emit changed();
}

qint64 SimulatedClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset.load(std::memory_order_relaxed);
}

void SimulatedClock::advance(qint64 ms)
{
    m_offset.fetch_add(ms, std::memory_order_relaxed);
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
    m_offset.store(ms - QDateTime::currentMSecsSinceEpoch(), std::memory_order_relaxed);
    emit changed();
}

void SimulatedClock::resetToRealTime()
{
    if (!isSimulated())
        return;
    m_offset.store(0, std::memory_order_relaxed);
    emit changed();
}
