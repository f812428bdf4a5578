#pragma once

#include <QString>

#include <memory>

class QLockFile;

// Tells whether the last process that used a store ended without closing it
// (a crash, a kill, a power cut): each process keeps a marker file of its
// own beside the database while it runs and removes it at a clean exit. A
// marker whose process is gone is what such an end leaves behind.
class RunMarker final
{
    Q_DISABLE_COPY_MOVE(RunMarker)
public:
    explicit RunMarker(const QString &databasePath);
    ~RunMarker();

    // Writes this process's marker; true when a marker of an ended process
    // was found (and cleared).
    bool begin();
    QString markerPath() const;

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_own;
};
