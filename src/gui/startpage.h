#pragma once

#include <QString>

class MainWindow;
class QSize;
class QWidget;

namespace StartPage {

// Opens the window on a --page value; false for one it does not know.
bool open(MainWindow &window, const QString &page);
// Shows the window at `size` and waits until the lists and people you may
// know have arrived; returns the window, or the dialog open in it.
QWidget *settle(MainWindow &window, const QSize &size);
// Renders the window, or the dialog open in it, to a PNG as a person would
// see it once the lists and people you may know have arrived.
bool saveScreenshot(MainWindow &window, const QString &file, const QSize &size);

}
