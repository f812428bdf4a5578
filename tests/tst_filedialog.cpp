// Issue 29: nothing a person does in the window opens the store's files
// outside SQLite. The real file dialog (not the test seam) browses the
// store's folder and the store is chosen as an address book: no open() of
// the store, its -wal or -shm happens (inotify sees every open, by any
// code), the process keeps its locks, and another program's open and close
// leaves the WAL in place.
#include "guiapp.h"
#include "testsupport.h"

#include "gui/filechooser.h"
#include "gui/importdialog.h"
#include "gui/prompts.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <sys/inotify.h>
#include <unistd.h>

namespace {

// Counts every open of the watched files, whoever opens them.
class OpenWatch
{
public:
    enum Start { Now, Settle };
    explicit OpenWatch(const QStringList &paths, Start start = Now)
        : m_fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        for (const QString &path : paths)
            ::inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_CLOSE);
        if (start == Settle)
            settle();
    }
    ~OpenWatch() { ::close(m_fd); }
    int events()
    {
        alignas(inotify_event) char buffer[4096];
        for (ssize_t n; (n = ::read(m_fd, buffer, sizeof buffer)) > 0;) {
            for (char *p = buffer; p < buffer + n;
                 p += sizeof(inotify_event) + reinterpret_cast<inotify_event *>(p)->len)
                ++m_events;
        }
        return m_events;
    }
    bool isValid() const { return m_fd >= 0; }
    // SQLite's own worker connections open the WAL when they first read:
    // waits until 300 ms pass without an event, then counts from zero.
    void settle()
    {
        QElapsedTimer waited;
        waited.start();
        int seen = -1;
        while (seen != events() && waited.elapsed() < 10000) {
            seen = events();
            QTest::qWait(300);
        }
        m_events = 0;
    }

private:
    int m_fd;
    int m_events = 0;
};

QStringList storeFiles(const QString &db)
{
    return {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")};
}

}

class TestFileDialog final : public QObject
{
    Q_OBJECT

private slots:
    void browsingTheStoresFolderOpensNoneOfItsFiles();
    void theStoreChosenAsAnAddressBookIsRefusedUnopened();
    void theStoreDroppedOntoTheWindowIsRefusedUnopened();
};

// The dialog on its own: the folder listed in detail (every type and icon
// asked for), with a filter that shows the store's files too.
void TestFileDialog::browsingTheStoresFolderOpensNoneOfItsFiles()
{
    App app;
    app.show();
    const QString db = app.store.config().databaseName;
    QVERIFY(locksHeld(QCoreApplication::applicationPid(), db) > 0);
    OpenWatch watch(storeFiles(db), OpenWatch::Settle);
    QVERIFY(watch.isValid());

    const auto dialog = FileChooser::make(app.window.get(), QStringLiteral("Choose"), QStringLiteral("All files (*)"));
    dialog->setViewMode(QFileDialog::Detail);
    dialog->setDirectory(QFileInfo(db).absolutePath());
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    for (const QString &file : storeFiles(db))
        QTRY_VERIFY2(!model->type(model->index(file)).isEmpty(), qPrintable(file)); // listed, type told
    dialog->selectFile(db);
    QTest::qWait(300); // whatever the gatherer thread still does
    dialog->reject();

    QCOMPARE(watch.events(), 0);
    QVERIFY(locksHeld(QCoreApplication::applicationPid(), db) > 0);
    QVERIFY(openAndCloseAsAnotherProgram(db));
    QVERIFY2(QFileInfo::exists(db + QStringLiteral("-wal")), "another program deleted the running store's WAL");
}

// The whole way a person goes: Import address book, Choose file, the store.
void TestFileDialog::theStoreChosenAsAnAddressBookIsRefusedUnopened()
{
    App app;
    app.show();
    const QString db = app.store.config().databaseName;
    OpenWatch watch(storeFiles(db), OpenWatch::Settle);
    ImportDialog *import = app.window->openImportDialog();
    QVERIFY(import);
    bool chosen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setDirectory(QFileInfo(db).absolutePath());
        auto *model = dialog->findChild<QFileSystemModel *>();
        QTRY_VERIFY(!model->type(model->index(db)).isEmpty());
        dialog->selectFile(db);
        chosen = true;
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::mouseClick(import->findChild<QPushButton *>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QVERIFY(chosen);
    QVERIFY2(import->errorText().contains(QLatin1String("database My Network is using")),
             qPrintable(import->errorText()));
    QCOMPARE(import->step(), ImportDialog::Step::Choose);

    QCOMPARE(watch.events(), 0);
    QVERIFY(locksHeld(QCoreApplication::applicationPid(), db) > 0);
    QVERIFY(openAndCloseAsAnotherProgram(db));
    QVERIFY(QFileInfo::exists(db + QStringLiteral("-wal")));
}

namespace {

void drop(QWidget *window, const QString &path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &dropped);
}

}

// A file dropped onto the window is imported; the store dropped is refused.
void TestFileDialog::theStoreDroppedOntoTheWindowIsRefusedUnopened()
{
    App app;
    app.show();
    const QString db = app.store.config().databaseName;
    OpenWatch watch(storeFiles(db), OpenWatch::Settle);
    drop(app.window.get(), db + QStringLiteral("-wal"));
    auto *import = app.window->findChild<ImportDialog *>();
    QVERIFY(import && import->isVisible());
    QVERIFY2(import->errorText().contains(QLatin1String("database My Network is using")),
             qPrintable(import->errorText()));
    QCOMPARE(watch.events(), 0);
    QVERIFY(locksHeld(QCoreApplication::applicationPid(), db) > 0);

    const QString csv = writeTestFile(app.dir, QStringLiteral("friends.csv"),
                                      "Name,E-mail Address\nAnna Schmidt,anna.schmidt@example.org\n");
    drop(app.window.get(), csv);
    QTRY_COMPARE(import->step(), ImportDialog::Step::Preview);
}

QTEST_MAIN(TestFileDialog)
#include "tst_filedialog.moc"
