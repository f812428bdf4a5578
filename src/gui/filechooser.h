#pragma once

#include <QString>

#include <memory>

class QFileDialog;
class QWidget;

// Every file dialog of the app comes from here. A dialog lists folders, and
// the store's folder holds the store: a dialog that opened its files to
// tell their type or icon (Qt's MIME sniffing does, and so does GTK's own
// dialog, which a platform theme loads into this very process) would drop
// the locks SQLite holds on the store (see HeldFiles, LockGuard). So the
// dialog is always Qt's own widget dialog, and types and icons are told by
// the file's name alone: nothing is opened while a person browses.
namespace FileChooser {

// A dialog set up so; the caller shows it (exec(), or open() in tests).
std::unique_ptr<QFileDialog> make(QWidget *parent, const QString &title, const QString &filter);
// The chosen file, or an empty string when the person cancels.
QString openFileName(QWidget *parent, const QString &title, const QString &filter);

}
