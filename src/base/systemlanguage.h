#pragma once

class QCoreApplication;

// The command-line programs (engine, admin) speak the system's language
// (LANG), from the translations embedded in the core library; the window
// chooses its own (gui/language.h).
namespace SystemLanguage {

void install(QCoreApplication &app);

}
