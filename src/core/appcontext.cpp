#include "core/appcontext.h"

#include "core/demogenerator.h"
#include "core/expiryengine.h"
#include "core/integritycheck.h"
#include "core/invitationservice.h"
#include "core/runmarker.h"
#include "core/serverlink.h"
#include "core/store.h"
#include "core/suggestionworker.h"
#include "core/teamidentity.h"

#include <QDir>

AppContext::AppContext()
    : m_store(std::make_unique<Store>())
{
}

AppContext::~AppContext()
{
    // Workers first: they hold connections to the store.
    m_link.reset();
    m_check.reset();
    m_suggestions.reset();
    m_engine.reset();
    m_service.reset();
    m_store.reset();
    m_marker.reset(); // last: the run ended cleanly
}

bool AppContext::open(const StoreConfig &config, bool demo, QString *error, Role role)
{
    if (!m_store->open(config)) {
        *error = m_store->errorMessage();
        return false;
    }
    if (!config.isInMemory() && !config.isTeam()) {
        m_marker = std::make_unique<RunMarker>(config.databaseName);
        m_unclean = m_marker->begin() && !m_store->wasCreated();
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
    m_link = std::make_unique<ServerLink>(*m_store, m_engine.get());
    if (role == Role::Window)
        m_suggestions = std::make_unique<SuggestionWorker>(config, m_store->database());
    return true;
}

QString AppContext::damageMessage(const QStringList &problems) const
{
    return tr("The database %1 is damaged: %2. My Network was not closed properly last time; nothing has been "
              "written to the store since. Restore it from a backup or choose another file.")
        .arg(QDir::toNativeSeparators(m_store->config().databaseName), problems.join(QLatin1String("; ")));
}

bool AppContext::checkNow(QString *error)
{
    if (!m_unclean)
        return true;
    const QStringList problems = IntegrityCheck::run(m_store->config());
    if (!problems.isEmpty()) {
        *error = damageMessage(problems);
        return false;
    }
    m_unclean = false;
    return true;
}

void AppContext::start(const std::function<void(const QString &)> &checked, ExpiryEngine::CatchUp catchUp)
{
    if (!m_unclean) {
        m_engine->start(catchUp);
        return;
    }
    m_store->holdWrites(tr("the store is being checked after an unclean shutdown; try again in a moment"));
    m_check = std::make_unique<IntegrityCheck>();
    QObject::connect(m_check.get(), &IntegrityCheck::finished, m_check.get(), [this, checked, catchUp](const QStringList &problems) {
        if (problems.isEmpty()) {
            m_unclean = false;
            m_store->releaseWrites();
            m_engine->start(catchUp);
        }
        // Damaged: writes stay held, so the window can close without
        // touching the file.
        if (checked)
            checked(problems.isEmpty() ? QString() : damageMessage(problems));
    });
    m_check->start(m_store->config());
}

bool AppContext::isChecking() const
{
    return m_check && m_check->isRunning();
}
