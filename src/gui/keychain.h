#pragma once

#include <QString>

struct StoreConfig;

// Team-store passwords in the desktop's keychain (Secret Service, KWallet)
// through QtKeychain, never in the settings file. Each call waits for the
// keychain's answer (it is quick, and asked only when signing in).
namespace Keychain {

// The entry of one login on one server and database.
QString keyFor(const StoreConfig &config);
// False with the keychain's reason when there is no such entry or no keychain.
bool read(const QString &key, QString *password, QString *error);
bool write(const QString &key, const QString &password, QString *error);

}
