#include "gui/firstpaint.h"

#include "store/processinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

class Watcher final : public QObject
{
public:
    Watcher(QWidget *widget, std::function<void()> action, std::function<void()> atPaint)
        : QObject(widget)
        , m_action(std::move(action))
        , m_atPaint(std::move(atPaint))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_action) {
            if (m_atPaint)
                m_atPaint();
            QTimer::singleShot(0, qApp, std::move(m_action));
            m_action = nullptr;
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_action;
    std::function<void()> m_atPaint;
};

}

namespace FirstPaint {

void then(QWidget *widget, std::function<void()> action, std::function<void()> atPaint)
{
    widget->installEventFilter(new Watcher(widget, std::move(action), std::move(atPaint)));
}

void quitAfter(QWidget *widget)
{
    // The launcher's clock at start, so the figure is start to paint,
    // without the time the process then needs to exit.
    const qint64 launched = qEnvironmentVariable("MYNETWORK_LAUNCH_MS").toLongLong();
    const auto painted = [launched] {
        ProcessInfo::traceStartup("first paint");
        if (launched > 0)
            std::printf("first_paint_ms=%lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - launched));
    };
    const auto quit = [] {
        std::printf("peak_kb=%lld\n", static_cast<long long>(ProcessInfo::peakRssKb()));
        std::fflush(stdout);
        QCoreApplication::quit();
    };
    then(widget, quit, painted);
}

}
