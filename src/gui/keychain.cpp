#include "gui/keychain.h"

#include "store/storeconfig.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("My Network");

bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

}

namespace Keychain {

QString keyFor(const StoreConfig &config)
{
    return config.displayName();
}

bool read(const QString &key, QString *password, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    if (!runJob(job, error))
        return false;
    *password = job.textData();
    return true;
}

bool write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    return runJob(job, error);
}

}
