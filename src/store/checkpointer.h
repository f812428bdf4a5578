#pragma once

#include "store/storeconfig.h"

#include <QObject>
#include <QThread>

// Copies the SQLite write-ahead log back into the database file on a
// thread of its own, with its own connection, so that no commit on the GUI
// thread waits for a checkpoint (the store turns SQLite's automatic
// checkpoints off).
class Checkpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Checkpointer)
public:
    explicit Checkpointer(const StoreConfig &config);
    ~Checkpointer() override;

    // Asks for a checkpoint soon; cheap, callable after every commit.
    void request();
    // Waits until the log is checkpointed: for tests and before closing.
    bool checkpointNow();

signals:
    void requested();
    void checkpointed(int frames);

private:
    QThread m_thread;
    class Worker;
    Worker *m_worker;
};
