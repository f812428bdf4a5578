#include "gui/filechooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace {

// Icons and type names from the file's name, never from its contents: the
// default provider asks QMimeDatabase, which reads a file whose name does
// not settle its type (a store's -wal and -shm among them). It runs on the
// file system model's gatherer thread, so it holds no state of its own.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = mimeByName(info);
        const QIcon fallback = QFileIconProvider::icon(File);
        return QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback));
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info); // "Folder", "Drive": no contents read for these
        const QMimeType mime = mimeByName(info);
        return mime.isDefault() ? QCoreApplication::translate("FileChooser", "File") : mime.comment();
    }

private:
    static QMimeType mimeByName(const QFileInfo &info)
    {
        // The bare name, not the path: MatchExtension looks at nothing else.
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};

QFileIconProvider *nameOnlyProvider()
{
    static NameOnlyIconProvider provider; // outlives every dialog
    return &provider;
}

}

namespace FileChooser {

std::unique_ptr<QFileDialog> make(QWidget *parent, const QString &title, const QString &filter)
{
    auto dialog = std::make_unique<QFileDialog>(parent, title, QString(), filter);
    dialog->setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog->setIconProvider(nameOnlyProvider());
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    return dialog;
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    const std::unique_ptr<QFileDialog> dialog = make(parent, title, filter);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

}
