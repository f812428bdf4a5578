#pragma once

#include "benchstats.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

// How long the thread is kept from its events: each gap between two turns
// of the event loop (a 1 ms timer), and the thread's own CPU time in it. On
// a busy machine the difference is time spent waiting for a processor.
class GapMeter
{
public:
    GapMeter()
    {
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { endGap(); });
    }
    void start()
    {
        m_sinceTick.start();
        m_cpuAtTick = threadCpuMs();
        m_tick.start();
    }
    void stop()
    {
        endGap();
        m_tick.stop();
    }
    const std::vector<double> &gaps() const { return m_gaps; }
    void printLongest() const
    {
        if (m_gaps.empty())
            return;
        const size_t longest = size_t(std::max_element(m_gaps.begin(), m_gaps.end()) - m_gaps.begin());
        std::printf("  the longest gap        %.1f ms of GUI-thread CPU time, %.1f waiting for a processor\n",
                    m_cpu[longest], m_gaps[longest] - m_cpu[longest]);
    }

private:
    void endGap()
    {
        m_gaps.push_back(m_sinceTick.nsecsElapsed() / 1e6);
        const double cpu = threadCpuMs();
        m_cpu.push_back(cpu - m_cpuAtTick);
        m_cpuAtTick = cpu;
        m_sinceTick.restart();
    }

    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    double m_cpuAtTick = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_cpu;
};
