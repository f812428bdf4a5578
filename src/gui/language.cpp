#include "gui/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kSettingsKey = QStringLiteral("language");
QString g_current;

QTranslator &appTranslator()
{
    static QTranslator t;
    return t;
}

QTranslator &qtTranslator()
{
    static QTranslator t;
    return t;
}

}

namespace Language {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString initial(const QString &commandLine)
{
    if (available().contains(commandLine))
        return commandLine;
    const QString stored = QSettings().value(kSettingsKey).toString();
    if (available().contains(stored))
        return stored;
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

bool apply(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const QLocale locale(code == QLatin1String("de") ? QLocale::German : QLocale::English,
                         code == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (qtTranslator().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    const bool ok = appTranslator().load(locale, QStringLiteral("mynetwork"), QStringLiteral("_"),
                                         QStringLiteral(":/i18n"));
    if (ok)
        QCoreApplication::installTranslator(&appTranslator());
    g_current = code;
    QSettings().setValue(kSettingsKey, code);
    // The name the desktop shows after a window's title: "— Mein Netzwerk".
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("Application", "My Network"));
    return ok;
}

QString current()
{
    return g_current;
}

}
