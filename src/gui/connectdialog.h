#pragma once

#include "store/storeconfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

// Network → Connect to a team server…: where the team store is and who
// signs in. Connect tries the server at once and says what is wrong (the
// server, the login, TLS, the database, a login not tied to a member)
// without closing; on success the server is remembered for the next start
// and the password, when asked for, goes to the desktop's keychain.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    explicit ConnectDialog(const StoreConfig &initial, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Shown above the buttons when the dialog opens (why it is asked).
    void showError(const QString &message);
    // The settings to open, with the password typed (kept in memory only).
    StoreConfig config() const;
    // Tries the store; on success remembers it. Public for the tests.
    bool tryConnect();
    static QString check(const StoreConfig &config);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTlsChoices();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
};
