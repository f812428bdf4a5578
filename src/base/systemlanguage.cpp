#include "base/systemlanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace SystemLanguage {

void install(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("mynetwork"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

}
