#pragma once

#include <QString>

class QWidget;

// The app's calm palette, applied once as a style sheet.
namespace Style {
QString sheet();
// Gives a widget the object name the sheet styles by, and styles it again:
// a widget measured during setupUi() is already polished under its old name.
void setStyleName(QWidget *widget, const QString &name);
}
