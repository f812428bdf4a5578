#pragma once

#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Store;

// One backup of a local store, as the restore dialog lists it.
struct BackupInfo
{
    QString path;
    qint64 takenMs = 0;
    qint64 bytes = 0;
    // Why it was taken beyond the daily one: "before-restore",
    // "before-schema-N", or empty.
    QString tag;
    // Read from the copy itself; -1 where it could not be read.
    qint64 members = -1;
    qint64 connections = -1;
    qint64 contacts = -1;
};

// Backups of a local store, as people expect of a desktop program that
// keeps their data: taken through SQLite (VACUUM INTO) at start when the
// newest is older than a day and before every migration, kept in a folder
// beside the store (the last seven by default), and restored through
// SQLite in one transaction.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static constexpr int kKeptByDefault = 7;
    static constexpr qint64 kDailyMs = 24LL * 60 * 60 * 1000;

    // `config.backupFolder`, or backups/ beside the store.
    static QString folder(const StoreConfig &config);
    // The store's backups, newest first, with their counts read.
    static QList<BackupInfo> list(const StoreConfig &config);
    // No backup yet, or the newest is older than a day.
    static bool isDue(const StoreConfig &config, qint64 nowMs);
    // A backup now, on a connection of its own (any thread); then only the
    // newest `config.backupsKept` stay. `tag` ends the name ("" or e.g.
    // "before-schema-9").
    static bool take(const StoreConfig &config, qint64 nowMs, const QString &tag, QString *path, QString *error);
    // The newest backup that passes SQLite's quick_check; empty if none.
    static BackupInfo latestSound(const StoreConfig &config);
    // Puts the store back as the backup has it: the backup's pages replace
    // the store's through SQLite's backup API in one write transaction (an
    // older schema is brought up to date first, on a copy), so it works on
    // a damaged store too and takes seconds, not minutes, on a large one.
    // The change log goes on above its last number, so every window on
    // the store follows.
    static bool restore(Store &store, const QString &backupPath, QString *error);

private:
    static bool readCounts(BackupInfo *info);
    static bool isSound(const QString &path);
    static int schemaVersion(const QString &path);
    static void prune(const StoreConfig &config);
    // The backup copied beside it and brought to this version's schema.
    static bool prepare(const QString &backupPath, QString *preparedPath, QString *error);
};
