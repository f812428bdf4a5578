#pragma once

#include <QString>

class MainWindow;
class QSize;

namespace StartPage {

// Opens the window on a --page value; false for one it does not know.
bool open(MainWindow &window, const QString &page);
// Renders the window, or the dialog open in it, to a PNG as a person would
// see it once the lists and people you may know have arrived.
bool saveScreenshot(MainWindow &window, const QString &file, const QSize &size);

}
