#pragma once

#include "addressbook/contactreader.h"
#include "import/contactmatcher.h"
#include "import/contactrepository.h"
#include "store/storeconfig.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class Store;

struct ImportOutcome
{
    ImportHead head;
    ImportReadResult read;
    QList<ContactMatch> matches; // those listed with members first
    qsizetype listedWithMembers = 0;
    QString storeError;
    bool cancelled = false;

    bool ok() const { return read.ok && !cancelled && storeError.isEmpty(); }
};

// Reads and classifies an address book on a thread of its own, with its
// own connection, so the window stays responsive for any file size.
// Reading keeps nothing: the contacts are kept only when the person asks
// (keep()), in one transaction, so a cancel or an error anywhere leaves
// the store as it was.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)
public:
    explicit ImportWorker(const Store &store, QObject *parent = nullptr);
    ~ImportWorker() override;

    void start(const ImportHead &head, qint64 owner, qint64 nowMs);
    // Saves classified contacts as the owner's (R11: theirs alone). Once
    // saving has begun it ends, even when the worker is destroyed; a cancel
    // only ends the wait for the store's check.
    void keep(const QList<ContactMatch> &matches, qint64 owner, qint64 nowMs);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int permille);
    // The contacts are read and matched; saving waits for the store's
    // start-up check to end.
    void waitingForCheck();
    void finished(const ImportOutcome &outcome);
    // `error` is empty when the contacts are kept.
    void kept(const ContactSaveStats &stats, const QString &error);

private:
    void run(std::function<void()> work);

    const Store &m_store;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
};

Q_DECLARE_METATYPE(ImportOutcome)
Q_DECLARE_METATYPE(ContactSaveStats)
