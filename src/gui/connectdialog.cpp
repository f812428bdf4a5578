#include "gui/connectdialog.h"
#include "gui/prompts.h"
#include "ui_connectdialog.h"

#include "gui/keychain.h"
#include "gui/style.h"
#include "gui/teamsettings.h"
#include "store/connection.h"
#include "store/sql.h"
#include "store/store.h"
#include "team/teamidentity.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

ConnectDialog::ConnectDialog(const StoreConfig &initial, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    fillTlsChoices();
    m_ui->hostEdit->setText(initial.host);
    m_ui->portSpin->setValue(initial.port);
    m_ui->databaseEdit->setText(initial.databaseName);
    m_ui->loginEdit->setText(initial.user);
    m_ui->passwordEdit->setText(initial.password);
    const int tls = m_ui->tlsCombo->findData(initial.sslMode.isEmpty() ? QStringLiteral("prefer") : initial.sslMode);
    m_ui->tlsCombo->setCurrentIndex(qMax(0, tls));
    m_ui->replicaEdit->setText(initial.replicaLocation);
    m_ui->poolerEdit->setText(initial.poolerLocation);
    Style::setStyleName(m_ui->errorLabel, QStringLiteral("errorLabel"));
    m_ui->errorLabel->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryConnect())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Focus where something is missing.
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->loginEdit, m_ui->passwordEdit}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::fillTlsChoices()
{
    const QString current = m_ui->tlsCombo->currentData().toString();
    m_ui->tlsCombo->clear();
    m_ui->tlsCombo->addItem(tr("When the server offers it"), QStringLiteral("prefer"));
    m_ui->tlsCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->tlsCombo->addItem(tr("Required, with the server's certificate checked"), QStringLiteral("verify-full"));
    m_ui->tlsCombo->addItem(tr("Off"), QStringLiteral("disable"));
    if (!current.isEmpty())
        m_ui->tlsCombo->setCurrentIndex(qMax(0, m_ui->tlsCombo->findData(current)));
}

void ConnectDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setAccessibleName(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    adjustSize(); // grow for the message instead of squeezing the fields
}

StoreConfig ConnectDialog::config() const
{
    StoreConfig c;
    c.backend = StoreConfig::Backend::PostgreSQL;
    c.host = m_ui->hostEdit->text().trimmed();
    c.port = m_ui->portSpin->value();
    c.databaseName = m_ui->databaseEdit->text().trimmed();
    c.user = m_ui->loginEdit->text().trimmed();
    c.password = m_ui->passwordEdit->text();
    c.sslMode = m_ui->tlsCombo->currentData().toString();
    c.busyTimeoutMs = 5000;
    // As typed; tryConnect() checks them.
    c.replicaLocation = m_ui->replicaEdit->text().trimmed();
    c.poolerLocation = m_ui->poolerEdit->text().trimmed();
    return c;
}

bool ConnectDialog::tryConnect()
{
    StoreConfig c = config();
    QString missing;
    if (c.host.isEmpty())
        missing = tr("Enter the server's name or address.");
    else if (c.databaseName.isEmpty())
        missing = tr("Enter the database the team store is in.");
    else if (c.user.isEmpty())
        missing = tr("Enter your login.");
    if (!missing.isEmpty()) {
        showError(missing);
        return false;
    }
    QString error;
    if ((!c.replicaLocation.isEmpty() && !c.setReplica(c.replicaLocation, &error))
        || (!c.poolerLocation.isEmpty() && !c.setPooler(c.poolerLocation, &error))) {
        showError(error);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    error = check(c);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    TeamSettings::choose(c);
    if (m_ui->rememberCheck->isChecked() && !c.password.isEmpty()) {
        // Not fatal: this start has the password; the next one asks.
        QString why;
        if (!Keychain::write(Keychain::keyFor(c), c.password, &why)) {
            Prompts::inform(this, Prompts::Tone::Information, windowTitle(),
                            tr("The password could not be kept in the desktop's keychain (%1). It is used "
                               "now; you will be asked for it at the next start.")
                                .arg(why));
        }
    }
    return true;
}

// Opens the store as the window will, and its read replica if one is named:
// what is wrong, or empty.
QString ConnectDialog::check(const StoreConfig &config)
{
    Store store;
    QString error;
    if (!store.open(config))
        return store.errorMessage();
    QString login;
    TeamIdentity::memberOfLogin(store, &login, &error);
    if (!error.isEmpty())
        return error;
    // Behind a pooler, live changes still come from the server itself.
    Connection server;
    if (!config.poolerLocation.isEmpty()
        && !server.open(config.direct(), QStringLiteral("server-check"), Connection::Setup::None))
        return tr("The team server itself cannot be reached, which tells the window of changes: %1")
            .arg(server.errorMessage());
    if (config.replicaLocation.isEmpty())
        return {};
    Connection replica;
    if (!replica.open(config.replicaConfig(), QStringLiteral("replica-check"), Connection::Setup::None))
        return tr("The read replica cannot be reached: %1").arg(replica.errorMessage());
    // A primary named by mistake would never be read (it replays no log).
    if (!Sql::scalar(replica.database(), QStringLiteral("SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END"), {}))
        return tr("%1 is not a standby of the team server: a read replica is a streaming copy of it "
                  "(pg_basebackup -R).")
            .arg(config.replicaConfig().displayName());
    return {};
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTlsChoices();
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    }
    QDialog::changeEvent(event);
}
