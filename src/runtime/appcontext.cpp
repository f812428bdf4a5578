#include "runtime/appcontext.h"

#include "demo/demogenerator.h"
#include "rules/enginestatus.h"
#include "rules/expiryengine.h"
#include "rules/invitationservice.h"
#include "rules/suggestionworker.h"
#include "runtime/enginethread.h"
#include "store/integritycheck.h"
#include "store/runmarker.h"
#include "store/store.h"
#include "team/serverlink.h"
#include "team/teamidentity.h"

#include <QDir>
#include <QThread>

AppContext::AppContext()
    : m_store(std::make_unique<Store>())
    , m_engineStatus(std::make_unique<EngineStatus>())
{
}

AppContext::~AppContext()
{
    // Workers first: they hold connections to the store.
    if (m_backup)
        m_backup->wait();
    m_backup.reset();
    m_link.reset();
    m_check.reset();
    m_suggestions.reset();
    m_engineThread.reset();
    m_engine.reset();
    m_service.reset();
    m_store.reset();
    m_marker.reset(); // last: the run ended cleanly
}

bool AppContext::open(const StoreConfig &config, bool demo, QString *error, Role role)
{
    const bool local = !config.isInMemory() && !config.isTeam();
    if (local)
        m_store->setBeforeMigration([this](int from, QString *why) { return backupBeforeMigration(from, why); });
    if (!m_store->open(config)) {
        *error = m_store->errorMessage();
        return false;
    }
    if (local) {
        m_marker = std::make_unique<RunMarker>(config.databaseName);
        m_unclean = m_marker->begin() && !m_store->wasCreated();
        m_needsCheck = !m_store->wasCreated();
    }
    if (m_store->wasCreated() && demo) {
        DemoGenerator generator(*m_store);
        QString why;
        if (!generator.generate(DemoOptions::demo(m_clock.nowMs()), &why)) {
            *error = tr("Could not create the demo network: %1").arg(why);
            return false;
        }
    }
    if (config.isTeam() && role == Role::Window) {
        m_teamMember = TeamIdentity::memberOfLogin(*m_store, &m_login, error);
        if (!m_teamMember)
            return false;
    }
    m_service = std::make_unique<InvitationService>(*m_store, m_clock);
    m_engine = std::make_unique<ExpiryEngine>(*m_store, m_clock, *m_service);
    m_link = std::make_unique<ServerLink>(*m_store, m_engineStatus.get());
    if (role == Role::Window)
        m_suggestions = std::make_unique<SuggestionWorker>(config, m_store->database());
    return true;
}

QString AppContext::damageMessage(const QStringList &problems) const
{
    const QString file = QDir::toNativeSeparators(m_store->config().databaseName);
    const QString findings = problems.join(QLatin1String("; "));
    return m_unclean ? tr("The database %1 is damaged: %2. My Network was not closed properly last time; "
                          "nothing has been written to the store since.")
                           .arg(file, findings)
                     : tr("The database %1 is damaged: %2. Nothing has been written to it.").arg(file, findings);
}

// Without a window: where the latest good backup is (a window offers it).
QString AppContext::backupAdvice() const
{
    const BackupInfo backup = latestSoundBackup();
    if (backup.path.isEmpty())
        return tr("There is no backup of it; choose another file.");
    return tr("The latest good backup is %1; My Network's window offers to restore it.")
        .arg(QDir::toNativeSeparators(backup.path));
}

bool AppContext::checkNow(QString *error)
{
    if (!m_needsCheck)
        return true;
    const QStringList problems = IntegrityCheck::run(m_store->config());
    if (!problems.isEmpty()) {
        m_store->holdWrites(tr("the store is damaged"));
        *error = damageMessage(problems) + QLatin1Char(' ') + backupAdvice();
        return false;
    }
    m_needsCheck = false;
    m_unclean = false;
    return true;
}

