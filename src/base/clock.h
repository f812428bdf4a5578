#pragma once

#include <QObject>

#include <atomic>

// Every "now" in the app comes from a Clock so that tests and the simulated
// time menu can move time without touching the system clock.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // UTC milliseconds since the epoch.
    virtual qint64 nowMs() const = 0;

signals:
    // Emitted when time moved other than by its normal flow.
    void changed();
};

class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)
public:
    using Clock::Clock;
    qint64 nowMs() const override;
};

// Frozen time that only moves when told: tests and benchmarks.
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)
public:
    explicit ManualClock(qint64 nowMs = 0, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now.load(std::memory_order_relaxed); }
    void setNow(qint64 ms);
    void advance(qint64 ms) { setNow(nowMs() + ms); }

private:
    std::atomic<qint64> m_now;
};

// Real time shifted by an offset, so simulated time keeps flowing like real
// time after the user moved it forward. Read from any thread (the window's
// expiry engine runs on its own); moved only on the thread that owns it.
class SimulatedClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedClock)
public:
    using Clock::Clock;
    qint64 nowMs() const override;
    bool isSimulated() const { return m_offset.load(std::memory_order_relaxed) != 0; }
    void advance(qint64 ms);
    void advanceMonths(int months);
    void setNow(qint64 ms);
    void resetToRealTime();

private:
    std::atomic<qint64> m_offset{0};
};
