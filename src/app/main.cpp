#include "application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MyNetwork"));
    QApplication::setApplicationName(QStringLiteral("mynetwork"));
    QApplication::setApplicationDisplayName(QStringLiteral("My Network"));
    QApplication::setApplicationVersion(QStringLiteral(MYNETWORK_VERSION));
    return Application::run(app);
}
