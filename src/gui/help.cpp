#include "gui/help.h"

#include "base/heldfiles.h"

#include "gui/prompts.h"
#include "gui/style.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Help {

namespace {

// Where the guide's pictures are: installed beside the program, or the
// source tree this build came from.
QString docsFolder()
{
    const QStringList candidates{QApplication::applicationDirPath() + QStringLiteral("/../share/doc/mynetwork"),
                                 QStringLiteral(MYNETWORK_DOCS_DIR)};
    for (const QString &dir : candidates) {
        // Never a store's file, whatever its name: opening and closing it
        // would drop the process's locks on it (HeldFiles).
        const QString guide = dir + QStringLiteral("/user-guide.md");
        if (QFile::exists(guide) && !HeldFiles::isHeld(guide))
            return QDir(dir).canonicalPath();
    }
    return {};
}

}

QDialog *showUserGuide(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setWindowTitle(QCoreApplication::translate("Help", "My Network – user guide"));
    auto *view = new QTextBrowser(dialog);
    view->setObjectName(QStringLiteral("userGuideText"));
    view->setOpenLinks(false);
    const QString folder = docsFolder();
    QFile guide(folder.isEmpty() ? QStringLiteral(":/docs/user-guide.md") : folder + QStringLiteral("/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        view->setMarkdown(QString::fromUtf8(guide.readAll()));
    if (!folder.isEmpty())
        view->setSearchPaths({folder});
    // A link opens in the desktop's own program (a picture, another page).
    QObject::connect(view, &QTextBrowser::anchorClicked, dialog, [folder](const QUrl &url) {
        Prompts::openUrl(
            url.isRelative() && !folder.isEmpty() ? QUrl::fromLocalFile(folder + QLatin1Char('/') + url.path()) : url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    Style::fitToScreen(dialog, QSize(720, 560));
    dialog->show();
    return dialog;
}

QMessageBox *showAbout(QWidget *parent, const QString &store)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(QCoreApplication::translate("Help", "About My Network"));
    box->setTextFormat(Qt::PlainText);
    box->setText(QCoreApplication::translate("Help", "My Network %1").arg(QApplication::applicationVersion()));
    box->setInformativeText(
        QCoreApplication::translate("Help",
                                    "Your professional network: invitations, people you may know and your "
                                    "address book, in German and English.\n\n"
                                    "Licence: proprietary, all rights reserved.\n"
                                    "Built with Qt %1.\n\n"
                                    "Store: %2")
            .arg(QString::fromLatin1(qVersion()), store));
    box->setStandardButtons(QMessageBox::Close);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->open();
    return box;
}

}
