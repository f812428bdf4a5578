#pragma once

#include "addressbook/contactreader.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "store/storeconfig.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class Store;

struct ImportOutcome
{
    ImportHead head;
    ImportReadResult read;
    QList<ContactMatch> matches; // those listed with members first
    qsizetype listedWithMembers = 0;
    ContactSaveStats saved;
    QString storeError;
    bool cancelled = false;

    bool ok() const { return read.ok && !cancelled && storeError.isEmpty(); }
};

// Reads, classifies and saves an address book on a thread of its own, with
// its own connection, so the window stays responsive for any file size.
// The contacts are saved in one transaction at the end: a cancel or an
// error anywhere leaves the store as it was.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)
public:
    explicit ImportWorker(const Store &store, QObject *parent = nullptr);
    ~ImportWorker() override;

    void start(const ImportHead &head, qint64 owner, qint64 nowMs);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int permille);
    // The contacts are read and matched; saving waits for the store's
    // start-up check to end.
    void waitingForCheck();
    void finished(const ImportOutcome &outcome);

private:
    const Store &m_store;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
};

Q_DECLARE_METATYPE(ImportOutcome)