void AppContext::start(const std::function<void(const QString &)> &checked, EngineRuns where)
{
    m_engineRuns = where;
    if (!m_needsCheck) {
        startEngine();
        startBackupIfDue();
        return;
    }
    m_store->holdWrites(tr("the store is being checked; try again in a moment"), Store::Hold::UntilDone);
    m_check = std::make_unique<IntegrityCheck>();
    QObject::connect(m_check.get(), &IntegrityCheck::finished, m_check.get(),
                     [this, checked](const QStringList &problems) {
                         if (problems.isEmpty()) {
                             m_needsCheck = false;
                             m_unclean = false;
                             startEngine();
                             startBackupIfDue();
                         }
                         if (checked)
                             checked(problems.isEmpty() ? QString() : damageMessage(problems));
                     });
    // Decided on the check's thread: a worker waiting to write (an import's
    // save) goes on at once, or learns that the store is damaged. Damaged,
    // writes stay held, so the window can close without touching the file.
    Store *store = m_store.get();
    const QString damaged = tr("the store is damaged");
    m_check->start(m_store->config(), [store, damaged](const QStringList &problems) {
        if (problems.isEmpty())
            store->releaseWrites();
        else
            store->holdWrites(damaged);
    });
}

void AppContext::startEngine()
{
    if (m_engineThread)
        return; // started already (a restore over damage)
    // The engine's lease belongs to a server session (pg_backend_pid), which
    // a pooler does not keep: behind one, the engine service leads.
    if (!m_store->config().poolerLocation.isEmpty())
        return;
    const bool ownThread = m_engineRuns == EngineRuns::OnItsOwnThread;
    // An in-memory store has no second connection to the same data. On a
    // team store every window would hold a third server connection for it
    // (a server's 100 connections: 30 windows instead of 45), and there the
    // engine service usually leads: a window's engine mostly tries for the
    // lease, one small statement every two seconds.
    const StoreConfig &config = m_store->config();
    if (ownThread && !config.isInMemory() && !config.isTeam()) {
        auto thread = std::make_unique<EngineThread>(*m_store, m_clock, *m_service);
        QString error;
        if (thread->start(*m_engineStatus, &error)) {
            m_engineThread = std::move(thread);
            return;
        }
        qWarning("The expiry engine runs on the window's thread: %s", qPrintable(error));
    }
    // Without a thread of its own, a window's engine still goes back to the
    // window's events between slices.
    m_engineStatus->follow(*m_engine);
    m_engine->start(ownThread ? ExpiryEngine::CatchUp::InSlices : ExpiryEngine::CatchUp::AtOnce);
}

void AppContext::startBackupIfDue()
{
    const StoreConfig config = m_store->config();
    if (config.isTeam() || config.isInMemory() || m_store->wasCreated() || m_backup
        || !Backups::isDue(config, m_clock.nowMs()))
        return;
    const qint64 now = m_clock.nowMs();
    m_backup.reset(QThread::create([config, now] {
        QString error;
        if (!Backups::take(config, now, QString(), nullptr, &error))
            qWarning("%s: no backup was taken: %s", qPrintable(config.databaseName), qPrintable(error));
    }));
    m_backup->setObjectName(QStringLiteral("backup"));
    m_backup->start(QThread::LowPriority);
}

bool AppContext::backupBeforeMigration(int fromVersion, QString *error)
{
    const StoreConfig &config = m_store->config();
    if (config.backupsKept <= 0)
        return true;
    return Backups::take(config, m_clock.nowMs(), QStringLiteral("before-schema-%1").arg(fromVersion + 1), nullptr,
                         error);
}

BackupInfo AppContext::latestSoundBackup() const
{
    const StoreConfig &config = m_store->config();
    if (config.isTeam() || config.isInMemory())
        return {};
    return Backups::latestSound(config);
}

bool AppContext::restoreOverDamage(const BackupInfo &backup, QString *error)
{
    m_store->releaseWrites();
    bool ok = Backups::restore(*m_store, backup.path, error);
    const QStringList problems = ok ? IntegrityCheck::run(m_store->config()) : QStringList();
    if (!problems.isEmpty()) {
        ok = false;
        *error = problems.join(QLatin1String("; "));
    }
    if (!ok) {
        m_store->holdWrites(tr("the store is damaged"));
        return false;
    }
    m_needsCheck = false;
    m_unclean = false;
    startEngine();
    return true;
}

bool AppContext::isChecking() const
{
    return m_check && m_check->isRunning();
}
