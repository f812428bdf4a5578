#pragma once

#include <QString>

class QApplication;
class QSize;
class QWidget;

// The app's calm look (AppStyle), installed once on the application.
namespace Style {
void install(QApplication &app);
// Gives a widget the object name the style tells it by, and styles it
// again: a widget measured during setupUi() is already polished under its
// old name.
void setStyleName(QWidget *widget, const QString &name);
// Resizes a dialog to `preferred`, or to what the screen it opens on has
// room for with its frame (an 800×600 screen, a large system font).
void fitToScreen(QWidget *dialog, const QSize &preferred);
}
