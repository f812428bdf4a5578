#include "gui/application.h"

#include <QApplication>

#include <cstring>

int main(int argc, char *argv[])
{
    // Printing an import preview or a picture needs no display: both also
    // run on a server or in a terminal without one.
    for (int i = 1; i < argc; ++i) {
        if ((std::strncmp(argv[i], "--import-preview", 16) == 0 || std::strncmp(argv[i], "--screenshot", 12) == 0)
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MyNetwork"));
    QApplication::setApplicationName(QStringLiteral("mynetwork"));
    QApplication::setApplicationDisplayName(QStringLiteral("My Network"));
    QApplication::setApplicationVersion(QStringLiteral(MYNETWORK_VERSION));
    return Application::run(app);
}
