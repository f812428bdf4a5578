// The yardstick for the GUI benchmark: a plain Qt window that quits after
// its first paint and reports its peak memory.
#include "gui/firstpaint.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Hello"));
    window.resize(1100, 760);
    FirstPaint::quitAfter(&window);
    window.show();
    return app.exec();
}
