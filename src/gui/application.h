#pragma once

class QApplication;

// Everything main() does: options, language, store, engine, window.
namespace Application {

int run(QApplication &app);

}
