#include "store/runmarker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace {

QString markerPrefix(const QString &databasePath)
{
    return QLatin1Char('.') + QFileInfo(databasePath).fileName() + QLatin1Char('.');
}

QString markerSuffix()
{
    return QStringLiteral(".running");
}

}

RunMarker::RunMarker(const QString &databasePath)
    : m_databasePath(databasePath)
{
}

RunMarker::~RunMarker()
{
    if (m_own)
        m_own->unlock(); // removes the file: this run ended cleanly
}

QString RunMarker::markerPath() const
{
    const QFileInfo info(m_databasePath);
    return info.absoluteDir().filePath(markerPrefix(m_databasePath)
                                       + QString::number(QCoreApplication::applicationPid()) + markerSuffix());
}

bool RunMarker::begin()
{
    const QFileInfo info(m_databasePath);
    const QDir dir = info.absoluteDir();
    bool unclean = false;
    const QStringList others = dir.entryList({markerPrefix(m_databasePath) + QLatin1Char('*') + markerSuffix()},
                                             QDir::Files | QDir::Hidden);
    for (const QString &name : others) {
        const QString path = dir.filePath(name);
        if (path == markerPath())
            continue;
        // A live process holds its marker; one we can take belonged to a
        // process that is gone without removing it.
        QLockFile other(path);
        other.setStaleLockTime(0);
        if (other.tryLock(0)) {
            unclean = true;
            other.unlock();
        }
    }
    m_own = std::make_unique<QLockFile>(markerPath());
    m_own->setStaleLockTime(0);
    if (!m_own->tryLock(0))
        m_own.reset(); // an unwritable folder: the store itself will say so
    return unclean;
}
