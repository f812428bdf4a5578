#include "gui/restoredialog.h"

#include "base/clock.h"
#include "gui/prompts.h"
#include "gui/style.h"
#include "store/store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

// The date, and why the backup was taken when it was not the daily one.
QString taken(const BackupInfo &backup)
{
    const QString date = when(backup.takenMs);
    if (backup.tag == QLatin1String("before-restore"))
        return RestoreDialog::tr("%1 (before a restore)").arg(date);
    if (backup.tag.startsWith(QLatin1String("before-schema-")))
        return RestoreDialog::tr("%1 (before an update)").arg(date);
    return date;
}

QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("–") : QLocale().toString(n);
}

}

RestoreDialog::RestoreDialog(Store &store, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_backUp = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(5);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_backUp, &QPushButton::clicked, this, &RestoreDialog::backUpNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    Style::fitToScreen(this, QSize(640, 360));
    retranslate();
    reload();
}

QString RestoreDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from a backup"));
    m_intro->setText(tr("My Network backs up this network once a day and before every update, in %1. "
                        "Restoring puts the whole network back as it was then.")
                         .arg(QDir::toNativeSeparators(Backups::folder(m_store.config()))));
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Members"), tr("Connections"), tr("Contacts")});
    m_list->setAccessibleName(tr("Backups"));
    m_restore->setText(tr("&Restore…"));
    m_backUp->setText(tr("&Back up now"));
}

void RestoreDialog::reload()
{
    m_backups = Backups::list(m_store.config());
    m_list->clear();
    for (const BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {taken(backup), QLocale().formattedDataSize(backup.bytes),
                                          count(backup.members), count(backup.connections), count(backup.contacts)});
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        for (int column = 1; column < 5; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_backups.isEmpty())
        showMessage(tr("There is no backup yet. “Back up now” takes one."), false);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!m_backups.isEmpty());
}

void RestoreDialog::showMessage(const QString &text, bool error)
{
    Style::setStyleName(m_message, error ? QStringLiteral("importError") : QString());
    m_message->setText(text);
    m_message->show();
}

void RestoreDialog::backUpNow()
{
    QString path;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Backups::take(m_store.config(), m_clock.nowMs(), QString(), &path, &error);
    QGuiApplication::restoreOverrideCursor();
    reload();
    if (ok)
        showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("No backup was taken: %1").arg(error), true);
}

void RestoreDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_backups.size())
        return;
    const BackupInfo backup = m_backups.at(row);
    if (!Prompts::confirm(this, tr("Restore from a backup"),
                          tr("Put the whole network back as it was on %1? Everything changed since then is "
                             "replaced; a backup of the network as it is now is taken first.")
                              .arg(when(backup.takenMs)),
                          tr("Restore")))
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The state it replaces stays within reach, as a backup of its own.
    const bool ok = Backups::take(m_store.config(), m_clock.nowMs(), QStringLiteral("before-restore"), nullptr, &error)
        && Backups::restore(m_store, backup.path, &error);
    QGuiApplication::restoreOverrideCursor();
    reload();
    if (ok)
        showMessage(tr("The network is back as it was on %1.").arg(when(backup.takenMs)), false);
    else
        showMessage(tr("Nothing was restored: %1").arg(error), true);
}
