#pragma once

#include <QString>
#include <QStringList>

// The interface language: the app's own translations plus Qt's, so that
// standard buttons follow too.
namespace Language {

QStringList available(); // "de", "en"
// The --lang value if given, else the remembered choice, else the system's.
QString initial(const QString &commandLine);
// Installs the translators and the default locale; remembers the choice.
bool apply(const QString &code);
QString current();

}
