#pragma once

#include "store/storeconfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

// Runs SQLite's quick_check on a thread of its own with its own connection,
// so the window stays responsive while a large store is read through.
class IntegrityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrityCheck)
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // `onThread` runs on the check's thread with its findings, before
    // finished() is queued: what must not wait for the GUI thread's event
    // loop (releasing writes a worker waits for).
    void start(const StoreConfig &config, std::function<void(const QStringList &problems)> onThread = {});
    bool isRunning() const { return m_thread != nullptr; }
    // For the current thread's callers that must not go on before it ends.
    static QStringList run(const StoreConfig &config);

signals:
    // `problems` is empty when the store is sound; otherwise SQLite's words.
    void finished(const QStringList &problems);

private:
    std::unique_ptr<QThread> m_thread;
};
