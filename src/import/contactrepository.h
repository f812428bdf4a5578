#pragma once

#include "import/contactmatcher.h"

#include <QList>

#include <atomic>

class Store;

struct StoredContact
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString company;
    qint64 importedMs = 0;
};

struct ContactSaveStats
{
    int added = 0;
    int updated = 0;
};

// A member's imported contacts (private to them, R11).
namespace ContactRepository {

// Saves a classified file in one transaction, keyed per owner by address
// (else name and company): an overlapping file updates, never duplicates.
// `cancel` is checked as it goes; a cancel or an error keeps nothing.
bool save(const Store &store, qint64 owner, const QList<ContactMatch> &matches, qint64 nowMs, ContactSaveStats *stats,
          QString *error, const std::atomic<bool> *cancel = nullptr);

// `filter`: only contacts whose name, address or company contain it
// (case-insensitive; beyond ASCII only on a team store).
int count(const Store &store, qint64 owner, const QString &filter = {});
// Ordered by name, then id; the page after (afterName, afterId).
QList<StoredContact> page(const Store &store, qint64 owner, const QString &afterName, qint64 afterId, int limit,
                          const QString &filter = {});
bool remove(const Store &store, qint64 owner, const QList<qint64> &ids, QString *error);
bool removeAll(const Store &store, qint64 owner, QString *error);

}
