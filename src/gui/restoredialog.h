#pragma once

#include "store/backups.h"

#include <QDialog>

class Clock;
class QLabel;
class QPushButton;
class QTreeWidget;
class Store;

// Network → Restore from a backup…: the local store's backups with date,
// size and what they hold; the chosen one is restored through SQLite in one
// transaction (after a backup of the state it replaces), and every window
// on the store follows through the change feed.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)
public:
    RestoreDialog(Store &store, const Clock &clock, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString message() const;
    // Asks, then restores the selected backup.
    void restoreSelected();
    void backUpNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showMessage(const QString &text, bool error);

    Store &m_store;
    const Clock &m_clock;
    QList<BackupInfo> m_backups;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_close = nullptr;
};
