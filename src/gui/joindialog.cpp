#include "gui/joindialog.h"

#include "gui/keychain.h"
#include "gui/prompts.h"
#include "gui/teamsettings.h"
#include "team/teamjoin.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_remember(new QCheckBox(tr("Remember the password in the desktop's keychain"), this))
{
    setWindowTitle(tr("Join a team network"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Your invitation e-mail names a server and a code. Paste the line that holds both "
                                "into the first field, then say who you are and choose your login."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    addField(QStringLiteral("server"), tr("&Server:"), QStringLiteral("postgresql://mynetwork_join_…@server/database"));
    addField(QStringLiteral("code"), tr("&Code:"), QStringLiteral("ABCD-EFGH-…"));
    addField(QStringLiteral("email"), tr("&E-mail address:"), tr("the address the invitation went to"));
    addField(QStringLiteral("name"), tr("&Name:"), tr("First and last name"));
    addField(QStringLiteral("headline"), tr("&Headline:"), tr("For example: Product designer at Acme"));
    addField(QStringLiteral("login"), tr("&Login:"), tr("lower-case letters, digits and _"));
    addField(QStringLiteral("password"), tr("&Password:"), tr("at least %1 characters").arg(TeamJoin::kMinPassword))
        ->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    m_error->setObjectName(QStringLiteral("joinError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (tryJoin())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    // Typing (or pasting) starts with the e-mail's line.
    field(QStringLiteral("server"))->setFocus();
}

QLineEdit *JoinDialog::addField(const QString &name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    if (name == QLatin1String("server") || name == QLatin1String("code")) {
        // A paste (the text grows by more than a key press) or leaving the
        // field splits the line; typing it character by character does not
        // split it half-way.
        connect(edit, &QLineEdit::textEdited, this, [this, edit](const QString &text) {
            const bool pasted = text.size() - edit->property("lastSize").toInt() > 1;
            edit->setProperty("lastSize", text.size());
            if (pasted)
                QTimer::singleShot(0, edit, [this, edit] { splitPastedLine(edit); });
        });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { splitPastedLine(edit); });
    }
    return edit;
}

QLineEdit *JoinDialog::field(const QString &objectName) const
{
    return findChild<QLineEdit *>(objectName);
}

QString JoinDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

// The e-mail's one line, pasted into either field, fills both.
void JoinDialog::splitPastedLine(QLineEdit *edit)
{
    QString server, code;
    if (!TeamJoin::splitLine(edit->text(), &server, &code))
        return;
    field(QStringLiteral("server"))->setText(server);
    field(QStringLiteral("code"))->setText(code);
}

bool JoinDialog::tryJoin()
{
    JoinRequest r;
    r.server = field(QStringLiteral("server"))->text();
    r.code = field(QStringLiteral("code"))->text();
    r.email = field(QStringLiteral("email"))->text();
    r.name = field(QStringLiteral("name"))->text();
    r.headline = field(QStringLiteral("headline"))->text();
    r.login = field(QStringLiteral("login"))->text().trimmed();
    r.password = field(QStringLiteral("password"))->text();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const qint64 member = TeamJoin::join(r, &m_signIn, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!member) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    remember();
    return true;
}

// Not fatal when the keychain says no: this start has the password.
void JoinDialog::remember()
{
    TeamSettings::choose(m_signIn);
    QString why;
    if (m_remember->isChecked() && !Keychain::write(Keychain::keyFor(m_signIn), m_signIn.password, &why))
        Prompts::inform(this, Prompts::Tone::Information, windowTitle(),
                        tr("You are a member now. The password could not be kept in the desktop's keychain (%1); "
                           "you will be asked for it at the next start.")
                            .arg(why));
}
