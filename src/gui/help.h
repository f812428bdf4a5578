#pragma once

class QDialog;
class QMessageBox;
class QString;
class QWidget;

// Help → User guide (F1) and Help → About.
namespace Help {

// The user guide in a window of its own, its pictures beside it where the
// documentation is installed (or in the source tree of a build).
QDialog *showUserGuide(QWidget *parent);
// Version, licence, Qt, and where the store is.
QMessageBox *showAbout(QWidget *parent, const QString &store);

}
