#pragma once

#include "base/clock.h"
#include "rules/expiryengine.h"
#include "store/backups.h"
#include "store/storeconfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class EngineStatus;
class EngineThread;
class IntegrityCheck;
class QThread;
class InvitationService;
class RunMarker;
class ServerLink;
class Store;
class SuggestionWorker;

// What one running app holds: the store, its clock, the rules, the expiry
// engine and the worker threads, made in the right order and torn down in
// the reverse one. Windows and pages get them from here and make none.
class AppContext final
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    AppContext();
    ~AppContext();

    // Opens the store (refusing what it cannot use), notes whether the
    // last process on it died, fills a new one with the demo network.
    enum class Role {
        Window, // signs in (a team store's login must be a member) and suggests
        Engine, // the headless service: acts as no member, suggests nothing
    };
    bool open(const StoreConfig &config, bool demo, QString *error, Role role = Role::Window);

    // A local store not yet checked: SQLite's quick_check, here and now.
    // False when the store is damaged (the message in `error`).
    bool checkNow(QString *error);
    // Starts the engine. A local store not yet checked is checked first on
    // a worker thread, and nothing is written until it passed (a worker's
    // write waits for it); `checked` then gets the damage, or an empty
    // text. Once sound, a backup is taken on a worker when the newest is
    // older than a day. `where`: here, catching up on all that is due
    // before start() returns (the service, pictures, tests), or on a thread
    // of its own with its own connection, a slice at a time (an open window).
    enum class EngineRuns { HereAtOnce, OnItsOwnThread };
    void start(const std::function<void(const QString &damage)> &checked = {},
               EngineRuns where = EngineRuns::HereAtOnce);
    bool isChecking() const;
    // Every local store is checked once per start (damage is never silent).
    bool needsCheck() const { return m_needsCheck; }
    // Damaged: the newest backup that passes SQLite's check (no path: none).
    BackupInfo latestSoundBackup() const;
    // Damaged: puts the backup's pages in place of the store's, checks the
    // store again and starts the engine. False with the reason.
    bool restoreOverDamage(const BackupInfo &backup, QString *error);

    Store &store() { return *m_store; }
    SimulatedClock &clock() { return m_clock; }
    InvitationService &service() { return *m_service; }
    // The engine that runs here (EngineRuns::HereAtOnce).
    ExpiryEngine &engine() { return *m_engine; }
    // The started engine as the window sees it, wherever it runs.
    EngineStatus &engineStatus() { return *m_engineStatus; }
    // Only for Role::Window.
    SuggestionWorker &suggestions() { return *m_suggestions; }
    ServerLink &link() { return *m_link; }
    // Team store: the member of the signed-in login (R15) and the login.
    qint64 teamMember() const { return m_teamMember; }
    QString login() const { return m_login; }

private:
    QString damageMessage(const QStringList &problems) const;
    QString backupAdvice() const;
    void startBackupIfDue();
    void startEngine();
    bool backupBeforeMigration(int fromVersion, QString *error);

    SimulatedClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RunMarker> m_marker;
    bool m_unclean = false;
    bool m_needsCheck = false;
    std::unique_ptr<QThread> m_backup;
    std::unique_ptr<InvitationService> m_service;
    std::unique_ptr<ExpiryEngine> m_engine;
    std::unique_ptr<EngineStatus> m_engineStatus;
    std::unique_ptr<EngineThread> m_engineThread;
    EngineRuns m_engineRuns = EngineRuns::HereAtOnce;
    std::unique_ptr<SuggestionWorker> m_suggestions;
    std::unique_ptr<IntegrityCheck> m_check;
    std::unique_ptr<ServerLink> m_link;
    qint64 m_teamMember = 0;
    QString m_login;
};
