#pragma once

#include "store/storeconfig.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// R21: "Join a team network with an invitation code": the server and the
// code from the e-mail (or the one line holding both, pasted into either
// field), the address it went to, and who the person is: name, headline,
// the login and password they choose. Join asks the team store at once and
// says what is wrong without closing; on success the store is remembered
// for the next start (the password, if wanted, in the desktop's keychain).
class JoinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinDialog)
public:
    explicit JoinDialog(QWidget *parent = nullptr);

    // The store to open as the new member, once joined.
    StoreConfig signIn() const { return m_signIn; }
    // Asks the team store; on success remembers it. Public for the tests.
    bool tryJoin();
    QLineEdit *field(const QString &objectName) const;
    QString errorText() const;

private:
    QLineEdit *addField(const QString &name, const QString &label, const QString &placeholder);
    void splitPastedLine(QLineEdit *edit);
    void remember();

    class QFormLayout *m_form;
    QLabel *m_error;
    QCheckBox *m_remember;
    StoreConfig m_signIn;
};
