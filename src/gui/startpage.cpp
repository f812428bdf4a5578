#include "gui/startpage.h"

#include "gui/connectdialog.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/mynetworkpage.h"
#include "gui/profiledialog.h"
#include "import/photoimage.h"
#include "models/suggestionsmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>

namespace StartPage {

bool open(MainWindow &window, const QString &page)
{
    if (page == QLatin1String("sent")) {
        window.page()->showSent(true);
    } else if (page == QLatin1String("received")) {
        window.page()->showView(MyNetworkPage::View::Received);
    } else if (page == QLatin1String("connections")) {
        window.showPage(MainWindow::Page::Connections);
    } else if (page == QLatin1String("notifications")) {
        window.showPage(MainWindow::Page::Notifications);
    } else if (page == QLatin1String("outbox")) {
        window.showPage(MainWindow::Page::Outbox);
    } else if (page.startsWith(QLatin1String("profile:"))) {
        window.showProfile(page.mid(8).toLongLong());
    } else if (page.startsWith(QLatin1String("search:"))) {
        window.search(page.mid(7));
    } else if (page.startsWith(QLatin1String("import:"))) {
        window.openImportDialog()->openFile(page.mid(7));
    } else if (page == QLatin1String("contacts")) {
        window.openContactsDialog();
    } else if (page == QLatin1String("restore")) {
        window.openRestoreDialog();
    } else if (page == QLatin1String("connect")) {
        window.openConnectDialog();
    } else if (page == QLatin1String("join")) {
        window.openJoinDialog();
    } else if (page == QLatin1String("invitation-mail")) {
        window.openInvitationMail();
    } else if (page == QLatin1String("about")) {
        window.triggerHelp(false);
    } else if (page == QLatin1String("user-guide")) {
        window.triggerHelp(true);
    } else if (page == QLatin1String("welcome")) {
        window.openProfileEditor(true);
    } else if (page.startsWith(QLatin1String("edit-profile"))) {
        // edit-profile:FILE shows FILE as the new photo, its middle square.
        ProfileDialog *editor = window.openProfileEditor();
        if (page.size() > 13) {
            // Read through PhotoImage, which never opens a held store's file.
            QString error;
            const QImage image = PhotoImage::load(page.mid(13), &error);
            if (!image.isNull())
                editor->takePicture(page.mid(13), PhotoImage::centredSquare(image.size()));
        }
    } else if (page == QLatin1String("withdraw")) {
        window.page()->showSent(true);
        window.page()->withdrawOlderThan(MyNetworkPage::kDefaultWithdrawWeeks);
    } else if (page != QLatin1String("mynetwork")) {
        return false;
    }
    return true;
}

QWidget *settle(MainWindow &window, const QSize &size)
{
    window.resize(size);
    window.show(); // lays out and fetches the lists as on screen
    QElapsedTimer waited;
    waited.start();
    // People you may know and the counts arrive from their own thread.
    while ((window.page()->suggestionsModel()->isLoading() || window.page()->countsPending() || waited.elapsed() < 100)
           && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    // An open dialog is what the picture is of.
    QWidget *shown = &window;
    for (QDialog *dialog : window.findChildren<QDialog *>()) {
        if (dialog->isVisible())
            shown = dialog;
    }
    if (auto *import = qobject_cast<ImportDialog *>(shown)) {
        while (import->step() == ImportDialog::Step::Reading && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    shown->ensurePolished();
    return shown;
}

bool saveScreenshot(MainWindow &window, const QString &file, const QSize &size)
{
    return settle(window, size)->grab().save(file);
}

}
