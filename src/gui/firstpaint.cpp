#include "gui/firstpaint.h"

#include "core/processinfo.h"

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
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            ProcessInfo::traceStartup("first paint");
            // After this paint has finished, not inside it.
            // The launcher's clock at start, so the figure is start to paint,
            // without the time the process then needs to exit.
            const qint64 launched = qEnvironmentVariable("MYNETWORK_LAUNCH_MS").toLongLong();
            if (launched > 0)
                std::printf("first_paint_ms=%lld\n",
                            static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - launched));
            QTimer::singleShot(0, qApp, [] {
                std::printf("peak_kb=%lld\n", static_cast<long long>(ProcessInfo::peakRssKb()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

}

namespace FirstPaint {

void quitAfter(QWidget *widget)
{
    widget->installEventFilter(new Watcher(widget));
}


}
